import type { Api, ConversionInput, ValidationError } from '../schema/types.js';
import type { RequestFacts } from './enrich.js';
import type { LogEntry } from './logger.js';
/** What the validate step found: the events, or why the body is refused. */
export type CheckedInput = {
    ok: true;
    inputs: ConversionInput<Api>[];
    /** Per event, the visitor facts a trusted server caller wrote in its body. */
    callerFacts: Array<Partial<RequestFacts>>;
} | {
    ok: false;
    errors: ValidationError[];
};
/**
 * The validate step: a caller's body text as conversions of the API the proxy speaks (one, or an
 * array of them), or the errors that refuse it (`invalid_json`, the schema's, the proxy's own).
 * The company is the proxy's: whatever a caller wrote there is ignored. A page address is cut to
 * its length, not refused: tracking parameters alone can make it longer than the API takes, and
 * a long landing URL must never cost a lead (the snippet sends it whole). A `trusted` caller (the
 * shared secret) may name its visitor's `context.ip_address` and `context.user_agent`. Writes the
 * log field `error_code` for a body that is JSON but not valid.
 */
export declare function validateInput(text: string, api: Api, trusted: boolean, log: LogEntry): CheckedInput;
