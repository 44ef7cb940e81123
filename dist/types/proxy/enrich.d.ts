import type { Api, ConversionInput, UpstreamBody } from '../schema/types.js';
/** What the server knows about the request that the browser must not be trusted with. */
export interface RequestFacts {
    /** The API the proxy speaks: the shape of the body. */
    api: Api;
    companyId: string;
    clientAddress?: string;
    userAgent?: string | null;
    cookieHeader?: string | null;
    /** The request's `Accept-Language` header: the visitor's language, for the Events API. */
    acceptLanguage?: string | null;
    /** ISO time of receipt, the default `event_time`. */
    receivedAt: string;
    newEventId: () => string;
}
/** The exact upstream body, and how many fields the caller sent that the API does not take. */
export interface Enriched {
    body: UpstreamBody;
    dropped: number;
}
/** The visitor's preferred language: the first tag of `Accept-Language`, if it is one. */
export declare function languageOf(header: string | null | undefined): string | undefined;
/**
 * Turns a validated caller body into the exact upstream body of the API the proxy speaks: the
 * company from the server's options (`company_id`, or `account_id` for the Events API),
 * `ip_address` and `user_agent` from the request (never from the body), defaults for
 * `action_source`, `event_id` and `event_time`, and attribution cookies where the body has none.
 * For `/conversions` the fields only the Events API takes are dropped (and counted); for the
 * Events API a `custom` event goes under its own name (as Whop's pixel sends it, so the pair is
 * counted once), with the visitor's language and, when the body carries Whop's visitor id, the
 * snippet's own id as `linked_anonymous_id`. Null fields are dropped: upstream treats absent and
 * null alike, and the body stays small.
 */
export declare function enrich(input: ConversionInput<Api>, facts: RequestFacts): Enriched;
