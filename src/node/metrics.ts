import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { LogEntry, Logger } from '../proxy/logger.js';
import { consoleLogger, silentLogger } from '../proxy/logger.js';
import { problem, toResponse } from '../proxy/responses.js';
import type { ForwardRecord, ProxyOptions } from '../proxy/types.js';

/** The reason of a refusal whose log entry names no error code, by its status. */
const REFUSED_BY_STATUS: Record<number, string> = {
  400: 'invalid_body',
  401: 'invalid_secret',
  403: 'origin_not_allowed',
  405: 'method_not_allowed',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'internal',
};
const OUTCOMES: ForwardRecord['outcome'][] = ['accepted', 'rejected', 'unavailable'];

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

function isLogger(value: unknown): value is Logger {
  const logger = value as Record<string, unknown> | null;
  return (
    typeof logger === 'object' &&
    logger !== null &&
    ['info', 'warn', 'error'].every((m) => typeof logger[m] === 'function')
  );
}

/** A label value from a log field: error codes are short snake_case words; anything else is `other`. */
function code(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^[a-z][a-z0-9_]{0,39}$/.test(value) ? value : 'other';
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
export function proxyMetrics(): ProxyMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({
    name: 'whop_pixel_requests_total',
    help: 'Requests answered by the proxy, by HTTP status (health checks are not counted).',
    labelNames: ['status'],
    registers,
  });
  const forwarded = new Counter({
    name: 'whop_pixel_events_forwarded_total',
    help: "Events sent to Whop, by Whop's answer: accepted, rejected, or unavailable after the retries.",
    labelNames: ['outcome'],
    registers,
  });
  const refused = new Counter({
    name: 'whop_pixel_requests_refused_total',
    help: 'Requests the proxy refused without forwarding anything, by error code.',
    labelNames: ['reason'],
    registers,
  });
  const dropped = new Counter({
    name: 'whop_pixel_requests_dropped_total',
    help: 'Requests answered without forwarding their events, by reason (bot: a known crawler).',
    labelNames: ['reason'],
    registers,
  });
  const droppedFields = new Counter({
    name: 'whop_pixel_fields_dropped_total',
    help: 'Event fields left out because the upstream API does not take them.',
    registers,
  });
  const rateLimited = new Counter({
    name: 'whop_pixel_rate_limited_total',
    help: 'Requests answered 429 because their client address was over its rate limit.',
    registers,
  });
  const upstream = new Histogram({
    name: 'whop_pixel_upstream_duration_seconds',
    help: 'Time spent upstream on one event, retries and their waits included.',
    labelNames: ['outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  // Every series a dashboard plots exists from the start, at 0.
  for (const outcome of OUTCOMES) forwarded.inc({ outcome }, 0);
  dropped.inc({ reason: 'bot' }, 0);

  function count(entry: LogEntry): void {
    const { status } = entry;
    if (entry.msg !== 'whop-pixel request' || typeof status !== 'number') return;
    requests.inc({ status: String(status) });
    if (entry.rate_limited === true) rateLimited.inc();
    if (typeof entry.dropped_fields === 'number') droppedFields.inc(entry.dropped_fields);
    if (entry.bot === true) dropped.inc({ reason: 'bot' });
    else if (status >= 400 && entry.events === undefined) {
      const reason =
        code(entry.error_code) ??
        (entry.rate_limited === true ? 'rate_limited' : (REFUSED_BY_STATUS[status] ?? `http_${status}`));
      refused.inc({ reason });
    }
  }

  function countForward(record: ForwardRecord): void {
    const outcome = OUTCOMES.includes(record.outcome) ? record.outcome : 'unavailable';
    forwarded.inc({ outcome });
    if (Number.isFinite(record.ms)) upstream.observe({ outcome }, Math.max(0, record.ms) / 1000);
  }

  function observe(options: ProxyOptions): ProxyOptions {
    const { logger, onForward } = options;
    // The proxy's own default, so leaving `logger` out still logs (and is still counted).
    const base =
      logger === false
        ? silentLogger
        : logger === undefined
          ? consoleLogger(options.apiKey, options.sharedSecret)
          : logger;
    // Anything else is left as it came, for createProxy to refuse with its own message.
    if (!isLogger(base) || (onForward !== undefined && typeof onForward !== 'function')) return options;
    const tee = (level: keyof Logger) => (entry: LogEntry) => {
      try {
        count(entry);
      } catch {
        // Counting must never cost a request its log line.
      }
      base[level](entry);
    };
    return {
      ...options,
      logger: { info: tee('info'), warn: tee('warn'), error: tee('error') },
      onForward: (record) => {
        countForward(record);
        onForward?.(record);
      },
    };
  }

  return { registry, observe };
}

/** The answer to a scrape: `registry` in Prometheus' text format, never cached; `GET` and `HEAD` only. */
export async function answerMetrics(request: Request, registry: Registry): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return toResponse(problem(405, 'method_not_allowed', 'use GET', { Allow: 'GET, HEAD' }));
  }
  const text = await registry.metrics();
  const headers = { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' };
  return new Response(request.method === 'HEAD' ? null : text, { headers });
}
