import type { Api } from '../schema/types.js';
import { type TrustProxy } from './client-address.js';
import { type Logger } from './logger.js';
import { type BucketLimit, type RateLimitStore } from './rate-limit.js';
import { type Redact } from './redact.js';
import type { ProxyOptions } from './types.js';
import { type UpstreamSend } from './upstream.js';
/** Whop's production endpoint of each API. */
export declare const DEFAULT_API_URLS: Record<Api, string>;
/** Whop's production endpoint of the default API, `/conversions`. */
export declare const DEFAULT_API_URL: string;
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
    rateLimit: false | (BucketLimit & {
        store: RateLimitStore;
    });
    bots: false | {
        blockHeadless: boolean;
        allow: string[];
    };
    sharedSecret?: string;
}
/** Documented in {@link RateLimitOptions}. */
export declare const DEFAULT_RATE_LIMIT: BucketLimit;
/**
 * Checks `createProxy` options once, at creation, so a misconfigured deployment fails at start
 * rather than on the first visitor. Messages name the option and never echo the API key.
 */
export declare function resolveOptions(options: ProxyOptions): ResolvedOptions;
