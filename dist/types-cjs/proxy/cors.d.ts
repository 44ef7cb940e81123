import type { RequestHead } from './incoming.js';
/**
 * Lower-case scheme://host[:port] with no trailing slash, or '' when `value` is no origin.
 * Remembered: a site's requests repeat the same two values (its origin, the endpoint's URL).
 */
export declare const normalizeOrigin: (key: string) => string;
/**
 * Whether a browser request from `origin` may use the endpoint. No `Origin` header means a
 * server-to-server caller or a same-origin GET-like request: allowed. `'*'` allows any http(s)
 * origin, never the opaque `null` (sandboxed iframes, `data:` and `file:` pages) nor another
 * scheme: the answer grants credentials, so it must name a real site. With no list configured,
 * only the site's own origin is allowed; `Sec-Fetch-Site: same-origin` counts too, because
 * behind a reverse proxy `request.url` may name an internal host while the page's origin is public.
 */
export declare function isOriginAllowed(request: RequestHead, allowed: readonly string[] | '*' | undefined): boolean;
/**
 * CORS headers for an allowed cross-origin caller. The origin is echoed (never `*`) with
 * credentials allowed, because `navigator.sendBeacon` always sends credentials and a
 * wildcard would make the browser discard the answer.
 */
export declare function corsHeaders(request: RequestHead): Record<string, string>;
/** The answer to an allowed `OPTIONS` preflight. */
export declare function preflightHeaders(request: RequestHead): Record<string, string>;
