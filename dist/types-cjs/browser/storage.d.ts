/**
 * One accessor for localStorage (or sessionStorage when `session`), JSON-encoded:
 * `store(key)` reads (storage is read on every call, so other tabs' writes are seen),
 * `store(key, value)` writes, `store(key, null)` removes.
 */
export declare const store: (key: string, value?: unknown, session?: boolean) => any;
