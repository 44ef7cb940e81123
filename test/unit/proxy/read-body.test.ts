import { describe, expect, it } from 'vitest';
import { incomingOf } from '../../../src/proxy/incoming.js';
import { readBody } from '../../../src/proxy/read-body.js';

const encoder = new TextEncoder();

/** A request whose body arrives in `chunks`, recording whether its reader cancelled it. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}, fail?: Error) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled < chunks.length) controller.enqueue(chunks[state.pulled++]);
      else if (fail) controller.error(fail);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  const init = { method: 'POST', headers, body, duplex: 'half' };
  return { request: new Request('https://shop.example.com/whop', init as RequestInit), state };
}

describe('readBody: the one reader of maxBodyBytes', () => {
  it('reads the body as UTF-8 text, multi-byte characters split across chunks included', async () => {
    const bytes = encoder.encode('{"name":"Zoë 😀"}');
    const { request } = streamed([bytes.slice(0, 11), bytes.slice(11)]);
    expect(await readBody(incomingOf(request), 1024)).toEqual({ ok: true, text: '{"name":"Zoë 😀"}' });
  });

  it('reads a body of exactly the limit, and none as empty text', async () => {
    expect(
      await readBody(
        incomingOf(new Request('https://x.example/', { method: 'POST', body: 'x'.repeat(8) })),
        8,
      ),
    ).toEqual({
      ok: true,
      text: 'xxxxxxxx',
    });
    expect(await readBody(incomingOf(new Request('https://x.example/', { method: 'POST' })), 8)).toEqual({
      ok: true,
      text: '',
    });
  });

  it('refuses a declared Content-Length over the limit before reading, and cancels the body', async () => {
    const { request, state } = streamed([encoder.encode('x'.repeat(10))], { 'content-length': '2000' });
    expect(await readBody(incomingOf(request), 1024)).toEqual({
      ok: false,
      status: 413,
      code: 'too_large',
      message: 'the body must be at most 1024 bytes',
    });
    expect(state.pulled).toBe(0);
    expect(state.cancelled).toBe(true);
  });

  it('stops reading a stream that grows past the limit, and cancels the rest', async () => {
    const chunks = Array.from({ length: 100 }, () => new Uint8Array(512));
    const { request, state } = streamed(chunks);
    expect(await readBody(incomingOf(request), 1024)).toMatchObject({
      ok: false,
      status: 413,
      code: 'too_large',
    });
    expect(state.pulled).toBeLessThanOrEqual(4);
    expect(state.cancelled).toBe(true);
  });

  it('refuses invalid UTF-8 rather than replacing it', async () => {
    const { request } = streamed([new Uint8Array([0x7b, 0xff, 0x7d])]);
    expect(await readBody(incomingOf(request), 1024)).toEqual({
      ok: false,
      status: 400,
      code: 'invalid_encoding',
      message: 'the body must be UTF-8 text',
    });
  });

  it('decodes each body afresh: a refused one leaves nothing behind for the next', async () => {
    const bad = streamed([new Uint8Array([0x7b, 0xe2, 0x82])]); // a cut-off multi-byte character
    expect(await readBody(incomingOf(bad.request), 1024)).toMatchObject({ code: 'invalid_encoding' });
    const good = streamed([new TextEncoder().encode('{"v":"€"}')]);
    expect(await readBody(incomingOf(good.request), 1024)).toEqual({ ok: true, text: '{"v":"€"}' });
  });

  it('answers a body that breaks off (its client gone) 400, not an internal error', async () => {
    const { request } = streamed(
      [encoder.encode('{"event')],
      {},
      new Error('request closed before its body ended'),
    );
    expect(await readBody(incomingOf(request), 1024)).toEqual({
      ok: false,
      status: 400,
      code: 'incomplete_body',
      message: 'the body ended before it was complete',
    });
  });
});
