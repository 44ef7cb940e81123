import type { Incoming } from './incoming.js';

// Fatal: invalid UTF-8 throws instead of becoming U+FFFD. One decoder serves every request: a
// decode without `stream` starts afresh.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** `chunks` in one array of `size` bytes. */
function joined(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** What reading a request body can end in. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; status: 413 | 400; code: string; message: string };

/**
 * The read step, the one reader of `maxBodyBytes` whatever the adapter: reads the body as UTF-8
 * text, refusing more than `maxBytes` without buffering the rest. A declared Content-Length over
 * the limit is refused before reading, and a stream that grows past it is cancelled (either way
 * the body is cancelled, which tells an adapter to close the connection rather than read on).
 * Invalid UTF-8 is refused rather than silently replaced, and so is a body that breaks off (its
 * client gone, or cut off by a server timeout).
 */
export async function readBody(
  request: Pick<Incoming, 'headers' | 'openBody'>,
  maxBytes: number,
): Promise<BodyResult> {
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'too_large',
    message: `the body must be at most ${maxBytes} bytes`,
  } as const;
  const reader = request.openBody();
  if (!reader) return { ok: true, text: '' };
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) {
    await reader.cancel().catch(() => {});
    return tooLarge;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return {
        ok: false,
        status: 400,
        code: 'incomplete_body',
        message: 'the body ended before it was complete',
      };
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return tooLarge;
    }
    chunks.push(value);
  }
  // One chunk, the usual body: decoded where it is.
  const bytes = chunks.length === 1 ? chunks[0] : joined(chunks, size);
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, status: 400, code: 'invalid_encoding', message: 'the body must be UTF-8 text' };
  }
}
