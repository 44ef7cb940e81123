/** Parses a `Cookie` request header into name → value (first occurrence wins, values URI-decoded). */
export declare function parseCookieHeader(header: string | null): Map<string, string>;
