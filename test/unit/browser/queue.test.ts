// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { backoff, retryable } from '../../../src/browser/queue.js';

describe('retryable', () => {
  it('2xx: done', () => {
    for (const status of [200, 202, 204]) expect(retryable(status)).toBe(false);
  });

  it('no answer, 408, 429 and 5xx: retry', () => {
    for (const status of [0, 408, 429, 500, 502, 503, 504]) expect(retryable(status)).toBe(true);
  });

  it('every other 4xx: drop', () => {
    for (const status of [400, 401, 403, 404, 413, 415, 422]) expect(retryable(status)).toBe(false);
  });
});

describe('backoff', () => {
  /** backoff with Math.random() returning `random`. */
  function at(random: number, retryAfter: string | null, failures: number): number {
    const spy = vi.spyOn(Math, 'random').mockReturnValue(random);
    try {
      return backoff(retryAfter, failures);
    } finally {
      spy.mockRestore();
    }
  }

  it('doubles from 1 s with ±50% jitter and stops growing at 60 s', () => {
    expect(at(0, null, 0)).toBe(500);
    expect(at(1, null, 0)).toBe(1500);
    expect(at(0.5, null, 3)).toBe(8000);
    expect(at(0.5, null, 20)).toBe(60_000);
  });

  it("never retries before the proxy's Retry-After seconds", () => {
    expect(at(0.5, '30', 0)).toBe(30_000);
    expect(at(0.5, '1', 5)).toBe(32_000);
    expect(at(0.5, 'garbage', 0)).toBe(1000);
    expect(at(0.5, null, 0)).toBe(1000);
  });
});
