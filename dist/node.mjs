export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-CKuJ5eKk.mjs';
export { p as parseTrustProxy } from './shared-CCtcPpMv.mjs';
import './shared-BYWRuXJS.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
