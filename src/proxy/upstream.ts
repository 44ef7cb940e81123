import type { UpstreamBody } from '../schema/types.js';
import { backoffDelay, parseRetryAfter } from './backoff.js';

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
  /** The conversion id Whop returned. */
  id?: string;
  attempts: number;
  /** Suggested wait before the caller tries again, in ms (from Retry-After when given). */
  retryAfterMs?: number;
  /** A short reason for logs; never holds the token or the body. */
  reason?: string;
}

export interface UpstreamConfig {
  apiUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  maxRetryTimeMs: number;
  /** Injectable for tests: the clock, the sleep and the jitter source. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 401/403: the token or company is wrong — an operator fixes that, so the browser keeps the event.
const isTransient = (status: number) =>
  status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;

async function attempt(body: string, eventId: string, config: UpstreamConfig) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  try {
    const send = config.fetch;
    const response = await send(config.apiUrl, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${config.apiKey}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'whop-pixel',
        'Idempotency-Key': eventId,
      },
      body,
      // Never carry the Bearer token to wherever a redirect points: a 3xx is answered, not followed.
      redirect: 'manual',
      signal: controller.signal,
    });
    // Read the body under the same timeout: a server can stall after the headers.
    const text = await response.text();
    return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return {
      status: timedOut ? 504 : 0,
      text: '',
      retryAfter: null,
      reason: timedOut ? `timeout after ${config.timeoutMs} ms` : `network error: ${(error as Error).name}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

function readId(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    return typeof parsed.id === 'string' ? parsed.id : undefined;
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
 */
export async function sendUpstream(body: UpstreamBody, config: UpstreamConfig): Promise<UpstreamResult> {
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? sleepFor;
  const deadline = now() + config.maxRetryTimeMs;
  const text = JSON.stringify(body);
  const eventId = String(body.event_id);
  for (let n = 0; ; n++) {
    const result = await attempt(text, eventId, config);
    const attempts = n + 1;
    if (result.status >= 200 && result.status < 300) {
      return { outcome: 'accepted', status: result.status, id: readId(result.text), attempts };
    }
    const reason = result.reason ?? `upstream status ${result.status}`;
    if (result.status !== 0 && !isTransient(result.status)) {
      return { outcome: 'rejected', status: result.status, attempts, reason };
    }
    const retryAfterMs = parseRetryAfter(result.retryAfter, now());
    const waitMs = retryAfterMs ?? backoffDelay(n, 250, 4000, config.random);
    const noRetry = result.status === 401 || result.status === 403;
    if (noRetry || n >= config.retries || now() + waitMs >= deadline) {
      return { outcome: 'unavailable', status: result.status, attempts, retryAfterMs, reason };
    }
    await sleep(waitMs);
  }
}
