export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-D_AUJIOD.mjs';
export { p as parseTrustProxy } from './shared-C7RcDtZn.mjs';
import './shared-BBi1oFpx.mjs';
import 'prom-client';
import 'node:http';
import 'undici';
