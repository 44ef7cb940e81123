import type { ConversionBody } from '../schema/types.js';

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
  body: ConversionBody;
  outcome: 'accepted' | 'rejected' | 'unavailable';
  /** Whop's last HTTP status; 0 for a network error, 504 for a timeout. */
  status: number;
  /** Whop's conversion id, when accepted. */
  id?: string;
  /** Upstream attempts made, retries included. */
  attempts: number;
  /** Time spent upstream on this event, waits included, in ms. */
  ms: number;
}

export interface ProxyOptions {
  /** Whop API key (company API key or company-scoped token). Sent only upstream, as a Bearer token. */
  apiKey: string;
  /** The company every conversion is recorded for, e.g. `biz_xxxxxxxxxxxxxx`. Browser-sent values are ignored. */
  companyId: string;
  /** Upstream endpoint. Default `https://api.whop.com/api/v1/conversions`. */
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
}
