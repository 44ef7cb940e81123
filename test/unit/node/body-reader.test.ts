import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bytesReader, nodeBodyReader, readerStream } from '../../../src/node/body-reader.js';

/** A stand-in for a socket's request: a stream that `nodeBodyReader` reads as it reads `req`. */
const fakeRequest = () => new PassThrough() as PassThrough & IncomingMessage;
const text = (value: Uint8Array | undefined) => Buffer.from(value ?? []).toString();

describe('nodeBodyReader: a socket body, chunk by chunk, without a Web stream', () => {
  it('gives the chunks in order, then done', async () => {
    const req = fakeRequest();
    const reader = nodeBodyReader(req);
    req.write('one ');
    req.end('two');
    const parts: string[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      parts.push(text(chunk.value));
    expect(parts.join('')).toBe('one two');
    expect(reader.cancelled()).toBe(false);
  });

  it('waits for a chunk still on its way', async () => {
    const req = fakeRequest();
    const reader = nodeBodyReader(req);
    const pending = reader.read();
    req.write('late');
    expect(text((await pending).value)).toBe('late');
  });

  it('reads at most 64 KiB ahead of the handler, and on again as the handler reads', async () => {
    const req = fakeRequest();
    const reader = nodeBodyReader(req);
    req.write(Buffer.alloc(40 * 1024));
    req.write(Buffer.alloc(40 * 1024));
    await new Promise((resolve) => setImmediate(resolve));
    expect(req.isPaused()).toBe(true);
    await reader.read();
    expect(req.isPaused()).toBe(false);
  });

  it('fails a read when the request closes before its body ended', async () => {
    const req = fakeRequest();
    const reader = nodeBodyReader(req);
    req.write('part');
    req.destroy();
    const readToEnd = async () => {
      while (!(await reader.read()).done);
    };
    await expect(readToEnd()).rejects.toThrow(/closed before its body ended/);
  });

  it('stops reading when cancelled, and says it was', async () => {
    const req = fakeRequest();
    const reader = nodeBodyReader(req);
    req.write('unread');
    await reader.cancel();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    expect(reader.cancelled()).toBe(true);
    expect(req.isPaused()).toBe(true);
  });
});

describe('bytesReader and readerStream', () => {
  it('gives bytes in memory as one chunk, and an empty body as none', async () => {
    const reader = bytesReader(new TextEncoder().encode('parsed'));
    expect(text((await reader.read()).value)).toBe('parsed');
    expect((await reader.read()).done).toBe(true);
    expect((await bytesReader(new Uint8Array()).read()).done).toBe(true);
  });

  it('is a Web stream over a reader, for a handler that takes a Request', async () => {
    const req = fakeRequest();
    const stream = readerStream(nodeBodyReader(req));
    req.end('streamed');
    expect(await new Response(stream).text()).toBe('streamed');
  });
});
