/** The first-party cookie that holds the snippet's `anonymous_id`. */
export declare const ANONYMOUS_ID_COOKIE = "_whop_aid";
/**
 * A `Set-Cookie` that re-issues the `anonymous_id` from the server, because Safari caps cookies
 * written by `document.cookie` at 7 days (24 hours after an ad click) but not those set by the
 * site's own server. The snippet names the registrable domain it probed in the `cd` query
 * parameter; it is used only when the page's host is that domain or below it (browsers refuse
 * public suffixes themselves). Returns undefined when there is nothing safe to set, and for
 * Whop's own visitor id (`wuid_…`, which the snippet sends when Whop's pixel keeps one): that is
 * Whop's cookie, not ours, and the snippet's own id must stay what it was.
 */
export declare function anonymousIdCookie(request: Request, anonymousId: unknown): string | undefined;
