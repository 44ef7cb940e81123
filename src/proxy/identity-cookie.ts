import { getDomain, parse } from 'tldts';
import { ANONYMOUS_ID_COOKIE } from '../schema/cookies.js';
import type { RequestHead } from './incoming.js';

/** One year: Chrome caps cookie lifetimes at 400 days anyway. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const ID = /^[A-Za-z0-9._-]{8,64}$/;
const HOSTNAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
// Browsers refuse cookies on the private suffixes too (github.io, pages.dev): so do we.
const PSL = { allowPrivateDomains: true } as const;

/** The registrable domain ("site") of a host; a host that has none (an IP, localhost) is its own. */
function siteOf(host: string): string {
  return getDomain(host, PSL) ?? host;
}

/** Whether `host` is `domain` or below it. */
function covers(domain: string, host: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * A domain a browser would take in `Domain=`: a host name, not an IP address, and not a public
 * suffix (`co.uk`, `github.io`), per the public-suffix list (tldts).
 */
function isCookieDomain(domain: string): boolean {
  return HOSTNAME.test(domain) && !parse(domain, PSL).isIp && getDomain(domain, PSL) !== null;
}

/**
 * A `Set-Cookie` that re-issues the `anonymous_id` from the server, because Safari caps cookies
 * written by `document.cookie` at 7 days (24 hours after an ad click) but not those set by the
 * site's own server.
 *
 * Only for a same-site page: the browser's `Sec-Fetch-Site` when it sends one (`same-origin` or
 * `same-site`), else the page's registrable domain (from `Origin`) must be the proxy host's. A
 * page of another site, even one `allowedOrigins` lets post, gets nothing: it could otherwise pin
 * an id of its choosing on the site's visitors. A caller without `Origin` is a server, or the
 * page itself.
 *
 * The snippet names the registrable domain it probed in the `cd` query parameter. It becomes
 * `Domain` only when it is a host name (not an IP address), not a public suffix, and covers both
 * the page's host and the host the browser sent the request to; otherwise the cookie is
 * host-only, because a browser drops a cookie whose `Domain` it would refuse, and with it the
 * whole re-issue. Returns undefined when there is nothing safe to set, and for Whop's own visitor
 * id (`wuid_…`, which the snippet sends when Whop's pixel keeps one): that is Whop's cookie, not
 * ours, and the snippet's own id must stay what it was.
 */
export function anonymousIdCookie(request: RequestHead, anonymousId: unknown): string | undefined {
  if (typeof anonymousId !== 'string' || !ID.test(anonymousId) || anonymousId.startsWith('wuid_'))
    return undefined;
  const url = new URL(request.url);
  const origin = request.headers.get('origin');
  let page = url;
  if (origin) {
    try {
      page = new URL(origin);
    } catch {
      return undefined;
    }
    if (page.protocol !== 'https:' && page.protocol !== 'http:') return undefined;
  }
  // The browser's word beats comparing hosts: behind a reverse proxy `request.url` may name an
  // internal host. Page scripts cannot set this header; a client that forges it only fools itself.
  const fetchSite = request.headers.get('sec-fetch-site');
  const sameSite = fetchSite
    ? fetchSite === 'same-origin' || fetchSite === 'same-site'
    : siteOf(page.hostname) === siteOf(url.hostname);
  if (!sameSite) return undefined;
  // The host the browser posted to: the page's own when it says same-origin.
  const proxyHost = fetchSite === 'same-origin' ? page.hostname : url.hostname;
  let cookie = `${ANONYMOUS_ID_COOKIE}=${anonymousId}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax`;
  // `searchParams` builds a parser: only for a URL with a query.
  const domain = url.search ? url.searchParams.get('cd')?.toLowerCase() : undefined;
  if (domain && covers(domain, page.hostname) && covers(domain, proxyHost) && isCookieDomain(domain)) {
    cookie += `; Domain=${domain}`;
  }
  return page.protocol === 'https:' ? `${cookie}; Secure` : cookie;
}
