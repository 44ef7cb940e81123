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
/** What the proxy reads of Whop's answer to one call: a `Response` is one. */
export interface UpstreamReply {
    status: number;
    headers: {
        get(name: string): string | null;
    };
    text(): Promise<string>;
}
/** What one upstream call is made of. */
export interface UpstreamInit {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    redirect: 'manual';
    signal: AbortSignal;
}
/** Makes one upstream call: `fetch` is one; the Node entry's keep-alive pool is another. */
export type UpstreamSend = (url: string, init: UpstreamInit) => Promise<UpstreamReply>;
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
