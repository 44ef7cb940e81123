import type { Api, UpstreamBody } from '../schema/types.js';
import type { RateLimitStore } from './rate-limit.js';
/**
 * Which proxies in front of this server may be believed about the client address.
 * - `false` (default): none; the connection's peer address is the client.
 * - a number `n`: the nearest `n` hops are trusted proxies; walk `X-Forwarded-For` from the right.
 * - a list of proxy addresses or CIDR ranges (`10.0.0.0/8`, `::1`), or the words `loopback`,
 *   `private`: walk from the right while the hop is one of them.
 * - `'cloudflare'`: use `CF-Connecting-IP`, which Cloudflare's edge sets and clients cannot forge.
 * The left-most `X-Forwarded-For` value is whatever the client wrote, so it is never taken on trust.
 */
export type TrustProxy = false | number | string[] | 'cloudflare';
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
 * within seconds never notices, while a script posting hundreds a second is cut to 20.
 */
export interface RateLimitOptions {
    /** Events a client address may send at once: the size of its bucket. Default 120. */
    burst?: number;
    /** Events per second a client address earns back, up to `burst`. Default 20. */
    perSecond?: number;
    /**
     * Where the buckets live. Default: in memory, per process (per isolate on Workers), at most
     * 10000 addresses (least recently seen forgotten first). Plug in a shared store (Redis, a
     * Durable Object) when several instances serve the endpoint; if it throws, the request is let
     * through and the error logged: losing a lead is worse than a missed limit.
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
    /** Upstream endpoint. Default Whop's endpoint of `api`: `https://api.whop.com/api/v1/conversions` or `…/events`. */
    apiUrl?: string;
    /** Origins allowed to post from a browser: a list of origins, or `'*'`. Default: only the request's own origin. Requests without `Origin` (server-to-server) are always accepted. */
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
    /** `fetch` used for upstream calls (tests inject one). Default: the global `fetch`. */
    fetch?: typeof fetch;
    /** Where the request log goes. Default: one JSON line per request on the console. `false` silences it. */
    logger?: Logger | false;
    /** Called once per event after its upstream outcome is known (the demo's inspector uses it). Errors it throws are ignored. */
    onForward?: (record: ForwardRecord) => void;
    /**
     * Per-client-address rate limit, on by default: 120 events at once, then 20 a second (see
     * {@link RateLimitOptions}). A client over it gets `429` with `Retry-After` (seconds until its
     * events fit) and nothing is forwarded; the snippet keeps the events and retries. Bodies
     * refused as invalid cost nothing (they are never forwarded). Requests
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
