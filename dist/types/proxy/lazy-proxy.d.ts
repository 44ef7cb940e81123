import type { ProxyHandler, ProxyOptions } from './types.js';
/**
 * A proxy built from `options()` on its first request rather than now, for a platform that loads
 * the code before its configuration is there (`next build` loads route modules; a Worker gets its
 * `env` with each request). A build that throws is remembered, its message written once with
 * `console.error`, and answered from then on without details (visitors need not learn which
 * variable is missing): `503 {"ok":false}` to the health check, `500 misconfigured` to the rest.
 */
export declare function lazyProxy(options: () => ProxyOptions): ProxyHandler;
