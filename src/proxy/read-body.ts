/** What reading a request body can end in. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; status: 413 | 400; code: string; message: string };

/**
 * Reads the body as UTF-8 text, refusing more than `maxBytes` without buffering the rest:
 * a declared Content-Length over the limit is refused before reading, and a stream that
 * grows past it is cancelled. Invalid UTF-8 is refused rather than silently replaced.
 */
export async function readBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'too_large',
    message: `the body must be at most ${maxBytes} bytes`,
  } as const;
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return tooLarge;
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, code: 'invalid_encoding', message: 'the body must be UTF-8 text' };
  }
}
