import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/proxy/logger.js';
import {
  clientLimiter,
  memoryRateLimitStore,
  rateLimitBuckets,
  rateLimitKey,
  takeBuckets,
} from '../../../src/proxy/rate-limit.js';

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

  it('holds at most maxKeys buckets; forgetting one in debt never hands out a fresh bucket', () => {
    const store = memoryRateLimitStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) store.take(key, 10, limit, 0);
    store.take('a', 0, limit, 0); // touch a: b is now the oldest
    store.take('d', 10, limit, 0);
    expect(store.size).toBe(3);
    // b left the table still owing 10 tokens (5 s): coming back, it still owes them.
    expect(store.take('b', 1, limit, 0)).toEqual({ allowed: false, retryAfterMs: 500 });
    expect(store.take('b', 1, limit, 499).allowed).toBe(false);
    expect(store.take('b', 1, limit, 500).allowed).toBe(true);
    expect(store.take('d', 1, limit, 0).allowed).toBe(false);
  });

  it('survives an attacker flooding the table with other keys to push its empty bucket out', () => {
    const store = memoryRateLimitStore({ maxKeys: 1000 });
    expect(store.take('attacker', 10, limit, 0).allowed).toBe(true);
    for (let i = 0; i < 3000; i++) store.take(`rotating-${i}`, 1, limit, 1);
    expect(store.size).toBe(1000);
    expect(store.take('attacker', 1, limit, 2)).toEqual({ allowed: false, retryAfterMs: 498 });
    // A key never seen meets at most the small debts of the flood (collisions err toward debt,
    // here one token at most); a bucket full again when forgotten, none.
    expect(store.take('newcomer', 9, limit, 2).allowed).toBe(true);
    store.take('quiet', 10, limit, 10);
    for (let i = 0; i < 200; i++) store.take(`later-${i}`, 1, limit, 6000);
    expect(store.take('quiet', 10, limit, 6000).allowed).toBe(true);
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

describe('rateLimitBuckets: which buckets an address is charged against', () => {
  it('is the address alone for IPv4', () => {
    expect(rateLimitBuckets('::ffff:203.0.113.7', limit)).toEqual([{ key: '203.0.113.7', limit }]);
  });

  it('is the /64 and the /48 for IPv6, the /48 several /64s wide', () => {
    expect(rateLimitBuckets('2001:db8:1:2::1', limit)).toEqual([
      { key: '2001:db8:1:2::/64', limit },
      { key: '2001:db8:1::/48', limit: { burst: 40, perSecond: 8 } },
    ]);
  });

  it('is undefined without a usable address', () => {
    expect(rateLimitBuckets(undefined, limit)).toBeUndefined();
    expect(rateLimitBuckets('unknown', limit)).toBeUndefined();
  });
});

describe('takeBuckets: a request must pass every bucket of its address', () => {
  it('limits 200 addresses spread over one /48 (issue 13: all of them passed)', async () => {
    const store = memoryRateLimitStore();
    let passed = 0;
    for (let i = 0; i < 200; i++) {
      const address = `2001:db8:77:${i.toString(16)}::${i + 1}`;
      const buckets = rateLimitBuckets(address, limit);
      if ((await takeBuckets(store, buckets ?? [], 1, 0)).allowed) passed++;
    }
    // Each /64 is fresh, but the /48 holds 4 × 10 tokens.
    expect(passed).toBe(40);
  });

  it('answers with the wait of the bucket that refused, and charges the /48 only when the /64 passed', async () => {
    const store = memoryRateLimitStore();
    const buckets = rateLimitBuckets('2001:db8:5:1::1', limit) ?? [];
    expect(await takeBuckets(store, buckets, 10, 0)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await takeBuckets(store, buckets, 1, 0)).toEqual({ allowed: false, retryAfterMs: 500 });
    // The /64's refusals did not touch the /48: the other 30 tokens there are still free.
    for (let i = 2; i <= 4; i++) {
      const other = rateLimitBuckets(`2001:db8:5:${i}::1`, limit) ?? [];
      expect((await takeBuckets(store, other, 10, 0)).allowed).toBe(true);
    }
    const fifth = rateLimitBuckets('2001:db8:5:5::1', limit) ?? [];
    // The /48 (40 tokens at 8 a second) is empty: 1 token takes 125 ms.
    expect(await takeBuckets(store, fifth, 1, 0)).toEqual({ allowed: false, retryAfterMs: 125 });
  });

  it('caps a cost larger than a bucket at the bucket, so a big batch passes once the bucket is full', async () => {
    const store = memoryRateLimitStore();
    expect((await takeBuckets(store, rateLimitBuckets('192.0.2.1', limit) ?? [], 50, 0)).allowed).toBe(true);
    expect((await takeBuckets(store, rateLimitBuckets('192.0.2.1', limit) ?? [], 1, 0)).allowed).toBe(false);
  });

  it('is atomic in the memory store: a refusal by the /48 takes nothing from the /64', async () => {
    const store = memoryRateLimitStore();
    for (let i = 1; i <= 4; i++) {
      await takeBuckets(store, rateLimitBuckets(`2001:db8:9:${i}::1`, limit) ?? [], 10, 0);
    }
    const fifth = rateLimitBuckets('2001:db8:9:5::1', limit) ?? [];
    for (let n = 0; n < 5; n++) expect((await takeBuckets(store, fifth, 10, 0)).allowed).toBe(false);
    // Once the /48 has 10 tokens again (1.25 s at 8 a second), the fifth /64 still holds all 10.
    expect((await takeBuckets(store, fifth, 10, 1250)).allowed).toBe(true);
  });

  it('works with a custom store (each take awaited, one key at a time)', async () => {
    const calls: string[] = [];
    const store = {
      take: async (key: string, cost: number, bucket: { burst: number }) => {
        calls.push(`${key} ${cost}/${bucket.burst}`);
        return { allowed: true, retryAfterMs: 0 };
      },
    };
    await takeBuckets(store, rateLimitBuckets('2001:db8:1:2::1', limit) ?? [], 3, 0);
    expect(calls).toEqual(['2001:db8:1:2::/64 3/10', '2001:db8:1::/48 3/40']);
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

describe('clientLimiter: the rate-limit step', () => {
  const limit = { burst: 2, perSecond: 1, store: memoryRateLimitStore() };

  it('lets a client through within its burst, then answers the wait and marks the log line', async () => {
    const over = clientLimiter({ ...limit, store: memoryRateLimitStore() });
    expect(await over('192.0.2.1', 2, { msg: 'test' })).toBeUndefined();
    for (const n of [1, 2]) {
      const log: LogEntry = { msg: 'test' };
      expect(await over('192.0.2.1', 1, log)).toBeGreaterThan(0);
      expect(log).toEqual({ msg: 'test', rate_limited: true, limited: n });
    }
    expect(await over('192.0.2.2', 1, { msg: 'test' })).toBeUndefined();
  });

  it('limits no one without an address, and says so once', async () => {
    const over = clientLimiter(limit);
    const first: LogEntry = { msg: 'test' };
    const second: LogEntry = { msg: 'test' };
    for (const log of [first, second]) expect(await over(undefined, 100, log)).toBeUndefined();
    expect(first.rate_limit).toBe('off: client address unknown (set trustProxy)');
    expect(second).toEqual({ msg: 'test' });
  });

  it('lets the request through when the store throws, naming the error', async () => {
    const store = {
      take() {
        throw new RangeError('redis down');
      },
    };
    const log: LogEntry = { msg: 'test' };
    expect(await clientLimiter({ ...limit, store })('192.0.2.1', 1, log)).toBeUndefined();
    expect(log.rate_limit).toBe('store error: RangeError');
  });

  it('limits nothing when off', async () => {
    expect(await clientLimiter(false)('192.0.2.1', 1_000_000, { msg: 'test' })).toBeUndefined();
  });
});
