import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from '../../../src/proxy/backoff.js';

describe('backoffDelay', () => {
  it('doubles from the base and stays between half and all of each step', () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const step = 250 * 2 ** attempt;
      expect(backoffDelay(attempt, 250, 4000, () => 0)).toBe(step / 2);
      expect(backoffDelay(attempt, 250, 4000, () => 0.999999)).toBe(step);
    }
  });

  it('never exceeds the cap, however many attempts', () => {
    expect(backoffDelay(30, 250, 4000, () => 0.999999)).toBe(4000);
  });

  it('spreads retries so a burst does not retry in lock-step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(3)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-3')).toBeUndefined();
  });
});
