/** The first-party cookie that holds the snippet's `anonymous_id` (the proxy re-issues it). */
export declare const ANONYMOUS_ID_COOKIE = "_whop_aid";
/**
 * The click id at dot-separated position `index` of an ad platform's cookie that starts with
 * `prefix`, allowing one optional trailing segment: `_fbc` = `fb.<i>.<ms>.<fbclid>[.<extra>]`
 * (Meta's newer tools append a fifth; the Events API also takes the whole cookie as `fbc`),
 * `_gcl_aw` = `GCL.<unix seconds>.<gclid>`. The one rule for the snippet and the proxy, kept as
 * small as the browser script needs: the segments before the id are not checked, and an empty id
 * comes back as `''` (callers treat it as none).
 */
export declare const clickId: (value: string | undefined, prefix: string, index: number) => string | undefined;
