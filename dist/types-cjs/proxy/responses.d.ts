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
export declare const isAnswer: (value: object) => value is Answer;
/** `answer` as a Web `Response`: where an answer leaves the package (its handlers, the mock API). */
export declare function toResponse(answer: Answer): Response;
/** A JSON answer, never cached, with `headers` besides its content type. */
export declare function json(status: number, body: unknown, headers?: HeaderRecord): Answer;
/** Errors listed in one answer; `more_errors` counts the rest. */
export declare const MAX_LISTED_ERRORS = 20;
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
export declare function errorBody(errors: ValidationError[]): ErrorBody;
/** An error answer: {@link errorBody} of `errors`, plus `extra` fields (a batch's `results`). */
export declare function errorResponse(status: number, errors: ValidationError[], headers?: HeaderRecord, extra?: object): Answer;
/** Shorthand for a single error with no field path. */
export declare function problem(status: number, code: string, message: string, headers?: HeaderRecord): Answer;
/** The answer to a client over its rate limit: retry after the wait. */
export declare function rateLimited(waitMs: number, headers: HeaderRecord): Answer;
/** The answer when every upstream slot is taken: retry once a call in flight has ended. */
export declare function upstreamBusy(waitMs: number, headers: HeaderRecord): Answer;
/**
 * The answer to a delivered batch: `results`, one per event in order (its `event_id`, the status
 * Whop gave it, Whop's id), with the batch's status. Any event still undelivered makes it a
 * retryable `502`/`503`/`504` with `Retry-After` (the longest wait Whop asked for); else any event
 * Whop refused makes it `422`; both carry the error body too.
 */
export declare function batchAnswer(eventIds: string[], outcomes: UpstreamResult[], headers: HeaderRecord): Answer;
