import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import { BODY_FIELDS, CONTEXT_FIELDS } from '../../../src/schema/fields.js';
import { API_KEY, COMPANY_ID, memoryLogger, post, SITE, setup, visible } from './helpers.js';

const lead = { event_name: 'lead', user: { email: 'ada@example.com', anonymous_id: 'anon_12345678' } };

afterEach(() => {
  vi.useRealTimers();
});

describe('forwarding a valid conversion', () => {
  it('answers 200 with the event id and Whop id, and sends exactly one token-bearing upstream request', async () => {
    const { handler, upstream } = setup();
    const response = await handler(post({ ...lead, event_id: 'evt_1' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ results: [{ event_id: 'evt_1', status: 200, id: 'conv_1' }] });
    expect(upstream.calls).toHaveLength(1);
    const call = upstream.calls[0];
    expect(call.url).toBe('https://api.whop.com/api/v1/conversions');
    expect(call.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.headers['idempotency-key']).toBe('evt_1');
  });

  it('fills in what only the server knows and defaults the rest', async () => {
    const { handler, upstream } = setup();
    const before = Date.now();
    await handler(post(lead), { peer: '203.0.113.7' });
    const body = upstream.calls[0].body;
    expect(body.company_id).toBe(COMPANY_ID);
    expect(body.action_source).toBe('website');
    expect(body.event_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(String(body.event_time))).toBeGreaterThanOrEqual(before - 1000);
    expect(body.context).toEqual({
      ip_address: '203.0.113.7',
      user_agent: 'Mozilla/5.0 (Macintosh) Safari/605.1.15',
    });
    expect(body.user).toEqual(lead.user);
  });

  it('sends only documented fields upstream', async () => {
    const { handler, upstream } = setup();
    await handler(
      post({
        event_name: 'custom',
        custom_name: 'webinar',
        value: 6.9,
        currency: 'usd',
        url: `${SITE}/signup`,
        referrer_url: 'https://www.google.com/',
        context: { gclid: 'g1', utm_source: 'google' },
        plan_id: null,
      }),
      { peer: '198.51.100.1' },
    );
    const body = upstream.calls[0].body;
    for (const key of Object.keys(body)) expect(Object.keys(BODY_FIELDS)).toContain(key);
    for (const key of Object.keys(body.context as object)) expect(Object.keys(CONTEXT_FIELDS)).toContain(key);
    expect(body).not.toHaveProperty('plan_id');
  });

  it('keeps the caller’s event_id, event_time and action_source', async () => {
    const { handler, upstream } = setup();
    await handler(
      post({ ...lead, event_id: 'e-42', event_time: '2026-01-02T03:04:05.000Z', action_source: 'chat' }),
    );
    expect(upstream.calls[0].body).toMatchObject({
      event_id: 'e-42',
      event_time: '2026-01-02T03:04:05.000Z',
      action_source: 'chat',
    });
  });

  it('cuts a url or referrer_url longer than the API takes instead of refusing the event', async () => {
    const { handler, upstream } = setup();
    const long = `${SITE}/landing?${'utm_content=x&'.repeat(400)}`;
    const response = await handler(post({ ...lead, url: long, referrer_url: long }));
    expect(response.status).toBe(200);
    const body = upstream.calls[0].body;
    expect(body.url).toBe(long.slice(0, BODY_FIELDS.url.max));
    expect(body.referrer_url).toBe(long.slice(0, BODY_FIELDS.referrer_url.max));
    // Only these two: any other field over its limit is still refused, naming the field.
    const refused = await handler(post({ ...lead, plan_id: 'p'.repeat(BODY_FIELDS.plan_id.max + 1) }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('plan_id');
  });

  it('accepts application/json as well as text/plain', async () => {
    const { handler } = setup();
    const response = await handler(post(lead, { headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
  });
});

describe('no spoofing', () => {
  it('ignores a company_id sent by the browser, even a malformed one', async () => {
    const { handler, upstream } = setup();
    expect((await handler(post({ ...lead, company_id: 'biz_attacker' }))).status).toBe(200);
    expect((await handler(post({ ...lead, company_id: 42 }))).status).toBe(200);
    expect(upstream.calls.map((c) => c.body.company_id)).toEqual([COMPANY_ID, COMPANY_ID]);
  });

  it('never takes ip_address or user_agent from the body', async () => {
    const { handler, upstream } = setup();
    await handler(post({ ...lead, context: { ip_address: '1.2.3.4', user_agent: 'forged' } }));
    const context = upstream.calls[0].body.context as Record<string, string>;
    expect(context.ip_address).toBeUndefined();
    expect(context.user_agent).toBe('Mozilla/5.0 (Macintosh) Safari/605.1.15');
  });

  it('does not believe X-Forwarded-For unless told to trust proxies', async () => {
    const { handler, upstream } = setup();
    await handler(post(lead, { headers: { 'x-forwarded-for': '9.9.9.9' } }));
    expect((upstream.calls[0].body.context as Record<string, string>).ip_address).toBeUndefined();
  });

  it('takes the client address from CF-Connecting-IP with trustProxy "cloudflare"', async () => {
    const { handler, upstream } = setup({ trustProxy: 'cloudflare' });
    await handler(post(lead, { headers: { 'cf-connecting-ip': '203.0.113.9' } }));
    expect((upstream.calls[0].body.context as Record<string, string>).ip_address).toBe('203.0.113.9');
  });
});

describe('attribution cookies', () => {
  const cookie =
    '_fbp=fb.1.1596403881668.1116446470; _ga=GA1.2.111.222; _ttp=ttp-abc; _fbc=fb.1.1596403881668.IwAR_click';

  it('fills fbp, ga, ttp and fbclid from the request cookies when the body has none', async () => {
    const { handler, upstream } = setup();
    await handler(post(lead, { headers: { cookie } }));
    expect(upstream.calls[0].body.context).toMatchObject({
      fbp: 'fb.1.1596403881668.1116446470',
      ga: 'GA1.2.111.222',
      ttp: 'ttp-abc',
      fbclid: 'IwAR_click',
    });
  });

  it('prefers what the body carries', async () => {
    const { handler, upstream } = setup();
    await handler(
      post({ ...lead, context: { fbclid: 'from-url', ga: 'GA1.1.9.9' } }, { headers: { cookie } }),
    );
    expect(upstream.calls[0].body.context).toMatchObject({ fbclid: 'from-url', ga: 'GA1.1.9.9' });
  });
});

describe('bad input', () => {
  it('answers 400 naming the field, and forwards nothing', async () => {
    const { handler, upstream } = setup();
    const response = await handler(post({ event_name: 'lead', user: { birthdate: '1990-13-01' } }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: 'format', path: 'user.birthdate' });
    expect(upstream.calls).toHaveLength(0);
  });

  it('rejects a whole batch when one event is invalid', async () => {
    const { handler, upstream } = setup();
    const response = await handler(post([lead, { event_name: 'purchase' }, lead]));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toMatchObject({ code: 'enum', path: '[1].event_name' });
    expect(upstream.calls).toHaveLength(0);
  });

  it('answers 400 invalid_json for a body that is not JSON', async () => {
    const { handler } = setup();
    const response = await handler(post('{"event_name":'));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_json');
  });

  it('answers 400 for invalid UTF-8', async () => {
    const { handler } = setup();
    const request = new Request(`${SITE}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    const response = await handler(request);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_encoding');
  });

  it('answers 415 for form posts and other content types', async () => {
    const { handler } = setup();
    const response = await handler(
      post(lead, { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    );
    expect(response.status).toBe(415);
  });

  it('answers 405 to other methods', async () => {
    const { handler } = setup();
    const response = await handler(new Request(`${SITE}/whop`));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('size limit', () => {
  it('refuses a declared Content-Length over the limit before reading', async () => {
    const { handler, upstream } = setup({ maxBodyBytes: 2048 });
    const response = await handler(post({ ...lead, url: `${SITE}/?${'x'.repeat(3000)}` }));
    expect(response.status).toBe(413);
    expect(upstream.calls).toHaveLength(0);
  });

  it('stops reading a stream that grows past the limit, without buffering the rest', async () => {
    const { handler } = setup({ maxBodyBytes: 2048 });
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const request = new Request(`${SITE}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    expect(response.status).toBe(413);
    expect(pulls).toBeLessThan(10);
  });
});

describe('CORS', () => {
  const other = 'https://evil.example.net';

  it('answers a preflight from an allowed origin', async () => {
    const { handler } = setup({ allowedOrigins: ['https://landing.example.org'] });
    const response = await handler(
      new Request(`${SITE}/whop`, {
        method: 'OPTIONS',
        headers: { origin: 'https://landing.example.org', 'access-control-request-method': 'POST' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://landing.example.org');
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type');
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('refuses a preflight and a post from a disallowed origin, forwarding nothing', async () => {
    const { handler, upstream } = setup();
    const preflight = await handler(
      new Request(`${SITE}/whop`, { method: 'OPTIONS', headers: { origin: other } }),
    );
    expect(preflight.status).toBe(403);
    const response = await handler(post(lead, { headers: { origin: other } }));
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(upstream.calls).toHaveLength(0);
  });

  it('allows only the request’s own origin by default, or a same-origin fetch behind a reverse proxy', async () => {
    const { handler } = setup();
    expect((await handler(post(lead))).status).toBe(200);
    const internal = post(lead, {
      url: 'http://10.0.0.5:8787/whop',
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect((await handler(internal)).status).toBe(200);
    const crossSite = post(lead, {
      url: 'http://10.0.0.5:8787/whop',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect((await handler(crossSite)).status).toBe(403);
  });

  it('accepts requests without an Origin header (server-to-server, curl)', async () => {
    const { handler } = setup();
    const request = new Request(`${SITE}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(lead),
    });
    const response = await handler(request);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with "*" allows any http(s) origin and echoes it with credentials (beacons are credentialed)', async () => {
    const { handler } = setup({ allowedOrigins: '*' });
    const response = await handler(post(lead, { headers: { origin: other } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(other);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('refuses the opaque "null" origin (with "*" too: cors.test.ts)', async () => {
    const { handler } = setup();
    expect((await handler(post(lead, { headers: { origin: 'null' } }))).status).toBe(403);
  });
});

describe('batches', () => {
  it('forwards each event and answers per event, in order', async () => {
    const { handler, upstream } = setup();
    const events = [1, 2, 3].map((n) => ({ ...lead, event_id: `b${n}` }));
    const response = await handler(post(events));
    expect(response.status).toBe(200);
    const { results } = await response.json();
    expect(results.map((r: { event_id: string }) => r.event_id)).toEqual(['b1', 'b2', 'b3']);
    expect(upstream.calls).toHaveLength(3);
  });

  it('keeps at most 4 upstream requests in flight', async () => {
    const { handler, upstream } = setup();
    await handler(post(Array.from({ length: 20 }, (_, n) => ({ ...lead, event_id: `c${n}` }))));
    expect(upstream.calls).toHaveLength(20);
    expect(upstream.maxInFlight).toBe(4);
  });

  it('reports which events of a batch still need a retry', async () => {
    const { handler } = setup({ retries: 0 }, { status: 200 }, { status: 500 });
    const response = await handler(
      post([
        { ...lead, event_id: 'ok' },
        { ...lead, event_id: 'later' },
      ]),
    );
    expect(response.status).toBe(502);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const { results } = await response.json();
    expect(results).toEqual([
      { event_id: 'ok', status: 200, id: 'conv_1' },
      { event_id: 'later', status: 500 },
    ]);
  });
});

describe('upstream failures', () => {
  it('retries 5xx with the same event_id and Idempotency-Key, then succeeds', async () => {
    const { handler, upstream } = setup(
      {},
      { status: 503 },
      { status: 500 },
      { status: 200, body: { id: 'conv_x' } },
    );
    const response = await handler(post({ ...lead, event_id: 'same' }));
    expect(response.status).toBe(200);
    expect(upstream.calls).toHaveLength(3);
    expect(new Set(upstream.calls.map((c) => c.headers['idempotency-key']))).toEqual(new Set(['same']));
    expect(new Set(upstream.calls.map((c) => c.body.event_id))).toEqual(new Set(['same']));
  });

  it('generates one event_id for a body without one and reuses it on every retry', async () => {
    const { handler, upstream } = setup({}, 'network-error', { status: 200 });
    await handler(post(lead));
    expect(upstream.calls).toHaveLength(2);
    expect(upstream.calls[0].body.event_id).toBe(upstream.calls[1].body.event_id);
  });

  it('honours Retry-After on 429', async () => {
    vi.useFakeTimers();
    const { handler, upstream } = setup(
      {},
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 200 },
    );
    const started = Date.now();
    const pending = handler(post(lead));
    await vi.runAllTimersAsync();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(upstream.calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  });

  it('gives up within the retry budget and tells the browser when to come back', async () => {
    vi.useFakeTimers();
    const { handler, upstream } = setup(
      { maxRetryTimeMs: 5000 },
      { status: 429, headers: { 'retry-after': '30' } },
    );
    const pending = handler(post(lead));
    await vi.runAllTimersAsync();
    const response = await pending;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(upstream.calls).toHaveLength(1);
  });

  it('times out a hanging attempt, retries, and answers 504 when every attempt hangs', async () => {
    vi.useFakeTimers();
    const { handler, upstream } = setup({ timeoutMs: 1000, retries: 2 }, 'hang');
    const started = Date.now();
    const pending = handler(post(lead));
    await vi.runAllTimersAsync();
    const response = await pending;
    expect(response.status).toBe(504);
    expect(upstream.calls).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  });

  it('bounds the number of retries', async () => {
    vi.useFakeTimers();
    const { handler, upstream } = setup({ retries: 3 }, { status: 500 });
    const pending = handler(post(lead));
    await vi.runAllTimersAsync();
    expect((await pending).status).toBe(502);
    expect(upstream.calls).toHaveLength(4);
  });

  it('does not retry a body Whop refuses, and tells the browser to drop it (422)', async () => {
    const { handler, upstream } = setup({}, { status: 400, body: { error: { message: 'bad' } } });
    const response = await handler(post(lead));
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe('upstream_rejected');
    expect(upstream.calls).toHaveLength(1);
  });

  it('keeps the event in the browser when Whop refuses our credentials (401), without retrying upstream', async () => {
    const { handler, upstream } = setup({}, { status: 401 });
    const response = await handler(post(lead));
    expect(response.status).toBe(502);
    expect(upstream.calls).toHaveLength(1);
  });
});

describe('the anonymous_id cookie', () => {
  it('re-issues _whop_aid on the domain the snippet probed', async () => {
    const { handler } = setup();
    const response = await handler(post(lead, { url: `${SITE}/whop?cd=example.com` }));
    expect(response.headers.get('set-cookie')).toBe(
      '_whop_aid=anon_12345678; Path=/; Max-Age=31536000; SameSite=Lax; Domain=example.com; Secure',
    );
  });

  it('falls back to a host-only cookie when the domain does not match the page', async () => {
    const { handler } = setup();
    const response = await handler(post(lead, { url: `${SITE}/whop?cd=other.org` }));
    expect(response.headers.get('set-cookie')).not.toContain('Domain');
  });

  it("never re-issues Whop's own visitor id (wuid_…) as ours, yet forwards it as the anonymous_id", async () => {
    const { handler, upstream } = setup();
    const response = await handler(
      post(
        { event_name: 'lead', user: { anonymous_id: 'wuid_2b9c1f0e7a' } },
        { url: `${SITE}/whop?cd=example.com` },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(upstream.calls[0].body.user).toEqual({ anonymous_id: 'wuid_2b9c1f0e7a' });
  });

  it('sets nothing for an id that could inject cookie attributes', async () => {
    const { handler } = setup();
    const response = await handler(
      post({ event_name: 'lead', user: { anonymous_id: 'x; Domain=evil.com' } }),
    );
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('omits Secure on plain-http development pages', async () => {
    const { handler } = setup();
    const response = await handler(
      post(lead, { url: 'http://localhost:8787/whop', headers: { origin: 'http://localhost:8787' } }),
    );
    expect(response.headers.get('set-cookie')).not.toContain('Secure');
  });
});

describe('secrets and logs', () => {
  it('never shows the token in any response or log line, across every path', async () => {
    const { handler, logger } = setup(
      { retries: 0 },
      { status: 401, body: { error: `bad token ${API_KEY}` } },
    );
    const requests = [
      post(lead),
      post('nope'),
      post({ event_name: 'x' }),
      post(lead, { headers: { origin: 'https://evil.example' } }),
      new Request(`${SITE}/whop`, { method: 'OPTIONS', headers: { origin: SITE } }),
      new Request(`${SITE}/whop`, { method: 'DELETE' }),
    ];
    for (const request of requests) expect(await visible(await handler(request))).not.toContain(API_KEY);
    expect(logger.lines.length).toBeGreaterThanOrEqual(requests.length);
    for (const line of logger.lines) expect(line).not.toContain(API_KEY);
  });

  it('writes one structured line per request with status, event count and upstream latency, without PII', async () => {
    const { handler, logger } = setup();
    await handler(post({ ...lead, user: { ...lead.user, phone: '+15550100', first_name: 'Ada' } }));
    expect(logger.entries).toHaveLength(1);
    expect(logger.entries[0]).toMatchObject({ level: 'info', status: 200, events: 1, accepted: 1 });
    expect(typeof logger.entries[0].upstream_ms).toBe('number');
    expect(logger.lines[0]).not.toMatch(/ada@example.com|\+15550100|Ada/);
  });

  it('treats a fetch that throws synchronously as a network failure, without leaking its message', async () => {
    const handler = createProxy({
      apiKey: API_KEY,
      retries: 0,
      companyId: COMPANY_ID,
      logger: memoryLogger(),
      fetch: (() => {
        throw new Error(`boom ${API_KEY}`);
      }) as unknown as typeof fetch,
    });
    const response = await handler(post(lead));
    expect(response.status).toBe(502);
    expect(await visible(response)).not.toContain(API_KEY);
  });
});

describe('onForward', () => {
  it('reports each event’s outcome, and a throwing observer does not break delivery', async () => {
    const records: unknown[] = [];
    const { handler } = setup(
      {
        retries: 1,
        onForward: (record) => {
          records.push(record);
          throw new Error('observer bug');
        },
      },
      { status: 500 },
      { status: 200, body: { id: 'conv_ok' } },
    );
    const response = await handler(post({ ...lead, event_id: 'obs' }));
    expect(response.status).toBe(200);
    expect(records).toEqual([
      expect.objectContaining({ outcome: 'accepted', status: 200, id: 'conv_ok', attempts: 2 }),
    ]);
    expect((records[0] as { body: { event_id: string } }).body.event_id).toBe('obs');
  });
});

describe('options', () => {
  it('sends to a configured apiUrl', async () => {
    const { handler, upstream } = setup({ apiUrl: 'http://127.0.0.1:9/api/v1/conversions' });
    await handler(post(lead));
    expect(upstream.calls[0].url).toBe('http://127.0.0.1:9/api/v1/conversions');
  });
});

describe('upstream redirects', () => {
  it('never follows a redirect with the token: a 3xx is a refusal, not a hop', async () => {
    const inits: RequestInit[] = [];
    const handler = createProxy({
      apiKey: API_KEY,
      companyId: COMPANY_ID,
      logger: false,
      fetch: (async (_url: string, init: RequestInit) => {
        inits.push(init);
        return new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } });
      }) as unknown as typeof fetch,
    });
    const response = await handler(post(lead));
    expect(response.status).toBe(422);
    expect(inits).toHaveLength(1);
    expect(inits[0].redirect).toBe('manual');
  });
});

describe('client address from adapters', () => {
  it('does not fall back to headers when an adapter passed conn without a peer (a socket gone)', async () => {
    const { handler, upstream } = setup({ trustProxy: 1 });
    await handler(post(lead, { headers: { 'x-forwarded-for': '6.6.6.6' } }), { peer: undefined });
    expect((upstream.calls[0].body.context as Record<string, string>).ip_address).toBeUndefined();
    await handler(post(lead, { headers: { 'x-forwarded-for': '6.6.6.6' } }));
    expect((upstream.calls[1].body.context as Record<string, string>).ip_address).toBe('6.6.6.6');
  });
});
