import type { Api, ConversionInput, UpstreamBody } from '../schema/types.js';
import type { RequestHead } from './incoming.js';
import type { LogEntry } from './logger.js';
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
/** What the enrich step needs to know of the request, besides its headers. */
export interface BatchFacts {
    api: Api;
    companyId: string;
    /** The client's address, as `trustProxy` lets it be known. */
    clientAddress: string | undefined;
    /** A server caller with the shared secret: its own address and agent are not the visitor's. */
    trusted: boolean;
    /** Per event, the visitor facts a trusted caller wrote in the body (see `validateInput`). */
    callerFacts: Array<Partial<RequestFacts>>;
}
/**
 * The enrich step: every event of a request as its exact upstream body ({@link enrich}), with
 * the request's facts: its client address, `User-Agent`, `Cookie` and `Accept-Language`, and the
 * time it came. A trusted server caller's own address, agent and language are its backend's,
 * not the visitor's: an event it sends without them goes without them. Writes the log field
 * `dropped_fields`: what the browser sent that the API the proxy speaks does not take.
 */
export declare function enrichBatch(inputs: ConversionInput<Api>[], request: RequestHead, batch: BatchFacts, log: LogEntry): UpstreamBody[];
