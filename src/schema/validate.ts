import { BODY_FIELDS, MAX_BATCH_EVENTS, REQUIRED_FIELDS } from './fields.js';
import type { ConversionBody, ConversionInput, ValidationError } from './types.js';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /** `true` for the upstream body (the mock API); `false` for what reaches the proxy. Default `true`. */
  requireCompanyId?: boolean;
}

// JSON.parse turns "__proto__" into an own key; refusing these names by name (before the
// unknown-key rule) makes the error say why, and the validator never assigns them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 section 5.6, which OpenAPI's `date-time` (the page's type) means: seconds and the
// offset colon are required there, so anything looser could pass here and be refused upstream.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** `null`, `array`, or the `typeof` name: how errors describe what came. */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRealDate(year: string, month: string, day: string): boolean {
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(+year, +month - 1, +day);
  return d.getUTCFullYear() === +year && d.getUTCMonth() === +month - 1 && d.getUTCDate() === +day;
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isRealDate(m[1], m[2], m[3]);
}

/**
 * An RFC 3339 date-time (the ISO 8601 profile: seconds and a `Z` or `±HH:MM` zone required),
 * naming a moment that exists.
 */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  return m !== null && isRealDate(m[1], m[2], m[3]) && !Number.isNaN(Date.parse(value));
}

