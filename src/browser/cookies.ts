// A tiny cookie helper instead of js-cookie (859 B gzip; this file costs about 200 B): the
// snippet only needs get, set with max-age/domain, and remove. Values are written with
// encodeURIComponent and read with decodeURIComponent, as js-cookie does, so each reads the
// other's cookies (the unit tests use js-cookie as the oracle).

/**
 * Reads a cookie; undefined when absent, empty, undecodable, longer than 256 characters (what
 * the snippet reads is short: ids and the ad platforms' cookies), or when cookies are unavailable.
 */
export const getCookie = (name: string): string | undefined => {
  try {
    return decodeURIComponent(document.cookie.match(`(^|; )${name}=([^;]{1,256})(;|$)`)![2]);
  } catch {}
};

/**
 * Writes a cookie for `maxAge` seconds (negative removes it) on `domain`, or host-only when
 * `domain` is empty. No SameSite or Secure attribute: browsers default to Lax or treat these
 * first-party ids alike, and the proxy's Set-Cookie (SameSite=Lax, Secure on https) re-issues
 * `_whop_aid` anyway; the bytes matter more here.
 */
export const setCookie = (name: string, value: string, maxAge: number, domain?: string): void => {
  try {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is async and missing in Safari and Firefox; events are built synchronously
    document.cookie = `${name}=${encodeURIComponent(value)};path=/;max-age=${maxAge}${domain ? `;domain=${domain}` : ''}`;
  } catch {}
};

/**
 * The probe's cookie. It stays on the domain the probe found, holding that domain's name, so a
 * later page (on any subdomain) knows where the snippet's cookies live without probing again.
 */
export const PROBE = '_whop_t';

/**
 * Removes a cookie where the snippet sets it: on `domain` (default: the one the probe found on an
 * earlier page, when there was one) and host-only. Never on another domain: Firefox reports every
 * write that it refuses (`com`, `co.uk`) as an error in the page's console. Needs no probing, so
 * it writes nothing new when consent is withdrawn.
 */
export const removeCookie = (name: string, domain = getCookie(PROBE)): void => {
  setCookie(name, '', -1, domain);
  setCookie(name, '', -1);
};

/**
 * The registrable domain of the page: the shortest parent domain on which the browser accepts a
 * cookie (`a.example.co.uk` → `example.co.uk`). Browsers refuse public suffixes (`co.uk`), so
 * probing upward from two labels never picks one. Empty for `localhost` and when cookies are
 * off: cookies are then host-only. What the probe found is kept in its cookie (1 year, removed
 * with the others when consent is withdrawn), so only a visitor's first page probes: where the
 * two-label domain is a public suffix (`co.uk`, `github.io`), that page's probe is the one write
 * a browser refuses (Firefox says so in the console), and no later page repeats it.
 */
export const probeDomain = (): string =>
  getCookie(PROBE) ||
  // Candidates shortest first from two labels: `co.uk`, `example.co.uk`, `a.example.co.uk`.
  location.hostname
    .split('.')
    .map((_, i, labels) => labels.slice(-1 - i).join('.'))
    .slice(1)
    .find((candidate) => {
      setCookie(PROBE, candidate, 31536e3, candidate);
      return getCookie(PROBE) === candidate;
    }) ||
  '';
