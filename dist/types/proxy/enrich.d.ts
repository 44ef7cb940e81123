import type { ConversionBody, ConversionInput } from '../schema/types.js';
/** What the server knows about the request that the browser must not be trusted with. */
export interface RequestFacts {
    companyId: string;
    clientAddress?: string;
    userAgent?: string | null;
    cookieHeader?: string | null;
    /** ISO time of receipt, the default `event_time`. */
    receivedAt: string;
    newEventId: () => string;
}
/**
 * Turns a validated caller body into the exact upstream body: `company_id` from the server's
 * options, `ip_address` and `user_agent` from the request (never from the body), defaults for
 * `action_source`, `event_id` and `event_time`, and attribution cookies where the body has none.
 * Null fields are dropped: upstream treats absent and null alike, and the body stays small.
 */
export declare function enrich(input: ConversionInput, facts: RequestFacts): ConversionBody;