function keyProblem(key: string, path: string): ValidationError {
  // A hostile key can be kilobytes long: cap what is echoed back.
  if (path.length > 80) path = `${path.slice(0, 80)}…`;
  return FORBIDDEN_KEYS.has(key)
    ? { code: 'forbidden_key', message: `${path} is not allowed`, path }
    : { code: 'unknown_key', message: `${path} is not a field of the conversions API`, path };
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

function checkString(value: unknown, path: string, max: number, errors: ValidationError[]): value is string {
  if (typeof value !== 'string') {
    errors.push({ code: 'type', message: `${path} must be a string, got ${typeName(value)}`, path });
    return false;
  }
  if (value.length > max) {
    errors.push({
      code: 'max_length',
      message: `${path} must be at most ${max} characters, got ${value.length}`,
      path,
    });
    return false;
  }
  return true;
}

function checkStringMap(
  value: unknown,
  path: string,
  fields: Record<string, number>,
  errors: ValidationError[],
  out: Record<string, string>,
): void {
  if (!isPlainObject(value)) {
    errors.push({ code: 'type', message: `${path} must be an object, got ${typeName(value)}`, path });
    return;
  }
  for (const key of Object.keys(value)) {
    const keyPath = join(path, key);
    if (!Object.hasOwn(fields, key) || FORBIDDEN_KEYS.has(key)) {
      errors.push(keyProblem(key, keyPath));
      continue;
    }
    const item = value[key];
    if (item === undefined) continue;
    if (!checkString(item, keyPath, fields[key], errors)) continue;
    if (key === 'birthdate' && !isDate(item)) {
      errors.push({ code: 'format', message: `${keyPath} must be YYYY-MM-DD, got "${item}"`, path: keyPath });
      continue;
    }
    out[key] = item;
  }
}

function checkField(
  key: keyof typeof BODY_FIELDS,
  value: unknown,
  path: string,
  errors: ValidationError[],
  out: Record<string, unknown>,
): void {
  const rule = BODY_FIELDS[key];
  if (value === null) {
    if (rule.nullable) out[key] = null;
    else errors.push({ code: 'type', message: `${path} must not be null`, path });
    return;
  }
  switch (rule.kind) {
    case 'string':
      if (checkString(value, path, rule.max, errors)) out[key] = value;
      return;
    case 'datetime':
      if (!checkString(value, path, rule.max, errors)) return;
      if (isDateTime(value)) out[key] = value;
      else
        errors.push({
          code: 'format',
          message: `${path} must be an ISO 8601 date-time such as 2023-12-01T05:00:00.401Z, got "${value}"`,
          path,
        });
      return;
    case 'enum':
      if ((rule.values as readonly unknown[]).includes(value)) out[key] = value;
      else
        errors.push({
          code: typeof value === 'string' ? 'enum' : 'type',
          message: `${path} must be one of ${rule.values.join(', ')}; got ${
            typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeName(value)
          }`,
          path,
        });
      return;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
      else
        errors.push({
          code: 'type',
          message: `${path} must be a finite number, got ${typeof value === 'number' ? String(value) : typeName(value)}`,
          path,
        });
      return;
    case 'object': {
      const map: Record<string, string> = {};
      checkStringMap(value, path, rule.fields, errors, map);
      out[key] = map;
      return;
    }
  }
}

/**
 * Checks one conversion body against the API page. Strict: unknown and prototype keys are
 * errors at every level. Returns a fresh object holding only the documented fields.
 * `prefix` is prepended to every error path (used for batches: `[2]`).
 */
export function validateConversion(
  input: unknown,
  options: ValidateOptions & { prefix?: string } = {},
): ValidationResult<ConversionBody | ConversionInput> {
  const prefix = options.prefix ?? '';
  const errors: ValidationError[] = [];
  if (!isPlainObject(input)) {
    return {
      ok: false,
      errors: [
        {
          code: 'type',
          message: `${prefix || 'body'} must be an object, got ${typeName(input)}`,
          path: prefix,
        },
      ],
    };
  }
  // Own properties only: the loop below sees own keys, so the rules after it must too, or a
  // polluted Object.prototype could satisfy `required` for a field the output then lacks.
  const own = (key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const path = join(prefix, key);
    if (!Object.hasOwn(BODY_FIELDS, key) || FORBIDDEN_KEYS.has(key)) errors.push(keyProblem(key, path));
    // `{ value: maybeUndefined }` from a JS caller means "absent", as it does in JSON.
    else if (input[key] === undefined) continue;
    else checkField(key as keyof typeof BODY_FIELDS, input[key], path, errors, out);
  }
  for (const key of REQUIRED_FIELDS) {
    if (key === 'company_id' && options.requireCompanyId === false) continue;
    if (own(key) === undefined) {
      const path = join(prefix, key);
      errors.push({ code: 'required', message: `${path} is required`, path });
    }
  }
  const customName = own('custom_name');
  if (own('event_name') === 'custom' && (typeof customName !== 'string' || customName === '')) {
    const path = join(prefix, 'custom_name');
    errors.push({
      code: 'custom_name_required',
      message: `${path} is required when event_name is "custom"`,
      path,
    });
  }
  for (const key of ['event_id', 'company_id'] as const) {
    if (own(key) === '') {
      const path = join(prefix, key);
      errors.push({ code: 'empty', message: `${path} must not be empty`, path });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out as unknown as ConversionInput };
}

/**
 * Checks what a caller posted to the proxy: one body or an array of 1..MAX_BATCH_EVENTS bodies.
 * All-or-nothing: any problem in any event fails the whole batch.
 */
export function validateBatch(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<Array<ConversionBody | ConversionInput>> {
  if (!Array.isArray(input)) {
    const one = validateConversion(input, options);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  if (input.length === 0) {
    return { ok: false, errors: [{ code: 'empty', message: 'the batch holds no events', path: '' }] };
  }
  if (input.length > MAX_BATCH_EVENTS) {
    return {
      ok: false,
      errors: [
        {
          code: 'too_many',
          message: `a batch holds at most ${MAX_BATCH_EVENTS} events, got ${input.length}`,
          path: '',
        },
      ],
    };
  }
  const values: Array<ConversionBody | ConversionInput> = [];
  const errors: ValidationError[] = [];
  // An index loop, not forEach: forEach skips the holes of a sparse array, which would pass a
  // batch whose results no longer line up with its indices.
  for (let i = 0; i < input.length; i++) {
    const one = validateConversion(input[i], { ...options, prefix: `[${i}]` });
    if (one.ok) values.push(one.value);
    else errors.push(...one.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: values };
}
