import type { Redact } from './redact.js';

/**
 * The shape of the ids Whop's APIs answer with: `conv_<hex>` from `/conversions` (and the mock),
 * `<account_id>:<event_id>` from `/events` (`biz_x:evt_1`). A short token of these characters
 * cannot carry markup, a header or a message into the browser.
 */
const WHOP_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/**
 * `value` when it is an id of Whop's shape holding neither secret, else undefined. An upstream
 * that answers something else (one echoing the Authorization header, say) has its "id" dropped;
 * the event it answered for is still accepted.
 */
export function whopId(value: unknown, redact: Redact): string | undefined {
  return typeof value === 'string' && WHOP_ID.test(value) && redact(value) === value ? value : undefined;
}
