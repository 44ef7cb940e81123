import { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
/**
 * Serves a `node:http` listener with timeouts fit for the open internet: 10 s to send headers,
 * 15 s for the whole request, 5 s keep-alive. A client trickling bytes (a byte a second) is cut
 * off at those limits; waiting on it never blocks the event loop, so others are served meanwhile.
 */
export declare function serve(listener: (req: IncomingMessage, res: ServerResponse) => void, options?: ServeOptions): Promise<Served>;
