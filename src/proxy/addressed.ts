import { type ConnInfo, type TrustProxy, trustsPeer } from './client-address.js';
import type { RequestHead } from './incoming.js';

/** A `Host` value: a host name or a bracketed IPv6 address (group 1), and an optional port. */
export const HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/** A URL host that names the server to itself: `localhost`, 127.x.x.x or [::1]. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

const firstValue = (header: string | null) => (header ?? '').split(',')[0].trim();

/** Whether the absolute `url`'s host (and port) is exactly `host`. */
function namesHost(url: string, host: string): boolean {
  const start = url.indexOf('//') + 2;
  const end = start + host.length;
  return url.startsWith(host, start) && (url.length === end || url[end] === '/');
}

/**
 * Whether `X-Forwarded-Host` and `X-Forwarded-Proto` are believed: the one rule, for every
 * adapter. From a connection, when `trustProxy` trusts its peer (a client that reaches the port
 * directly is not listened to). Without one (no `conn`: Next.js, Workers), always: the platform
 * in front writes them, and the request's own URL may name an internal host (`next start` calls
 * every request `http://localhost:<port>`). A client that forges them there misleads only its own
 * request's same-origin check and cookie: a browser cannot set them on a cross-origin post.
 */
export function believesForwarded(conn: ConnInfo | undefined, trustProxy: TrustProxy): boolean {
  return !conn || trustsPeer(conn.peer, trustProxy);
}

/**
 * The URL the browser addressed, which the same-origin check and the `_whop_aid` cookie
 * (`Secure`, `Domain`) are decided on: its host from `X-Forwarded-Host` when that is believed
 * ({@link believesForwarded}), else from `Host` when the URL's is a loopback name, else the URL's
 * own; its scheme from `X-Forwarded-Proto` when believed. A value that is not a host, or a scheme
 * other than `http`/`https`, is passed over. The request's own URL when nothing changes.
 */
export function addressedUrl(
  request: RequestHead,
  conn: ConnInfo | undefined,
  trustProxy: TrustProxy,
): string {
  const believed = believesForwarded(conn, trustProxy);
  const forwardedHost = believed ? firstValue(request.headers.get('x-forwarded-host')) : '';
  const proto = believed ? firstValue(request.headers.get('x-forwarded-proto')).toLowerCase() : '';
  const hostHeader = request.headers.get('host') ?? '';
  // Most requests name no other host or scheme (a `Host` the URL already has changes nothing):
  // the URL stands, and none is parsed.
  if (
    !HOST.test(forwardedHost) &&
    proto !== 'http' &&
    proto !== 'https' &&
    (!HOST.test(hostHeader) || namesHost(request.url, hostHeader))
  )
    return request.url;
  const url = new URL(request.url);
  // `Host` only over a loopback URL (`next start`'s own name for itself): elsewhere the URL is
  // what the browser asked for (a Worker's, while miniflare sends `Host: 127.0.0.1:<port>`), or
  // was built from `Host` already (the Node adapter).
  const ownName = LOOPBACK.test(url.hostname) ? hostHeader : '';
  const host = [forwardedHost, ownName].find((h) => HOST.test(h));
  if (proto === 'http' || proto === 'https') url.protocol = proto;
  if (host) {
    url.port = ''; // a host without a port means the scheme's default, not the old port
    url.host = host;
  }
  return url.href;
}
