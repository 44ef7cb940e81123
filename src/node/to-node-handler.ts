import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { HOST } from '../proxy/addressed.js';
import { problem } from '../proxy/responses.js';
import type { ProxyHandler } from '../proxy/types.js';

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

/** The body as a Web stream, and whether its reader cancelled it before its end. */
interface BodyStream {
  stream: ReadableStream<Uint8Array>;
  cancelled(): boolean;
}

/** Bytes of a body read ahead of the handler: a small body is in memory whole, as it arrives. */
const READ_AHEAD_BYTES = 64 * 1024;

/**
 * `req`'s body as a Web stream. At most {@link READ_AHEAD_BYTES} are read ahead of the handler,
 * so a small body outlives a client that leaves while the handler waits (a slow upstream's
 * retry, say); past that, the socket is read only as the handler pulls, and its own limit decides
 * how much. Cancelling it stops reading, what is left of the body staying on the wire.
 */
function bodyStream(req: IncomingMessage): BodyStream {
  let cancelled = false;
  let done = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const fail = (error: Error) => {
          if (!done) controller.error(error);
          done = true;
        };
        req.on('data', (chunk: Buffer) => {
          if (done) return;
          controller.enqueue(new Uint8Array(chunk));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once('end', () => {
          if (!done) controller.close();
          done = true;
        });
        req.once('error', fail);
        // A client that disconnects mid-body may end the stream with neither 'end' nor 'error'.
        req.once('close', () => fail(new Error('request closed before its body ended')));
      },
      pull() {
        req.resume();
      },
      cancel() {
        cancelled = !done;
        done = true;
        req.pause();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: READ_AHEAD_BYTES }),
  );
  return { stream, cancelled: () => cancelled };
}

// What Express / Connect body parsers left in `req.body`, as bytes again.
function parsedBody(req: ParsedRequest): Buffer | undefined {
  if (req.body === undefined || !(req._body || req.readableEnded)) return undefined;
  const { body } = req;
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * `req` as a Web `Request`: the URL from the socket's scheme and the `Host` header (what the
 * client addressed this server as; the proxy weighs `X-Forwarded-*` itself), every header, and
 * the body: re-serialized when a body parser consumed it, else streamed.
 */
function toRequest(req: ParsedRequest, body: Uint8Array | ReadableStream<Uint8Array> | undefined): Request {
  const reparsed = body instanceof Uint8Array;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || BODY_HEADERS.has(name)) continue;
    if (reparsed && name === 'content-length') continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const host = HOST.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
  // Appended, not resolved: `new URL('//evil.com/whop', base)` would make evil.com the host, and
  // the same-origin check would then accept a post from evil.com.
  const path = req.originalUrl ?? req.url ?? '/';
  const url = new URL(`${protocol}://${host}${path.startsWith('/') ? path : `/${path}`}`);
  const method = req.method ?? 'GET';
  const init = { method, headers, body, duplex: 'half' };
  return new Request(url, init as RequestInit);
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
 * It only converts: the handler gets the request (URL from the socket's scheme and `Host`) and
 * the socket's remote address as `conn.peer`; which proxies in front to believe (`trustProxy`)
 * and how large a body may be (`maxBodyBytes`) are options of `createProxy`, decided there.
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
  return (req: ParsedRequest, res) => {
    (async () => {
      // The handler cannot be asked about a method it cannot be given; no Web handler serves it.
      if (UNREQUESTABLE_METHODS.has(req.method ?? '')) {
        return writeResponse(res, problem(405, 'method_not_allowed', `${req.method} is not served here`));
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const parsed = hasBody ? parsedBody(req) : undefined;
      // A body someone read without parsing it is gone: the handler gets an empty one.
      const streamed = hasBody && !parsed && !req.readableEnded ? bodyStream(req) : undefined;
      const body = parsed
        ? new Uint8Array(parsed)
        : hasBody
          ? (streamed?.stream ?? new Uint8Array())
          : undefined;
      const response = await handler(toRequest(req, body), { peer: req.socket.remoteAddress });
      if (streamed?.cancelled() || !req.complete) res.setHeader('connection', 'close');
      await writeResponse(res, response);
    })().catch(() => {
      if (res.headersSent) res.destroy();
      else writeResponse(res, problem(500, 'internal', 'internal error')).catch(() => res.destroy());
    });
  };
}
