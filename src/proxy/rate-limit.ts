import { normalizeAddress } from './client-address.js';
import type { LogEntry } from './logger.js';

/** The size and refill rate of one client's token bucket. */
export interface BucketLimit {
  /** Tokens a full bucket holds: the most events a client can send at once. */
  burst: number;
  /** Tokens added back per second, up to `burst`: the sustained rate. */
  perSecond: number;
}

/** What a store decided for one request. */
export interface RateLimitDecision {
  /** Whether the tokens were taken (the request may go on). */
  allowed: boolean;
  /** When refused: milliseconds until the bucket holds enough tokens. 0 when allowed. */
  retryAfterMs: number;
}

/**
 * Where token buckets live. The default keeps them in memory, per process (per isolate on
 * Workers); a deployment with several instances can implement this over a shared store (Redis,
 * a Durable Object, KV) so that all instances count against the same buckets. `take` must be
 * atomic per key and must not take anything when it refuses.
 *
 * An IPv6 client is charged against two buckets, its /64 and its /48 (see
 * {@link rateLimitBuckets}): with `take` alone they are taken one after the other, narrowest
 * first; a store that also has `takeAll` takes them all or none at once.
 */
export interface RateLimitStore {
  /** Takes `cost` tokens from `key`'s bucket (created full), refilled as of `now` (ms since epoch). */
  take(
    key: string,
    cost: number,
    limit: BucketLimit,
    now: number,
  ): RateLimitDecision | Promise<RateLimitDecision>;
  /**
   * Optional: takes `cost` tokens (at most each bucket's `burst`) from every bucket, or from
   * none when any would refuse; the wait is the longest of the refusing buckets'.
   */
  takeAll?(
    buckets: readonly RateLimitBucket[],
    cost: number,
    now: number,
  ): RateLimitDecision | Promise<RateLimitDecision>;
}

/**
 * Per-client token buckets, counted in events (each event of a batch is one token, because each
 * is one upstream request). With the defaults a client address may send 120 events at once and
 * 20 a second after that: an office of real visitors behind one address posting dozens of leads
 * within seconds never notices, while a script posting hundreds a second is cut to 20. An IPv6
 * client is counted by its /64 and, at the same time, by its /48 with 4 × the burst and rate, so
 * rotating through a prefix's addresses or /64s buys no fresh buckets.
 */
export interface RateLimitOptions {
  /** Events a client address may send at once: the size of its bucket. Default 120. */
  burst?: number;
  /** Events per second a client address earns back, up to `burst`. Default 20. */
  perSecond?: number;
  /**
   * Where the buckets live. Default: in memory, per process (per isolate on Workers), at most
   * 10000 buckets (least recently seen leave first, what they still owe kept in a fixed-size
   * sketch, so leaving refills nothing). Plug in a shared store (Redis, a Durable Object) when
   * several instances serve the endpoint; if it throws, the request is let through and the error
   * logged: losing a lead is worse than a missed limit. An IPv6 client's two buckets are taken
   * with the store's `takeAll` when it has one, else one `take` each (see {@link RateLimitStore}).
   */
  store?: RateLimitStore;
}

/** Options of {@link memoryRateLimitStore}. */
export interface MemoryStoreOptions {
  /**
   * Most buckets kept, so a flood from rotating addresses cannot grow memory without bound.
   * Past it the least recently used bucket leaves the table, and what it still owed is kept in a
   * fixed-size sketch (a count-min sketch of "full again at" times), so forgetting a bucket never
   * refills it. Default 10000 (about 1 MB, plus 0.5 MB of sketch).
   */
  maxKeys?: number;
}

/** The in-memory store: synchronous, with its current number of buckets (for tests and metrics). */
export interface MemoryRateLimitStore extends RateLimitStore {
  take(key: string, cost: number, limit: BucketLimit, now: number): RateLimitDecision;
  takeAll(buckets: readonly RateLimitBucket[], cost: number, now: number): RateLimitDecision;
  readonly size: number;
}

/**
 * One bucket as its debt: the milliseconds of refill it lacks to be full, as of `at`. Zero debt
 * is a full bucket — the same as no bucket at all — and debt times need no limit to compare.
 */
interface Bucket {
  debt: number;
  at: number;
}

const SKETCH_ROWS = 4;

