export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-CY1fk585.mjs';
export { p as parseTrustProxy, r as resolveClientAddress } from './shared-CFB9WmCO.mjs';
import 'node:http';
