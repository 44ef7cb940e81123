import { BODY_FIELDS, COMPANY_FIELDS, CUT_FIELDS } from '../schema/fields.js';
import type { Api, ConversionInput, ValidationError } from '../schema/types.js';
import { validateBatch } from '../schema/validate.js';
import { normalizeAddress } from './client-address.js';
import type { RequestFacts } from './enrich.js';
import type { LogEntry } from './logger.js';

// The event_id also travels as the `Idempotency-Key` header, and `Headers` refuses anything but
// Latin-1 without CR, LF and NUL. Printable ASCII is the portable subset.
const HEADER_SAFE = /^[\x20-\x7e]*$/;

/** A caller's body, checked by the rules of each API (see `ValidateOptions.input`). */
const INPUT_RULES = {
  conversions: { api: 'conversions', input: true },
  events: { api: 'events', input: true },
} as const;

const at = (batch: boolean, i: number, path: string) => `${batch ? `[${i}].` : ''}${path}`;

/**
 * Rules the proxy adds to the API page's: an `event_id` must be printable ASCII. Found by
 * fuzzing: an id such as "é𝄞" made every upstream attempt fail before it was sent (the header
 * could not be built), so the browser was told 502 and retried it forever; now it gets 400.
 */
function checkEventIds(inputs: ConversionInput<Api>[], batch: boolean): ValidationError[] {
  const errors: ValidationError[] = [];
  inputs.forEach((input, i) => {
    if (typeof input.event_id === 'string' && !HEADER_SAFE.test(input.event_id)) {
      const path = at(batch, i, 'event_id');
      errors.push({
        code: 'format',
        message: `${path} must be printable ASCII (it is sent as a header)`,
        path,
      });
    }
  });
  return errors;
}

/**
 * The visitor facts a trusted server caller wrote in the body: `context.ip_address` (which must
 * be an IP address; it is sent in canonical form) and `context.user_agent`. Returns the errors
 * when an address is not one.
 */
function callerFacts(
  inputs: ConversionInput<Api>[],
  batch: boolean,
): { facts: Array<Partial<RequestFacts>> } | { errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const facts = inputs.map((input, i) => {
    const { ip_address: ip, user_agent: userAgent } = input.context ?? {};
    const clientAddress = normalizeAddress(ip ?? undefined);
    if (ip != null && clientAddress === undefined) {
      const path = at(batch, i, 'context.ip_address');
      errors.push({ code: 'format', message: `${path} must be an IPv4 or IPv6 address`, path });
    }
    const own: Partial<RequestFacts> = {};
    if (clientAddress) own.clientAddress = clientAddress;
    if (userAgent) own.userAgent = userAgent;
    return own;
  });
  return errors.length ? { errors } : { facts };
}

/** What the validate step found: the events, or why the body is refused. */
export type CheckedInput =
  | {
      ok: true;
      inputs: ConversionInput<Api>[];
      /** Per event, the visitor facts a trusted server caller wrote in its body. */
      callerFacts: Array<Partial<RequestFacts>>;
    }
  | { ok: false; errors: ValidationError[] };

/**
 * The validate step: a caller's body text as conversions of the API the proxy speaks (one, or an
 * array of them), or the errors that refuse it (`invalid_json`, the schema's, the proxy's own).
 * The company is the proxy's: whatever a caller wrote there is ignored. A page address is cut to
 * its length, not refused: tracking parameters alone can make it longer than the API takes, and
 * a long landing URL must never cost a lead (the snippet sends it whole). A `trusted` caller (the
 * shared secret) may name its visitor's `context.ip_address` and `context.user_agent`. Writes the
 * log field `error_code` for a body that is JSON but not valid.
 */
export function validateInput(text: string, api: Api, trusted: boolean, log: LogEntry): CheckedInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const message = 'the body must be JSON: one conversion or an array of them';
    return { ok: false, errors: [{ code: 'invalid_json', message, path: '' }] };
  }
  const batch = Array.isArray(parsed);
  for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
    if (!item || typeof item !== 'object') continue;
    for (const field of COMPANY_FIELDS) if (Object.hasOwn(item, field)) delete item[field];
    for (const field of CUT_FIELDS) {
      const max = BODY_FIELDS[field].max;
      if (typeof item[field] === 'string' && item[field].length > max)
        item[field] = item[field].slice(0, max);
    }
  }
  const checked = validateBatch(parsed, INPUT_RULES[api]);
  if (!checked.ok) return refuse(checked.errors, log);
  const own = trusted ? callerFacts(checked.value, batch) : { facts: [] };
  if ('errors' in own) return refuse(own.errors, log);
  const errors = checkEventIds(checked.value, batch);
  if (errors.length) return refuse(errors, log);
  return { ok: true, inputs: checked.value, callerFacts: own.facts };
}

function refuse(errors: ValidationError[], log: LogEntry): CheckedInput {
  log.error_code = errors[0].code;
  return { ok: false, errors };
}
