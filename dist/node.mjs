export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-BTU52lI4.mjs';
export { p as parseTrustProxy } from './shared-CEN4qJq1.mjs';
import './shared-HF40WNAv.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
