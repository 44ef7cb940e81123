import type { UpstreamBody } from '../schema/types.js';
import type { LogEntry } from './logger.js';
import type { ForwardRecord } from './types.js';
import { type UpstreamConfig, type UpstreamResult } from './upstream.js';
import type { UserAgentInfo } from './user-agent.js';
/** What delivery needs of the proxy's options. */
export interface DeliveryConfig extends UpstreamConfig {
    /** Upstream deliveries in flight at once across all requests of this proxy. */
    maxConcurrentUpstream: number;
    /** The whole request's upstream budget, all events of a batch together, in ms. */
    maxRequestTimeMs: number;
    onForward?: (record: ForwardRecord) => void;
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
export declare function deliverer(config: DeliveryConfig): (events: UpstreamBody[], visitors: UserAgentInfo[], log: LogEntry) => Promise<UpstreamResult[] | undefined>;
