import { describe, expect, it } from 'vitest';
import { memoryRateLimitStore, rateLimitKey } from '../../../src/proxy/rate-limit.js';

const limit = { burst: 10, perSecond: 2 };

describe('memoryRateLimitStore: a token bucket per key', () => {
  it('lets a full bucket out at once, then refuses without taking anything', () => {
    const store = memoryRateLimitStore();
    expect(store.take('a', 6, limit, 0)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(store.take('a', 4, limit, 0)).toEqual({ allowed: true, retryAfterMs: 0 });
    // Empty: 3 tokens at 2 per second take 1.5 s.
    expect(store.take('a', 3, limit, 0)).toEqual({ allowed: false, retryAfterMs: 1500 });
    // The refusal took nothing: after exactly that wait, the 3 tokens are there.
    expect(store.take('a', 3, limit, 1500)).toEqual({ allowed: true, retryAfterMs: 0 });
  });

  it('refills at perSecond, never above burst', () => {
    const store = memoryRateLimitStore();
    store.take('a', 10, limit, 0);
    expect(store.take('a', 1, limit, 499).allowed).toBe(false);
    expect(store.take('a', 1, limit, 500).allowed).toBe(true);
    // An hour later the bucket holds 10, not 7200.
    expect(store.take('a', 10, limit, 3_600_000).allowed).toBe(true);
    expect(store.take('a', 1, limit, 3_600_000).allowed).toBe(false);
  });

  it('keeps keys apart', () => {
    const store = memoryRateLimitStore();
    store.take('a', 10, limit, 0);
    expect(store.take('a', 1, limit, 0).allowed).toBe(false);
    expect(store.take('b', 10, limit, 0).allowed).toBe(true);
  });

  it('does not mint tokens when the clock steps back', () => {
    const store = memoryRateLimitStore();
    store.take('a', 10, limit, 10_000);
    expect(store.take('a', 1, limit, 0).allowed).toBe(false);
    expect(store.take('a', 1, limit, 10_499).allowed).toBe(false);
    expect(store.take('a', 1, limit, 10_500).allowed).toBe(true);
  });

  it('holds at most maxKeys buckets, forgetting the least recently used', () => {
    const store = memoryRateLimitStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) store.take(key, 10, limit, 0);
    store.take('a', 0, limit, 0); // touch a: b is now the oldest
    store.take('d', 10, limit, 0);
    expect(store.size).toBe(3);
    // b was forgotten (a fresh, full bucket); a and d were kept (still empty).
    expect(store.take('b', 10, limit, 0).allowed).toBe(true);
    expect(store.take('d', 1, limit, 0).allowed).toBe(false);
  });

  it('stays at maxKeys under a flood of rotating addresses', () => {
    const store = memoryRateLimitStore({ maxKeys: 1000 });
    for (let i = 0; i < 50_000; i++) store.take(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 1, limit, i);
    expect(store.size).toBe(1000);
  });

  it('refuses a bad maxKeys', () => {
    expect(() => memoryRateLimitStore({ maxKeys: 0 })).toThrow(/maxKeys/);
  });
});

describe('rateLimitKey', () => {
  it('is the address for IPv4, in canonical form', () => {
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('203.0.113.7:5555')).toBe('203.0.113.7');
  });

  it('is the /64 network for IPv6, so one subscriber cannot rotate through its prefix', () => {
    const key = rateLimitKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe(key);
    expect(rateLimitKey('[2001:db8:1:2::99]:443')).toBe(key);
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(key);
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitKey('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('is undefined without a usable address', () => {
    expect(rateLimitKey(undefined)).toBeUndefined();
    expect(rateLimitKey('')).toBeUndefined();
    expect(rateLimitKey('unknown')).toBeUndefined();
    expect(rateLimitKey('999.1.1.1')).toBeUndefined();
  });
});
