/**
 * `whop-pixel/node`: Node adapters for the runtime-neutral proxy — `toNodeHandler` for
 * `node:http`/Express/Connect, the standalone server behind `whop-pixel proxy`, and the mock
 * Whop API behind `whop-pixel mock-api`.
 */
export type { MockActivity, MockApi, MockApiOptions, MockFault, MockStats, RecordedEvent, } from '../mock-api/mock-api.js';
export { createMockApi } from '../mock-api/mock-api.js';
export type { ClientAddressInput } from '../proxy/client-address.js';
export { parseTrustProxy, resolveClientAddress } from '../proxy/client-address.js';
export type { ConnInfo, Logger, ProxyHandler, ProxyOptions, TrustedProxies, TrustProxy, } from '../proxy/types.js';
export type { MockApiServer, MockApiServerOptions } from './mock-server.js';
export { startMockApi } from './mock-server.js';
export type { ProxyServer, ProxyServerOptions } from './server.js';
export { startProxyServer } from './server.js';
export type { NodeHandler, NodeHandlerOptions } from './to-node-handler.js';
export { toNodeHandler } from './to-node-handler.js';
