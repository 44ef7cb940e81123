export { c as createMockApi, s as startMockApi, a as startProxyServer, t as toNodeHandler } from './shared-DiJSY1f_.mjs';
export { p as parseTrustProxy, r as resolveClientAddress } from './shared-DK-Y5l32.mjs';
import 'node:http';
