// toNodeHandler over real loopback HTTP: a bare node:http server and a real Express 5 app,
// each in front of the real createProxy, forwarding to the mock Whop API.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockApiServer, startMockApi, type TrustProxy, toNodeHandler } from '../../src/node/index.js';
import { serve } from '../../src/node/serve.js';
import { createProxy } from '../../src/proxy/create-proxy.js';
import { endlessUpload, rawRequest } from '../unit/node/http-helpers.js';

const KEY = 'sk_integration_adapter_secret_77';
const COMPANY = 'biz_adapter123456789';
const EVENT = JSON.stringify({
  event_name: 'lead',
  url: 'https://shop.example.com/signup',
  user: { anonymous_id: 'anon_abcdef123456' },
  context: { ip_address: '9.9.9.9', utm_source: 'newsletter' },
});

let mock: MockApiServer;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  mock = await startMockApi({ apiKey: KEY });
  closers.push(mock.close);
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});
beforeEach(() => mock.reset());

const proxy = (trustProxy?: TrustProxy) =>
  createProxy({
    apiKey: KEY,
    companyId: COMPANY,
    apiUrl: mock.apiUrl,
    logger: false,
    timeoutMs: 2000,
    trustProxy,
  });

async function nodeServer(trustProxy?: TrustProxy): Promise<string> {
  const served = await serve(toNodeHandler(proxy(trustProxy)));
  closers.push(served.close);
  return `${served.origin}/whop`;
}

async function listen(app: express.Express): Promise<string> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function post(url: string, headers: Record<string, string> = {}, body = EVENT) {
  return rawRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': 'Mozilla/5.0 test', ...headers },
    body,
  });
}

describe('node:http + toNodeHandler + createProxy', () => {
  it('forwards with the socket address as ip_address; a spoofed X-Forwarded-For is ignored', async () => {
    const url = await nodeServer();
    const response = await post(url, { 'x-forwarded-for': '6.6.6.6', forwarded: 'for=7.7.7.7' });
    expect(response.status).toBe(200);
    const [event] = mock.events();
    expect(event.body.context?.ip_address).toBe('127.0.0.1');
    expect(event.body.context?.utm_source).toBe('newsletter');
    expect(event.body.company_id).toBe(COMPANY);
    expect(JSON.parse(response.body).results[0]).toEqual({
      event_id: event.body.event_id,
      status: 200,
      id: event.id,
    });
  });

  it('believes X-Forwarded-For from a trusted proxy, walking from the right', async () => {
    const url = await nodeServer(['loopback']);
    expect((await post(url, { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' })).status).toBe(200);
    expect(mock.events()[0].body.context?.ip_address).toBe('198.51.100.7');
  });

  it('trusting one hop takes only the address that hop appended', async () => {
    const url = await nodeServer(1);
    expect((await post(url, { 'x-forwarded-for': '6.6.6.6, 2001:db8::42' })).status).toBe(200);
    expect(mock.events()[0].body.context?.ip_address).toBe('2001:db8::42');
  });

  it('answers 413 to a big streamed body without reading it all, and forwards nothing', async () => {
    const url = await nodeServer();
    const response = await endlessUpload(url);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.code).toBe('too_large');
    expect(response.sent).toBeLessThan(8 * 1024 * 1024);
    expect(mock.attempts()).toBe(0);
  });

  it('answers 413 by Content-Length', async () => {
    const url = await nodeServer();
    const response = await post(url, {}, ' '.repeat(64 * 1024 + 1));
    expect(response.status).toBe(413);
    expect(mock.attempts()).toBe(0);
  });
});

describe('Express 5 + toNodeHandler + createProxy', () => {
  async function app(trustProxy?: TrustProxy) {
    const app = express();
    // A middleware that sets its own cookie first, as a session middleware would.
    app.use((_req, res, next) => {
      res.cookie('session', 'abc', { httpOnly: true });
      next();
    });
    app.post('/whop', toNodeHandler(proxy(trustProxy)));
    app.use('/mounted', toNodeHandler(proxy()));
    // Mounted after a body parser: the adapter uses req.body.
    app.post('/parsed/whop', express.json(), express.text(), toNodeHandler(proxy()));
    return listen(app);
  }

  it('forwards, keeps every Set-Cookie (middleware + proxy), and ignores a spoofed X-Forwarded-For', async () => {
    const origin = await app();
    const response = await post(`${origin}/whop`, { 'x-forwarded-for': '6.6.6.6' });
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']).toEqual([
      'session=abc; Path=/; HttpOnly',
      '_whop_aid=anon_abcdef123456; Path=/; Max-Age=31536000; SameSite=Lax',
    ]);
    expect(mock.events()[0].body.context?.ip_address).toBe('127.0.0.1');
  });

  it('believes X-Forwarded-For only when trusted', async () => {
    const origin = await app(['127.0.0.1']);
    expect((await post(`${origin}/whop`, { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' })).status).toBe(200);
    expect(mock.events()[0].body.context?.ip_address).toBe('203.0.113.5');
  });

  it('works under app.use(path) and after express.json()/express.text()', async () => {
    const origin = await app();
    expect((await post(`${origin}/mounted`)).status).toBe(200);
    const json = await post(`${origin}/parsed/whop`, { 'content-type': 'application/json' });
    expect(json.status).toBe(200);
    const text = await post(`${origin}/parsed/whop`, { 'content-type': 'text/plain' });
    expect(text.status).toBe(200);
    expect(mock.events()).toHaveLength(3);
    for (const event of mock.events()) {
      expect(event.body).toMatchObject({
        company_id: COMPANY,
        event_name: 'lead',
        context: { ip_address: '127.0.0.1' },
      });
    }
  });

  it('answers 413 to a big streamed body', async () => {
    const origin = await app();
    const response = await endlessUpload(`${origin}/whop`);
    expect(response.status).toBe(413);
    expect(mock.attempts()).toBe(0);
  });
});
