import { Agent, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockApi } from '../../../src/node/mock-server.js';
import { type Served, serve } from '../../../src/node/serve.js';
import { type ProxyServer, startProxyServer } from '../../../src/node/server.js';
import type { ConnInfo } from '../../../src/proxy/client-address.js';
import { rawRequest } from './http-helpers.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A promise with its resolve exposed, to hold a handler open until the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

async function proxyServer(handler: (request: Request, conn?: ConnInfo) => Promise<Response>, path?: string) {
  const server = await startProxyServer({
    apiKey: 'unused',
    companyId: 'biz_unused',
    port: 0,
    host: '127.0.0.1',
    path,
    handler,
  });
  closers.push(server.close);
  return server;
}

describe('startProxyServer', () => {
  it('routes the path exactly (any query string) to the handler, with the socket address', async () => {
    const seen: string[] = [];
    const server: ProxyServer = await proxyServer(async (request, conn) => {
      seen.push(`${new URL(request.url).pathname}${new URL(request.url).search} ${conn?.peer}`);
      return new Response('handled');
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/whop$/);
    expect((await rawRequest(server.url, { method: 'POST', body: '{}' })).body).toBe('handled');
    expect((await rawRequest(`${server.url}?cd=example.com`, { method: 'POST', body: '{}' })).body).toBe(
      'handled',
    );
    for (const other of ['/whop/', '/whopx', '/', '/WHOP']) {
      const response = await rawRequest(new URL(other, server.url).href, { method: 'POST', body: '{}' });
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body).error.code).toBe('not_found');
    }
    expect(seen).toEqual(['/whop 127.0.0.1', '/whop?cd=example.com 127.0.0.1']);
  });

  it('passes /healthz to the handler (the proxy answers it) and honours a custom path', async () => {
    const server = await proxyServer(
      async (request) => new Response(new URL(request.url).pathname),
      '/t/collect',
    );
    expect(server.url.endsWith('/t/collect')).toBe(true);
    expect((await rawRequest(new URL('/healthz', server.url).href)).body).toBe('/healthz');
    expect((await rawRequest(server.url, { method: 'POST', body: '{}' })).body).toBe('/t/collect');
  });

  it('serves GET /healthz from the real proxy: {"ok":true}; a POST there is 405, not a conversion', async () => {
    const server = await startProxyServer({ apiKey: 'k', companyId: 'biz_x', port: 0, logger: false });
    closers.push(server.close);
    const health = await rawRequest(new URL('/healthz', server.url).href);
    expect(health).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    expect(health.headers['cache-control']).toBe('no-store');
    const posted = await rawRequest(new URL('/healthz', server.url).href, { method: 'POST', body: '{}' });
    expect(posted.status).toBe(405);
  });

  it('sets the Node server timeouts', async () => {
    const { server } = await proxyServer(async () => new Response());
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(15_000);
    expect(server.keepAliveTimeout).toBe(5_000);
  });

  it('refuses a path that does not start with /', async () => {
    await expect(
      startProxyServer({
        apiKey: 'k',
        companyId: 'biz_x',
        path: 'whop',
        port: 0,
        handler: async () => new Response(),
      }),
    ).rejects.toThrow(/path must start with "\/"/);
  });

  it('fails to start with createProxy option errors, before listening', async () => {
    await expect(startProxyServer({ apiKey: '', companyId: 'biz_x', port: 0 })).rejects.toThrow(/apiKey/);
  });
});

describe('serve: graceful close', () => {
  async function served(listener: Parameters<typeof serve>[0], closeTimeoutMs?: number): Promise<Served> {
    const s = await serve(listener, { port: 0, closeTimeoutMs });
    closers.push(s.close);
    return s;
  }

  it('finishes an in-flight request on a keep-alive connection, then closes without waiting for keep-alive', async () => {
    const hold = gate();
    const arrived = gate();
    const s = await served((_req, res) => {
      arrived.open();
      hold.opened.then(() => res.end('finished'));
    });
    const agent = new Agent({ keepAlive: true });
    const answer = new Promise<{ status?: number; body: string; connection?: string }>((resolve, reject) => {
      request(`${s.origin}/`, { agent }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode, body, connection: res.headers.connection }));
      })
        .on('error', reject)
        .end();
    });
    await arrived.opened;
    const started = Date.now();
    let closed = false;
    const closing = s.close().then(() => {
      closed = true;
    });
    // No new connections once closing has begun.
    await expect(rawRequest(`${s.origin}/`)).rejects.toThrow(/ECONNREFUSED/);
    expect(closed).toBe(false);
    hold.open();
    expect(await answer).toEqual({ status: 200, body: 'finished', connection: 'close' });
    await closing;
    expect(Date.now() - started).toBeLessThan(3000); // well under the 5 s keep-alive
    agent.destroy();
  });

  it('closes idle keep-alive connections at once', async () => {
    const s = await served((_req, res) => res.end('ok'));
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve) =>
      request(`${s.origin}/`, { agent }, (res) => res.resume().on('end', resolve)).end(),
    );
    const started = Date.now();
    await s.close();
    expect(Date.now() - started).toBeLessThan(1000);
    agent.destroy();
  });

  it('cuts requests still running at the deadline', async () => {
    const s = await served(() => {
      // never answers
    }, 200);
    const pending = rawRequest(`${s.origin}/`);
    const settled = pending.then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await new Promise((resolve) => s.server.once('request', resolve));
    await s.close();
    expect(await settled).toMatch(/socket hang up|ECONNRESET/);
  });
});

describe('startMockApi', () => {
  it('serves the mock on loopback: conversions, control endpoints, and drop faults as reset sockets', async () => {
    const mock = await startMockApi({ apiKey: 'mock_key' });
    closers.push(mock.close);
    expect(mock.apiUrl).toBe(`${mock.url}/api/v1/conversions`);
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const post = () =>
      rawRequest(mock.apiUrl, {
        method: 'POST',
        headers: { authorization: 'Bearer mock_key', 'content-type': 'application/json' },
        body: JSON.stringify({ company_id: 'biz_1', event_name: 'lead', event_id: 'evt_srv' }),
      });
    const faults = await rawRequest(`${mock.url}/_mock/faults`, {
      method: 'POST',
      body: JSON.stringify([{ drop: true }]),
    });
    expect(faults.status).toBe(200);
    await expect(post()).rejects.toThrow(/socket hang up/);
    expect((await post()).status).toBe(200);
    const events = JSON.parse((await rawRequest(`${mock.url}/_mock/events`)).body);
    expect(events.map((e: { body: { event_id: string } }) => e.body.event_id)).toEqual(['evt_srv']);
    expect(JSON.parse((await rawRequest(`${mock.url}/_mock/stats`)).body)).toMatchObject({
      attempts: 2,
      accepted: 1,
      faults_served: 1,
    });
    expect((await rawRequest(`${mock.url}/_mock/events`, { method: 'DELETE' })).status).toBe(200);
    expect(mock.events()).toEqual([]);
  });
});
