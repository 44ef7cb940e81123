/** One queued event. Short keys: the queue lives in localStorage and is rewritten often. */
export interface Item {
    /** Its `event_id`. */
    i: string;
    /** The JSON body, built once when `track` was called; sent unchanged on every retry. */
    e: string;
    /** When it was queued (ms). */
    t: number;
    /** Lease (ms): a tab or a beacon is sending it until then; every tab leaves it alone. */
    l?: number;
    /** Retry not before (ms): backoff after a failure. */
    r?: number;
    /** Failed attempts so far. */
    n?: number;
}
/** At most this many events wait; the oldest go first. */
export declare const MAX_ITEMS = 100;
/** Events older than this are dropped: ad platforms ignore conversions older than 7 days. */
export declare const MAX_AGE: number;
/**
 * Characters of one request body at most (UTF-8 takes at most 3 bytes for each): keepalive
 * fetches and beacons share 64 KiB per page. A conversion is a few KB, so only a misuse comes
 * near this; such an event is dropped.
 */
export declare const MAX_CHARS = 20000;
/**
 * Whether a request that got `status` (0: no answer) is worth sending again: network errors,
 * 408, 429 and 5xx. Any other 4xx is final (the proxy refused the event for good), and so is 2xx.
 */
export declare const retryable: (httpStatus: number) => boolean;
/**
 * Milliseconds before the next try after `failures` failures: never sooner than the proxy's
 * `Retry-After` seconds, else 1 s × 2^failures capped at 60 s, with ±50% jitter (Math.random)
 * so many visitors do not retry in step.
 */
export declare const backoff: (retryAfterSeconds: string | null | undefined, failures: number) => number;
