import {
  ACCOUNT_FIELDS,
  BODY_FIELDS,
  COMPANY_FIELDS,
  CUSTOM_NAME_MAX,
  EVENT_NAMES,
  EVENTS_API_EVENT_NAMES,
  MAX_BATCH_EVENTS,
  NON_EMPTY_FIELDS,
  REQUIRED_FIELDS,
} from './fields.js';
import type { Api, ConversionInput, UpstreamBody, ValidationError } from './types.js';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /** The API whose rules apply: its event names, its company field. Default `conversions`. */
  api?: Api;
  /**
   * `true` for what a caller posts to the proxy: no company field (the proxy adds its own), and
   * the fields of either API (the browser cannot know which one the proxy speaks; the proxy
   * drops what its API does not take). Default `false`: the exact upstream body (the mock API).
   */
  input?: boolean;
}

/** A field rule's `only`: the one API that takes the field, when just one does. */
type Only = { only?: Api };
/** A `context` or `user` key's rule. */
type StringRule = { max: number; format?: 'date' } & Only;

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

/**
 * The fields a body must have, and those that must not be empty, for an API: of the company
 * fields only the API's own, and none in a caller's body (`input`). Worked out once per case.
 */
function bodyRules(api: Api, input: boolean) {
  const account = ACCOUNT_FIELDS[api];
  return {
    required: REQUIRED_FIELDS.filter((key) => !COMPANY_FIELDS.includes(key) || (key === account && !input)),
    nonEmpty: [...NON_EMPTY_FIELDS.filter((key) => !COMPANY_FIELDS.includes(key)), account],
  };
}
/** {@link bodyRules} of each API, for an upstream body [0] and a caller's body [1]. */
const BODY_RULES = {
  conversions: [bodyRules('conversions', false), bodyRules('conversions', true)],
  events: [bodyRules('events', false), bodyRules('events', true)],
};

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

/** Whether a field (its rule's `only`) is part of the body being checked. */
function takes(rule: object, options: ValidateOptions): boolean {
  const { only } = rule as Only;
  return !only || options.input === true || only === (options.api ?? 'conversions');
}

function keyProblem(key: string, path: string, options: ValidateOptions): ValidationError {
  // A hostile key can be kilobytes long: cap what is echoed back.
  if (path.length > 80) path = `${path.slice(0, 80)}…`;
  const api = options.input ? 'conversions or events' : (options.api ?? 'conversions');
  return FORBIDDEN_KEYS.has(key)
    ? { code: 'forbidden_key', message: `${path} is not allowed`, path }
    : { code: 'unknown_key', message: `${path} is not a field of Whop's ${api} API`, path };
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
  fields: Record<string, StringRule>,
  options: ValidateOptions,
  errors: ValidationError[],
  out: Record<string, string>,
): void {
  if (!isPlainObject(value)) {
    errors.push({ code: 'type', message: `${path} must be an object, got ${typeName(value)}`, path });
    return;
  }
  for (const key of Object.keys(value)) {
    const keyPath = join(path, key);
    if (!Object.hasOwn(fields, key) || FORBIDDEN_KEYS.has(key) || !takes(fields[key], options)) {
      errors.push(keyProblem(key, keyPath, options));
      continue;
    }
    const item = value[key];
    if (item === undefined) continue;
    if (!checkString(item, keyPath, fields[key].max, errors)) continue;
    if (fields[key].format === 'date' && !isDate(item)) {
      errors.push({ code: 'format', message: `${keyPath} must be YYYY-MM-DD, got "${item}"`, path: keyPath });
      continue;
    }
    out[key] = item;
  }
}

/**
 * `event_name` under the Events API: a standard name or any custom one, a non-empty string of
 * at most CUSTOM_NAME_MAX characters (every standard name fits).
 */
function checkFreeName(value: unknown, path: string, errors: ValidationError[]): value is string {
  if (value === '') {
    errors.push({ code: 'empty', message: `${path} must not be empty`, path });
    return false;
  }
  return checkString(value, path, CUSTOM_NAME_MAX, errors);
}

/** Why `/conversions` refused a name: said for the names only the Events API takes, and free ones. */
function eventsApiHint(value: unknown): string {
  return typeof value === 'string' && value.length <= CUSTOM_NAME_MAX
    ? ` (Whop's Events API takes it: set the proxy's api to 'events', WHOP_API=events${
        (EVENTS_API_EVENT_NAMES as readonly string[]).includes(value)
          ? ''
          : ', or send it as custom with custom_name'
      })`
    : '';
}

function checkField(
  key: keyof typeof BODY_FIELDS,
  value: unknown,
  path: string,
  options: ValidateOptions,
  errors: ValidationError[],
  out: Record<string, unknown>,
): void {
  const rule = BODY_FIELDS[key];
  if (key === 'event_name' && options.api === 'events') {
    if (checkFreeName(value, path, errors)) out[key] = value;
    return;
  }
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
          }${rule.values === EVENT_NAMES ? eventsApiHint(value) : ''}`,
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
      checkStringMap(value, path, rule.fields, options, errors, map);
      out[key] = map;
      return;
    }
  }
}

/**
 * Checks one body against the API's page: `/conversions` by default, the Events API with
 * `api: 'events'`. Strict: unknown and prototype keys are errors at every level, and so are the
 * fields of the other API (unless `input`). Returns a fresh object holding only the documented
 * fields. `prefix` is prepended to every error path (used for batches: `[2]`).
 */
export function validateConversion(
  input: unknown,
  options: ValidateOptions & { prefix?: string } = {},
): ValidationResult<UpstreamBody | ConversionInput<Api>> {
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
    const known = Object.hasOwn(BODY_FIELDS, key) && !FORBIDDEN_KEYS.has(key);
    if (!known || !takes(BODY_FIELDS[key as keyof typeof BODY_FIELDS], options))
      errors.push(keyProblem(key, join(prefix, key), options));
    // `{ value: maybeUndefined }` from a JS caller means "absent", as it does in JSON.
    else if (input[key] === undefined) continue;
    else checkField(key as keyof typeof BODY_FIELDS, input[key], join(prefix, key), options, errors, out);
  }
  const rules = BODY_RULES[options.api ?? 'conversions'][options.input ? 1 : 0];
  for (const key of rules.required) {
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
  const value = own('value');
  if (
    options.api === 'events' &&
    own('event_name') === 'purchase' &&
    !(typeof value === 'number' && value > 0)
  ) {
    const path = join(prefix, 'value');
    errors.push({
      code: 'value_required',
      message: `${path} must be a positive number when event_name is "purchase"`,
      path,
    });
  }
  for (const key of rules.nonEmpty) {
    if (own(key) === '') {
      const path = join(prefix, key);
      errors.push({ code: 'empty', message: `${path} must not be empty`, path });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out as unknown as ConversionInput<Api> };
}

/**
 * Checks what a caller posted to the proxy: one body or an array of 1..MAX_BATCH_EVENTS bodies.
 * All-or-nothing: any problem in any event fails the whole batch.
 */
export function validateBatch(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<Array<UpstreamBody | ConversionInput<Api>>> {
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
  const values: Array<UpstreamBody | ConversionInput<Api>> = [];
  const errors: ValidationError[] = [];
  // An index loop, not forEach: forEach skips the holes of a sparse array, which would pass a
  // batch whose results no longer line up with its indices.
  const each = { ...options, prefix: '' };
  for (let i = 0; i < input.length; i++) {
    each.prefix = `[${i}]`;
    const one = validateConversion(input[i], each);
    if (one.ok) values.push(one.value);
    else errors.push(...one.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: values };
}