/** A 32-bit FNV-1a of `text` from `seed`, mixed (murmur3's finalizer) so that every bit counts. */
function hash(text: string, seed: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A count-min sketch of "full again at" times: 4 rows of `width` cells; a key's cells, one per
 * row, each keep the latest time of any key that fell there, so the smallest of them is never
 * earlier than the key's own. Fixed memory, no eviction. Collisions only err toward more debt,
 * and the seeds are random per process, so nobody can aim their keys at another's cells.
 */
function debtSketch(width: number) {
  const cells = new Float64Array(SKETCH_ROWS * width);
  const [seed1, seed2] = crypto.getRandomValues(new Uint32Array(2));
  const slots = (key: string) => {
    const h1 = hash(key, seed1);
    const h2 = hash(key, seed2) | 1;
    return Array.from({ length: SKETCH_ROWS }, (_, row) => row * width + (((h1 + row * h2) >>> 0) % width));
  };
  return {
    remember(key: string, fullAt: number) {
      for (const slot of slots(key)) cells[slot] = Math.max(cells[slot], fullAt);
    },
    fullAt(key: string): number {
      return Math.min(...slots(key).map((slot) => cells[slot]));
    },
  };
}

/**
 * Token buckets in a `Map` used as an LRU list (a touched key is moved to the end), capped at
 * `maxKeys`. Pure arithmetic on `now`, so tests pass the clock in.
 *
 * Forgetting a bucket that still owes tokens would hand its owner a full one: an attacker with
 * more addresses than `maxKeys` (an IPv6 prefix holds millions) could cycle through them, or
 * flood the table to push its own empty buckets out. So a bucket that leaves the table while it
 * still owes leaves its "full again at" time in a count-min sketch, and comes back with at least
 * that debt; one that is full again owes nothing and is simply dropped. Evicting only the full
 * ones was the other choice, but it cannot keep the cap when every bucket still owes (more than
 * `maxKeys` addresses within one refill time, a few seconds): then it must either grow without
 * bound or refill someone. The sketch keeps memory fixed and errs only toward more debt.
 */
export function memoryRateLimitStore(options: MemoryStoreOptions = {}): MemoryRateLimitStore {
  const maxKeys = options.maxKeys ?? 10_000;
  if (!Number.isInteger(maxKeys) || maxKeys < 1) {
    throw new TypeError('memoryRateLimitStore: maxKeys must be a positive integer');
  }
  const buckets = new Map<string, Bucket>();
  // As wide as the table (a power of two ≥ maxKeys, at least 1024): a key never seen comes in
  // owing only if each of its four cells took a forgotten debtor within the last refill time.
  const forgotten = debtSketch(2 ** Math.max(10, Math.ceil(Math.log2(maxKeys))));

  /** `key`'s bucket refilled as of `now`, moved to the recent end of the table. */
  function refilled(key: string, capacity: number, now: number): Bucket {
    let bucket = buckets.get(key);
    if (bucket) buckets.delete(key);
    else bucket = { debt: Math.min(capacity, Math.max(0, forgotten.fullAt(key) - now)), at: now };
    // A clock that steps back must not mint tokens, nor make the bucket owe them.
    bucket.debt = Math.max(0, bucket.debt - Math.max(0, now - bucket.at));
    bucket.at = Math.max(bucket.at, now);
    buckets.set(key, bucket);
    if (buckets.size > maxKeys) {
      const [oldKey, old] = buckets.entries().next().value as [string, Bucket];
      buckets.delete(oldKey);
      if (old.at + old.debt > now) forgotten.remember(oldKey, old.at + old.debt);
    }
    return bucket;
  }

  /** Takes `cost` tokens (at most each burst, when `capped`) from every bucket, or from none. */
  function charge(list: readonly RateLimitBucket[], cost: number, now: number, capped: boolean) {
    const charges = list.map(({ key, limit: { burst, perSecond } }) => {
      const msPerToken = 1000 / perSecond;
      const capacity = burst * msPerToken;
      const bucket = refilled(key, capacity, now);
      const ms = (capped ? Math.min(cost, burst) : cost) * msPerToken;
      return { bucket, ms, short: bucket.debt + ms - capacity };
    });
    const wait = Math.max(0, ...charges.map((c) => c.short));
    if (wait > 0) return { allowed: false, retryAfterMs: Math.ceil(wait) };
    for (const { bucket, ms } of charges) bucket.debt += ms;
    return { allowed: true, retryAfterMs: 0 };
  }

  return {
    get size() {
      return buckets.size;
    },
    take: (key, cost, limit, now) => charge([{ key, limit }], cost, now, false),
    takeAll: (list, cost, now) => charge(list, cost, now, true),
  };
}

/** Expands RFC 5952 text (`2001:db8::1`) to its eight groups. */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right];
}

/**
 * The bucket key for a client address: the address itself for IPv4, the /64 network for IPv6,
 * because one subscriber usually holds a whole /64 and could otherwise rotate through 2^64
 * addresses, each with a fresh bucket. Undefined when there is no usable address.
 * {@link rateLimitBuckets} adds the /48 to it.
 */
export function rateLimitKey(address: string | undefined): string | undefined {
  return prefixKey(address, 64);
}

