import type { Server } from 'node:http';
import { atPath } from '../proxy/at-path.js';
import { createProxy } from '../proxy/create-proxy.js';
import type { ProxyHandler, ProxyOptions } from '../proxy/types.js';
import { answerMetrics, proxyMetrics } from './metrics.js';
import { serve } from './serve.js';
import { type NodeHandler, toNodeHandler } from './to-node-handler.js';

/** The path of a request target (`/metrics?x` → `/metrics`). */
const pathOf = (target = '/') => target.split('?')[0];

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
export async function startProxyServer(options: ProxyServerOptions): Promise<ProxyServer> {
  const {
    port = 8787,
    host,
    path = '/whop',
    handler,
    headersTimeoutMs,
    requestTimeoutMs,
    metrics = true,
    ...proxyOptions
  } = options;
  if (!path.startsWith('/')) throw new Error(`startProxyServer: path must start with "/"; got "${path}"`);
  // Metrics are drawn from what createProxy reports (its log entries and onForward records).
  const observed = metrics ? proxyMetrics() : undefined;
  const proxy = atPath(path, handler ?? createProxy(observed?.observe(proxyOptions) ?? proxyOptions));
  const proxyListener = toNodeHandler(proxy);
  const metricsListener =
    observed && toNodeHandler(async (request) => answerMetrics(request, observed.registry));
  const listener: NodeHandler = (req, res) =>
    metricsListener && pathOf(req.url) === '/metrics' ? metricsListener(req, res) : proxyListener(req, res);
  const served = await serve(listener, { port, host, headersTimeoutMs, requestTimeoutMs });
  return { url: served.origin + path, server: served.server, close: served.close };
}
