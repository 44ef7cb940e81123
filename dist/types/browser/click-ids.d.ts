/**
 * Meta's `_fbc` value: `fb.<subdomainIndex>.<ms>.<fbclid>`, where the index is the label count
 * of the cookie's domain minus one (`example.com` → 1, `example.co.uk` → 2), as Meta's tools do.
 */
export declare function formatFbc(domain: string, ms: number, fbclid: string): string;
/**
 * The click id at dot-separated position `index` of a cookie that starts with `prefix`, allowing
 * one optional trailing segment: `_fbc` = `fb.<i>.<ms>.<fbclid>[.<extra>]` (Meta's newer tools
 * append a fifth), `_gcl_aw` = `GCL.<unix seconds>.<gclid>`.
 */
export declare function clickId(value: string | undefined, prefix: string, index: number): string | undefined;
