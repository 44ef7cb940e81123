import type { Api, UpstreamBody } from '../schema/types.js';
import type { BotOptions } from './bots.js';
import type { ConnInfo, TrustProxy } from './client-address.js';
import type { Logger } from './logger.js';
import type { RateLimitOptions } from './rate-limit.js';
/** The proxy core: a Web-standard handler. The second argument is filled in by adapters that have a socket. */
export type ProxyHandler = (request: Request, conn?: ConnInfo) => Promise<Response>;
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
    /**
     * Which proxies in front may be believed about the client address (see {@link TrustProxy}),
     * checked against the socket's peer an adapter passes as `conn.peer`; without a socket (Next.js,
     * Workers) the platform's front end is the first hop. Decided here, once, for every adapter;
     * it also decides whether a socket peer's `X-Forwarded-Host`/`-Proto` are believed. Default `false`.
     */
    trustProxy?: TrustProxy;
    /**
     * Largest accepted request body in bytes; larger ones get `413` without being buffered. The one
     * limit whatever the adapter (`toNodeHandler` streams the body to it). Default 65536 (64 KiB,
     * the browser's keepalive budget).
     */
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
