import type { RequestHead } from './incoming.js';
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
export declare function anonymousIdCookie(request: RequestHead, anonymousId: unknown): string | undefined;
