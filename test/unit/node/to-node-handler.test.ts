import { Agent, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Served, serve } from '../../../src/node/serve.js';
import { toNodeHandler } from '../../../src/node/to-node-handler.js';
import { atPath } from '../../../src/proxy/at-path.js';
import type { ConnInfo } from '../../../src/proxy/client-address.js';
import { coreOf } from '../../../src/proxy/core-entry.js';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import type { ProxyHandler, ProxyOptions } from '../../../src/proxy/types.js';
import { API_KEY, COMPANY_ID, type fakeUpstream, setup } from '../proxy/helpers.js';
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
  const node = toNodeHandler(handler);
  served = await serve(async (req, res) => {
    await before?.(req, res);
    node(req, res);
  });
  return { seen, origin: served.origin };
}

/** The real proxy behind toNodeHandler, with a fake Whop; `before` runs first (a body parser). */
async function startProxy(
  options: Partial<ProxyOptions> = {},
  before?: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
) {
  const { handler, upstream } = setup(options);
  const node = toNodeHandler(handler);
  served = await serve(async (req, res) => {
    await before?.(req, res);
    node(req, res);
  });
  return { upstream, url: `${served.origin}/whop` };
}

const ipOf = (upstream: ReturnType<typeof fakeUpstream>, n = 0) =>
  (upstream.calls[n].body.context as Record<string, string>).ip_address;

describe('toNodeHandler: the Request the handler gets', () => {
  it('carries method, URL, headers and body; the socket address is conn.peer', async () => {
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
      conn: { peer: '127.0.0.1' },
    });
    expect(seen[0].headers).toMatchObject({
      'content-type': 'text/plain',
      cookie: 'a=1',
      'x-custom': '1, 2',
    });
    // Passed on for a streamed body, so the handler can refuse a declared size before reading.
    expect(seen[0].headers['content-length']).toBe('21');
    expect(seen[0].headers['transfer-encoding']).toBeUndefined();
  });

  it('decides nothing: X-Forwarded-* reach the handler untouched, the URL comes from Host and the socket', async () => {
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
    expect(seen[0].conn).toEqual({ peer: '127.0.0.1' });
    expect(seen[0].headers).toMatchObject({
      'x-forwarded-for': '6.6.6.6',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example',
    });
  });

  it('names the host localhost when Host is not one', async () => {
    const { seen, origin } = await start();
    await rawRequest(`${origin}/whop`, { method: 'POST', headers: { host: 'a b/c' }, body: '{}' });
    expect(seen[0].url).toBe('http://localhost/whop');
  });

  it('uses a body an Express-style parser already consumed', async () => {
    const { seen, origin } = await start(undefined, async (req) => {
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
    const error = { code: 'method_not_allowed', message: 'TRACE is not served here', path: '' };
    expect(JSON.parse(response.body)).toEqual({ error, errors: [error] });
    expect(seen).toEqual([]);
    // Other methods still reach the handler, which decides.
    expect((await rawRequest(`${origin}/whop`, { method: 'PROPFIND' })).status).toBe(200);
  });
});

describe("toNodeHandler: the body size limit is createProxy's (maxBodyBytes), read once", () => {
  const lead = JSON.stringify({ event_name: 'lead', event_id: 'evt_size' });
  /** A valid lead padded with JSON whitespace to exactly `bytes` bytes. */
  const padded = (bytes: number) => lead + ' '.repeat(bytes - lead.length);

  /** A POST on a keep-alive connection: its status, and the `Connection` the server answered. */
  function keptAlive(url: string, body: string): Promise<{ status?: number; connection?: string }> {
    const agent = new Agent({ keepAlive: true });
    return new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', agent }, (res) => {
        res.resume().on('end', () => {
          agent.destroy();
          resolve({ status: res.statusCode, connection: res.headers.connection });
        });
      });
      req.on('error', reject).end(body);
    });
  }

  it('answers 413 from Content-Length before reading the body, and closes the connection', async () => {
    const { upstream, url } = await startProxy({ maxBodyBytes: 1024 });
    const response = await rawRequest(url, { method: 'POST', body: padded(1025) });
    expect(response.status).toBe(413);
    const error = { code: 'too_large', message: 'the body must be at most 1024 bytes', path: '' };
    expect(JSON.parse(response.body)).toEqual({ error, errors: [error] });
    expect((await keptAlive(url, padded(1025))).connection).toBe('close');
    expect(upstream.calls).toHaveLength(0);
  });

  it('accepts a body of exactly the limit', async () => {
    const { upstream, url } = await startProxy({ maxBodyBytes: 1024 });
    const response = await keptAlive(url, padded(1024));
    expect(response.status).toBe(200);
    // A body read to its end leaves the connection reusable.
    expect(response.connection).toBe('keep-alive');
    expect(upstream.calls).toHaveLength(1);
  });

  it('takes a larger limit set on createProxy: one reader, one default', async () => {
    // Before: toNodeHandler refused anything over its own 64 KiB whatever createProxy allowed.
    const { upstream, url } = await startProxy({ maxBodyBytes: 256 * 1024 });
    expect((await rawRequest(url, { method: 'POST', body: padded(200 * 1024) })).status).toBe(200);
    expect((await rawRequest(url, { method: 'POST', body: padded(256 * 1024 + 1) })).status).toBe(413);
    expect(upstream.calls).toHaveLength(1);
  });

  it('stops reading a chunked body that grows past the limit and answers 413', async () => {
    const { upstream, url } = await startProxy();
    const response = await endlessUpload(url);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.code).toBe('too_large');
    expect(response.headers.connection).toBe('close');
    expect(response.sent).toBeLessThan(8 * 1024 * 1024);
    expect(upstream.calls).toHaveLength(0);
  });

  it('applies the limit to a re-serialized parsed body too', async () => {
    const { upstream, url } = await startProxy({ maxBodyBytes: 1024 }, async (req) => {
      for await (const _ of req);
      const body = { event_name: 'lead', url: `https://x.example/${'x'.repeat(2000)}` };
      Object.assign(req, { body, _body: true });
    });
    const response = await rawRequest(url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(413);
    expect(upstream.calls).toHaveLength(0);
  });
});

