// `/healthz` behind every adapter: the core answers it (src/proxy/health.ts) and each adapter only
// passes the request through, so the answer is the same byte for byte wherever the proxy runs.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../src/adapters/cloudflare.js';
import { createRouteHandlers } from '../../src/adapters/next.js';
import { serve } from '../../src/node/serve.js';
import { startProxyServer } from '../../src/node/server.js';
import { toNodeHandler } from '../../src/node/to-node-handler.js';
import { createProxy } from '../../src/proxy/create-proxy.js';
import type { ProxyOptions } from '../../src/proxy/types.js';
import { rawRequest } from '../unit/node/http-helpers.js';
import { API_KEY, COMPANY_ID, SITE } from '../unit/proxy/helpers.js';

const options: ProxyOptions = { apiKey: API_KEY, companyId: COMPANY_ID, logger: false };
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

/** What a load balancer or an orchestrator reads of a health answer. */
interface Seen {
  status: number;
  type: string | null | undefined;
  cache: string | null | undefined;
  body: string;
}

async function fromWeb(response: Response): Promise<Seen> {
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    cache: response.headers.get('cache-control'),
    body: await response.text(),
  };
}

async function fromHttp(url: string): Promise<Seen> {
  const response = await rawRequest(url);
  const header = (name: string) => response.headers[name] as string | undefined;
  return {
    status: response.status,
    type: header('content-type'),
    cache: header('cache-control'),
    body: response.body,
  };
}

async function listen(app: express.Express): Promise<string> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const EXPECTED: Seen = {
  status: 200,
  type: 'application/json; charset=utf-8',
  cache: 'no-store',
  body: '{"ok":true}',
};

describe('GET /healthz, the same on every adapter', () => {
  it('createProxy itself', async () => {
    expect(await fromWeb(await createProxy(options)(new Request(`${SITE}/healthz`)))).toEqual(EXPECTED);
  });

  it('Cloudflare Worker', async () => {
    const worker = createWorker({ logger: false });
    const env = { WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: COMPANY_ID };
    expect(await fromWeb(await worker.fetch(new Request(`${SITE}/healthz`), env))).toEqual(EXPECTED);
  });

  it('Next.js route handlers (GET, in app/healthz/route.ts)', async () => {
    const { GET } = createRouteHandlers(options);
    expect(await fromWeb(await GET(new Request('http://localhost:3000/healthz')))).toEqual(EXPECTED);
  });

  it('node:http with toNodeHandler', async () => {
    const served = await serve(toNodeHandler(createProxy(options)));
    closers.push(served.close);
    expect(await fromHttp(`${served.origin}/healthz`)).toEqual(EXPECTED);
  });

  it('Express: app.get("/healthz", handler), and under app.use("/whop", handler)', async () => {
    const app = express();
    const whop = toNodeHandler(createProxy(options));
    app.all('/whop', whop);
    app.get('/healthz', whop);
    app.use('/pixel', whop);
    const origin = await listen(app);
    expect(await fromHttp(`${origin}/healthz`)).toEqual(EXPECTED);
    expect(await fromHttp(`${origin}/pixel/healthz`)).toEqual(EXPECTED);
  });

  it('the standalone server (whop-pixel proxy)', async () => {
    const server = await startProxyServer({ ...options, port: 0, host: '127.0.0.1' });
    closers.push(server.close);
    expect(await fromHttp(new URL('/healthz', server.url).href)).toEqual(EXPECTED);
  });
});
