import type { TrustProxy } from './types.js';
/**
 * Canonical text of an address as a header or socket gives it: strips surrounding quotes,
 * `[…]` brackets and a port, maps `::ffff:1.2.3.4` to `1.2.3.4`. Undefined when what remains is
 * not an IP address — a client-written value is never passed on as-is.
 */
export declare function normalizeAddress(raw: string | undefined): string | undefined;
/**
 * Checks a `trustProxy` value and returns it; throws an Error naming `name` and the bad part.
 * Adapters call it at creation so a typo fails at start rather than on the first request.
 */
export declare function checkTrustProxy(value: unknown, name?: string): TrustProxy;
/**
 * Reads `WHOP_TRUST_PROXY`: empty, `false` or `0` → `false`; digits → that many hops;
 * `cloudflare`; otherwise a comma list of addresses, CIDR ranges and the words `loopback`,
 * `private`, `linklocal`. Throws an Error naming WHOP_TRUST_PROXY on anything else.
 */
export declare function parseTrustProxy(text: string | undefined): TrustProxy;
/** What {@link resolveClientAddress} needs to know about one request. */
export interface ClientAddressInput {
    /** The connection's remote address (`socket.remoteAddress`); undefined where the runtime has none. */
    peer: string | undefined;
    /** The request headers. */
    headers: Headers;
    /** Which proxies may be believed; default `false`. See {@link TrustProxy}. */
    trustProxy?: TrustProxy;
}
/**
 * The client's IP address, or undefined when it cannot be known. Starts from the connection's
 * peer and, only when `trustProxy` trusts that hop, walks `X-Forwarded-For` (or `Forwarded:
 * for=`) from the right, one trusted hop at a time; the first untrusted address is the client.
 * The left-most value is whatever the client wrote, so it is reached only when every hop to its
 * right is a trusted proxy. A hop that is not a valid IP ends the walk with undefined.
 */
export declare function resolveClientAddress({ peer, headers, trustProxy, }: ClientAddressInput): string | undefined;
/**
 * Whether the connection's peer is a proxy `trustProxy` believes, so that its other
 * `X-Forwarded-*` headers (protocol, host) may be used too.
 */
export declare function trustsPeer(peer: string | undefined, trustProxy?: TrustProxy): boolean;
