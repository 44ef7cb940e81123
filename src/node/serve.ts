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

/**
 * Serves a `node:http` listener with timeouts fit for the open internet: 10 s to send headers,
 * 15 s for the whole request, 5 s keep-alive.
 */
export async function serve(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  options: ServeOptions = {},
): Promise<Served> {
  const host = options.host ?? '127.0.0.1';
  let closing: Promise<void> | undefined;
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    res.once('finish', () => closing && server.closeIdleConnections());
    // During shutdown every answer ends its connection, so nothing lingers in keep-alive.
    if (closing) res.setHeader('connection', 'close');
    listener(req, res);
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
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
