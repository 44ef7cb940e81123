import type { UpstreamBody } from '../schema/types.js';
import type { LogEntry } from './logger.js';
import type { ForwardRecord } from './types.js';
import { sendUpstream, type UpstreamConfig, type UpstreamResult } from './upstream.js';
import type { UserAgentInfo } from './user-agent.js';

/** Events of one batch sent to Whop at the same time. */
const BATCH_CONCURRENCY = 4;

/** What delivery needs of the proxy's options. */
export interface DeliveryConfig extends UpstreamConfig {
  /** Upstream deliveries in flight at once across all requests of this proxy. */
  maxConcurrentUpstream: number;
  /** The whole request's upstream budget, all events of a batch together, in ms. */
  maxRequestTimeMs: number;
  onForward?: (record: ForwardRecord) => void;
}

/** Maps `items` through `fn` with at most `limit` calls in flight, keeping the order of results. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
) {
  // One event, the usual request: no workers to set up.
  if (items.length === 1) return [await fn(items[0], 0)];
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The deliver step: a function that sends the events of one request to Whop, at most 4 at once,
 * each with its retries ({@link sendUpstream}), all within `maxRequestTimeMs`, and tells
 * `onForward` how each fared (`visitors[i]` is event i's browser). It resolves undefined, sending
 * nothing, when `maxConcurrentUpstream` deliveries are already in flight across all requests:
 * without that cap, an upstream that stops answering lets every new request open more sockets,
 * each held until its timeout. Writes the log fields `upstream_busy`, or `events`,
 * `upstream_ms`, `attempts`, `accepted` and `upstream` (the first three failure reasons).
 */
export function deliverer(config: DeliveryConfig) {
  let used = 0;
  return async (
    events: UpstreamBody[],
    visitors: UserAgentInfo[],
    log: LogEntry,
  ): Promise<UpstreamResult[] | undefined> => {
    const taken = Math.max(
      0,
      Math.min(BATCH_CONCURRENCY, events.length, config.maxConcurrentUpstream - used),
    );
    if (!taken) {
      log.upstream_busy = true;
      return undefined;
    }
    used += taken;
    const started = Date.now();
    // One budget for the whole batch: past it, what is undelivered is answered as retryable.
    const deadline = started + config.maxRequestTimeMs;
    const outcomes = await mapLimit(events, taken, async (event, i) => {
      const sentAt = Date.now();
      const result = await sendUpstream(event, config, deadline);
      try {
        config.onForward?.({
          body: event,
          outcome: result.outcome,
          status: result.status,
          id: result.id,
          attempts: result.attempts,
          ms: Date.now() - sentAt,
          ua: visitors[i].line,
          inApp: visitors[i].inApp,
        });
      } catch {
        // An observer must never break delivery.
      }
      return result;
    }).finally(() => {
      used = Math.max(0, used - taken);
    });
    log.events = events.length;
    log.upstream_ms = Date.now() - started;
    log.attempts = outcomes.reduce((sum, r) => sum + r.attempts, 0);
    log.accepted = outcomes.filter((r) => r.outcome === 'accepted').length;
    const failures = outcomes.filter((r) => r.outcome !== 'accepted');
    if (failures.length) log.upstream = [...new Set(failures.map((r) => r.reason))].slice(0, 3);
    return outcomes;
  };
}
