import type { ConversionBody, EventsApiBody } from '../schema/types.js';
/** The path Whop serves conversions on; the mock answers it exactly. */
export declare const CONVERSIONS_PATH: "/api/v1/conversions";
/** The path of Whop's Events API, the successor of conversions; the mock answers it too. */
export declare const EVENTS_PATH: "/api/v1/events";
/**
 * One scripted misbehaviour, applied to the next `times` attempts on either API (before the token
 * is even checked, as a failing load balancer would). Faults run in list order.
 */
export interface MockFault {
    /** Answer with this status and a JSON error body instead of processing the request. */
    status?: number;
    /** `Retry-After` seconds sent with `status`. */
    retryAfter?: number;
    /** Wait this long first. Alone, the request is then processed normally: a slow upstream that still records the event. */
    delayMs?: number;
    /** Drop the connection without answering (the handler returns `Response.error()`). */
    drop?: boolean;
    /** How many attempts this fault applies to. Default 1. */
    times?: number;
}
/**
 * An accepted event as the mock recorded it, with the API it came through (`api` tells which
 * shape `body` has). The Authorization header is never kept. Neither body holds the other API's
 * company field (the validator refuses it): saying so lets `body.company_id` be read unnarrowed.
 */
export type RecordedEvent = RecordedFields & ({
    api: 'conversions';
    body: ConversionBody & {
        account_id?: never;
    };
} | {
    api: 'events';
    body: EventsApiBody & {
        company_id?: never;
    };
});
/** What {@link RecordedEvent} holds besides the API and its `body` (the exact JSON received). */
export interface RecordedFields {
    /** The id answered: `conv_…` for conversions, `<account_id>:<event_id>` for events. */
    id: string;
    /**
     * When the mock accepted it, ISO 8601. Whop clamps an Events API `event_time` in the future to
     * this moment; the mock keeps the body as sent, so this is the time such an event counts at.
     */
    received_at: string;
    /** The `Idempotency-Key` request header, if any. */
    idempotency_key: string | null;
    /** The `User-Agent` request header (the proxy's, not the visitor's). */
    user_agent_header: string | null;
    /** Which attempt since the last reset delivered it (1-based, faulted attempts included). */
    attempt: number;
}
/** Counters since the last reset. */
export interface MockStats {
    /** Every POST to either API path received, faulted ones included. */
    attempts: number;
    /** Events recorded, both APIs. */
    accepted: number;
    /**
     * Repeats answered from memory and not recorded again: an already recorded `event_id` (the
     * same id back), or an Events API `Idempotency-Key` replay (the first answer back).
     */
    duplicates: number;
    /** Answered 4xx by the mock's own checks (token, content type, validation). */
    rejected: number;
    /** Attempts a fault was applied to. */
    faults_served: number;
}
/** What an in-process observer (the demo's inspector) is told, as it happens. */
export type MockActivity = {
    type: 'accepted';
    event: RecordedEvent;
} | {
    type: 'duplicate';
    id: string;
    event_id: string;
    attempt: number;
} | {
    type: 'replayed';
    status: number;
    idempotency_key: string;
    attempt: number;
} | {
    type: 'rejected';
    status: number;
    code: string;
    attempt: number;
} | {
    type: 'fault';
    fault: Omit<MockFault, 'times'>;
    attempt: number;
};
/** A local stand-in for Whop's conversions and Events APIs, as a Web handler. */
export interface MockApi {
    /** `(Request) => Response`: serve it with `startMockApi`, or from any runtime. */
    handler(request: Request): Promise<Response>;
    /** Recorded events of both APIs, oldest first (copies). */
    events(): RecordedEvent[];
    /** Attempts on either API received since the last reset. */
    attempts(): number;
    stats(): MockStats;
    /** Replaces the fault queue; throws on a malformed fault. */
    setFaults(faults: MockFault[]): void;
    /**
     * Forgets events, dedup ids, idempotency keys, faults and counters; requests still waiting out
     * a delay are dropped.
     */
    reset(): void;
    /** Calls `listener` for each accepted, duplicate, replayed, rejected and faulted attempt; returns the unsubscribe. */
    subscribe(listener: (activity: MockActivity) => void): () => void;
}
/** Options of {@link createMockApi}. */
export interface MockApiOptions {
    /** The only bearer token accepted. */
    apiKey: string;
    /**
     * Host names, besides `localhost`, `127.0.0.1` and `[::1]`, whose `Host` the control endpoints
     * (`/_mock/…`) answer, such as the name the mock listens on. Default none. The API paths answer
     * any `Host`.
     */
    allowedHosts?: string[];
}
/** Checks a fault list (from code or from `POST /_mock/faults`) and fills in `times`. */
export declare function checkFaults(input: unknown): Array<MockFault & {
    times: number;
}>;
/**
 * A mock of Whop's two server APIs, each as its page says. Both: bearer token (401),
 * `application/json` (415), a body of at most 1 MiB (413), strict validation of that API's body
 * (400; every error in the proxy's one shape, `{ error, errors }`), `200 {"id"}`, the same id
 * again for a repeated `event_id`. `POST /api/v1/conversions`: `company_id`, ids `conv_…`.
 * `POST /api/v1/events`: `account_id`, ids `<account_id>:<event_id>`, `event_time` at most 28
 * days old, and `Idempotency-Key`: a replay of the same body gets the first answer (4xx too) with
 * `Idempotent-Replayed: true`, the same key with another body a 400. Keys are kept until reset
 * (Whop: 24 h). Control endpoints for tests and demos: `GET|DELETE /_mock/events`,
 * `GET|POST|DELETE /_mock/faults`, `GET /_mock/stats`; they answer a loopback `Host` only (or one
 * in `allowedHosts`), and POST/DELETE only without `Origin` or from their own origin (403
 * otherwise), so a web page can neither read nor change them.
 * The token is compared, never stored in records nor returned.
 */
export declare function createMockApi(options: MockApiOptions): MockApi;
