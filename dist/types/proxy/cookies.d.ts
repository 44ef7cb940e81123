/** Parses a `Cookie` request header into name → value (first occurrence wins, values URI-decoded). */
export declare function parseCookieHeader(header: string | null): Map<string, string>;
/**
 * The fbclid inside Meta's `_fbc` cookie: `fb.<subdomainIndex>.<ms>.<fbclid>`, with the
 * optional fifth segment Meta's newer tools append. Anything else yields undefined.
 */
export declare function fbclidFromFbc(fbc: string | undefined): string | undefined;
