import { CLOUDFLARE_IPS } from './cloudflare-ips.js';
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

/** A parsed address: 4 bytes (IPv4) or 16 bytes (IPv6). */
type Bytes = number[];
type Match = (address: Bytes) => boolean;

const KEYWORDS: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  cloudflare: [...CLOUDFLARE_IPS],
};

/**
 * Peers a hop count believes. A count says how many proxies there are, not where: without this,
 * any client reaching the port would be taken for the first of them. Loopback, private and
 * link-local addresses cannot be reached from the internet, so a peer there is on your side —
 * a local reverse proxy, a load balancer in the VPC, a platform router (Cloud Run's is
 * link-local). A proxy on a public address is named with the list form instead.
 */
const HOP_COUNT_PEERS = ['loopback', 'private', 'linklocal'];
const CLOUDFLARE = ['cloudflare'];

/** The headers a trusted proxy may put the client in. */
const HEADERS = ['x-forwarded-for', 'forwarded', 'cf-connecting-ip'] as const;
type Header = (typeof HEADERS)[number];

/** A {@link TrustProxy} that trusts someone, in its long form. */
interface Rule {
  proxies: number | readonly string[];
  header: Header;
}

function parseIPv4(text: string): Bytes | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: Bytes = [];
  for (const part of parts) {
    // Leading zeros are refused: some stacks read them as octal, so their meaning is ambiguous.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    bytes.push(Number(part));
  }
  return bytes;
}

function parseIPv6(text: string): Bytes | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups: number[][] = [[], []];
  for (let h = 0; h < halves.length; h++) {
    const parts = halves[h] === '' ? [] : halves[h].split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (h === halves.length - 1 && i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIPv4(part);
        if (!v4) return undefined;
        groups[h].push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) groups[h].push(Number.parseInt(part, 16));
      else return undefined;
    }
  }
  const fill = 8 - groups[0].length - groups[1].length;
  if (halves.length === 1 ? fill !== 0 : fill < 1) return undefined;
  const all = [...groups[0], ...new Array<number>(halves.length === 1 ? 0 : fill).fill(0), ...groups[1]];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

/** Parses a bare IPv4/IPv6 address; IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes IPv4. */
function parseIp(text: string): Bytes | undefined {
  if (text.length > 64) return undefined;
  if (!text.includes(':')) return parseIPv4(text);
  const bytes = parseIPv6(text.replace(/%[\w.~-]+$/, '')); // a zone (`%eth0`) only means something locally
  if (bytes?.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return bytes.slice(12);
  }
  return bytes;
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of zero groups as `::`. */
function formatIp(bytes: Bytes): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/**
 * Canonical text of an address as a header or socket gives it: strips surrounding quotes,
 * `[…]` brackets and a port, maps `::ffff:1.2.3.4` to `1.2.3.4`. Undefined when what remains is
 * not an IP address — a client-written value is never passed on as-is.
 */
export function normalizeAddress(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let text = raw.trim();
  if (text.length > 100) return undefined;
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).trim();
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 0 || !/^(:\d{1,5})?$/.test(text.slice(end + 1))) return undefined;
    text = text.slice(1, end);
  } else if (/^[\d.]+:\d{1,5}$/.test(text)) {
    text = text.slice(0, text.lastIndexOf(':'));
  }
  const bytes = parseIp(text);
  return bytes && formatIp(bytes);
}

function parseRange(entry: string): Match | undefined {
  const [ip, prefixText, extra] = entry.split('/');
  const base = extra === undefined ? parseIp(ip) : undefined;
  if (!base) return undefined;
  const bits = base.length * 8;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  return (address) => {
    if (address.length !== base.length) return false;
    for (let bit = 0; bit < prefix; bit += 8) {
      const mask = (0xff << (8 - Math.min(8, prefix - bit))) & 0xff;
      if ((address[bit / 8] & mask) !== (base[bit / 8] & mask)) return false;
    }
    return true;
  };
}

