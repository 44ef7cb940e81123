import type { Server, ServerResponse } from 'node:http';
import { createProxy } from '../proxy/create-proxy.js';
import type { ProxyHandler, ProxyOptions, TrustProxy } from '../proxy/types.js';
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
  /** Proxies in front whose `X-Forwarded-*` headers are believed; resolved here from the socket. Default `false`. */
  trustProxy?: TrustProxy;
  /** Serve this handler instead of `createProxy(options)` (tests, custom wrappers). */
  handler?: ProxyHandler;
  /** How long a client may take to send the request headers, in ms. Default 10000. */
  headersTimeoutMs?: number;
  /** How long a client may take to send the whole request, in ms. Default 15000. */
  requestTimeoutMs?: number;
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

/**
 * Starts the standalone first-party proxy: `path` → the proxy, `GET /healthz` → `{"ok":true}`,
 * anything else → 404. This is what `whop-pixel proxy` runs.
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
    ...proxyOptions
  } = options;
  if (!path.startsWith('/')) throw new Error(`startProxyServer: path must start with "/"; got "${path}"`);
  // The socket is known here, so the adapter resolves the client address; the core gets no
  // header rules of its own and cannot second-guess it.
  const proxy = handler ?? createProxy({ ...proxyOptions, trustProxy: false });
  const node = toNodeHandler(proxy, { trustProxy, maxBodyBytes: proxyOptions.maxBodyBytes });
  const served = await serve(
    (req, res) => {
      const pathname = (req.url ?? '/').split('?')[0];
      if (pathname === path) node(req, res);
      else if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
        sendJson(res, 200, { ok: true });
      } else
        sendJson(res, 404, { error: { code: 'not_found', message: `no route; post to ${path}`, path: '' } });
    },
    { port, host, headersTimeoutMs, requestTimeoutMs },
  );
  return { url: served.origin + path, server: served.server, close: served.close };
}
