/**
 * A random id for `anonymous_id` and `event_id`: 20 base-36 characters (about 103 bits) from
 * the platform's CSPRNG, which http pages have too (unlike `crypto.randomUUID`).
 */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => (b % 36).toString(36)).join('');
}
