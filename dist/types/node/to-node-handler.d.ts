import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyHandler } from '../proxy/types.js';
/** A `node:http` request listener; also an Express / Connect middleware (it always answers). */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;
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
export declare function toNodeHandler(handler: ProxyHandler, ...options: never[]): NodeHandler;
