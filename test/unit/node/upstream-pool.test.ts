import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { poolSender } from '../../../src/node/upstream-pool.js';
import { fetchSender, type UpstreamCall } from '../../../src/proxy/upstream.js';

/** As `createProxy` on Node makes it: the pool, falling back on its sender over the global `fetch`. */
const throughFetch = fetchSender((input, init) => fetch(input, init));
const sendThroughPool = poolSender(throughFetch);

let server: Server | undefined;
afterEach(async () => {
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise((resolve) => open.close(resolve));
});

interface Received {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: unknown;
}

/** A local upstream that records each call and answers what `reply` says. */
async function upstream(
  reply: (req: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string },
) {
  const received: Received[] = [];
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push({ method: req.method, url: req.url, headers: req.headers, body, socket: req.socket });
    const answer = reply(req);
    if (answer.status === 0) return; // never answers
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { received, url: `http://127.0.0.1:${port}/api/v1/conversions?x=1` };
}

const init = (timeoutMs = 5000): UpstreamCall => ({
  headers: {
    Authorization: 'Bearer sk_pool_test',
    'Content-Type': 'application/json',
    'Idempotency-Key': 'evt_1',
  },
  body: '{"event_name":"lead"}',
  timeoutMs,
});

describe('sendThroughPool: upstream calls through a keep-alive undici pool (dispatch)', () => {
  it('sends the method, path, headers and body, and reads the status, Retry-After and text', async () => {
    let calls = 0;
    const { received, url } = await upstream(() =>
      calls++ === 0
        ? { status: 429, headers: { 'retry-after': '7' }, body: '{"error":"slow down"}' }
        : { status: 200, body: '{"id":"conv_1"}' },
    );
    expect(await sendThroughPool(url, init())).toEqual({
      status: 429,
      retryAfter: '7',
      text: '{"error":"slow down"}',
    });
    expect(await sendThroughPool(url, init())).toEqual({
      status: 200,
      retryAfter: null,
      text: '{"id":"conv_1"}',
    });
    expect(received[0]).toMatchObject({
      method: 'POST',
      url: '/api/v1/conversions?x=1',
      body: '{"event_name":"lead"}',
    });
    expect(received[0].headers).toMatchObject({
      authorization: 'Bearer sk_pool_test',
      'idempotency-key': 'evt_1',
    });
  });

  it('keeps connections for the calls after (one per call in flight, not one per call)', async () => {
    const { received, url } = await upstream(() => ({ status: 200, body: '{"id":"conv_1"}' }));
    for (let i = 0; i < 6; i++) expect((await sendThroughPool(url, init())).text).toBe('{"id":"conv_1"}');
    expect(received).toHaveLength(6);
    // undici may open a second socket while the first is being handed back; never one per call.
    expect(new Set(received.map((r) => r.socket)).size).toBeLessThanOrEqual(2);
  });

  it('answers a redirect rather than following it with the Bearer token', async () => {
    const { received, url } = await upstream(() => ({
      status: 307,
      headers: { location: 'http://127.0.0.1:9/steal' },
    }));
    expect((await sendThroughPool(url, init())).status).toBe(307);
    expect(received).toHaveLength(1);
  });

  it('reads the answer as fetch does: a byte order mark dropped, so the id is still read', async () => {
    const { url } = await upstream(() => ({ status: 200 }));
    server?.removeAllListeners('request');
    server?.on('request', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"conv_1"}')]));
    });
    expect((await sendThroughPool(url, init())).text).toBe('{"id":"conv_1"}');
  });

  it('gives up when the time runs out, with a TimeoutError', async () => {
    const { url } = await upstream(() => ({ status: 0 }));
    await expect(sendThroughPool(url, init(30))).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'timeout after 30 ms',
    });
  });

  it('bounds the answer too: a server that stalls after its headers times out', async () => {
    const { url } = await upstream(() => ({ status: 200 }));
    server?.removeAllListeners('request');
    server?.on('request', (_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"id":'); // and never the rest
    });
    await expect(sendThroughPool(url, init(50))).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('reports a network error as a rejection other than a timeout', async () => {
    const { url } = await upstream(() => ({ status: 200 }));
    const port = new URL(url).port;
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    const call = sendThroughPool(`http://127.0.0.1:${port}/refused`, init());
    await expect(call).rejects.toThrow();
    await expect(call).rejects.not.toMatchObject({ name: 'TimeoutError' });
  });
});

describe('sendThroughPool: a process that routes HTTP its own way keeps it', () => {
  const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
  const slot = globalThis as unknown as Record<symbol, unknown>;

  it('goes through fetch when a dispatcher other than the default Agent is installed (an egress proxy)', async () => {
    const before = slot[GLOBAL_DISPATCHER];
    class ProxyAgent {}
    slot[GLOBAL_DISPATCHER] = new ProxyAgent();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('{"id":"conv_via_fetch"}', { status: 200 });
    });
    try {
      const reply = await sendThroughPool('http://127.0.0.1:9/api/v1/conversions', init());
      expect(reply).toEqual({ status: 200, text: '{"id":"conv_via_fetch"}', retryAfter: null });
      expect(fetched).toEqual(['http://127.0.0.1:9/api/v1/conversions']);
    } finally {
      slot[GLOBAL_DISPATCHER] = before;
      vi.unstubAllGlobals();
    }
  });

  it('goes through fetch when NODE_USE_ENV_PROXY was set at startup', async () => {
    vi.stubEnv('NODE_USE_ENV_PROXY', '1');
    vi.resetModules();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('{"id":"conv_env"}', { status: 200 });
    });
    try {
      const fresh = await import('../../../src/node/upstream-pool.js');
      const reply = await fresh.poolSender(throughFetch)('http://127.0.0.1:9/api/v1/conversions', init());
      expect(reply.text).toBe('{"id":"conv_env"}');
      expect(fetched).toEqual(['http://127.0.0.1:9/api/v1/conversions']);
    } finally {
      vi.unstubAllEnvs();
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
