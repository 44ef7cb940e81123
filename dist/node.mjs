export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-Dj5Ltnw5.mjs';
export { p as parseTrustProxy, r as resolveClientAddress } from './shared--WNcTvz_.mjs';
import 'prom-client';
import 'node:http';
