import { API_PATHS, APIS } from '../schema/fields.js';
import type { Api } from '../schema/types.js';
import { checkTrustProxy, type TrustProxy } from './client-address.js';
import { consoleLogger, type Logger, silentLogger } from './logger.js';
import { type BucketLimit, memoryRateLimitStore, type RateLimitStore } from './rate-limit.js';
import { type Redact, secretRedactor } from './redact.js';
import type { ProxyOptions } from './types.js';
import { fetchSender, type UpstreamSend } from './upstream.js';

/** Whop's production host. */
const WHOP_API_ORIGIN = 'https://api.whop.com';

/** Whop's production endpoint of each API. */
export const DEFAULT_API_URLS: Record<Api, string> = {
  conversions: WHOP_API_ORIGIN + API_PATHS.conversions,
  events: WHOP_API_ORIGIN + API_PATHS.events,
};

/** Whop's production endpoint of the default API, `/conversions`. */
export const DEFAULT_API_URL = DEFAULT_API_URLS.conversions;

/** Options with every default filled in. */
export interface ResolvedOptions {
  api: Api;
  apiKey: string;
  companyId: string;
  apiUrl: string;
  allowedOrigins?: string[] | '*';
  trustProxy: TrustProxy;
  maxBodyBytes: number;
  timeoutMs: number;
  retries: number;
  maxRetryTimeMs: number;
  maxRequestTimeMs: number;
  maxConcurrentUpstream: number;
  /** `apiUrl` is plain http off this machine, allowed by `allowInsecureUpstream`: warned about at start. */
  insecureUpstream: boolean;
  /** The one redaction of the API key and the shared secret (logs, response bodies, upstream ids). */
  redact: Redact;
  /** The upstream call: the options' `fetch`, else the global one, else an adapter's (see `core-entry.ts`). */
  send: UpstreamSend;
  /** The options named a `fetch`: an adapter's faster way does not replace it. */
  ownFetch: boolean;
  logger: Logger;
  onForward?: ProxyOptions['onForward'];
  rateLimit: false | (BucketLimit & { store: RateLimitStore });
  bots: false | { blockHeadless: boolean; allow: string[] };
  sharedSecret?: string;
}

/** Documented in {@link RateLimitOptions}. */
export const DEFAULT_RATE_LIMIT: BucketLimit = { burst: 120, perSecond: 20 };

function fail(field: string, expected: string, got: unknown): never {
  const kind = got === null ? 'null' : Array.isArray(got) ? 'array' : typeof got;
  throw new TypeError(`createProxy: options.${field} must be ${expected}; got ${kind}`);
}

