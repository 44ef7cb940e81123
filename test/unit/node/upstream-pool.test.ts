import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendThroughPool } from '../../../src/node/upstream-pool.js';
import type { UpstreamInit } from '../../../src/proxy/upstream.js';

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

const init = (signal = new AbortController().signal): UpstreamInit => ({
  method: 'POST',
  headers: {
    Authorization: 'Bearer sk_pool_test',
    'Content-Type': 'application/json',
    'Idempotency-Key': 'evt_1',
  },
  body: '{"event_name":"lead"}',
  redirect: 'manual',
  signal,
});

describe('sendThroughPool: upstream calls through a keep-alive undici pool', () => {
  it('sends the method, path, headers and body, and reads the status, headers and text', async () => {
    const { received, url } = await upstream(() => ({
      status: 429,
      headers: { 'retry-after': '7' },
      body: '{"error":"slow down"}',
    }));
    const reply = await sendThroughPool(url, init());
    expect(reply.status).toBe(429);
    expect(reply.headers.get('Retry-After')).toBe('7');
    expect(reply.headers.get('x-absent')).toBeNull();
    expect(await reply.text()).toBe('{"error":"slow down"}');
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
    for (let i = 0; i < 6; i++) await (await sendThroughPool(url, init())).text();
    expect(received).toHaveLength(6);
    // undici may open a second socket while the first is being handed back; never one per call.
    expect(new Set(received.map((r) => r.socket)).size).toBeLessThanOrEqual(2);
  });

  it('answers a redirect rather than following it with the Bearer token', async () => {
    const { received, url } = await upstream(() => ({
      status: 307,
      headers: { location: 'http://127.0.0.1:9/steal' },
    }));
    const reply = await sendThroughPool(url, init());
    expect(reply.status).toBe(307);
    await reply.text();
    expect(received).toHaveLength(1);
  });

  it('gives up when the signal aborts', async () => {
    const { url } = await upstream(() => ({ status: 0 }));
    const controller = new AbortController();
    const call = sendThroughPool(url, init(controller.signal));
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toThrow();
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
      expect(reply.status).toBe(200);
      expect(await reply.text()).toBe('{"id":"conv_via_fetch"}');
      expect(fetched).toEqual(['http://127.0.0.1:9/api/v1/conversions']);
    } finally {
      slot[GLOBAL_DISPATCHER] = before;
      vi.unstubAllGlobals();
    }
  });
});
