// The first-party cookies both the snippet and the proxy read, so both read them one way. Kept
// to a name and a plain function: this file is bundled into the browser script.

/** The first-party cookie that holds the snippet's `anonymous_id` (the proxy re-issues it). */
export const ANONYMOUS_ID_COOKIE = '_whop_aid';

/**
 * The fbclid inside Meta's `_fbc` cookie (sent to the Events API as `fbc`). The rule, exactly:
 * `fb.<digits>.<digits>.<fbclid>`, optionally followed by one more `.<segment>` (Meta's newer tools
 * append one, which may be empty); `<fbclid>` is one or more characters other than `.`. Anything
 * else, no value included, yields undefined.
 */
export const fbclidFromFbc = (fbc: string | undefined): string | undefined =>
  (/^fb\.\d+\.\d+\.([^.]+)(?:\.[^.]*)?$/.exec(fbc || '') || [])[1];
