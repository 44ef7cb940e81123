import type { Api, ConversionInput, ValidationError } from '../schema/types.js';
import type { RequestFacts } from './enrich.js';
/**
 * Rules the proxy adds to the API page's: an `event_id` must be printable ASCII. Found by
 * fuzzing: an id such as "é𝄞" made every upstream attempt fail before it was sent (the header
 * could not be built), so the browser was told 502 and retried it forever; now it gets 400.
 */
export declare function checkEventIds(inputs: ConversionInput<Api>[], batch: boolean): ValidationError[];
/**
 * The visitor facts a trusted server caller wrote in the body: `context.ip_address` (which must
 * be an IP address; it is sent in canonical form) and `context.user_agent`. Returns the errors
 * when an address is not one.
 */
export declare function callerFacts(inputs: ConversionInput<Api>[], batch: boolean): {
    facts: Array<Partial<RequestFacts>>;
} | {
    errors: ValidationError[];
};
