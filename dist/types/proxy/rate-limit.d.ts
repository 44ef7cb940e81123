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
 */
export interface RateLimitStore {
    /** Takes `cost` tokens from `key`'s bucket (created full), refilled as of `now` (ms since epoch). */
    take(key: string, cost: number, limit: BucketLimit, now: number): RateLimitDecision | Promise<RateLimitDecision>;
}
/** Options of {@link memoryRateLimitStore}. */
export interface MemoryStoreOptions {
    /**
     * Most buckets kept; past it the least recently used one is forgotten (which only refills it),
     * so a flood from rotating addresses cannot grow memory without bound. Default 10000 (about
     * 1 MB).
     */
    maxKeys?: number;
}
/** The in-memory store: synchronous, with its current number of buckets (for tests and metrics). */
export interface MemoryRateLimitStore extends RateLimitStore {
    take(key: string, cost: number, limit: BucketLimit, now: number): RateLimitDecision;
    readonly size: number;
}
/**
 * Token buckets in a `Map` used as an LRU list (a touched key is moved to the end), capped at
 * `maxKeys`. Pure arithmetic on `now`, so tests pass the clock in.
 */
export declare function memoryRateLimitStore(options?: MemoryStoreOptions): MemoryRateLimitStore;
/**
 * The bucket key for a client address: the address itself for IPv4, the /64 network for IPv6,
 * because one subscriber usually holds a whole /64 and could otherwise rotate through 2^64
 * addresses, each with a fresh bucket. Undefined when there is no usable address.
 */
export declare function rateLimitKey(address: string | undefined): string | undefined;
