export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-C9aa6vC5.mjs';
export { p as parseTrustProxy } from './shared-B3lBfM9-.mjs';
import './shared-CmfbuHUH.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
