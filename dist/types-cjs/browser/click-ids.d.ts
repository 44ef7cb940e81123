/**
 * The click id at dot-separated position `index` of a cookie that starts with `prefix`, allowing
 * one optional trailing segment: `_fbc` = `fb.<i>.<ms>.<fbclid>[.<extra>]` (Meta's newer tools
 * append a fifth), `_gcl_aw` = `GCL.<unix seconds>.<gclid>`.
 */
export declare const clickId: (value: string | undefined, prefix: string, index: number) => string | undefined;
