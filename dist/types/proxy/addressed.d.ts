import { type ConnInfo, type TrustProxy } from './client-address.js';
import type { RequestHead } from './incoming.js';
/** A `Host` value: a host name or a bracketed IPv6 address (group 1), and an optional port. */
export declare const HOST: RegExp;
/**
 * Whether `X-Forwarded-Host` and `X-Forwarded-Proto` are believed: the one rule, for every
 * adapter. From a connection, when `trustProxy` trusts its peer (a client that reaches the port
 * directly is not listened to). Without one (no `conn`: Next.js, Workers), always: the platform
 * in front writes them, and the request's own URL may name an internal host (`next start` calls
 * every request `http://localhost:<port>`). A client that forges them there misleads only its own
 * request's same-origin check and cookie: a browser cannot set them on a cross-origin post.
 */
export declare function believesForwarded(conn: ConnInfo | undefined, trustProxy: TrustProxy): boolean;
/**
 * The URL the browser addressed, which the same-origin check and the `_whop_aid` cookie
 * (`Secure`, `Domain`) are decided on: its host from `X-Forwarded-Host` when that is believed
 * ({@link believesForwarded}), else from `Host` when the URL's is a loopback name, else the URL's
 * own; its scheme from `X-Forwarded-Proto` when believed. A value that is not a host, or a scheme
 * other than `http`/`https`, is passed over. The request's own URL when nothing changes.
 */
export declare function addressedUrl(request: RequestHead, conn: ConnInfo | undefined, trustProxy: TrustProxy): string;
