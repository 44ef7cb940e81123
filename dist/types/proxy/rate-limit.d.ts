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
    take(key: string, cost: number, limit: BucketLimit, now: number): RateLimitDecision | Promise<RateLimitDecision>;
    /**
     * Optional: takes `cost` tokens (at most each bucket's `burst`) from every bucket, or from
     * none when any would refuse; the wait is the longest of the refusing buckets'.
     */
    takeAll?(buckets: readonly RateLimitBucket[], cost: number, now: number): RateLimitDecision | Promise<RateLimitDecision>;
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
export declare function memoryRateLimitStore(options?: MemoryStoreOptions): MemoryRateLimitStore;
/**
 * The bucket key for a client address: the address itself for IPv4, the /64 network for IPv6,
 * because one subscriber usually holds a whole /64 and could otherwise rotate through 2^64
 * addresses, each with a fresh bucket. Undefined when there is no usable address.
 * {@link rateLimitBuckets} adds the /48 to it.
 */
export declare function rateLimitKey(address: string | undefined): string | undefined;
/**
 * How many /64 buckets an IPv6 /48 is worth. A /48 is one site's allocation (RFC 6177) or a
 * provider's block of /56 customers, and a free tunnel broker hands one out, so its 65,536 /64s
 * must not mean 65,536 buckets; but it can hold several real visitors' /64s at once (the
 * households of one provider's block), so it gets 4 × the burst and the rate (480 events at
 * once, 80 a second by default), which four /64s at their own full rate still fit in, and
 * rotating through a /48 buys 4 buckets' worth, not 65,536.
 */
export declare const IPV6_48_SCALE = 4;
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
export declare function rateLimitBuckets(address: string | undefined, limit: BucketLimit): RateLimitBucket[] | undefined;
/**
 * Takes `cost` tokens from every bucket: allowed only if all allow. A cost larger than a bucket
 * takes all of it, so a batch bigger than the burst passes once the bucket is full. With the
 * store's `takeAll`, all or none at once. Otherwise one `take` each, narrowest first: a `take`
 * that refuses takes nothing, so a /64 over its limit never drains its /48 (which its neighbours
 * share); only a refusal by the /48 after the /64 allowed costs that /64 its tokens — the
 * requester's own bucket. That keeps a custom store (a Redis script) to one atomic `take` per key.
 */
export declare function takeBuckets(store: RateLimitStore, buckets: readonly RateLimitBucket[], cost: number, now: number): Promise<RateLimitDecision>;
/**
 * The proxy's limiter: a function that takes `cost` tokens from a client's buckets and resolves
 * the wait in ms when it is over its limit, else undefined. Without a usable address nobody is
 * limited (one shared bucket would throttle every visitor at once), which the first such
 * request's log line says once (`rate_limit`); a store that throws lets the request through,
 * its error's name in `rate_limit` (losing a lead is worse than a missed limit). A refusal marks
 * the line `rate_limited`, with `limited`, the running count since start.
 */
export declare function clientLimiter(limit: false | (BucketLimit & {
    store: RateLimitStore;
})): (clientAddress: string | undefined, cost: number, log: LogEntry) => Promise<number | undefined>;
