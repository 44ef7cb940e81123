/**
 * Reads a cookie; undefined when absent, empty, undecodable, longer than 256 characters (what
 * the snippet reads is short: ids and the ad platforms' cookies), or when cookies are unavailable.
 */
export declare const getCookie: (name: string) => string | undefined;
/**
 * Writes a cookie for `maxAge` seconds (negative removes it) on `domain`, or host-only when
 * `domain` is empty. No SameSite or Secure attribute: browsers default to Lax or treat these
 * first-party ids alike, and the proxy's Set-Cookie (SameSite=Lax, Secure on https) re-issues
 * `_whop_aid` anyway; the bytes matter more here.
 */
export declare const setCookie: (name: string, value: string, maxAge: number, domain?: string) => void;
/**
 * The probe's cookie. It stays on the domain the probe found, holding that domain's name, so a
 * later page (on any subdomain) knows where the snippet's cookies live without probing again.
 */
export declare const PROBE = "_whop_t";
/**
 * Removes a cookie where the snippet sets it: on `domain` (default: the one the probe found on an
 * earlier page, when there was one) and host-only. Never on another domain: Firefox reports every
 * write that it refuses (`com`, `co.uk`) as an error in the page's console. Needs no probing, so
 * it writes nothing new when consent is withdrawn.
 */
export declare const removeCookie: (name: string, domain?: string | undefined) => void;
/**
 * The registrable domain of the page: the shortest parent domain on which the browser accepts a
 * cookie (`a.example.co.uk` → `example.co.uk`). Browsers refuse public suffixes (`co.uk`), so
 * probing upward from two labels never picks one. Empty for `localhost` and when cookies are
 * off: cookies are then host-only. What the probe found is kept in its cookie (1 year, removed
 * with the others when consent is withdrawn), so only a visitor's first page probes: where the
 * two-label domain is a public suffix (`co.uk`, `github.io`), that page's probe is the one write
 * a browser refuses (Firefox says so in the console), and no later page repeats it.
 */
export declare const probeDomain: () => string;
