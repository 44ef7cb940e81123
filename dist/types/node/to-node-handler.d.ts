import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyHandler, TrustProxy } from '../proxy/types.js';
/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
    /** Which proxies in front may be believed about the client address and protocol. Default `false`. See {@link TrustProxy}. */
    trustProxy?: TrustProxy;
    /** Largest request body read, in bytes; larger ones get `413` without being buffered. Default 65536. */
    maxBodyBytes?: number;
}
/** A `node:http` request listener; also an Express / Connect middleware (it always answers). */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;
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
export declare function toNodeHandler(handler: ProxyHandler, options?: NodeHandlerOptions): NodeHandler;
