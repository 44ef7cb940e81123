import { LEAN } from './edition.js';

/** Debug switch shared by the browser modules; `init({ debug: true })` or `?whop_debug=1` sets it. */
export const debug = { on: false };

/**
 * Logs to the console in debug mode only. One helper with short words keeps the bytes down:
 * `capture`, `queue`, `send`, `sent`, `retry`, `drop`, `skip`, `error`. The lean edition has no logs.
 */
export function log(word: string, subject?: unknown, detail?: unknown): void {
  if (!LEAN && debug.on) console.log('[whop]', word, subject, detail);
}
