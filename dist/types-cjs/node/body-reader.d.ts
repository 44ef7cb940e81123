import type { IncomingMessage } from 'node:http';
import type { BodyReader } from '../proxy/incoming.js';
/** A reader of a socket's request body, which also tells whether it was cancelled before the end. */
export interface NodeBodyReader extends BodyReader {
    cancelled(): boolean;
}
/**
 * `req`'s body, chunk by chunk, as the proxy's read step takes it, without a Web stream (in Node
 * 20 each one costs more than the rest of a one-event request's reading). At most
 * {@link READ_AHEAD_BYTES} are read ahead of the handler, so a small body outlives a client that
 * leaves while the handler waits (a slow upstream's retry, say); past that, the socket is read
 * only as the handler asks, and its own limit decides how much. Cancelling stops reading, what is
 * left of the body staying on the wire.
 */
export declare function nodeBodyReader(req: IncomingMessage): NodeBodyReader;
/** A reader of a body already in memory (one a body parser left), in one chunk. */
export declare function bytesReader(bytes: Uint8Array): BodyReader;
/** A Web stream over `reader`, for a handler that takes a `Request`. */
export declare function readerStream(reader: BodyReader): ReadableStream<Uint8Array>;
