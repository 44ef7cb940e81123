/** The first-party cookie that holds the snippet's `anonymous_id`. */
export const ANONYMOUS_ID_COOKIE = '_whop_aid';
/** One year: Chrome caps cookie lifetimes at 400 days anyway. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const ID = /^[A-Za-z0-9._-]{8,64}$/;
const HOSTNAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * A `Set-Cookie` that re-issues the `anonymous_id` from the server, because Safari caps cookies
 * written by `document.cookie` at 7 days (24 hours after an ad click) but not those set by the
 * site's own server. The snippet names the registrable domain it probed in the `cd` query
 * parameter; it is used only when the page's host is that domain or below it (browsers refuse
 * public suffixes themselves). Returns undefined when there is nothing safe to set, and for
 * Whop's own visitor id (`wuid_…`, which the snippet sends when Whop's pixel keeps one): that is
 * Whop's cookie, not ours, and the snippet's own id must stay what it was.
 */
export function anonymousIdCookie(request: Request, anonymousId: unknown): string | undefined {
  if (typeof anonymousId !== 'string' || !ID.test(anonymousId) || anonymousId.startsWith('wuid_'))
    return undefined;
  const url = new URL(request.url);
  const origin = request.headers.get('origin');
  let pageHost = url.hostname;
  let secure = url.protocol === 'https:';
  if (origin) {
    try {
      const page = new URL(origin);
      pageHost = page.hostname;
      secure = page.protocol === 'https:';
    } catch {
      return undefined;
    }
  }
  let cookie = `${ANONYMOUS_ID_COOKIE}=${anonymousId}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax`;
  const domain = url.searchParams.get('cd')?.toLowerCase();
  if (domain && HOSTNAME.test(domain) && (pageHost === domain || pageHost.endsWith(`.${domain}`))) {
    cookie += `; Domain=${domain}`;
  }
  return secure ? `${cookie}; Secure` : cookie;
}
