/**
 * A random id for `anonymous_id` and `event_id`: 128 bits from the platform's CSPRNG (which
 * http pages have too, unlike `crypto.randomUUID`), written as decimal digits.
 */
export const newId = (): string => {
  return crypto.getRandomValues(new Uint32Array(4)).join('');
};
