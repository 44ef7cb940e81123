export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-C0TpOmLL.mjs';
export { p as parseTrustProxy, r as resolveClientAddress } from './shared-z47Rsjx5.mjs';
import 'node:http';
