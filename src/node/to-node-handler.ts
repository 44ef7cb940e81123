import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { HOST } from '../proxy/addressed.js';
import { coreOf } from '../proxy/core-entry.js';
import type { BodyReader, HeaderReader, RequestHead } from '../proxy/incoming.js';
import { type Answer, problem } from '../proxy/responses.js';
import type { ProxyHandler } from '../proxy/types.js';
import { bytesReader, nodeBodyReader, readerStream } from './body-reader.js';
import { poolSender } from './upstream-pool.js';

/** A `node:http` request listener; also an Express / Connect middleware (it always answers). */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

type ParsedRequest = IncomingMessage & { body?: unknown; _body?: boolean; originalUrl?: string };

// Hop-by-hop, or no longer true of the bytes the handler gets: Node has already de-chunked the
// body, and a parser has decoded it. A parsed body's length is recomputed by `Request`.
const BODY_HEADERS = new Set(['transfer-encoding', 'content-encoding']);
// Methods `new Request` refuses (fetch's forbidden methods); of them Node's parser passes TRACE on.
const UNREQUESTABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

// What Express / Connect body parsers left in `req.body`, as bytes again.
function parsedBody(req: ParsedRequest): Buffer | undefined {
  if (req.body === undefined || !(req._body || req.readableEnded)) return undefined;
  const { body } = req;
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * The request's headers as the proxy reads them: Node's parsed headers as they are (no `Headers`
 * built per request), less those no longer true of the body the handler gets. Node joins a
 * repeated header as `Headers` does (`Cookie` with `; `), and keeps the first of one that may
 * appear once (`Host`, `Content-Type`, `User-Agent`…).
 */
function headerReader(req: ParsedRequest, reparsed: boolean): HeaderReader {
  return {
    get(name) {
      const key = name.toLowerCase();
      if (BODY_HEADERS.has(key) || (reparsed && key === 'content-length')) return null;
      const value = req.headers[key];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/**
 * The request's head as the proxy reads it: the URL from the socket's scheme and the `Host`
 * header (what the client addressed this server as; the proxy weighs `X-Forwarded-*` itself) and
 * its headers ({@link headerReader}).
 */
function headOf(req: ParsedRequest, reparsed: boolean): RequestHead {
  const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const host = HOST.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
  // Appended, not resolved: `new URL('//evil.com/whop', base)` would make evil.com the host, and
  // the same-origin check would then accept a post from evil.com.
  const path = req.originalUrl ?? req.url ?? '/';
  const url = new URL(`${protocol}://${host}${path.startsWith('/') ? path : `/${path}`}`).href;
  return { method: req.method ?? 'GET', url, headers: headerReader(req, reparsed) };
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

/** `cookies` after those an Express/Connect middleware already set: writeHead would replace them. */
function withEarlierCookies(res: ServerResponse, cookies: string[]): string[] {
  const before = res.getHeader('set-cookie') ?? [];
  return [...(Array.isArray(before) ? before : [String(before)]), ...cookies];
}

/** Writes an answer the package built: its text whole, with its length, in one write. */
function writeAnswer(res: ServerResponse, answer: Answer): void {
  if (res.destroyed) return; // the client left while the handler ran
  const headers: Record<string, string | string[]> = {};
  for (const name in answer.headers) {
    if (name.toLowerCase() === 'set-cookie') {
      headers['set-cookie'] = withEarlierCookies(res, [answer.headers[name]]);
    } else headers[name] = answer.headers[name];
  }
  if (answer.text === null) {
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  headers['content-length'] = String(Buffer.byteLength(answer.text));
  res.writeHead(answer.status, headers);
  res.end(answer.text);
}

/** Writes a Web `Response` (from a handler `createProxy` did not make), streaming its body. */
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
  const cookies = withEarlierCookies(res, response.headers.getSetCookie());
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
 * It only converts: the handler gets the request (URL from the socket's scheme and `Host`) and
 * the socket's remote address as `conn.peer`; which proxies in front to believe (`trustProxy`)
 * and how large a body may be (`maxBodyBytes`) are options of `createProxy`, decided there.
 * A handler `createProxy` made is given the request without a `Request` or a Web stream being
 * built, and sends upstream through a keep-alive undici pool instead of `fetch` (unless its
 * options name a `fetch`): the same steps, at a fraction of the cost (see `core-entry.ts`).
 *
 * Mount it before any body parser: then the body is streamed to the handler, which reads only
 * what its limit allows. After `express.json()`/`express.text()` it still works, from the parsed
 * `req.body` (re-serialized). A body the handler did not read to its end (one refused as too
 * large) is still on the wire: the connection is closed after the answer rather than read on.
 * A throw in the handler is answered `500` without details.
 */
export function toNodeHandler(handler: ProxyHandler, ...options: never[]): NodeHandler {
  if (options.length) {
    throw new TypeError(
      'toNodeHandler takes no options: pass trustProxy and maxBodyBytes to createProxy, which decides both',
    );
  }
  const core = coreOf(handler);
  core?.sendUpstreamThrough(poolSender);
  return (req: ParsedRequest, res) => {
    (async () => {
      // The handler cannot be asked about a method it cannot be given; no Web handler serves it.
      if (UNREQUESTABLE_METHODS.has(req.method ?? '')) {
        return writeAnswer(res, problem(405, 'method_not_allowed', `${req.method} is not served here`));
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const parsed = hasBody ? parsedBody(req) : undefined;
      // A body someone read without parsing it is gone: the handler gets an empty one.
      const streamed = hasBody && !parsed && !req.readableEnded ? nodeBodyReader(req) : undefined;
      const reader = parsed ? bytesReader(parsed) : streamed;
      const head = headOf(req, parsed !== undefined);
      const conn = { peer: req.socket.remoteAddress };
      if (core) {
        const answer = await core.handle({ ...head, openBody: () => reader }, conn);
        if (streamed?.cancelled() || !req.complete) res.setHeader('connection', 'close');
        return writeAnswer(res, answer);
      }
      const response = await handler(toRequest(req, head, reader, hasBody), conn);
      if (streamed?.cancelled() || !req.complete) res.setHeader('connection', 'close');
      await writeResponse(res, response);
    })().catch(() => {
      if (res.headersSent) res.destroy();
      else {
        try {
          writeAnswer(res, problem(500, 'internal', 'internal error'));
        } catch {
          res.destroy();
        }
      }
    });
  };
}

/** A Web `Request` of the head and body, for a handler that `createProxy` did not make. */
function toRequest(
  req: ParsedRequest,
  head: RequestHead,
  reader: BodyReader | undefined,
  hasBody: boolean,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || head.headers.get(name) === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const body = reader ? readerStream(reader) : hasBody ? new Uint8Array() : undefined;
  const init = { method: head.method, headers, body, duplex: 'half' };
  return new Request(head.url, init as RequestInit);
}
