import { Registry } from 'prom-client';
import type { ProxyOptions } from '../proxy/types.js';
/** The proxy's Prometheus metrics: a registry, and the hooks that feed it. */
export interface ProxyMetrics {
    /** The proxy's series plus Node's process metrics (`process_*`, `nodejs_*`). */
    registry: Registry;
    /**
     * `options` with its logger and `onForward` observed. The metrics are what the proxy already
     * reports, one log entry per request and one record per event: the core counts nothing itself.
     */
    observe(options: ProxyOptions): ProxyOptions;
}
/**
 * Creates the metrics of one proxy (one registry each, so two servers in a process never mix):
 * - `whop_pixel_requests_total{status}`: every request the proxy answered (health checks aside);
 * - `whop_pixel_events_forwarded_total{outcome}`: each event sent to Whop, by Whop's answer —
 *   `accepted`, `rejected` (Whop refused it) or `unavailable` (undelivered after the retries);
 * - `whop_pixel_requests_refused_total{reason}`: requests the proxy refused without forwarding
 *   anything, by error code (`invalid_json`, `origin_not_allowed`, `rate_limited`, …);
 * - `whop_pixel_requests_dropped_total{reason}`: requests answered but not forwarded (`bot`);
 * - `whop_pixel_fields_dropped_total`: fields left out because the upstream API does not take them;
 * - `whop_pixel_rate_limited_total`: requests answered 429 for their client address's rate limit;
 * - `whop_pixel_upstream_duration_seconds{outcome}`: time upstream per event, retries included.
 */
export declare function proxyMetrics(): ProxyMetrics;
/** The answer to a scrape: `registry` in Prometheus' text format, never cached; `GET` and `HEAD` only. */
export declare function answerMetrics(request: Request, registry: Registry): Promise<Response>;
