// Click ids kept by the ad platforms' own first-party cookies, in their documented formats.

/**
 * The click id at dot-separated position `index` of a cookie that starts with `prefix`, allowing
 * one optional trailing segment: `_fbc` = `fb.<i>.<ms>.<fbclid>[.<extra>]` (Meta's newer tools
 * append a fifth), `_gcl_aw` = `GCL.<unix seconds>.<gclid>`.
 */
export const clickId = (value: string | undefined, prefix: string, index: number): string | undefined => {
  // `undefined` (no cookie) splits into one word, which no prefix matches.
  const parts = `${value}`.split('.');
  if (parts[0] === prefix && parts.length - index < 3) return parts[index];
};
