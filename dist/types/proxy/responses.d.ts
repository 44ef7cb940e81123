import type { ValidationError } from '../schema/types.js';
/** A JSON response; `headers` are added to (not replacing) the content type. */
export declare function json(status: number, body: unknown, headers?: HeadersInit): Response;
/** Errors listed in one answer; `more_errors` counts the rest. */
export declare const MAX_LISTED_ERRORS = 20;
/**
 * The one error shape on the wire: `{ error: {code,message,path}, errors: [...], more_errors? }`.
 * Capped (the first {@link MAX_LISTED_ERRORS} errors, texts cut to 256 characters), so the answer
 * to a body full of unknown keys stays a few KB instead of growing ten times the body.
 */
export declare function errorResponse(status: number, errors: ValidationError[], headers?: HeadersInit): Response;
/** Shorthand for a single error with no field path. */
export declare function problem(status: number, code: string, message: string, headers?: HeadersInit): Response;