function integer(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(field, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRateLimit(value: ProxyOptions['rateLimit']): ResolvedOptions['rateLimit'] {
  if (value === false) return false;
  if (value !== undefined && !isObject(value)) fail('rateLimit', 'false or an object', value);
  const { burst, perSecond, store } = value ?? {};
  if (
    perSecond !== undefined &&
    (typeof perSecond !== 'number' || !Number.isFinite(perSecond) || perSecond <= 0 || perSecond > 1e6)
  ) {
    fail('rateLimit.perSecond', 'a number of events per second above 0', perSecond);
  }
  if (store !== undefined && (!isObject(store) || typeof (store as RateLimitStore).take !== 'function')) {
    fail('rateLimit.store', 'an object with a take(key, cost, limit, now) method', store);
  }
  return {
    burst: integer(burst, 'rateLimit.burst', 1, 1_000_000, DEFAULT_RATE_LIMIT.burst),
    perSecond: perSecond ?? DEFAULT_RATE_LIMIT.perSecond,
    store: store ?? memoryRateLimitStore(),
  };
}

function resolveBots(value: ProxyOptions['bots']): ResolvedOptions['bots'] {
  if (value === false) return false;
  if (value !== undefined && !isObject(value)) fail('bots', 'false or an object', value);
  const { blockHeadless = false, allow = [] } = value ?? {};
  if (typeof blockHeadless !== 'boolean') fail('bots.blockHeadless', 'a boolean', blockHeadless);
  if (!Array.isArray(allow) || allow.some((part) => typeof part !== 'string' || part.trim() === '')) {
    fail('bots.allow', 'a list of non-empty strings', allow);
  }
  return { blockHeadless, allow: [...allow] };
}

// Never echoes the value: it is a credential.
function resolveSecret(value: unknown, apiKey: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail('sharedSecret', 'a string', value);
  const problem =
    value.length < 16
      ? 'must be at least 16 characters'
      : /[\s\0]/.test(value)
        ? 'must not contain whitespace'
        : value === apiKey
          ? 'must not be the API key'
          : undefined;
  if (problem) throw new TypeError(`createProxy: options.sharedSecret ${problem}`);
  return value;
}

/**
 * Whether a URL's `hostname` is this machine: `localhost` and `*.localhost` (RFC 6761), 127.0.0.0/8
 * and `[::1]`. `URL` has already turned other spellings (`0x7f.1`, `2130706433`) into dotted quads.
 */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * Refuses an upstream URL that would expose the API key: one holding credentials
 * (`user:password@`, printed wherever the URL is), and plain http to a host that is not loopback
 * (the Bearer token would cross the network unencrypted) unless `allowInsecure`. Returns whether
 * the URL is such an allowed insecure one, for a warning at start. Messages never echo the URL.
 */
function checkUpstreamUrl(url: URL, allowInsecure: boolean): boolean {
  if (url.username || url.password) {
    throw new TypeError(
      'createProxy: options.apiUrl must not hold credentials (user:password@); the key goes in options.apiKey, sent as a Bearer token',
    );
  }
  const insecure = url.protocol === 'http:' && !isLoopbackHost(url.hostname);
  if (insecure && !allowInsecure) {
    throw new TypeError(
      'createProxy: options.apiUrl is plain http to a host that is not loopback, so the API key would cross the network unencrypted; use https, or opt in with options.allowInsecureUpstream = true',
    );
  }
  return insecure;
}

/**
 * Checks `createProxy` options once, at creation, so a misconfigured deployment fails at start
 * rather than on the first visitor. Messages name the option and never echo the API key.
 */
export function resolveOptions(options: ProxyOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) fail('', 'an object', options);
  const { apiKey, companyId } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') fail('apiKey', 'a non-empty string', apiKey);
  // A newline in the key would let it split the Authorization header.
  if (/[\s\0]/.test(apiKey)) throw new TypeError('createProxy: options.apiKey must not contain whitespace');
  if (typeof companyId !== 'string' || companyId.trim() === '') {
    fail('companyId', 'a non-empty string such as "biz_xxxxxxxxxxxxxx"', companyId);
  }
  const api = options.api ?? 'conversions';
  if (!(APIS as readonly unknown[]).includes(api)) fail('api', `"conversions" or "events"`, api);
  const apiUrl = options.apiUrl ?? DEFAULT_API_URLS[api];
  if (typeof apiUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(apiUrl))
    fail('apiUrl', 'an http(s) URL', apiUrl);
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    fail('apiUrl', 'an http(s) URL', apiUrl);
  }
  const allowInsecure = options.allowInsecureUpstream ?? false;
  if (typeof allowInsecure !== 'boolean') fail('allowInsecureUpstream', 'a boolean', allowInsecure);
  const insecureUpstream = checkUpstreamUrl(url, allowInsecure);
  const path = url.pathname;
  // The other API's path with this API's body would be refused upstream on every event.
  const other = api === 'events' ? 'conversions' : 'events';
  if (path.endsWith(API_PATHS[other]))
    throw new TypeError(
      `createProxy: options.apiUrl ends in ${API_PATHS[other]}, Whop's ${other} API, but options.api is "${api}"; set api: "${other}" or point apiUrl at ${API_PATHS[api]}`,
    );
  let allowedOrigins: string[] | '*' | undefined;
  const origins = options.allowedOrigins;
  if (origins === '*' || origins === undefined) allowedOrigins = origins;
  else if (Array.isArray(origins)) {
    allowedOrigins = origins.map((origin, i) => {
      if (typeof origin !== 'string')
        fail(`allowedOrigins[${i}]`, 'a string such as "https://example.com"', origin);
      let parsed: URL;
      try {
        parsed = new URL(origin);
      } catch {
        throw new TypeError(
          `createProxy: options.allowedOrigins[${i}] must be an origin such as "https://example.com"; got "${origin}"`,
        );
      }
      return parsed.origin.toLowerCase();
    });
  } else fail('allowedOrigins', 'a list of origins or "*"', origins);
  // Checks list entries too (`10.0.0.0/33` fails here, not on every request later).
  const trustProxy = checkTrustProxy(options.trustProxy, 'createProxy: options.trustProxy');
  // Wrapped, not referenced: Workers throw "Illegal invocation" when fetch is called with
  // another object as `this`.
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  if (typeof fetchImpl !== 'function') fail('fetch', 'a function', fetchImpl);
  const logger = options.logger;
  if (
    logger !== undefined &&
    logger !== false &&
    (typeof logger !== 'object' ||
      logger === null ||
      ['info', 'warn', 'error'].some(
        (m) => typeof (logger as unknown as Record<string, unknown>)[m] !== 'function',
      ))
  ) {
    fail('logger', 'an object with info, warn and error methods, or false', logger);
  }
  if (options.onForward !== undefined && typeof options.onForward !== 'function') {
    fail('onForward', 'a function', options.onForward);
  }
  const sharedSecret = resolveSecret(options.sharedSecret, apiKey);
  const redact = secretRedactor(apiKey, sharedSecret);
  const timeoutMs = integer(options.timeoutMs, 'timeoutMs', 1, 120_000, 3000);
  const maxRetryTimeMs = integer(options.maxRetryTimeMs, 'maxRetryTimeMs', 0, 600_000, 10_000);
  return {
    onForward: options.onForward,
    rateLimit: resolveRateLimit(options.rateLimit),
    bots: resolveBots(options.bots),
    sharedSecret,
    api,
    apiKey,
    companyId,
    apiUrl,
    allowedOrigins,
    trustProxy,
    maxBodyBytes: integer(options.maxBodyBytes, 'maxBodyBytes', 1024, 10 * 1024 * 1024, 64 * 1024),
    timeoutMs,
    retries: integer(options.retries, 'retries', 0, 10, 3),
    maxRetryTimeMs,
    // By default one event's whole retry budget plus the attempt that may start at its end.
    maxRequestTimeMs: integer(
      options.maxRequestTimeMs,
      'maxRequestTimeMs',
      1,
      720_000,
      maxRetryTimeMs + timeoutMs,
    ),
    maxConcurrentUpstream: integer(options.maxConcurrentUpstream, 'maxConcurrentUpstream', 1, 100_000, 64),
    insecureUpstream,
    redact,
    send: fetchSender(fetchImpl),
    ownFetch: options.fetch !== undefined,
    logger: logger === false ? silentLogger : (logger ?? consoleLogger(apiKey, sharedSecret)),
  };
}
