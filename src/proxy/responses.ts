import type { ValidationError } from '../schema/types.js';

/** A JSON response; `headers` are added to (not replacing) the content type. */
export function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json; charset=utf-8');
  h.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** The one error shape on the wire: `{ error: {code,message,path}, errors: [...] }`. */
export function errorResponse(status: number, errors: ValidationError[], headers?: HeadersInit): Response {
  return json(status, { error: errors[0], errors }, headers);
}

/** Shorthand for a single error with no field path. */
export function problem(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return errorResponse(status, [{ code, message, path: '' }], headers);
}
