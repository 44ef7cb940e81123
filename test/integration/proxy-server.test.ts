// The standalone proxy server (startProxyServer) → the mock Whop API, over real loopback HTTP,
// including upstream faults. The mock is wrapped to capture every upstream request's headers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockApi, type MockActivity } from '../../src/mock-api/mock-api.js';
import { serve } from '../../src/node/serve.js';
import { type ProxyServer, startProxyServer } from '../../src/node/server.js';
import { toNodeHandler } from '../../src/node/to-node-handler.js';
import type { LogEntry } from '../../src/proxy/logger.js';
import { validateConversion } from '../../src/schema/validate.js';
import { type RawResponse, rawRequest } from '../unit/node/http-helpers.js';
import { PAGE_BODY_KEYS, PAGE_CONTEXT_KEYS, PAGE_USER_KEYS } from '../unit/schema/api-page.js';

const KEY = 'sk_integration_proxy_secret_9001';
const COMPANY = 'biz_integration12345';
const mock = createMockApi({ apiKey: KEY });
/** Headers of every request that reached the mock, in order. */
const upstreamHeaders: Array<Record<string, string>> = [];
const logs: Array<{ level: string } & LogEntry> = [];
const closers: Array<() => Promise<void>> = [];
let proxy: ProxyServer;
let apiUrl: string;

async function startProxy(apiKey = KEY): Promise<ProxyServer> {
  const server = await startProxyServer({
    apiKey,
    companyId: COMPANY,
    apiUrl,
    port: 0,
    host: '127.0.0.1',
    timeoutMs: 300,
    retries: 3,
    maxRetryTimeMs: 5000,
    logger: {
      info: (e) => logs.push({ level: 'info', ...e }),
      warn: (e) => logs.push({ level: 'warn', ...e }),
      error: (e) => logs.push({ level: 'error', ...e }),
    },
  });
  closers.push(server.close);
  return server;
}

beforeAll(async () => {
  const upstream = await serve(
    toNodeHandler(async (request) => {
      upstreamHeaders.push(Object.fromEntries(request.headers));
      return mock.handler(request);
    }),
  );
  closers.push(upstream.close);
  apiUrl = `${upstream.origin}/api/v1/conversions`;
  proxy = await startProxy();
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});
beforeEach(() => {
  mock.reset();
  upstreamHeaders.length = 0;
  logs.length = 0;
});

function send(body: unknown, headers: Record<string, string> = {}, url = proxy.url): Promise<RawResponse> {
  return rawRequest(url, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': 'Mozilla/5.0 (X11) Chrome/130',
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

/** Resolves when the mock reports an activity matching `test`. */
function next(test: (a: MockActivity) => boolean): Promise<MockActivity> {
  return new Promise((resolve) => {
    const stop = mock.subscribe((activity) => {
      if (test(activity)) {
        stop();
        resolve(activity);
      }
    });
  });
}

/** Nothing the proxy answered and nothing it logged holds the token. */
function expectNoToken(...responses: RawResponse[]) {
  for (const response of responses) expect(JSON.stringify(response)).not.toContain(KEY);
  expect(JSON.stringify(logs)).not.toContain(KEY);
  expect(JSON.stringify(mock.events())).not.toContain(KEY);
}

/** The token appears upstream exactly once: as the Authorization header. */
function expectTokenOnlyInAuthorization() {
  expect(upstreamHeaders.length).toBeGreaterThan(0);
  for (const headers of upstreamHeaders) {
    expect(headers.authorization).toBe(`Bearer ${KEY}`);
    const { authorization: _auth, ...rest } = headers;
    expect(JSON.stringify(rest)).not.toContain(KEY);
  }
}

const RICH = {
  event_name: 'lead',
  company_id: 'biz_attacker',
  action_source: 'website',
  currency: 'usd',
  value: 6.9,
  event_id: 'evt_rich_1',
  event_time: '2023-12-01T05:00:00.401Z',
  plan_id: 'plan_xxxxxxxxxxxxx',
  product_id: 'prod_xxxxxxxxxxxxx',
  referrer_url: 'https://www.google.com/',
  url: 'https://shop.example.com/signup?utm_source=news',
  context: {
    ip_address: '9.9.9.9',
    user_agent: 'forged agent',
    gclid: 'Cj0KCQ',
    utm_source: 'news',
    utm_medium: 'email',
    ad_id: '123',
  },
  user: { anonymous_id: 'anon_integration01', email: 'a@example.com', birthdate: '1990-01-15' },
};

describe('proxy server → mock Whop API', () => {
  it('records an upstream body that fits the API page exactly, enriched server-side', async () => {
    const response = await send(RICH, {
      'x-forwarded-for': '6.6.6.6',
      cookie: '_fbp=fb.1.1596403881668.1116446470; _ga=GA1.1.123.456; other=1',
      origin: 'http://shop.example.com',
      host: 'shop.example.com',
    });
    // Same origin (no allowedOrigins set): a browser posting to its own site's endpoint.
    expect(response.status).toBe(200);
    const events = mock.events();
    expect(events).toHaveLength(1);
    const { body } = events[0];

    for (const key of Object.keys(body)) expect(PAGE_BODY_KEYS).toContain(key);
    for (const key of Object.keys(body.context ?? {})) expect(PAGE_CONTEXT_KEYS).toContain(key);
    for (const key of Object.keys(body.user ?? {})) expect(PAGE_USER_KEYS).toContain(key);
    expect(validateConversion(body)).toMatchObject({ ok: true });
    expect(body).toEqual({
      company_id: COMPANY,
      event_name: 'lead',
      action_source: 'website',
      currency: 'usd',
      value: 6.9,
      event_id: 'evt_rich_1',
      event_time: '2023-12-01T05:00:00.401Z',
      plan_id: 'plan_xxxxxxxxxxxxx',
      product_id: 'prod_xxxxxxxxxxxxx',
      referrer_url: 'https://www.google.com/',
      url: 'https://shop.example.com/signup?utm_source=news',
      context: {
        ip_address: '127.0.0.1',
        user_agent: 'Mozilla/5.0 (X11) Chrome/130',
        gclid: 'Cj0KCQ',
        utm_source: 'news',
        utm_medium: 'email',
        ad_id: '123',
        fbp: 'fb.1.1596403881668.1116446470',
        ga: 'GA1.1.123.456',
      },
      user: { anonymous_id: 'anon_integration01', email: 'a@example.com', birthdate: '1990-01-15' },
    });
    expect(events[0].idempotency_key).toBe('evt_rich_1');
    expect(JSON.parse(response.body)).toEqual({
      results: [{ event_id: 'evt_rich_1', status: 200, id: events[0].id }],
    });
    expect(response.headers['set-cookie']).toEqual([
      '_whop_aid=anon_integration01; Path=/; Max-Age=31536000; SameSite=Lax',
    ]);
    expect(upstreamHeaders[0]['content-type']).toMatch(/^application\/json/);
    expectTokenOnlyInAuthorization();
    expectNoToken(response);
    expect(logs.some((l) => l.msg === 'whop-pixel request' && l.status === 200)).toBe(true);
  });

  it('fills event_id, event_time and action_source when absent', async () => {
    const response = await send({ event_name: 'contact' });
    expect(response.status).toBe(200);
    const [{ body, idempotency_key }] = mock.events();
    expect(body.event_id).toEqual(expect.any(String));
    expect(idempotency_key).toBe(body.event_id);
    expect(body.action_source).toBe('website');
    expect(Number.isNaN(Date.parse(String(body.event_time)))).toBe(false);
  });

  it('forwards a batch as one upstream request per event', async () => {
    const batch = [1, 2, 3].map((n) => ({ event_name: 'lead', event_id: `evt_batch_${n}` }));
    const response = await send(batch);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).results.map((r: { status: number }) => r.status)).toEqual([
      200, 200, 200,
    ]);
    expect(
      mock
        .events()
        .map((e) => e.body.event_id)
        .sort(),
    ).toEqual(['evt_batch_1', 'evt_batch_2', 'evt_batch_3']);
    expectTokenOnlyInAuthorization();
  });

  it('forwards nothing for an invalid body', async () => {
    const response = await send({ event_name: 'purchase' });
    expect(response.status).toBe(400);
    expect(mock.attempts()).toBe(0);
  });
});

