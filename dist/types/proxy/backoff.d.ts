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
