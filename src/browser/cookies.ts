// A tiny cookie helper instead of js-cookie (859 B gzip; this file costs about 200 B): the
// snippet only needs get, set with max-age/domain, and remove. Values are written with
// encodeURIComponent and read with decodeURIComponent, as js-cookie does, so each reads the
// other's cookies (the unit tests use js-cookie as the oracle).
import { newId } from './identity.js';

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

/** The page's host and its parent domains, shortest first: `uk`, `co.uk`, …, `a.example.co.uk`. */
const parents = (): string[] => {
  return location.hostname.split('.').map((_, i, labels) => labels.slice(-1 - i).join('.'));
};

/**
 * Removes a cookie wherever this page could have set it: on the host, every parent domain, and
 * host-only. Needs no probing, so it writes nothing when consent is withdrawn.
 */
export const removeCookie = (name: string): void => {
  for (const domain of [...parents(), '']) setCookie(name, '', -1, domain);
};

/**
 * The registrable domain of the page: the shortest parent domain on which the browser accepts a
 * cookie (`a.example.co.uk` → `example.co.uk`). Browsers refuse public suffixes (`co.uk`), so
 * probing upward from two labels never picks one. Empty for `localhost` and when cookies are
 * off: cookies are then host-only. The probe cookie is removed wherever it could be: a
 * withdrawal of consent must leave none behind.
 */
export const probeDomain = (): string => {
  const probe = newId();
  const domain = parents()
    .slice(1)
    .find((candidate) => {
      setCookie('_whop_t', probe, 9, candidate);
      return getCookie('_whop_t') === probe;
    });
  removeCookie('_whop_t');
  return domain || '';
};
