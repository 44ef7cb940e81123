/**
 * `whop-pixel/proxy`: the runtime-neutral core. Uses only Web `Request`, `Response`, `fetch`,
 * `crypto` (with `crypto.subtle`), `URL` and `TextDecoder`, plus two plain-JS libraries bundled
 * in (isbot, ua-parser-js), so it runs unchanged on Node, Cloudflare Workers, Deno, Bun and
 * Next.js edge routes.
 */
export type * from '../schema/types.js';
export { resolveClientAddress } from './client-address.js';
export { createProxy } from './create-proxy.js';
export { abuseOptionsFromEnv, type EnvSource, fromEnv, type WhopEnv } from './from-env.js';
export { ANONYMOUS_ID_COOKIE } from './identity-cookie.js';
export { DEFAULT_API_URL, DEFAULT_API_URLS } from './options.js';
export type { BucketLimit, MemoryRateLimitStore, MemoryStoreOptions, RateLimitBucket, RateLimitDecision, RateLimitStore, } from './rate-limit.js';
export { memoryRateLimitStore } from './rate-limit.js';
export { SHARED_SECRET_HEADER } from './shared-secret.js';
export type { BotOptions, ConnInfo, ForwardRecord, LogEntry, Logger, ProxyHandler, ProxyOptions, RateLimitOptions, TrustedProxies, TrustProxy, } from './types.js';
