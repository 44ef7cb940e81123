import type { ConversionBody, ConversionInput, ValidationError } from './types.js';
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    errors: ValidationError[];
};
export interface ValidateOptions {
    /** `true` for the upstream body (the mock API); `false` for what reaches the proxy. Default `true`. */
    requireCompanyId?: boolean;
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
 * Checks one conversion body against the API page. Strict: unknown and prototype keys are
 * errors at every level. Returns a fresh object holding only the documented fields.
 * `prefix` is prepended to every error path (used for batches: `[2]`).
 */
export declare function validateConversion(input: unknown, options?: ValidateOptions & {
    prefix?: string;
}): ValidationResult<ConversionBody | ConversionInput>;
/**
 * Checks what a caller posted to the proxy: one body or an array of 1..MAX_BATCH_EVENTS bodies.
 * All-or-nothing: any problem in any event fails the whole batch.
 */
export declare function validateBatch(input: unknown, options?: ValidateOptions): ValidationResult<Array<ConversionBody | ConversionInput>>;