describe('proxy server → mock Whop API: upstream faults', () => {
  it('retries a 503 and then succeeds, with the same Idempotency-Key each time', async () => {
    mock.setFaults([{ status: 503, times: 2, retryAfter: 0 }]);
    const response = await send({ event_name: 'lead', event_id: 'evt_503' });
    expect(response.status).toBe(200);
    expect(mock.stats()).toMatchObject({ attempts: 3, accepted: 1, faults_served: 2 });
    expect(mock.events()[0].attempt).toBe(3);
    expect(upstreamHeaders.map((h) => h['idempotency-key'])).toEqual(['evt_503', 'evt_503', 'evt_503']);
    expectTokenOnlyInAuthorization();
    expectNoToken(response);
  });

  it('times out a hanging upstream, retries, and the late original is deduplicated', async () => {
    mock.setFaults([{ delayMs: 1500 }]);
    const duplicate = next((a) => a.type === 'duplicate');
    const response = await send({ event_name: 'lead', event_id: 'evt_hang' });
    expect(response.status).toBe(200);
    const [event] = mock.events();
    expect(event.attempt).toBe(2);
    expect(JSON.parse(response.body).results[0].id).toBe(event.id);
    // The first attempt was still running at the mock; when it finishes it gets the same id.
    expect(await duplicate).toEqual({ type: 'duplicate', id: event.id, event_id: 'evt_hang', attempt: 1 });
    expect(mock.events()).toHaveLength(1);
  });

  it('retries after dropped connections', async () => {
    mock.setFaults([{ drop: true, times: 2 }]);
    const response = await send({ event_name: 'lead', event_id: 'evt_drop' });
    expect(response.status).toBe(200);
    expect(mock.stats()).toMatchObject({ attempts: 3, accepted: 1 });
    expect(mock.events()[0].attempt).toBe(3);
  });

  it('answers 503 with Retry-After and per-event results when upstream stays down', async () => {
    mock.setFaults([{ status: 503, times: 100, retryAfter: 0 }]);
    const response = await send({ event_name: 'lead', event_id: 'evt_down' });
    expect(response.status).toBe(503);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(response.body).results).toEqual([{ event_id: 'evt_down', status: 503 }]);
    expect(mock.attempts()).toBe(4); // the first attempt and 3 retries
    expect(mock.events()).toEqual([]);
    expectNoToken(response);
  });

  it('does not retry a permanent upstream rejection', async () => {
    mock.setFaults([{ status: 422 }]);
    const response = await send({ event_name: 'lead', event_id: 'evt_422' });
    expect(response.status).toBe(422);
    expect(mock.attempts()).toBe(1);
  });

  it('never leaks the token when Whop refuses it', async () => {
    const wrong = await startProxy('sk_wrong_token_for_test_4242');
    const response = await send({ event_name: 'lead' }, {}, wrong.url);
    expect(response.status).toBeGreaterThanOrEqual(502);
    expect(mock.stats()).toMatchObject({ rejected: 1, accepted: 0 });
    expect(JSON.stringify(response)).not.toContain('sk_wrong_token_for_test_4242');
    expect(JSON.stringify(logs)).not.toContain('sk_wrong_token_for_test_4242');
  });
});
