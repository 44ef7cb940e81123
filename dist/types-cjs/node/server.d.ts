import type { Server } from 'node:http';
import type { ProxyHandler, ProxyOptions } from '../proxy/types.js';
/** Options of {@link startProxyServer}: the proxy's options plus where to listen. */
export interface ProxyServerOptions extends ProxyOptions {
    /** TCP port; `0` picks a free one. Default 8787. */
    port?: number;
    /** Interface to listen on. Default `127.0.0.1` (the CLI listens on `0.0.0.0`). */
    host?: string;
    /** Path of the conversions endpoint, matched exactly (any query string allowed). Default `/whop`. */
    path?: string;
    /** Serve this handler instead of `createProxy(options)` (tests, custom wrappers). */
    handler?: ProxyHandler;
    /** How long a client may take to send the request headers, in ms. Default 10000. */
    headersTimeoutMs?: number;
    /** How long a client may take to send the whole request, in ms. Default 15000. */
    requestTimeoutMs?: number;
    /**
     * Serve `GET /metrics` in Prometheus' text format: events forwarded by outcome, requests refused
     * and dropped by reason, rate-limited requests, upstream latency (README, "Metrics"), drawn from
     * the proxy's log entries and `onForward` records. Unauthenticated, like `/healthz`: expose only
     * the proxy's path to the internet. Default `true`.
     */
    metrics?: boolean;
}
/** A running proxy server. */
export interface ProxyServer {
    /** The endpoint's URL, e.g. `http://127.0.0.1:8787/whop`. */
    url: string;
    server: Server;
    /** Stops accepting, lets in-flight requests finish (at most 10 s), then resolves. */
    close(): Promise<void>;
}
/**
 * Starts the standalone first-party proxy: `path` and `/healthz` → the proxy (which answers
 * `GET /healthz` with `{"ok":true}`), `GET /metrics` → Prometheus metrics, anything else → 404,
 * as the Worker answers them (see `atPath`). This is what `whop-pixel proxy` runs. The proxy
 * options (`trustProxy`, `maxBodyBytes`…) go to `createProxy`, which decides with the socket's
 * address that `toNodeHandler` passes on.
 */
export declare function startProxyServer(options: ProxyServerOptions): Promise<ProxyServer>;
