/**
 * `whop-pixel/proxy`: the runtime-neutral core. Uses only Web `Request`, `Response`, `fetch`,
 * `crypto` (with `crypto.subtle`), `URL` and `TextDecoder`, plus two plain-JS libraries bundled
 * in (isbot, ua-parser-js), so it runs unchanged on Node, Cloudflare Workers, Deno, Bun and
 * Next.js edge routes. Every export is in the README ("The proxy").
 */
export { ANONYMOUS_ID_COOKIE } from '../schema/cookies.js';
export type * from '../schema/types.js';
export type { BotOptions } from './bots.js';
export type { ConnInfo, TrustedProxies, TrustProxy } from './client-address.js';
export { createProxy } from './create-proxy.js';
export { type EnvSource, fromEnv, type WhopEnv } from './from-env.js';
export type { LogEntry, Logger } from './logger.js';
export type { BucketLimit, MemoryRateLimitStore, MemoryStoreOptions, RateLimitBucket, RateLimitDecision, RateLimitOptions, RateLimitStore, } from './rate-limit.js';
export { memoryRateLimitStore } from './rate-limit.js';
export { SHARED_SECRET_HEADER } from './shared-secret.js';
export type { ForwardRecord, ProxyHandler, ProxyOptions } from './types.js';
