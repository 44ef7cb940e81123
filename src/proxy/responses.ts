import type { ValidationError } from '../schema/types.js';

/** A JSON response; `headers` are added to (not replacing) the content type. */
export function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json; charset=utf-8');
  h.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** Errors listed in one answer; `more_errors` counts the rest. */
export const MAX_LISTED_ERRORS = 20;
/** Longest `message` or `path` in an answer: a path holds a key the client chose, of any length. */
const MAX_ERROR_TEXT = 256;

const cut = (text: string) => (text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text);

/**
 * The one error shape on the wire: `{ error: {code,message,path}, errors: [...], more_errors? }`.
 * Capped (the first {@link MAX_LISTED_ERRORS} errors, texts cut to 256 characters), so the answer
 * to a body full of unknown keys stays a few KB instead of growing ten times the body.
 */
export function errorResponse(status: number, errors: ValidationError[], headers?: HeadersInit): Response {
  const listed = errors
    .slice(0, MAX_LISTED_ERRORS)
    .map((error) => ({ ...error, message: cut(error.message), path: cut(error.path) }));
  const more = errors.length - listed.length;
  return json(status, { error: listed[0], errors: listed, ...(more > 0 && { more_errors: more }) }, headers);
}

/** Shorthand for a single error with no field path. */
export function problem(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return errorResponse(status, [{ code, message, path: '' }], headers);
}
