import type { UpstreamBody } from '../schema/types.js';
import type { Redact } from './redact.js';
/** How one event fared upstream, after all attempts. */
export interface UpstreamResult {
    /**
     * `accepted`: Whop answered 2xx. `rejected`: Whop refused the body (4xx other than
     * 401/403/408/429) — retrying cannot help. `unavailable`: network error, timeout, 429, 5xx,
     * or our credentials were refused — the caller should keep the event and try later.
     */
    outcome: 'accepted' | 'rejected' | 'unavailable';
    /** Whop's HTTP status of the last attempt; 0 for a network error, 504 for a timeout. */
    status: number;
    /** The conversion id Whop returned, when it has the shape of one (see `whopId`). */
    id?: string;
    attempts: number;
    /** Suggested wait before the caller tries again, in ms (from Retry-After when given). */
    retryAfterMs?: number;
    /** A short reason for logs; never holds the token or the body. */
    reason?: string;
}
/** One call to Whop: its headers and body, and how long it may take in all, its answer read. */
export interface UpstreamCall {
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
}
/** Whop's answer to one call, read whole. */
export interface UpstreamAnswer {
    status: number;
    text: string;
    /** The `Retry-After` header; null when absent. */
    retryAfter: string | null;
}
/**
 * Makes one upstream call: a `POST` that follows no redirect (a 3xx is answered, and the Bearer
 * token goes nowhere else), its answer read whole within `timeoutMs` (a server can stall after
 * the headers). Rejects on a network error, and with {@link timeoutError} when the time ran out. {@link fetchSender} makes one of `fetch`; the Node entry's keep-alive pool is another.
 */
export type UpstreamSend = (url: string, call: UpstreamCall) => Promise<UpstreamAnswer>;
/** The rejection of a call whose time ran out. */
export declare const timeoutError: (ms: number) => Error;
/**
 * An {@link UpstreamSend} over `fetch`: a Worker's, Next.js's, or one the options name. The timer
 * aborts the call and also settles it, so a `fetch` that ignores its signal cannot hold an
 * upstream slot past the timeout.
 */
export declare function fetchSender(fetchImpl: typeof fetch): UpstreamSend;
export interface UpstreamConfig {
    apiUrl: string;
    apiKey: string;
    /** How calls go out: `fetch` unless an adapter gave a faster way (see `core-entry.ts`). */
    send: UpstreamSend;
    timeoutMs: number;
    retries: number;
    maxRetryTimeMs: number;
    /** The redaction of both secrets: an id holding one is not passed on. */
    redact: Redact;
}
/**
 * Delay before retry number `attempt` (0 for the first retry): exponential from `baseMs`,
 * capped at `capMs`, with "equal jitter" (between half and all of the step) so a burst of
 * failed requests does not retry in lock-step. `random` is injectable for tests.
 */
export declare function backoffDelay(attempt: number, baseMs?: number, capMs?: number, random?: () => number): number;
/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (relative to `now`).
 * Returns undefined when absent or unreadable; negative dates count as 0.
 */
export declare function parseRetryAfter(value: string | null, now?: number): number | undefined;
/**
 * Sends one conversion to Whop with a per-attempt timeout, retrying transient failures with
 * exponential backoff and jitter, honouring `Retry-After`, within `retries` and `maxRetryTimeMs`.
 * Every attempt carries the same `event_id` and `Idempotency-Key`, so retries never duplicate, and
 * the same bytes: the body is serialised once (the Events API answers 400 to a key it has seen
 * with a different body).
 *
 * `requestDeadline` (ms since epoch) is the whole request's budget, shared by the events of a
 * batch: no attempt starts after it and none runs past it. An event it leaves unsent is
 * `unavailable` with status 503 and 0 attempts, for the browser to send again.
 */
export declare function sendUpstream(body: UpstreamBody, config: UpstreamConfig, requestDeadline?: number): Promise<UpstreamResult>;
