/**
 * `whop-pixel/node`: Node adapters for the runtime-neutral proxy — `toNodeHandler` for
 * `node:http`/Express/Connect, the standalone server behind `whop-pixel proxy`, and the mock
 * Whop API behind `whop-pixel mock-api`. Every export is in the README.
 */

export type {
  MockActivity,
  MockApi,
  MockApiOptions,
  MockFault,
  MockStats,
  RecordedEvent,
} from '../mock-api/mock-api.js';
export { createMockApi } from '../mock-api/mock-api.js';
export {
  type ConnInfo,
  parseTrustProxy,
  type TrustedProxies,
  type TrustProxy,
} from '../proxy/client-address.js';
export type { Logger } from '../proxy/logger.js';
export type { ProxyHandler, ProxyOptions } from '../proxy/types.js';
export type { MockApiServer, MockApiServerOptions } from './mock-server.js';
export { startMockApi } from './mock-server.js';
export type { ProxyServer, ProxyServerOptions } from './server.js';
export { startProxyServer } from './server.js';
export type { NodeHandler } from './to-node-handler.js';
export { toNodeHandler } from './to-node-handler.js';
