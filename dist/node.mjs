export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-BtN6eqCq.mjs';
export { p as parseTrustProxy } from './shared-Dq2q0_8V.mjs';
import './shared-C0iZIHRd.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
