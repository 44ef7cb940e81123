import type { Redact } from './redact.js';
/**
 * `value` when it is an id of Whop's shape holding neither secret, else undefined. An upstream
 * that answers something else (one echoing the Authorization header, say) has its "id" dropped;
 * the event it answered for is still accepted.
 */
export declare function whopId(value: unknown, redact: Redact): string | undefined;
