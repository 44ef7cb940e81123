import { expect } from 'vitest';
import type { ValidationError } from '../../../src/schema/types.js';
import type { ValidationResult } from '../../../src/schema/validate.js';

/** The errors of a result that must have failed. */
export function errorsOf(result: ValidationResult<unknown>): ValidationError[] {
  if (result.ok) throw new Error(`expected a validation failure, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

/** The value of a result that must have passed, as a plain record to inspect. */
export function acceptedValue(result: ValidationResult<unknown>): Record<string, unknown> {
  if (!result.ok) throw new Error(`expected a valid body, got ${JSON.stringify(result.errors)}`);
  return result.value as Record<string, unknown>;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one error expected for a value of the wrong type: the message starts with the path and
 * ends by naming what came (`got number`).
 */
export function typeError(path: string, got: string): ValidationError {
  return {
    code: 'type',
    path,
    message: expect.stringMatching(new RegExp(`^${escapeRegExp(path)} .*\\bgot ${escapeRegExp(got)}$`)),
  };
}

/** An error with this code and path whose message names the path and contains `mentions`. */
export function anError(code: string, path: string, ...mentions: string[]): ValidationError {
  return {
    code,
    path,
    message: expect.toSatisfy(
      (m: string) => (path === '' || m.includes(path)) && mentions.every((x) => m.includes(x)),
      `a message naming ${path || 'the body'}${mentions.length ? ` and ${mentions.join(', ')}` : ''}`,
    ),
  };
}
