import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { createProxy } from '../proxy/create-proxy.js';
import type { ProxyHandler, ProxyOptions, TrustProxy } from '../proxy/types.js';
import { proxyMetrics } from './metrics.js';
import { serve } from './serve.js';
import { toNodeHandler } from './to-node-handler.js';

/** Options of {@link startProxyServer}: the proxy's options plus where to listen. */
export interface ProxyServerOptions extends ProxyOptions {
  /** TCP port; `0` picks a free one. Default 8787. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (the CLI listens on `0.0.0.0`). */
  host?: string;
  /** Path of the conversions endpoint, matched exactly (any query string allowed). Default `/whop`. */
  path?: string;
  /** Proxies in front whose headers are believed, checked against the socket's peer (see {@link TrustProxy}). Default `false`. */
  trustProxy?: TrustProxy;
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A scrape: the registry in Prometheus' text format, never cached. */
function sendMetrics(req: IncomingMessage, res: ServerResponse, registry: Registry): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendJson(res, 405, { error: { code: 'method_not_allowed', message: 'use GET', path: '' } });
    return;
  }
  registry.metrics().then(
    (text) => {
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : text);
    },
    () => sendJson(res, 500, { error: { code: 'internal', message: 'internal error', path: '' } }),
  );
}

/**
 * Starts the standalone first-party proxy: `path` and `/healthz` → the proxy (which answers
 * `GET /healthz` with `{"ok":true}`), `GET /metrics` → Prometheus metrics, anything else → 404.
 * This is what `whop-pixel proxy` runs.
 */
export async function startProxyServer(options: ProxyServerOptions): Promise<ProxyServer> {
  const {
    port = 8787,
    host,
    path = '/whop',
    trustProxy,
    handler,
    headersTimeoutMs,
    requestTimeoutMs,
    metrics = true,
    ...proxyOptions
  } = options;
  if (!path.startsWith('/')) throw new Error(`startProxyServer: path must start with "/"; got "${path}"`);
  // Metrics are drawn from what createProxy reports (its log entries and onForward records).
  const observed = metrics ? proxyMetrics() : undefined;
  // The socket is known here, so the adapter resolves the client address; the core gets no
  // header rules of its own and cannot second-guess it.
  const proxy =
    handler ?? createProxy({ ...(observed?.observe(proxyOptions) ?? proxyOptions), trustProxy: false });
  const node = toNodeHandler(proxy, { trustProxy, maxBodyBytes: proxyOptions.maxBodyBytes });
  const served = await serve(
    (req, res) => {
      const pathname = (req.url ?? '/').split('?')[0];
      if (pathname === path || pathname === '/healthz') node(req, res);
      else if (pathname === '/metrics' && observed) sendMetrics(req, res, observed.registry);
      else
        sendJson(res, 404, { error: { code: 'not_found', message: `no route; post to ${path}`, path: '' } });
    },
    { port, host, headersTimeoutMs, requestTimeoutMs },
  );
  return { url: served.origin + path, server: served.server, close: served.close };
}
