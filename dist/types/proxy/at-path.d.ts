import type { ProxyHandler } from './types.js';
/**
 * `handler` served the way every server of this package with one endpoint serves it (the
 * Worker, `whop-pixel proxy`): `path` (matched exactly, any query string) and `/healthz` go to
 * `handler`, which answers the health check itself; any other path is `404 not_found`. It only
 * routes, so it keeps the core `handler` carries (see `core-entry.ts`).
 */
export declare function atPath(path: string, handler: ProxyHandler): ProxyHandler;
