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

// Registered, so that a timeout from the Node entry's sender (another copy of the package, say)
// is known as ours: a custom fetch's own `TimeoutError` is its failure, not our timeout.
const TIMED_OUT = Symbol.for('whop-pixel.timed-out.1');

/** The rejection of a call whose time ran out. */
export const timeoutError = (ms: number): Error =>
  Object.assign(new Error(`timeout after ${ms} ms`), { name: 'TimeoutError', [TIMED_OUT]: true });

const isTimeout = (error: unknown) => (error as Record<symbol, unknown> | null)?.[TIMED_OUT] === true;

/**
 * An {@link UpstreamSend} over `fetch`: a Worker's, Next.js's, or one the options name. The timer
 * aborts the call and also settles it, so a `fetch` that ignores its signal cannot hold an
 * upstream slot past the timeout.
 */
export function fetchSender(fetchImpl: typeof fetch): UpstreamSend {
  return (url, { headers, body, timeoutMs }) =>
    new Promise((resolve, reject) => {
      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort();
        reject(timeoutError(timeoutMs));
      }, timeoutMs);
      (async () => {
        const response = await fetchImpl(url, {
          method: 'POST',
          headers,
          body,
          redirect: 'manual',
          signal: controller.signal,
        });
        const text = await response.text();
        return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
      })().then(
        (answer) => {
          clearTimeout(timer);
          resolve(answer);
        },
        (error) => {
          clearTimeout(timer);
          reject(controller.signal.aborted ? timeoutError(timeoutMs) : error);
        },
      );
    });
}

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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The log reason of an event the request's time budget left unsent or cut short. */
const BUDGET_SPENT = 'request time budget spent';

// 401/403: the token or company is wrong — an operator fixes that, so the browser keeps the event.
const isTransient = (status: number) =>
  status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;

async function attempt(
  body: string,
  eventId: string,
  config: UpstreamConfig,
  timeoutMs: number,
): Promise<UpstreamAnswer & { reason?: string }> {
  try {
    return await config.send(config.apiUrl, {
      headers: {
        Authorization: `Bearer ${config.apiKey}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'whop-pixel',
        'Idempotency-Key': eventId,
      },
      body,
      timeoutMs,
    });
  } catch (error) {
    const timedOut = isTimeout(error);
    return {
      status: timedOut ? 504 : 0,
      text: '',
      retryAfter: null,
      // A timeout's message is ours (timeoutError): it holds no secret.
      reason: timedOut ? (error as Error).message : `network error: ${(error as Error)?.name}`,
    };
  }
}

/**
 * Delay before retry number `attempt` (0 for the first retry): exponential from `baseMs`,
 * capped at `capMs`, with "equal jitter" (between half and all of the step) so a burst of
 * failed requests does not retry in lock-step. `random` is injectable for tests.
 */
export function backoffDelay(attempt: number, baseMs = 250, capMs = 4000, random = Math.random): number {
  const step = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (relative to `now`).
 * Returns undefined when absent or unreadable; negative dates count as 0.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names a weekday or month; this keeps "-3" from parsing as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The shape of the ids Whop's APIs answer with: `conv_<hex>` from `/conversions` (and the mock),
 * `<account_id>:<event_id>` from `/events` (`biz_x:evt_1`). A short token of these characters
 * cannot carry markup, a header or a message into the browser.
 */
const WHOP_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/**
 * `value` when it is an id of Whop's shape holding neither secret, else undefined. An upstream
 * that answers something else (one echoing the Authorization header, say) has its "id" dropped;
 * the event it answered for is still accepted.
 */
function whopId(value: unknown, redact: Redact): string | undefined {
  return typeof value === 'string' && WHOP_ID.test(value) && redact(value) === value ? value : undefined;
}

function readId(text: string, redact: Redact): string | undefined {
  try {
    return whopId((JSON.parse(text) as { id?: unknown } | null)?.id, redact);
  } catch {
    return undefined;
  }
}

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
export async function sendUpstream(
  body: UpstreamBody,
  config: UpstreamConfig,
  requestDeadline = Number.POSITIVE_INFINITY,
): Promise<UpstreamResult> {
  const deadline = Math.min(Date.now() + config.maxRetryTimeMs, requestDeadline);
  const text = JSON.stringify(body);
  const eventId = String(body.event_id);
  for (let n = 0; ; n++) {
    const left = requestDeadline - Date.now();
    if (left <= 0) return { outcome: 'unavailable', status: 503, attempts: n, reason: BUDGET_SPENT };
    const cut = left < config.timeoutMs;
    const result = await attempt(text, eventId, config, cut ? left : config.timeoutMs);
    const attempts = n + 1;
    if (result.status >= 200 && result.status < 300) {
      return { outcome: 'accepted', status: result.status, id: readId(result.text, config.redact), attempts };
    }
    const timedOut = result.status === 504 && result.reason !== undefined;
    const reason = (cut && timedOut ? BUDGET_SPENT : result.reason) ?? `upstream status ${result.status}`;
    if (result.status !== 0 && !isTransient(result.status)) {
      return { outcome: 'rejected', status: result.status, attempts, reason };
    }
    const retryAfterMs = parseRetryAfter(result.retryAfter, Date.now());
    const waitMs = retryAfterMs ?? backoffDelay(n);
    const noRetry = result.status === 401 || result.status === 403;
    if (noRetry || n >= config.retries || Date.now() + waitMs >= deadline) {
      return { outcome: 'unavailable', status: result.status, attempts, retryAfterMs, reason };
    }
    await sleep(waitMs);
  }
}
