import type { Answer } from './responses.js';
/** Replaces secrets in a piece of text; see {@link secretRedactor}. */
export type Redact = (text: string) => string;
/**
 * The one redaction of the proxy's secrets (the API key, the shared secret): every occurrence, raw
 * or as a JSON string escapes it, becomes `[redacted]`. Log lines, response bodies and the CLI's
 * output all go through it, as a last line of defence should any path ever carry a secret.
 */
export declare function secretRedactor(...secrets: Array<string | undefined>): Redact;
/**
 * `answer` with its body redacted: the same object when the body holds no secret (the usual
 * case), else a copy with the same status and headers.
 */
export declare function redactBody(answer: Answer, redact: Redact): Answer;
