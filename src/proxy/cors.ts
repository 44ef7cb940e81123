import type { RequestHead } from './incoming.js';
import { memo } from './memo.js';

/**
 * Lower-case scheme://host[:port] with no trailing slash, or '' when `value` is no origin.
 * Remembered: a site's requests repeat the same two values (its origin, the endpoint's URL).
 */
export const normalizeOrigin = memo((value: string): string => {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? '' : url.origin.toLowerCase();
  } catch {
    return '';
  }
}, 100);

/**
 * Whether a browser request from `origin` may use the endpoint. No `Origin` header means a
 * server-to-server caller or a same-origin GET-like request: allowed. `'*'` allows any http(s)
 * origin, never the opaque `null` (sandboxed iframes, `data:` and `file:` pages) nor another
 * scheme: the answer grants credentials, so it must name a real site. With no list configured,
 * only the site's own origin is allowed; `Sec-Fetch-Site: same-origin` counts too, because
 * behind a reverse proxy `request.url` may name an internal host while the page's origin is public.
 */
export function isOriginAllowed(request: RequestHead, allowed: readonly string[] | '*' | undefined): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  const normalized = normalizeOrigin(origin);
  if (!normalized) return false;
  if (allowed === '*') return normalized.startsWith('https://') || normalized.startsWith('http://');
  if (allowed) return allowed.includes(normalized);
  return (
    normalized === normalizeOrigin(request.url) || request.headers.get('sec-fetch-site') === 'same-origin'
  );
}

/**
 * CORS headers for an allowed cross-origin caller. The origin is echoed (never `*`) with
 * credentials allowed, because `navigator.sendBeacon` always sends credentials and a
 * wildcard would make the browser discard the answer.
 */
export function corsHeaders(request: RequestHead): Record<string, string> {
  const origin = request.headers.get('origin');
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Allow-Credentials'] = 'true';
  }
  return headers;
}

/** The answer to an allowed `OPTIONS` preflight. */
export function preflightHeaders(request: RequestHead): Record<string, string> {
  return {
    ...corsHeaders(request),
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '7200',
  };
}
