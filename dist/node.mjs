export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-B3g8dUQl.mjs';
export { p as parseTrustProxy, r as resolveClientAddress } from './shared-ozgOTso9.mjs';
import 'node:http';
