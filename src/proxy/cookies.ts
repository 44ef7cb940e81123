/** Parses a `Cookie` request header into name → value (first occurrence wins, values URI-decoded). */
export function parseCookieHeader(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (cookies.has(name)) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed %-sequence: keep the raw text, as js-cookie does.
    }
    cookies.set(name, value);
  }
  return cookies;
}

/**
 * The fbclid inside Meta's `_fbc` cookie: `fb.<subdomainIndex>.<ms>.<fbclid>`, with the
 * optional fifth segment Meta's newer tools append. Anything else yields undefined.
 */
export function fbclidFromFbc(fbc: string | undefined): string | undefined {
  if (!fbc) return undefined;
  const parts = fbc.split('.');
  if ((parts.length !== 4 && parts.length !== 5) || parts[0] !== 'fb') return undefined;
  if (!/^\d+$/.test(parts[1]) || !/^\d+$/.test(parts[2]) || !parts[3]) return undefined;
  return parts[3];
}