/** One matcher per list; lists are read once, when first used. */
const compiled = new WeakMap<readonly string[], Match>();

function listMatcher(list: readonly string[], name: string): Match {
  let match = compiled.get(list);
  if (match) return match;
  const matchers = list.flatMap((entry) => {
    const word = entry.trim().toLowerCase();
    const ranges = (KEYWORDS[word] ?? [word]).map(parseRange);
    if (ranges.some((m) => m === undefined)) {
      throw new Error(
        `${name}: "${String(entry).slice(0, 60)}" is not an IP address, a CIDR range such as 10.0.0.0/8, or one of ${Object.keys(KEYWORDS).join(', ')}`,
      );
    }
    return ranges as Match[];
  });
  match = (address) => matchers.some((m) => m(address));
  compiled.set(list, match);
  return match;
}

/**
 * Checks a `trustProxy` value and returns it; throws an Error naming `name` and the bad part.
 * Adapters call it at creation so a typo fails at start rather than on the first request.
 */
export function checkTrustProxy(value: unknown, name = 'trustProxy'): TrustProxy {
  if (value === undefined || value === false) return false;
  if (value === 'cloudflare') return value;
  if (checkProxies(value, name)) return value as number | string[];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { proxies, header } = value as TrustedProxies;
    if (!checkProxies(proxies, `${name}.proxies`)) {
      throw new Error(`${name}.proxies must be a number of proxy hops or a list of proxy addresses/ranges`);
    }
    if (header !== undefined && !HEADERS.includes(header)) {
      throw new Error(`${name}.header must be one of ${HEADERS.join(', ')}`);
    }
    return value as TrustedProxies;
  }
  throw new Error(
    `${name} must be false, a number of proxy hops, a list of proxy addresses/ranges, "cloudflare", or { proxies, header }`,
  );
}

/** Whether `value` is a hop count or a list of ranges; throws on a list entry it cannot read. */
function checkProxies(value: unknown, name: string): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return false;
  listMatcher(value, name);
  return true;
}

/**
 * Reads `WHOP_TRUST_PROXY`: empty, `false` or `0` → `false`; digits → that many hops;
 * `cloudflare`; otherwise a comma list of addresses, CIDR ranges and the words `loopback`,
 * `private`, `linklocal`, `cloudflare`. `header` is `WHOP_TRUST_PROXY_HEADER`, the header those
 * proxies write (`x-forwarded-for`, `forwarded`, `cf-connecting-ip`); given, the result is the
 * long form. Throws an Error naming the variable on anything else.
 */
export function parseTrustProxy(text: string | undefined, header?: string): TrustProxy {
  const proxies = parseProxies(text);
  if (header === undefined || header.trim() === '') return proxies;
  const name = header.trim().toLowerCase() as Header;
  if (!HEADERS.includes(name)) throw new Error(`WHOP_TRUST_PROXY_HEADER must be ${HEADERS.join(', ')}`);
  if (proxies === false) {
    throw new Error('WHOP_TRUST_PROXY_HEADER is set but WHOP_TRUST_PROXY trusts no proxy: set both');
  }
  return { proxies: proxies === 'cloudflare' ? ['cloudflare'] : proxies, header: name };
}

function parseProxies(text: string | undefined): Exclude<TrustProxy, TrustedProxies> {
  const value = (text ?? '').trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value.toLowerCase() === 'cloudflare') return 'cloudflare';
  if (value.toLowerCase() === 'true') {
    throw new Error(
      'WHOP_TRUST_PROXY=true would believe the left-most X-Forwarded-For address, which any client can write; ' +
        'give the number of proxies in front (e.g. 1) or their addresses (e.g. loopback,10.0.0.0/8)',
    );
  }
  const list = value.split(',').map((item) => item.trim());
  if (list.some((item) => item === '')) throw new Error('WHOP_TRUST_PROXY: empty item in the list');
  listMatcher(list, 'WHOP_TRUST_PROXY');
  return list;
}