/** The address for IPv4; for IPv6 its network of `bits` (a multiple of 16) as `a:b:c::/bits`. */
function prefixKey(address: string | undefined, bits: number): string | undefined {
  const normalized = normalizeAddress(address);
  if (normalized === undefined || !normalized.includes(':')) return normalized;
  return `${ipv6Groups(normalized)
    .slice(0, bits / 16)
    .join(':')}::/${bits}`;
}

/**
 * How many /64 buckets an IPv6 /48 is worth. A /48 is one site's allocation (RFC 6177) or a
 * provider's block of /56 customers, and a free tunnel broker hands one out, so its 65,536 /64s
 * must not mean 65,536 buckets; but it can hold several real visitors' /64s at once (the
 * households of one provider's block), so it gets 4 × the burst and the rate (480 events at
 * once, 80 a second by default), which four /64s at their own full rate still fit in, and
 * rotating through a /48 buys 4 buckets' worth, not 65,536.
 */
export const IPV6_48_SCALE = 4;

/** A bucket to charge: its key and size. */
export interface RateLimitBucket {
  key: string;
  limit: BucketLimit;
}

/**
 * The buckets a client address is charged against, narrowest first: the address for IPv4; the
 * /64 and the /48 (at {@link IPV6_48_SCALE} × `limit`) for IPv6. Undefined without a usable
 * address.
 */
export function rateLimitBuckets(
  address: string | undefined,
  limit: BucketLimit,
): RateLimitBucket[] | undefined {
  const key = prefixKey(address, 64);
  if (key === undefined) return undefined;
  if (!key.includes(':')) return [{ key, limit }];
  const wide = { burst: limit.burst * IPV6_48_SCALE, perSecond: limit.perSecond * IPV6_48_SCALE };
  return [
    { key, limit },
    { key: prefixKey(address, 48) as string, limit: wide },
  ];
}

/**
 * Takes `cost` tokens from every bucket: allowed only if all allow. A cost larger than a bucket
 * takes all of it, so a batch bigger than the burst passes once the bucket is full. With the
 * store's `takeAll`, all or none at once. Otherwise one `take` each, narrowest first: a `take`
 * that refuses takes nothing, so a /64 over its limit never drains its /48 (which its neighbours
 * share); only a refusal by the /48 after the /64 allowed costs that /64 its tokens — the
 * requester's own bucket. That keeps a custom store (a Redis script) to one atomic `take` per key.
 */
export async function takeBuckets(
  store: RateLimitStore,
  buckets: readonly RateLimitBucket[],
  cost: number,
  now: number,
): Promise<RateLimitDecision> {
  if (store.takeAll) {
    const decision = await store.takeAll(buckets, cost, now);
    return decision.allowed
      ? decision
      : { allowed: false, retryAfterMs: Math.max(0, Number(decision.retryAfterMs) || 0) };
  }
  for (const { key, limit } of buckets) {
    const decision = await store.take(key, Math.min(cost, limit.burst), limit, now);
    if (!decision.allowed)
      return { allowed: false, retryAfterMs: Math.max(0, Number(decision.retryAfterMs) || 0) };
  }
  return { allowed: true, retryAfterMs: 0 };
}

/**
 * The proxy's limiter: a function that takes `cost` tokens from a client's buckets and resolves
 * the wait in ms when it is over its limit, else undefined. Without a usable address nobody is
 * limited (one shared bucket would throttle every visitor at once), which the first such
 * request's log line says once (`rate_limit`); a store that throws lets the request through,
 * its error's name in `rate_limit` (losing a lead is worse than a missed limit). A refusal marks
 * the line `rate_limited`, with `limited`, the running count since start.
 */
export function clientLimiter(limit: false | (BucketLimit & { store: RateLimitStore })) {
  let noAddressNoted = false;
  let refused = 0;
  return async (
    clientAddress: string | undefined,
    cost: number,
    log: LogEntry,
  ): Promise<number | undefined> => {
    if (!limit) return undefined;
    // An IPv6 client is charged against its /64 and its /48 together.
    const buckets = rateLimitBuckets(clientAddress, limit);
    if (buckets === undefined) {
      if (!noAddressNoted) log.rate_limit = 'off: client address unknown (set trustProxy)';
      noAddressNoted = true;
      return undefined;
    }
    let decision: RateLimitDecision;
    try {
      // A batch larger than a bucket takes all of it, rather than waiting forever.
      decision = await takeBuckets(limit.store, buckets, cost, Date.now());
    } catch (error) {
      log.rate_limit = `store error: ${(error as Error)?.name ?? 'unknown'}`;
      return undefined;
    }
    if (decision.allowed) return undefined;
    log.rate_limited = true;
    log.limited = ++refused;
    return decision.retryAfterMs;
  };
}
