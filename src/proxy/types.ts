import type { Api, UpstreamBody } from '../schema/types.js';
import type { RateLimitStore } from './rate-limit.js';

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

/** What a runtime adapter knows about the connection that `Request` cannot carry. */
export interface ConnInfo {
  /** The client's IP address, already resolved by the adapter (trusted-proxy rules applied). */
  clientAddress?: string;
}

/** The proxy core: a Web-standard handler. The second argument is filled in by adapters. */
export type ProxyHandler = (request: Request, conn?: ConnInfo) => Promise<Response>;

/** One structured log entry; pino-compatible (`logger.info(obj)`). Never holds the token or PII. */
export interface LogEntry {
  msg: string;
  [field: string]: unknown;
}

/** Where the proxy writes its one line per request. `console`-like and pino loggers both fit. */
export interface Logger {
  info(entry: LogEntry): void;
  warn(entry: LogEntry): void;
  error(entry: LogEntry): void;
}

/** What the proxy did with one event: handed to `onForward` for inspectors and metrics. */
export interface ForwardRecord {
  /** The exact body sent upstream (it holds user PII: mask it before showing or storing). */
  body: UpstreamBody;
  outcome: 'accepted' | 'rejected' | 'unavailable';
  /** Whop's last HTTP status; 0 for a network error, 504 for a timeout. */
  status: number;
  /** Whop's conversion id, when accepted. */
  id?: string;
  /** Upstream attempts made, retries included. */
  attempts: number;
  /** Time spent upstream on this event, waits included, in ms. */
  ms: number;
  /** The visitor's browser, OS and device in one readable line (`Chrome 130 · Windows 10 · desktop`). */
  ua?: string;
  /** Sent from an app's built-in browser (Instagram, Facebook, TikTok…). */
  inApp?: boolean;
}

/**
 * Per-client token buckets, counted in events (each event of a batch is one token, because each
 * is one upstream request). With the defaults a client address may send 120 events at once and
 * 20 a second after that: an office of real visitors behind one address posting dozens of leads
 * within seconds never notices, while a script posting hundreds a second is cut to 20. An IPv6
 * client is counted by its /64 and, at the same time, by its /48 with 4 × the burst and rate, so
 * rotating through a prefix's addresses or /64s buys no fresh buckets.
 */
export interface RateLimitOptions {
  /** Events a client address may send at once: the size of its bucket. Default 120. */
  burst?: number;
  /** Events per second a client address earns back, up to `burst`. Default 20. */
  perSecond?: number;
  /**
   * Where the buckets live. Default: in memory, per process (per isolate on Workers), at most
   * 10000 buckets (least recently seen leave first, what they still owe kept in a fixed-size
   * sketch, so leaving refills nothing). Plug in a shared store (Redis, a Durable Object) when
   * several instances serve the endpoint; if it throws, the request is let through and the error
   * logged: losing a lead is worse than a missed limit. An IPv6 client's two buckets are taken
   * with the store's `takeAll` when it has one, else one `take` each (see {@link RateLimitStore}).
   */
  store?: RateLimitStore;
}

/** Bot filtering (see `bots` in {@link ProxyOptions}). */
export interface BotOptions {
  /**
   * Also treat headless browsers (HeadlessChrome, PhantomJS; detected by ua-parser-js) as bots.
   * Default `false`: end-to-end tests and synthetic monitoring run them.
   */
  blockHeadless?: boolean;
  /** Case-insensitive parts of user agents never treated as bots, e.g. your own uptime checker. Default `[]`. */
  allow?: string[];
}

