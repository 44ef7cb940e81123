// The persisted delivery queue as pure functions over an array; the tracker does the I/O.
import { MAX_BATCH_EVENTS } from '../schema/fields.js';
import type { ConversionInput } from '../schema/types.js';

/** One queued event. Short keys: the queue lives in localStorage and is rewritten often. */
export interface Item {
  /** The body, built once when `track` was called; sent unchanged on every retry. */
  e: ConversionInput & { event_id: string };
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
export const MAX_ITEMS = 100;
/** Events older than this are dropped: ad platforms ignore conversions older than 7 days. */
export const MAX_AGE = 7 * 864e5;
/** Bytes per request: under 80% of the 64 KiB that keepalive fetches and beacons share per page. */
export const MAX_BYTES = 48e3;

/**
 * The next request: queued items in order that are neither leased nor waiting for a retry at
 * `now` (pass Infinity to take every item), at most 50 and at most MAX_BYTES of JSON; a lone
 * oversized item still goes. The items taken from a fully eligible queue are a prefix of it.
 */
export function nextBatch(queue: Item[], now: number): Item[] {
  const batch: Item[] = [];
  let bytes = 2;
  for (const item of queue) {
    if (item.l! > now || item.r! > now) continue;
    bytes += new Blob([JSON.stringify(item.e)]).size + 1;
    if ((bytes > MAX_BYTES && batch.length) || batch.push(item) === MAX_BATCH_EVENTS) break;
  }
  return batch;
}

/**
 * What to do with one sent event, from its HTTP status (its own in `results` when the proxy
 * gave one; 0 when no answer came): 0 done (2xx), 1 drop (4xx but 429), 2 retry (the rest).
 * `paths` are the error paths of a 400 for the whole batch (`[2].currency,[2].value`): when
 * they name events, only those are dropped and the others are sent again at once (3), so one
 * bad call never costs the other leads of its batch.
 */
export function verdict(status: number, paths: string, index: number): number {
  return status < 200 || status > 499 || status === 429
    ? 2
    : status < 300
      ? 0
      : !/\[/.test(paths) || paths.includes(`[${index}]`)
        ? 1
        : 3;
}

/**
 * Milliseconds before the next try after `failures` failures: 1 s × 2^failures capped at 60 s,
 * with ±50% jitter so many visitors do not retry in step, and never sooner than the proxy's
 * `Retry-After` seconds.
 */
export function backoff(failures: number, retryAfter?: string | null, random = Math.random()): number {
  return Math.max(Math.min(6e4, 1e3 * 2 ** failures) * (0.5 + random), +retryAfter! * 1e3 || 0);
}
