import type { ConversionBody } from '../schema/types.js';
/** The path Whop serves conversions on; the mock answers it exactly. */
export declare const CONVERSIONS_PATH = "/api/v1/conversions";
/**
 * One scripted misbehaviour, applied to the next `times` conversion attempts (before the token
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
/** An accepted conversion as the mock recorded it. The Authorization header is never kept. */
export interface RecordedEvent {
    /** The id answered, `conv_…`. */
    id: string;
    /** The exact JSON body received. */
    body: ConversionBody;
    /** When the mock accepted it, ISO 8601. */
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
    /** Every `POST /api/v1/conversions` received, faulted ones included. */
    attempts: number;
    /** Conversions recorded. */
    accepted: number;
    /** Repeats of an already recorded `event_id` (answered with the same id, not recorded again). */
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
    type: 'rejected';
    status: number;
    code: string;
    attempt: number;
} | {
    type: 'fault';
    fault: Omit<MockFault, 'times'>;
    attempt: number;
};
/** A local stand-in for Whop's conversions API, as a Web handler. */
export interface MockApi {
    /** `(Request) => Response`: serve it with `startMockApi`, or from any runtime. */
    handler(request: Request): Promise<Response>;
    /** Recorded conversions, oldest first (copies). */
    events(): RecordedEvent[];
    /** Conversion attempts received since the last reset. */
    attempts(): number;
    stats(): MockStats;
    /** Replaces the fault queue; throws on a malformed fault. */
    setFaults(faults: MockFault[]): void;
    /** Forgets events, dedup ids, faults and counters; requests still waiting out a delay are dropped. */
    reset(): void;
    /** Calls `listener` for each accepted, duplicate, rejected and faulted attempt; returns the unsubscribe. */
    subscribe(listener: (activity: MockActivity) => void): () => void;
}
/** Options of {@link createMockApi}. */
export interface MockApiOptions {
    /** The only bearer token accepted. */
    apiKey: string;
}
/** Checks a fault list (from code or from `POST /_mock/faults`) and fills in `times`. */
export declare function checkFaults(input: unknown): Array<MockFault & {
    times: number;
}>;
/**
 * A mock of Whop's `POST /api/v1/conversions` that behaves as the API page says: bearer token
 * (401), `application/json` (415), strict validation with `company_id` required (400), `200
 * {"id"}`, the same id again for a repeated `event_id`. Control endpoints for tests and demos:
 * `GET|DELETE /_mock/events`, `GET|POST|DELETE /_mock/faults`, `GET /_mock/stats`.
 * The token is compared, never stored in records nor returned.
 */
export declare function createMockApi(options: MockApiOptions): MockApi;
