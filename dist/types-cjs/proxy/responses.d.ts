import type { ValidationError } from '../schema/types.js';
/** A JSON response; `headers` are added to (not replacing) the content type. */
export declare function json(status: number, body: unknown, headers?: HeadersInit): Response;
/** The one error shape on the wire: `{ error: {code,message,path}, errors: [...] }`. */
export declare function errorResponse(status: number, errors: ValidationError[], headers?: HeadersInit): Response;
/** Shorthand for a single error with no field path. */
export declare function problem(status: number, code: string, message: string, headers?: HeadersInit): Response;
