/**
 * `whop-pixel/proxy`: the runtime-neutral core. Uses only Web `Request`, `Response`, `fetch`,
 * `crypto`, `URL` and `TextDecoder`, so it runs unchanged on Node, Cloudflare Workers, Deno,
 * Bun and Next.js edge routes.
 */

export type * from '../schema/types.js';
export { resolveClientAddress } from './client-address.js';
export { createProxy } from './create-proxy.js';
export { ANONYMOUS_ID_COOKIE } from './identity-cookie.js';
export { DEFAULT_API_URL } from './options.js';
export type {
  ConnInfo,
  ForwardRecord,
  LogEntry,
  Logger,
  ProxyHandler,
  ProxyOptions,
  TrustProxy,
} from './types.js';
