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
