import type { IncomingMessage } from 'node:http';
import type { BodyReader } from '../proxy/incoming.js';

/** Bytes of a body read ahead of the handler: a small body is in memory whole, as it arrives. */
const READ_AHEAD_BYTES = 64 * 1024;

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
export function nodeBodyReader(req: IncomingMessage): NodeBodyReader {
  const chunks: Buffer[] = [];
  let queued = 0;
  let ended = false;
  let cancelled = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const woken = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  req.on('data', (chunk: Buffer) => {
    if (cancelled) return;
    chunks.push(chunk);
    queued += chunk.byteLength;
    if (queued >= READ_AHEAD_BYTES) req.pause();
    woken();
  });
  req.once('end', () => {
    ended = true;
    woken();
  });
  req.once('error', (error) => {
    failure ??= error;
    woken();
  });
  // A client that disconnects mid-body may end the stream with neither 'end' nor 'error'.
  req.once('close', () => {
    if (!ended) failure ??= new Error('request closed before its body ended');
    woken();
  });
  return {
    async read() {
      while (!chunks.length && !ended && !failure && !cancelled) {
        req.resume();
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      if (failure) throw failure;
      const value = chunks.shift();
      if (!value) return { done: true, value: undefined };
      queued -= value.byteLength;
      if (queued < READ_AHEAD_BYTES) req.resume();
      return { done: false, value };
    },
    async cancel() {
      cancelled = !ended;
      chunks.length = 0;
      req.pause();
      woken();
    },
    cancelled: () => cancelled,
  };
}

/** A reader of a body already in memory (one a body parser left), in one chunk. */
export function bytesReader(bytes: Uint8Array): BodyReader {
  let read = false;
  return {
    async read() {
      if (read || !bytes.byteLength) return { done: true, value: undefined };
      read = true;
      return { done: false, value: bytes };
    },
    async cancel() {
      read = true;
    },
  };
}

/** A Web stream over `reader`, for a handler that takes a `Request`. */
export function readerStream(reader: BodyReader): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: () => reader.cancel(),
    },
    { highWaterMark: 0 },
  );
}
