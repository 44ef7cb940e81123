import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { checkTrustProxy, resolveClientAddress, trustsPeer } from '../proxy/client-address.js';
import type { ProxyHandler, TrustProxy } from '../proxy/types.js';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Which proxies in front may be believed about the client address and protocol. Default `false`. See {@link TrustProxy}. */
  trustProxy?: TrustProxy;
  /** Largest request body read, in bytes; larger ones get `413` without being buffered. Default 65536. */
  maxBodyBytes?: number;
}

/** A `node:http` request listener; also an Express / Connect middleware (it always answers). */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

type ParsedRequest = IncomingMessage & { body?: unknown; _body?: boolean; originalUrl?: string };

const HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;
// Recomputed by `Request` from the buffered body, or no longer true once a body parser decoded it.
const BODY_HEADERS = new Set(['content-length', 'transfer-encoding', 'content-encoding']);
// Methods `new Request` refuses (fetch's forbidden methods); of them Node's parser passes TRACE on.
const UNREQUESTABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function send(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message, path: '' } });
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  };
  // After a refused body the rest of it is still on the wire: close rather than read it.
  if (status === 413) headers.connection = 'close';
  res.writeHead(status, headers);
  res.end(body);
}

/** Reads at most `max` bytes; resolves undefined (and stops reading) as soon as the body is larger. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData).pause();
        resolve(undefined);
      } else chunks.push(chunk);
    };
    req
      .on('data', onData)
      .once('end', () => resolve(Buffer.concat(chunks)))
      .once('error', reject)
      // A client that disconnects mid-body may end the stream with neither 'end' nor 'error'.
      .once('close', () => reject(new Error('request closed before its body ended')));
  });
}

// What Express / Connect body parsers left in `req.body`, as bytes again.
function parsedBody(req: ParsedRequest): Buffer | undefined {
  if (req.body === undefined || !(req._body || req.readableEnded)) return undefined;
  const { body } = req;
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
}

function toRequest(req: ParsedRequest, body: Buffer | undefined, trusted: boolean): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || BODY_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const forwardedProto = trusted ? req.headers['x-forwarded-proto'] : undefined;
  const proto = String(forwardedProto ?? '')
    .split(',')[0]
    .trim()
    .toLowerCase();
  const protocol =
    proto === 'https' || proto === 'http' ? proto : (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const forwardedHost = trusted
    ? String(req.headers['x-forwarded-host'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  const host = [forwardedHost, req.headers.host ?? ''].find((h) => HOST.test(h)) ?? 'localhost';
  // Appended, not resolved: `new URL('//evil.com/whop', base)` would make evil.com the host, and
  // the same-origin check would then accept a post from evil.com.
  const path = req.originalUrl ?? req.url ?? '/';
  const url = new URL(`${protocol}://${host}${path.startsWith('/') ? path : `/${path}`}`);
  const method = req.method ?? 'GET';
  const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
  return new Request(url, { method, headers, body: hasBody ? new Uint8Array(body) : undefined });
}

/** Resolves when `res` can take more data, or is gone. */
function writable(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    // `Response.error()` is a network error: the closest Node has is dropping the connection.
    res.socket?.destroy();
    return;
  }
  if (res.destroyed) return response.body?.cancel(); // the client left while the handler ran
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  // Cookies an Express/Connect middleware already set are kept: writeHead would replace them.
  const before = res.getHeader('set-cookie') ?? [];
  const cookies = [
    ...(Array.isArray(before) ? before : [String(before)]),
    ...response.headers.getSetCookie(),
  ];
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    if (res.destroyed) return reader?.cancel();
    if (!res.write(chunk.value)) await writable(res);
  }
  res.end();
}

/**
 * Adapts a Web handler (`createProxy(...)`) to `node:http`, Express and Connect:
 * `http.createServer(toNodeHandler(handler))` or `app.post('/whop', toNodeHandler(handler))`.
 * The client address comes from the socket, and from the header the proxies in front write
 * (`X-Forwarded-For` by default) only when the socket's peer is one `trustProxy` trusts, and
 * only as far as it allows; it reaches the handler as `conn.clientAddress`. `X-Forwarded-Proto`
 * and `-Host` are believed from such a peer only.
 *
 * Mount it before any body parser: then the body is streamed here under `maxBodyBytes`. After
 * `express.json()`/`express.text()` it still works, from the parsed `req.body` (re-serialized).
 * A throw in the handler is answered `500` without details.
 */
export function toNodeHandler(handler: ProxyHandler, options: NodeHandlerOptions = {}): NodeHandler {
  const trustProxy = checkTrustProxy(options.trustProxy, 'toNodeHandler: options.trustProxy');
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new TypeError('toNodeHandler: options.maxBodyBytes must be a whole number of bytes');
  }
  const tooLarge = `the body must be at most ${maxBodyBytes} bytes`;

  return (req: ParsedRequest, res) => {
    (async () => {
      // The handler cannot be asked about a method it cannot be given; no Web handler serves it.
      if (UNREQUESTABLE_METHODS.has(req.method ?? '')) {
        return send(res, 405, 'method_not_allowed', `${req.method} is not served here`);
      }
      if (Number(req.headers['content-length']) > maxBodyBytes) return send(res, 413, 'too_large', tooLarge);
      const body =
        parsedBody(req) ?? (req.readableEnded ? Buffer.alloc(0) : await readBody(req, maxBodyBytes));
      if (body === undefined || body.length > maxBodyBytes) return send(res, 413, 'too_large', tooLarge);
      const peer = req.socket.remoteAddress;
      const request = toRequest(req, body, trustsPeer(peer, trustProxy));
      // No peer here means a socket already gone, not a platform front end: believe no header.
      const clientAddress =
        peer === undefined ? undefined : resolveClientAddress({ peer, headers: request.headers, trustProxy });
      await writeResponse(res, await handler(request, { clientAddress }));
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'internal', 'internal error');
      else res.destroy();
    });
  };
}
