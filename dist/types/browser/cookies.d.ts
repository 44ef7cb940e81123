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
 * Removes a cookie wherever this page could have set it: on the host, every parent domain, and
 * host-only. Needs no probing, so it writes nothing when consent is withdrawn.
 */
export declare const removeCookie: (name: string) => void;
/**
 * The registrable domain of the page: the shortest parent domain on which the browser accepts a
 * cookie (`a.example.co.uk` → `example.co.uk`). Browsers refuse public suffixes (`co.uk`), so
 * probing upward from two labels never picks one. Empty for `localhost` and when cookies are
 * off: cookies are then host-only. The probe cookie is removed wherever it could be: a
 * withdrawal of consent must leave none behind.
 */
export declare const probeDomain: () => string;
