import type { ValidationError } from '../schema/types.js';
import type { UpstreamResult } from './upstream.js';

/** Header names and values of an answer: a plain record, cheaper to build than `Headers`. */
export type HeaderRecord = Record<string, string>;

/**
 * An answer the package built, before it leaves: its status, headers and body text (null: no
 * body). A plain object, not a `Response`: on Node 20 a `Response` with a body costs ~20 µs
 * (its Web stream) and one without ~4 µs, which the Node adapter, writing the text itself, never
 * needs. It becomes a `Response` at each public door ({@link toResponse}).
 */
export interface Answer {
  status: number;
  headers: HeaderRecord;
  text: string | null;
}

/** Whether a step's result is an answer (the request ends there) rather than what it found. */
export const isAnswer = (value: object): value is Answer => typeof (value as Answer).status === 'number';

/** `answer` as a Web `Response`: where an answer leaves the package (its handlers, the mock API). */
export function toResponse(answer: Answer): Response {
  return new Response(answer.text, { status: answer.status, headers: answer.headers });
}

/** A JSON answer, never cached, with `headers` besides its content type. */
export function json(status: number, body: unknown, headers?: HeaderRecord): Answer {
  return {
    status,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    text: JSON.stringify(body),
  };
}

/** Errors listed in one answer; `more_errors` counts the rest. */
export const MAX_LISTED_ERRORS = 20;
/** Longest `message` or `path` in an answer: a path holds a key the client chose, of any length. */
const MAX_ERROR_TEXT = 256;

const cut = (text: string) => (text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text);

/** The one error body on the wire. */
export interface ErrorBody {
  /** The first of `errors`, for a client that reads one. */
  error: ValidationError;
  errors: ValidationError[];
  /** How many errors past the first {@link MAX_LISTED_ERRORS} were left out. */
  more_errors?: number;
}

/**
 * The one error shape on the wire, for every error any part of the package answers (the proxy,
 * its adapters, the mock API): `{ error: {code,message,path}, errors: [...], more_errors? }`.
 * Capped (the first {@link MAX_LISTED_ERRORS} errors, texts cut to 256 characters), so the answer
 * to a body full of unknown keys stays a few KB instead of growing ten times the body.
 */
export function errorBody(errors: ValidationError[]): ErrorBody {
  const listed = errors
    .slice(0, MAX_LISTED_ERRORS)
    .map((error) => ({ ...error, message: cut(error.message), path: cut(error.path) }));
  const more = errors.length - listed.length;
  return { error: listed[0], errors: listed, ...(more > 0 && { more_errors: more }) };
}

/** An error answer: {@link errorBody} of `errors`, plus `extra` fields (a batch's `results`). */
export function errorResponse(
  status: number,
  errors: ValidationError[],
  headers?: HeaderRecord,
  extra?: object,
): Answer {
  return json(status, { ...errorBody(errors), ...extra }, headers);
}

/** Shorthand for a single error with no field path. */
export function problem(status: number, code: string, message: string, headers?: HeaderRecord): Answer {
  return errorResponse(status, [{ code, message, path: '' }], headers);
}

/** `headers` with `Retry-After`: the wait in whole seconds, at least 1. */
function withRetryAfter(headers: HeaderRecord | undefined, waitMs: number): HeaderRecord {
  return { ...headers, 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) };
}

/** The answer to a client over its rate limit: retry after the wait. */
export function rateLimited(waitMs: number, headers: HeaderRecord): Answer {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const message = `too many events from this address; retry in ${seconds} s`;
  return problem(429, 'rate_limited', message, withRetryAfter(headers, waitMs));
}

/** The answer when every upstream slot is taken: retry once a call in flight has ended. */
export function upstreamBusy(waitMs: number, headers: HeaderRecord): Answer {
  const message = 'too many conversions are on their way to Whop; retry later';
  return problem(503, 'upstream_busy', message, withRetryAfter(headers, waitMs));
}

/** Per-event answer in `results`. */
interface EventResult {
  event_id: string;
  status: number;
  id?: string;
}

// The client-facing status for a batch: any event still undelivered makes it retryable (5xx),
// else any event Whop refused makes it 422, else 200.
function batchStatus(outcomes: UpstreamResult[]): number {
  const pending = outcomes.find((r) => r.outcome === 'unavailable');
  if (pending)
    return pending.status === 504 ? 504 : pending.status === 503 || pending.status === 429 ? 503 : 502;
  return outcomes.some((r) => r.outcome === 'rejected') ? 422 : 200;
}

/**
 * The answer to a delivered batch: `results`, one per event in order (its `event_id`, the status
 * Whop gave it, Whop's id), with the batch's status. Any event still undelivered makes it a
 * retryable `502`/`503`/`504` with `Retry-After` (the longest wait Whop asked for); else any event
 * Whop refused makes it `422`; both carry the error body too.
 */
export function batchAnswer(eventIds: string[], outcomes: UpstreamResult[], headers: HeaderRecord): Answer {
  const results = outcomes.map((r, i) => {
    const result: EventResult = {
      event_id: eventIds[i],
      status: r.outcome === 'accepted' ? 200 : r.status || 502,
    };
    if (r.id) result.id = r.id;
    return result;
  });
  const status = batchStatus(outcomes);
  if (status >= 500) {
    const waitMs = Math.max(...outcomes.map((r) => r.retryAfterMs ?? 0));
    const error = {
      code: 'upstream_unavailable',
      message: 'Whop is not reachable now; retry later',
      path: '',
    };
    return errorResponse(status, [error], withRetryAfter(headers, waitMs), { results });
  }
  if (status === 422) {
    const error = { code: 'upstream_rejected', message: 'Whop refused the conversion', path: '' };
    return errorResponse(status, [error], headers, { results });
  }
  return json(200, { results }, headers);
}
