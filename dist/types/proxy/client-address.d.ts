import type { HeaderReader, RequestHead } from './incoming.js';
/**
 * Client-address resolution: which IP the conversion is attributed to. Runtime-neutral (only
 * strings and `Headers`), and applied by the core alone (`createProxy`), so every adapter shares
 * one set of rules; adapters pass the facts:
 * - Node (`toNodeHandler`), Deno, Bun: `conn.peer` is the socket's remote address, the headers
 *   are the request's. Headers count only when the peer is a proxy the rule trusts: a client that
 *   reaches the port directly gets its own address, whatever it writes.
 * - Cloudflare Workers: `trustProxy: 'cloudflare'` reads `CF-Connecting-IP`, set by the edge.
 * - Runtimes without a socket address (Vercel/Next.js edge, Deno Deploy…): `peer` is undefined and
 *   stands for the platform's own front end, which is taken as the first trusted hop.
 */
/**
 * Which proxies in front of this server may be believed about the client address. Headers are
 * read only when the connection's peer is a proxy the rule trusts; from any other peer (a client
 * that reached the port directly) the peer's own address is the client.
 * - `false` (default): none; the connection's peer address is the client.
 * - a number `n`: the nearest `n` hops are trusted proxies; walk `X-Forwarded-For` from the right.
 *   Believed only from a peer on a loopback, private or link-local address (a reverse proxy,
 *   load balancer or platform router on your network); a proxy on a public address: list it.
 * - a list of proxy addresses or CIDR ranges (`10.0.0.0/8`, `::1`), or the words `loopback`,
 *   `private`, `linklocal`, `cloudflare` (Cloudflare's published ranges): walk from the right
 *   while the hop is one of them.
 * - `'cloudflare'`: use `CF-Connecting-IP`, from a peer in Cloudflare's ranges (or, without a
 *   socket, as on Workers, from the platform itself). Behind Cloudflare Tunnel or a local proxy:
 *   `['loopback', 'cloudflare']`.
 * - {@link TrustedProxies}: the same, naming the header the proxies write (`Forwarded`…).
 * The left-most `X-Forwarded-For` value is whatever the client wrote, so it is never taken on trust;
 * a hop that wrote something that is not an address leaves the hop that wrote it as the client.
 */
export type TrustProxy = false | number | string[] | 'cloudflare' | TrustedProxies;
/** The long form of {@link TrustProxy}: which proxies, and which header they write. */
export interface TrustedProxies {
    /** A hop count or a list of proxy addresses, ranges and words, as in the short forms. */
    proxies: number | string[];
    /**
     * The header those proxies put the client in. Only this one is read: a client can write the
     * others, and a proxy passes what it does not write on untouched. Default `'x-forwarded-for'`
     * (nginx, HAProxy, Caddy, Traefik, cloud load balancers); `'forwarded'` for RFC 7239
     * `Forwarded: for=` (HAProxy's `option forwarded`, or nginx set up to write it); `'cf-connecting-ip'` for a
     * single address set by Cloudflare (`'cloudflare'` is `{ proxies: ['cloudflare'], header:
     * 'cf-connecting-ip' }`).
     */
    header?: 'x-forwarded-for' | 'forwarded' | 'cf-connecting-ip';
}
/**
 * What a runtime adapter knows about the connection that `Request` cannot carry: the facts, not a
 * decision (the proxy applies `trustProxy` to them). An adapter passes `conn` when the runtime
 * has a socket (Node, Deno, Bun); without one (Next.js route handlers, Workers) it passes none,
 * and the platform's front end stands as the first hop.
 */
export interface ConnInfo {
    /**
     * The socket's remote address (`socket.remoteAddress`, Deno's `info.remoteAddr.hostname`, Bun's
     * `server.requestIP(req)?.address`): the client, or a proxy in front of it. Undefined when the
     * socket is already gone: then no header is believed and the client address is unknown.
     */
    peer?: string;
}
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
    headers: HeaderReader;
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
/**
 * The client address of a request as the proxy received it: from `conn.peer` and, as far as
 * `trustProxy` trusts that peer, the header the proxies in front write. Without `conn` the
 * runtime has no socket, and the header is read as `trustProxy` allows with the platform's front
 * end as the first hop. With `conn` but no peer (a socket already gone), undefined: falling back
 * to the headers then would believe what a client wrote.
 */
export declare function clientAddressOf(request: Pick<RequestHead, 'headers'>, conn: ConnInfo | undefined, trustProxy: TrustProxy): string | undefined;
