/**
 * A random id for `anonymous_id` and `event_id`: 128 bits from the platform's CSPRNG (which
 * http pages have too, unlike `crypto.randomUUID`), written as decimal digits.
 */
export declare const newId: () => string;
