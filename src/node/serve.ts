import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Options of {@link serve}. */
export interface ServeOptions {
  /** TCP port; `0` picks a free one. Default 0. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** How long `close()` lets in-flight requests run before cutting them, in ms. Default 10000. */
  closeTimeoutMs?: number;
  /** How long a client may take to send the request headers before it gets `408` and is cut off, in ms. Default 10000. */
  headersTimeoutMs?: number;
  /** How long a client may take to send the whole request, body included, in ms. Default 15000. */
  requestTimeoutMs?: number;
}

/** A listening server. */
export interface Served {
  /** `http://host:port`, with the port actually bound. */
  origin: string;
  server: Server;
  /**
   * Graceful stop: no new connections, idle keep-alive connections closed, in-flight requests
   * answered (with `Connection: close`), then everything left is cut after `closeTimeoutMs`.
   */
  close(): Promise<void>;
}

function timeout(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`serve: ${name} must be a positive integer`);
  return value;
}

/**
 * Serves a `node:http` listener with timeouts fit for the open internet: 10 s to send headers,
 * 15 s for the whole request, 5 s keep-alive. A client trickling bytes (a byte a second) is cut
 * off at those limits; waiting on it never blocks the event loop, so others are served meanwhile.
 */
export async function serve(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  options: ServeOptions = {},
): Promise<Served> {
  const host = options.host ?? '127.0.0.1';
  const headersTimeout = timeout(options.headersTimeoutMs, 'headersTimeoutMs', 10_000);
  const requestTimeout = timeout(options.requestTimeoutMs, 'requestTimeoutMs', 15_000);
  if (headersTimeout > requestTimeout)
    throw new TypeError('serve: headersTimeoutMs must not exceed requestTimeoutMs');
  let closing: Promise<void> | undefined;
  const open = new Set<ServerResponse>();
  // Node checks both timeouts only this often (30 s by default), which would let a slow client
  // hold its connection up to 30 s past them.
  const connectionsCheckingInterval = Math.min(1000, Math.ceil(headersTimeout / 4));
  const server = createServer({ connectionsCheckingInterval }, (req, res) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    res.once('finish', () => closing && server.closeIdleConnections());
    // During shutdown every answer ends its connection, so nothing lingers in keep-alive.
    if (closing) res.setHeader('connection', 'close');
    listener(req, res);
  });
  server.headersTimeout = headersTimeout;
  server.requestTimeout = requestTimeout;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      const deadline = setTimeout(() => server.closeAllConnections(), options.closeTimeoutMs ?? 10_000);
      deadline.unref();
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
      for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
    });
    return closing;
  }
  return { origin, server, close };
}