describe('toNodeHandler: writing the Response', () => {
  it('copies status and headers, keeping every Set-Cookie separate', async () => {
    const { origin } = await start(() => {
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
    const { origin } = await start((request) => {
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
    const { origin } = await start(() => {
      throw new Error('boom: secret sk_live_123 at /srv/app.js:12');
    });
    const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    const error = { code: 'internal', message: 'internal error', path: '' };
    expect(JSON.parse(response.body)).toEqual({ error, errors: [error] });
    expect(JSON.stringify(response)).not.toMatch(/boom|sk_live|app\.js/);
  });

  it('drops the connection for Response.error(), a network error', async () => {
    const { origin } = await start(() => Response.error());
    await expect(rawRequest(`${origin}/whop`, { method: 'POST', body: '{}' })).rejects.toThrow(
      /socket hang up/,
    );
  });
});

describe('toNodeHandler: options', () => {
  it('takes none, and says where trustProxy and maxBodyBytes went, when created', () => {
    const handler = async () => new Response();
    for (const options of [{ trustProxy: 1 }, { maxBodyBytes: 1024 }, {}]) {
      expect(() => toNodeHandler(handler, options as never)).toThrow(
        /toNodeHandler takes no options: pass trustProxy and maxBodyBytes to createProxy/,
      );
    }
  });
});

describe('toNodeHandler: large responses', () => {
  it('streams a response larger than the socket buffers, with backpressure and no listener leak', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    const size = 8 * 1024 * 1024;
    const { origin } = await start(() => {
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

describe('toNodeHandler + createProxy: trusted-proxy rules hold against a client that reaches the port (issue 13)', () => {
  const event = (n: number) => JSON.stringify({ event_name: 'lead', event_id: `evt_${n}` });

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
    const { upstream, url } = await startProxy({ trustProxy: 1 });
    const { statuses, passed, allowed } = await flood(url, (n) => ({
      'x-forwarded-for': n % 2 ? 'garbage' : `bad${n}`,
    }));
    expect(passed).toBeLessThanOrEqual(allowed);
    expect(statuses).toContain(429);
    expect(ipOf(upstream)).toBe('127.0.0.1');
  });

  it("gives a peer outside Cloudflare's ranges its socket address, whatever CF-Connecting-IP says", async () => {
    // Before: every request picked its own address, each with a fresh bucket.
    const { upstream, url } = await startProxy({ trustProxy: 'cloudflare' });
    const { statuses, passed, allowed } = await flood(url, (n) => ({
      'cf-connecting-ip': `198.51.${n >> 8}.${n & 255}`,
    }));
    expect(passed).toBeLessThanOrEqual(allowed);
    expect(statuses).toContain(429);
    expect(ipOf(upstream)).toBe('127.0.0.1');
  });

  /** A same-site page's post to `url`, as the browser addressed it: `http(s)://shop.example.com`. */
  const fromPage = (url: string, origin: string, headers: Record<string, string>) =>
    rawRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', host: 'internal:8787', origin, ...headers },
      body: JSON.stringify({ event_name: 'lead', user: { anonymous_id: 'anon_12345678' } }),
    });

  it('ignores X-Forwarded-For, -Proto and -Host from an untrusted peer', async () => {
    const { upstream, url } = await startProxy({ trustProxy: 'cloudflare' });
    const forwarded = {
      'x-forwarded-for': '6.6.6.6',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'shop.example.com',
    };
    // The page's origin is not the request's (http://internal:8787): refused as cross-origin.
    expect((await fromPage(url, 'https://shop.example.com', forwarded)).status).toBe(403);
    const own = await fromPage(url, 'http://internal:8787', forwarded);
    expect(own.status).toBe(200);
    expect(own.headers['set-cookie']?.[0]).not.toMatch(/Secure/);
    expect(ipOf(upstream)).toBe('127.0.0.1');
  });

  it('believes them from a trusted proxy, and only the hop it appended', async () => {
    const { upstream, url } = await startProxy({ trustProxy: ['loopback'] });
    const response = await fromPage(url, 'https://shop.example.com', {
      'x-forwarded-for': '6.6.6.6, 198.51.100.7',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'shop.example.com',
    });
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']?.[0]).toMatch(/; Secure$/);
    expect(ipOf(upstream)).toBe('198.51.100.7');
  });

  it('keeps the Host header when a trusted X-Forwarded-Host or -Proto is malformed', async () => {
    const { url } = await startProxy({ trustProxy: 1 });
    const malformed = { 'x-forwarded-host': 'a b/c', 'x-forwarded-proto': 'gopher' };
    expect((await fromPage(url, 'http://internal:8787', malformed)).status).toBe(200);
  });

  it('reads the header the proxy is said to write: Forwarded, not a client-written X-Forwarded-For', async () => {
    const { upstream, url } = await startProxy({
      trustProxy: { proxies: ['loopback'], header: 'forwarded' },
    });
    const response = await rawRequest(url, {
      method: 'POST',
      headers: { forwarded: 'for=6.6.6.6;proto=https', 'x-forwarded-for': '7.7.7.7' },
      body: event(1),
    });
    expect(response.status).toBe(200);
    expect(ipOf(upstream)).toBe('6.6.6.6');
  });
});

describe('toNodeHandler + createProxy: the fast path (no Request, no Web stream, a keep-alive pool)', () => {
  /** A local Whop that records the headers of each call. */
  async function localWhop() {
    const calls: Array<Record<string, string | string[] | undefined>> = [];
    const whop = await serve(async (req, res) => {
      for await (const _ of req);
      calls.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"conv_fast"}');
    });
    return { calls, apiUrl: `${whop.origin}/api/v1/conversions`, close: whop.close };
  }
  const lead = JSON.stringify({ event_name: 'lead', event_id: 'evt_fast_1' });
  /** A proxy forwarding to `apiUrl` (no `fetch` in its options), served through toNodeHandler. */
  async function serveProxyTo(apiUrl: string) {
    const handler = createProxy({ apiKey: API_KEY, companyId: COMPANY_ID, apiUrl, logger: false });
    const node = toNodeHandler(handler);
    served = await serve((req, res) => node(req, res));
    return { handler, origin: served.origin };
  }

  it('sends upstream through the pool, not fetch (which adds Sec-Fetch-Mode), and answers the same', async () => {
    const whop = await localWhop();
    try {
      const { handler, origin } = await serveProxyTo(whop.apiUrl);
      const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: lead });
      expect(response.status).toBe(200);
      expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)));
      expect(JSON.parse(response.body)).toEqual({
        results: [{ event_id: 'evt_fast_1', status: 200, id: 'conv_fast' }],
      });
      expect(whop.calls).toHaveLength(1);
      expect(whop.calls[0]['sec-fetch-mode']).toBeUndefined();
      expect(whop.calls[0].authorization).toBe(`Bearer ${API_KEY}`);
      // The Web-standard handler, fed the same request, answers the same body.
      const web = await handler(new Request('http://127.0.0.1/whop', { method: 'POST', body: lead }));
      expect(await web.text()).toBe(response.body);
    } finally {
      await whop.close();
    }
  });

  it('falls back on the proxy’s own fetch sender when the process routes HTTP its own way (an egress proxy)', async () => {
    const whop = await localWhop();
    const slot = globalThis as unknown as Record<symbol, unknown>;
    const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
    const before = slot[GLOBAL_DISPATCHER];
    class ProxyAgent {}
    const fetched: string[] = [];
    try {
      const { origin } = await serveProxyTo(whop.apiUrl);
      // Installed once the test's own requests are out of undici's way.
      slot[GLOBAL_DISPATCHER] = new ProxyAgent();
      vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
        fetched.push(`${init.method} ${url}`);
        return new Response('{"id":"conv_egress"}', { status: 200 });
      });
      const response = await rawRequest(`${origin}/whop`, { method: 'POST', body: lead });
      expect(JSON.parse(response.body)).toEqual({
        results: [{ event_id: 'evt_fast_1', status: 200, id: 'conv_egress' }],
      });
      expect(fetched).toEqual([`POST ${whop.apiUrl}`]);
      expect(whop.calls).toHaveLength(0);
    } finally {
      slot[GLOBAL_DISPATCHER] = before;
      vi.unstubAllGlobals();
      await whop.close();
    }
  });

  it("keeps the fetch a proxy's options name", async () => {
    const { upstream, url } = await startProxy();
    const response = await rawRequest(url, { method: 'POST', body: lead });
    expect(response.status).toBe(200);
    expect(upstream.fetch).toHaveBeenCalledTimes(1);
  });

  it('reaches the core through atPath, which only routes', async () => {
    const { handler } = setup();
    expect(coreOf(atPath('/whop', handler))).toBeDefined();
    expect(coreOf(async () => new Response())).toBeUndefined();
    const node = toNodeHandler(atPath('/whop', handler));
    served = await serve((req, res) => node(req, res));
    const missing = await rawRequest(`${served.origin}/elsewhere`, { method: 'POST', body: lead });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe('not_found');
  });
});
