import type { Api, ConversionInput, UpstreamBody, ValidationError } from './types.js';
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    errors: ValidationError[];
};
export interface ValidateOptions {
    /** The API whose rules apply: its event names, its company field. Default `conversions`. */
    api?: Api;
    /**
     * `true` for what a caller posts to the proxy: no company field (the proxy adds its own), and
     * the fields of either API (the browser cannot know which one the proxy speaks; the proxy
     * drops what its API does not take). Default `false`: the exact upstream body (the mock API).
     */
    input?: boolean;
}
/** `null`, `array`, or the `typeof` name: how errors describe what came. */
export declare function typeName(value: unknown): string;
/** `YYYY-MM-DD` naming a day that exists. */
export declare function isDate(value: string): boolean;
/**
 * An RFC 3339 date-time (the ISO 8601 profile: seconds and a `Z` or `±HH:MM` zone required),
 * naming a moment that exists.
 */
export declare function isDateTime(value: string): boolean;
/**
 * Checks one body against the API's page: `/conversions` by default, the Events API with
 * `api: 'events'`. Strict: unknown and prototype keys are errors at every level, and so are the
 * fields of the other API (unless `input`). Returns a fresh object holding only the documented
 * fields. `prefix` is prepended to every error path (used for batches: `[2]`).
 */
export declare function validateConversion(input: unknown, options?: ValidateOptions & {
    prefix?: string;
}): ValidationResult<UpstreamBody | ConversionInput<Api>>;
/**
 * Checks what a caller posted to the proxy: one body or an array of 1..MAX_BATCH_EVENTS bodies.
 * All-or-nothing: any problem in any event fails the whole batch.
 */
export declare function validateBatch(input: unknown, options?: ValidateOptions): ValidationResult<Array<UpstreamBody | ConversionInput<Api>>>;
