import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type Served, serve } from '../../../src/node/serve.js';
import { toNodeHandler } from '../../../src/node/to-node-handler.js';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import type { ConnInfo, ProxyHandler, TrustProxy } from '../../../src/proxy/types.js';
import { API_KEY, COMPANY_ID, fakeUpstream } from '../proxy/helpers.js';
import { endlessUpload, rawRequest } from './http-helpers.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  conn: ConnInfo | undefined;
}

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** Serves `handler` through toNodeHandler and records what the Web handler was given. */
async function start(
  options: Parameters<typeof toNodeHandler>[1] = {},
  reply: (request: Request) => Response | Promise<Response> = () => new Response('ok'),
  before?: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
) {
  const seen: Seen[] = [];
  const handler: ProxyHandler = async (request, conn) => {
    const response = await reply(request.clone());
    seen.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
      conn,
    });
    return response;
  };
  const node = toNodeHandler(handler, options);
  served = await serve(async (req, res) => {
    await before?.(req, res);
    node(req, res);
  });
  return { seen, origin: served.origin };
}

describe('toNodeHandler: the Request the handler gets', () => {
  it('carries method, URL, headers and body; the client address comes from the socket', async () => {
    const { seen, origin } = await start();
    const response = await rawRequest(`${origin}/whop?cd=example.com`, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        host: 'shop.example.com',
        cookie: 'a=1',
        'x-custom': ['1', '2'],
      },
      body: '{"event_name":"lead"}',
    });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: 'http://shop.example.com/whop?cd=example.com',
      body: '{"event_name":"lead"}',
      conn: { clientAddress: '127.0.0.1' },
    });
    expect(seen[0].headers).toMatchObject({
      'content-type': 'text/plain',
      cookie: 'a=1',
      'x-custom': '1, 2',
    });
    expect(seen[0].headers['content-length']).toBeUndefined();
  });

  it('ignores X-Forwarded-For, -Proto and -Host from an untrusted peer', async () => {
    const { seen, origin } = await start();
    await rawRequest(`${origin}/whop`, {
      method: 'POST',
      headers: {
        host: 'shop.example.com',
        'x-forwarded-for': '6.6.6.6',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'evil.example',
      },
      body: '{}',
    });
    expect(seen[0].url).toBe('http://shop.example.com/whop');
    expect(seen[0].conn).toEqual({ clientAddress: '127.0.0.1' });
  });

  it('believes them from a trusted proxy, and only the hop it appended', async () => {
    const { seen, origin } = await start({ trustProxy: ['loopback'] });
    await rawRequest(`${origin}/whop`, {
      method: 'POST',
      headers: {
        host: 'internal:8787',
        'x-forwarded-for': '6.6.6.6, 198.51.100.7',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'shop.example.com',
      },
      body: '{}',
    });
    expect(seen[0].url).toBe('https://shop.example.com/whop');
    expect(seen[0].conn).toEqual({ clientAddress: '198.51.100.7' });
  });

  it('keeps the Host header when a trusted X-Forwarded-Host or -Proto is malformed', async () => {
    const { seen, origin } = await start({ trustProxy: 1 });
    await rawRequest(`${origin}/whop`, {
      method: 'POST',
      headers: { host: 'shop.example.com', 'x-forwarded-host': 'a b/c', 'x-forwarded-proto': 'gopher' },
      body: '{}',
    });
    expect(seen[0].url).toBe('http://shop.example.com/whop');
  });

  it('uses a body an Express-style parser already consumed', async () => {
    const { seen, origin } = await start({}, undefined, async (req) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      Object.assign(req, { body: JSON.parse(Buffer.concat(chunks).toString()), _body: true });
    });
    await rawRequest(`${origin}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "event_name" : "lead" }',
    });
    expect(seen[0].body).toBe('{"event_name":"lead"}');
  });

  it('passes no body for GET', async () => {
    const { seen, origin } = await start();
    await rawRequest(`${origin}/whop`);
    expect(seen[0]).toMatchObject({ method: 'GET', body: '' });
  });

  it('answers TRACE, a method Request cannot carry, 405 without calling the handler', async () => {
    const { seen, origin } = await start();
    // Before: `new Request` threw and the client got 500.
    const response = await rawRequest(`${origin}/whop`, { method: 'TRACE' });
    expect(response.status).toBe(405);
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'method_not_allowed', message: 'TRACE is not served here', path: '' },
    });
    expect(seen).toEqual([]);
    // Other methods still reach the handler, which decides.
    expect((await rawRequest(`${origin}/whop`, { method: 'PROPFIND' })).status).toBe(200);
  });
});

describe('toNodeHandler: body size limit', () => {
  it('answers 413 from Content-Length without calling the handler', async () => {
    const { seen, origin } = await start({ maxBodyBytes: 1024 });
    const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: 'x'.repeat(1025) });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'too_large', message: 'the body must be at most 1024 bytes', path: '' },
    });
    expect(response.headers.connection).toBe('close');
    expect(seen).toHaveLength(0);
  });

  it('accepts a body of exactly the limit', async () => {
    const { seen, origin } = await start({ maxBodyBytes: 1024 });
    expect((await rawRequest(`${origin}/whop`, { method: 'POST', body: 'x'.repeat(1024) })).status).toBe(200);
    expect(seen[0].body).toHaveLength(1024);
  });

  it('stops reading a chunked body that grows past the limit and answers 413', async () => {
    const { seen, origin } = await start({ maxBodyBytes: 64 * 1024 });
    const response = await endlessUpload(`${origin}/whop`);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.code).toBe('too_large');
    expect(response.sent).toBeLessThan(8 * 1024 * 1024);
    expect(seen).toHaveLength(0);
  });

  it('applies the limit to a re-serialized parsed body too', async () => {
    const { seen, origin } = await start({ maxBodyBytes: 1024 }, undefined, async (req) => {
      for await (const _ of req);
      Object.assign(req, { body: { big: 'x'.repeat(2000) }, _body: true });
    });
    const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(413);
    expect(seen).toHaveLength(0);
  });
});

describe('toNodeHandler: writing the Response', () => {
  it('copies status and headers, keeping every Set-Cookie separate', async () => {
    const { origin } = await start({}, () => {
      const headers = new Headers({ 'content-type': 'application/json', 'x-one': 'a' });
      headers.append('set-cookie', '_whop_aid=abc12345; Path=/; Max-Age=31536000; SameSite=Lax');
      headers.append('set-cookie', 'second=2; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT');
      return new Response('{"ok":1}', { status: 201, headers });
    });
    const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(201);
    expect(response.headers['x-one']).toBe('a');
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['set-cookie']).toEqual([
      '_whop_aid=abc12345; Path=/; Max-Age=31536000; SameSite=Lax',
      'second=2; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT',
    ]);
    expect(response.body).toBe('{"ok":1}');
  });

  it('streams a body given in chunks, and sends none for 204', async () => {
    const { origin } = await start({}, (request) => {
      if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { 'x-pre': '1' } });
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const part of ['one ', 'two ', 'three']) controller.enqueue(new TextEncoder().encode(part));
          controller.close();
        },
      });
      return new Response(stream);
    });
    expect((await rawRequest(`${origin}/whop`, { method: 'POST', body: '' })).body).toBe('one two three');
    const preflight = await rawRequest(`${origin}/whop`, { method: 'OPTIONS' });
    expect(preflight).toMatchObject({ status: 204, body: '' });
    expect(preflight.headers['x-pre']).toBe('1');
  });

  it('answers a throwing handler with a bare 500 and no details', async () => {
    const { origin } = await start({}, () => {
      throw new Error('boom: secret sk_live_123 at /srv/app.js:12');
    });
    const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'internal', message: 'internal error', path: '' },
    });
    expect(JSON.stringify(response)).not.toMatch(/boom|sk_live|app\.js/);
  });

  it('drops the connection for Response.error(), a network error', async () => {
    const { origin } = await start({}, () => Response.error());
    await expect(rawRequest(`${origin}/whop`, { method: 'POST', body: '{}' })).rejects.toThrow(
      /socket hang up/,
    );
  });
});

describe('toNodeHandler: options', () => {
  it('refuses a malformed trustProxy when created, not on the first request', () => {
    expect(() => toNodeHandler(async () => new Response(), { trustProxy: ['10.0.0.0/40'] })).toThrow(
      /toNodeHandler: options.trustProxy: "10.0.0.0\/40"/,
    );
    expect(() => toNodeHandler(async () => new Response(), { trustProxy: true as never })).toThrow(
      /options.trustProxy/,
    );
    expect(() => toNodeHandler(async () => new Response(), { maxBodyBytes: -1 })).toThrow(/maxBodyBytes/);
    expect(() => toNodeHandler(async () => new Response(), { maxBodyBytes: 1.5 })).toThrow(/maxBodyBytes/);
  });
});

describe('toNodeHandler: large responses', () => {
  it('streams a response larger than the socket buffers, with backpressure and no listener leak', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    const size = 8 * 1024 * 1024;
    const { origin } = await start({}, () => {
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= size) return controller.close();
          controller.enqueue(new Uint8Array(64 * 1024).fill(97));
          sent += 64 * 1024;
        },
      });
      return new Response(stream);
    });
    const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: '' });
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(response.body.length).toBe(size);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

describe('toNodeHandler: trusted-proxy rules hold against a client that reaches the port (issue 13)', () => {
  const event = (n: number) => JSON.stringify({ event_name: 'lead', event_id: `evt_${n}` });

  async function limitedProxy(trustProxy: TrustProxy) {
    const upstream = fakeUpstream({ status: 200 });
    const proxy = createProxy({
      apiKey: API_KEY,
      companyId: COMPANY_ID,
      fetch: upstream.fetch,
      logger: false,
    });
    const node = toNodeHandler(proxy, { trustProxy });
    served = await serve(node);
    return { upstream, url: `${served.origin}/whop` };
  }

  /** Statuses of `count` sequential posts, and how many the default limit (120, then 20/s) may pass. */
  async function flood(url: string, headers: (n: number) => Record<string, string>, count = 300) {
    const statuses: number[] = [];
    const started = Date.now();
    for (let n = 0; n < count; n++) {
      const response = await rawRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 test', ...headers(n) },
        body: event(n),
      });
      statuses.push(response.status);
    }
    const passed = statuses.filter((s) => s === 200).length;
    return { statuses, passed, allowed: 120 + Math.ceil((20 * (Date.now() - started)) / 1000) };
  }

  it('limits 300 requests from one socket with an X-Forwarded-For that does not parse (trustProxy 1)', async () => {
    // Before: the address became unknown, which switched the rate limit off (300 of 300 passed).
    const { upstream, url } = await limitedProxy(1);
    const { statuses, passed, allowed } = await flood(url, (n) => ({
      'x-forwarded-for': n % 2 ? 'garbage' : `bad${n}`,
    }));
    expect(passed).toBeLessThanOrEqual(allowed);
    expect(statuses).toContain(429);
    expect((upstream.calls[0].body.context as Record<string, string>).ip_address).toBe('127.0.0.1');
  });

  it("gives a peer outside Cloudflare's ranges its socket address, whatever CF-Connecting-IP says", async () => {
    // Before: every request picked its own address, each with a fresh bucket.
    const { upstream, url } = await limitedProxy('cloudflare');
    const { statuses, passed, allowed } = await flood(url, (n) => ({
      'cf-connecting-ip': `198.51.${n >> 8}.${n & 255}`,
    }));
    expect(passed).toBeLessThanOrEqual(allowed);
    expect(statuses).toContain(429);
    expect((upstream.calls[0].body.context as Record<string, string>).ip_address).toBe('127.0.0.1');
  });

  it('believes X-Forwarded-Proto and -Host only from a peer the rule trusts', async () => {
    const { seen, origin } = await start({ trustProxy: 'cloudflare' });
    await rawRequest(`${origin}/whop`, {
      method: 'POST',
      headers: { host: 'shop.example.com', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' },
      body: '{}',
    });
    expect(seen[0].url).toBe('http://shop.example.com/whop');
  });

  it('reads the header the proxy is said to write: Forwarded, not a client-written X-Forwarded-For', async () => {
    const { seen, origin } = await start({ trustProxy: { proxies: ['loopback'], header: 'forwarded' } });
    await rawRequest(`${origin}/whop`, {
      method: 'POST',
      headers: { forwarded: 'for=6.6.6.6;proto=https', 'x-forwarded-for': '7.7.7.7' },
      body: '{}',
    });
    expect(seen[0].conn).toEqual({ clientAddress: '6.6.6.6' });
  });
});