export interface ProxyOptions {
  /** Whop API key (company API key or company-scoped token). Sent only upstream, as a Bearer token. */
  apiKey: string;
  /** The company every conversion is recorded for, e.g. `biz_xxxxxxxxxxxxxx`. Browser-sent values are ignored. */
  companyId: string;
  /**
   * Which of Whop's server APIs to speak: `'conversions'` (the default, `POST /api/v1/conversions`)
   * or `'events'` (its successor, `POST /api/v1/events`, which also takes more click ids, `fbc`,
   * `language`, the names `view_content`, `add_to_cart`, `initiate_checkout`, `purchase` and any
   * custom name). The browser sends the same body either way: speaking `conversions`, the proxy
   * drops the fields that API does not take and refuses the event names it does not take.
   */
  api?: Api;
  /**
   * Upstream endpoint. Default Whop's endpoint of `api`: `https://api.whop.com/api/v1/conversions`
   * or `…/events`. Refused at start when it holds credentials (`user:password@`), or when it is
   * plain `http` to a host that is not loopback, unless {@link ProxyOptions.allowInsecureUpstream}.
   */
  apiUrl?: string;
  /**
   * Allow a plain-`http` `apiUrl` on another machine (a mock API in another container), whose
   * traffic, the Bearer key included, crosses the network unencrypted. Default `false`. When on,
   * the proxy logs a `WARNING` line at start naming the host.
   */
  allowInsecureUpstream?: boolean;
  /** Origins allowed to post from a browser: a list of origins, or `'*'` for any `http(s)` origin (never the opaque `null`). Default: only the request's own origin. Requests without `Origin` (server-to-server) are always accepted. The `_whop_aid` cookie is re-issued only to a page of the proxy's own site. */
  allowedOrigins?: string[] | '*';
  /** Header-based client address resolution for runtimes without a socket (see {@link TrustProxy}). Default `false`. Adapters that pass `conn.clientAddress` take precedence. */
  trustProxy?: TrustProxy;
  /** Largest accepted request body in bytes. Default 65536 (64 KiB, the browser's keepalive budget). */
  maxBodyBytes?: number;
  /** Timeout of one upstream attempt in milliseconds. Default 3000. */
  timeoutMs?: number;
  /** Upstream retries after the first attempt, on network errors, timeouts, 429 and 5xx. Default 3. */
  retries?: number;
  /** Upper bound on the time spent on one event upstream, all attempts and waits included, in ms. Default 10000. */
  maxRetryTimeMs?: number;
  /**
   * Total time one request may spend upstream, all events of a batch together, in ms. Default
   * `maxRetryTimeMs + timeoutMs` (13000). When it runs out the proxy answers what it knows:
   * delivered events `200`, the rest `503`/`504` with `Retry-After` (the snippet sends those again).
   */
  maxRequestTimeMs?: number;
  /**
   * Most upstream deliveries in flight at once across all requests of this proxy instance (each
   * holds its slot through its retries; a batch uses at most 4). Default 64. A request arriving
   * when all are taken is answered `503` + `Retry-After` without calling upstream, so an upstream
   * that stops answering cannot pile up open sockets.
   */
  maxConcurrentUpstream?: number;
  /** `fetch` used for upstream calls (tests inject one). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Where the request log goes. Default: one JSON line per request on the console. `false` silences it. */
  logger?: Logger | false;
  /** Called once per event after its upstream outcome is known (the demo's inspector uses it). Errors it throws are ignored. */
  onForward?: (record: ForwardRecord) => void;
  /**
   * Per-client-address rate limit, on by default: 120 events at once, then 20 a second (see
   * {@link RateLimitOptions}). A client over it gets `429` with `Retry-After` (seconds until its
   * events fit) and nothing is forwarded; the snippet keeps the events and retries. A body
   * refused as invalid costs one token (else a flood of invalid bodies would be free). Requests
   * whose client address is unknown (no socket address and no `trustProxy` rule) are not
   * limited, since one shared bucket would throttle every visitor at once; set `trustProxy` on
   * platforms without a socket. `false` turns it off.
   */
  rateLimit?: false | RateLimitOptions;
  /**
   * Bot filtering, on by default: known crawlers and link-preview fetchers (Googlebot, bingbot,
   * facebookexternalhit, Slackbot, Twitterbot, LinkedInBot, Discordbot, WhatsApp, TelegramBot…,
   * from the `isbot` list) are answered `202 {"results":[],"ignored":"bot"}` and not forwarded;
   * the log line says `bot: true`. HTTP libraries (curl, node, python-requests…), unknown agents
   * and headless browsers are not bots unless {@link BotOptions.blockHeadless}. `false` turns it off.
   */
  bots?: false | BotOptions;
  /**
   * Shared-secret mode for server-to-server callers, off by default. A request whose
   * `X-Whop-Pixel-Secret` header equals this secret (compared in constant time) is trusted: it
   * skips the origin check, the rate limit and the bot filter, and may set `context.ip_address`
   * and `context.user_agent` in the body — a backend forwarding a lead knows its visitor's
   * address and browser, while the request itself shows the backend's (so an event without them
   * goes without them: the backend's own address is never passed off as the visitor's). A wrong secret (or any secret when none is
   * configured) is answered `401`; no header means an ordinary browser request. At least 16
   * characters, no whitespace, not the API key. Never logged: the default logger redacts it like
   * the API key. Keep it out of browsers: it belongs on your server only.
   */
  sharedSecret?: string;
}
