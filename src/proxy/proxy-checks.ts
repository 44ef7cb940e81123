import type { Api, ConversionInput, ValidationError } from '../schema/types.js';
import { normalizeAddress } from './client-address.js';
import type { RequestFacts } from './enrich.js';

// The event_id also travels as the `Idempotency-Key` header, and `Headers` refuses anything but
// Latin-1 without CR, LF and NUL. Printable ASCII is the portable subset.
const HEADER_SAFE = /^[\x20-\x7e]*$/;

const at = (batch: boolean, i: number, path: string) => `${batch ? `[${i}].` : ''}${path}`;

/**
 * Rules the proxy adds to the API page's: an `event_id` must be printable ASCII. Found by
 * fuzzing: an id such as "é𝄞" made every upstream attempt fail before it was sent (the header
 * could not be built), so the browser was told 502 and retried it forever; now it gets 400.
 */
export function checkEventIds(inputs: ConversionInput<Api>[], batch: boolean): ValidationError[] {
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
export function callerFacts(
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
