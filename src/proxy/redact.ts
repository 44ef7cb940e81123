import type { Answer } from './responses.js';

/** Replaces secrets in a piece of text; see {@link secretRedactor}. */
export type Redact = (text: string) => string;

const REDACTED = '[redacted]';

/**
 * The one redaction of the proxy's secrets (the API key, the shared secret): every occurrence, raw
 * or as a JSON string escapes it, becomes `[redacted]`. Log lines, response bodies and the CLI's
 * output all go through it, as a last line of defence should any path ever carry a secret.
 */
export function secretRedactor(...secrets: Array<string | undefined>): Redact {
  const forms = secrets
    .filter((secret): secret is string => Boolean(secret))
    // A secret holding a quote or a backslash appears escaped inside JSON.
    .flatMap((secret) => [JSON.stringify(secret).slice(1, -1), secret])
    // The longer first: a secret inside another must not leave the rest of the longer one behind.
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let clean = text;
    for (const form of forms) if (clean.includes(form)) clean = clean.split(form).join(REDACTED);
    return clean;
  };
}

/**
 * `answer` with its body redacted: the same object when the body holds no secret (the usual
 * case), else a copy with the same status and headers.
 */
export function redactBody(answer: Answer, redact: Redact): Answer {
  if (answer.text === null) return answer;
  const clean = redact(answer.text);
  return clean === answer.text ? answer : { ...answer, text: clean };
}
