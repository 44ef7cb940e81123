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
 * `private`, `linklocal`, `cloudflare`. `header` is `WHOP_TRUST_PROXY_HEADER`, the header those
 * proxies write (`x-forwarded-for`, `forwarded`, `cf-connecting-ip`); given, the result is the
 * long form. Throws an Error naming the variable on anything else.
 */
export declare function parseTrustProxy(text: string | undefined, header?: string): TrustProxy;
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
 * peer and, only when `trustProxy` trusts that peer, walks the header the proxies write from the
 * right, one trusted hop at a time; the first untrusted address is the client. The left-most
 * value is whatever the client wrote, so it is reached only when every hop to its right is a
 * trusted proxy. A hop that wrote something that is not an IP leaves the nearest address known
 * — the hop that wrote it — as the client: with a socket, the answer is never unknown (an
 * unknown address would escape the rate limit).
 */
export declare function resolveClientAddress({ peer, headers, trustProxy, }: ClientAddressInput): string | undefined;
/**
 * Whether the connection's peer is a proxy `trustProxy` believes, so that its headers (the
 * client address, and `X-Forwarded-Proto`/`-Host`) may be used. False without a peer address.
 */
export declare function trustsPeer(peer: string | undefined, trustProxy?: TrustProxy): boolean;
