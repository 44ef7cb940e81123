import type { RequestHead } from './incoming.js';
/** The request header a server-to-server caller puts the shared secret in. */
export declare const SHARED_SECRET_HEADER = "X-Whop-Pixel-Secret";
/** `none`: no secret presented; `valid`: the configured one; `invalid`: anything else. */
export type SecretCheck = 'none' | 'valid' | 'invalid';
/**
 * A checker for the `X-Whop-Pixel-Secret` header. The comparison runs on SHA-256 digests, byte
 * by byte without an early exit, so its time says nothing about how much of a guess was right,
 * nor how long the secret is (Web Crypto has no `timingSafeEqual`; this works on every runtime).
 * A header sent to a proxy without a secret is `invalid`: the caller believes it is trusted, and
 * silently treating it as a browser would drop the visitor address it sends.
 */
export declare function secretChecker(secret: string | undefined): (request: RequestHead) => Promise<SecretCheck>;