/** Splits on `separator` outside double quotes (RFC 7239 values may be quoted). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * The forwarding chain in `header`, left (farthest) to right (nearest). Only the header the
 * trusted proxy writes is read: the proxy passes the other one on as the client wrote it, so
 * falling back to it (or preferring it) would let the client choose its address.
 */
function forwardedChain(headers: HeaderReader, header: Header): string[] {
  if (header !== 'forwarded') return headers.get(header)?.split(',') ?? [];
  const forwarded = headers.get('forwarded');
  if (forwarded === null) return [];
  return splitOutsideQuotes(forwarded, ',').map((element) => {
    for (const pair of splitOutsideQuotes(element, ';')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && pair.slice(0, eq).trim().toLowerCase() === 'for') return pair.slice(eq + 1);
    }
    return ''; // a hop that did not say who it forwarded for: the walk stops at that hop
  });
}

/** The long form of a `TrustProxy`; undefined when it trusts no one. */
function ruleOf(trustProxy: TrustProxy): Rule | undefined {
  if (trustProxy === false) return undefined;
  if (trustProxy === 'cloudflare') return { proxies: CLOUDFLARE, header: 'cf-connecting-ip' };
  const rule: Rule =
    typeof trustProxy === 'object' && !Array.isArray(trustProxy)
      ? { proxies: trustProxy.proxies, header: trustProxy.header ?? 'x-forwarded-for' }
      : { proxies: trustProxy, header: 'x-forwarded-for' };
  return rule.proxies === 0 || (Array.isArray(rule.proxies) && rule.proxies.length === 0) ? undefined : rule;
}

/** Whether the hop at `depth` (0: the socket peer, 1: the nearest header entry…) is a trusted proxy. */
function isTrusted({ proxies }: Rule, address: string, depth: number): boolean {
  const list = typeof proxies === 'number' ? (depth === 0 ? HOP_COUNT_PEERS : undefined) : proxies;
  if (!list) return depth < (proxies as number);
  return listMatcher(list, 'trustProxy')(parseIp(address)!);
}

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
export function resolveClientAddress({
  peer,
  headers,
  trustProxy = false,
}: ClientAddressInput): string | undefined {
  const peerAddress = normalizeAddress(peer);
  const rule = ruleOf(trustProxy);
  if (!rule || (peer !== undefined && !trustsPeer(peer, trustProxy))) return peerAddress;
  if (rule.header === 'cf-connecting-ip') {
    return normalizeAddress(headers.get('cf-connecting-ip') ?? '') ?? peerAddress;
  }
  const chain = forwardedChain(headers, rule.header);
  let client = peerAddress;
  for (let depth = 1; depth <= chain.length; depth++) {
    const hop = normalizeAddress(chain[chain.length - depth]);
    if (hop === undefined) return client;
    client = hop;
    if (!isTrusted(rule, hop, depth)) return client;
  }
  return client;
}

/**
 * Whether the connection's peer is a proxy `trustProxy` believes, so that its headers (the
 * client address, and `X-Forwarded-Proto`/`-Host`) may be used. False without a peer address.
 */
export function trustsPeer(peer: string | undefined, trustProxy: TrustProxy = false): boolean {
  const rule = ruleOf(trustProxy);
  const address = normalizeAddress(peer);
  return rule !== undefined && address !== undefined && isTrusted(rule, address, 0);
}

/**
 * The client address of a request as the proxy received it: from `conn.peer` and, as far as
 * `trustProxy` trusts that peer, the header the proxies in front write. Without `conn` the
 * runtime has no socket, and the header is read as `trustProxy` allows with the platform's front
 * end as the first hop. With `conn` but no peer (a socket already gone), undefined: falling back
 * to the headers then would believe what a client wrote.
 */
export function clientAddressOf(
  request: Pick<RequestHead, 'headers'>,
  conn: ConnInfo | undefined,
  trustProxy: TrustProxy,
) {
  if (conn && conn.peer === undefined) return undefined;
  return resolveClientAddress({ peer: conn?.peer, headers: request.headers, trustProxy });
}
