export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-hRHgTtdy.mjs';
export { p as parseTrustProxy } from './shared-cNLbOj8P.mjs';
import './shared-BpN8ND1L.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
