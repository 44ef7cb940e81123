/** Maps `items` through `fn` with at most `limit` calls in flight, keeping the order of results. */
export declare function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]>;
