/** The first-party cookie that holds the snippet's `anonymous_id` (the proxy re-issues it). */
export declare const ANONYMOUS_ID_COOKIE = "_whop_aid";
/**
 * The fbclid inside Meta's `_fbc` cookie (sent to the Events API as `fbc`). The rule, exactly:
 * `fb.<digits>.<digits>.<fbclid>`, optionally followed by one more `.<segment>` (Meta's newer tools
 * append one, which may be empty); `<fbclid>` is one or more characters other than `.`. Anything
 * else, no value included, yields undefined.
 */
export declare const fbclidFromFbc: (fbc: string | undefined) => string | undefined;
