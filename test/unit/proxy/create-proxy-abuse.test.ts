// createProxy's abuse resistance: the per-client rate limit, the bot filter and shared-secret
// mode, through the handler with a fake upstream.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import type { RateLimitStore } from '../../../src/proxy/rate-limit.js';
import { SHARED_SECRET_HEADER } from '../../../src/proxy/shared-secret.js';
import { API_KEY, COMPANY_ID, fakeUpstream, post, SITE, setup, visible } from './helpers.js';
import { CRAWLERS, HTTP_CLIENTS, UA } from './user-agents.js';

const lead = (n = 0) => ({ event_name: 'lead', event_id: `evt_${n}` });
const batch = (size: number, from = 0) => Array.from({ length: size }, (_, i) => lead(from + i));
const from = (peer: string) => ({ peer });
/** The User-Agent `post()` sends. */
const UA_HELPER = 'Mozilla/5.0 (Macintosh) Safari/605.1.15';

afterEach(() => {
  vi.useRealTimers();
});

describe('rate limit (on by default: 120 events at once, then 20 a second per address)', () => {
  it('lets an office behind one address post dozens of events within seconds', async () => {
    const { handler, upstream } = setup();
    // 30 colleagues, each page sending a lead and a follow-up event, within a second.
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, n) => handler(post(lead(n)), from('203.0.113.10'))),
    );
    expect(responses.map((r) => r.status)).toEqual(new Array(60).fill(200));
    expect(upstream.calls).toHaveLength(60);
  });

  it('cuts a flood of hundreds of events a second to the refill rate, answering 429 with Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { handler, upstream, logger } = setup();
    const statuses: number[] = [];
    // 300 single-event requests within one second from one address.
    for (let n = 0; n < 300; n++) {
      vi.setSystemTime(1_000_000 + Math.floor((n * 1000) / 300));
      statuses.push((await handler(post(lead(n)), from('198.51.100.66'))).status);
    }
    const passed = statuses.filter((s) => s === 200).length;
    // The burst of 120 plus about one second of refill (20), never the flood.
    expect(passed).toBeGreaterThanOrEqual(120);
    expect(passed).toBeLessThanOrEqual(141);
    expect(statuses.filter((s) => s === 429)).toHaveLength(300 - passed);
    expect(upstream.calls).toHaveLength(passed);

    const refused = await handler(post(batch(10, 1000)), from('198.51.100.66'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited', path: '' } });
    const limitedLines = logger.entries.filter((e) => e.rate_limited === true);
    expect(limitedLines.length).toBe(300 - passed + 1);
    expect(limitedLines.at(-1)?.limited).toBe(300 - passed + 1);
  });

  it('counts events, not requests: a batch costs one token per event', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(5_000_000);
    const { handler, upstream } = setup({ rateLimit: { burst: 60, perSecond: 10 } });
    expect((await handler(post(batch(50)), from('192.0.2.1'))).status).toBe(200);
    const refused = await handler(post(batch(20, 50)), from('192.0.2.1'));
    expect(refused.status).toBe(429);
    // 10 tokens left; 20 needed; 10 more at 10 a second: 1 s.
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(upstream.calls).toHaveLength(50);
    vi.setSystemTime(5_001_000);
    expect((await handler(post(batch(20, 50)), from('192.0.2.1'))).status).toBe(200);
    expect(upstream.calls).toHaveLength(70);
  });

  it('keeps each address to its own bucket, and an IPv6 /64 to one', async () => {
    const { handler } = setup({ rateLimit: { burst: 50, perSecond: 1 } });
    expect((await handler(post(batch(50)), from('192.0.2.1'))).status).toBe(200);
    expect((await handler(post(lead()), from('192.0.2.1'))).status).toBe(429);
    expect((await handler(post(lead()), from('192.0.2.2'))).status).toBe(200);
    expect((await handler(post(batch(50)), from('2001:db8:aa:1::1'))).status).toBe(200);
    expect((await handler(post(lead()), from('2001:db8:aa:1::ffff'))).status).toBe(429);
    expect((await handler(post(lead()), from('2001:db8:aa:2::1'))).status).toBe(200);
  });

  it('limits an IPv6 /48 as a whole too: rotating through its /64s buys 4 buckets, not 65,536', async () => {
    // Issue 13: 200 addresses spread over one /48 all passed.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(7_000_000);
    const { handler, upstream } = setup({ rateLimit: { burst: 10, perSecond: 1 } });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      statuses.push((await handler(post(lead(i)), from(`2001:db8:66:${i.toString(16)}::${i + 1}`))).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(upstream.calls).toHaveLength(40);
    // Another /48 has its own buckets.
    expect((await handler(post(lead(999)), from('2001:db8:67::1'))).status).toBe(200);
  });

  it('lets a batch larger than the bucket through once it is full, rather than refusing it forever', async () => {
    const { handler } = setup({ rateLimit: { burst: 5, perSecond: 1 } });
    expect((await handler(post(batch(50)), from('192.0.2.9'))).status).toBe(200);
    expect((await handler(post(lead()), from('192.0.2.9'))).status).toBe(429);
  });

  it('does not limit requests whose client address is unknown, and says so once in the log', async () => {
    const { handler, logger } = setup({ rateLimit: { burst: 1, perSecond: 1 } });
    for (let n = 0; n < 5; n++) expect((await handler(post(lead(n)))).status).toBe(200);
    const notes = logger.entries.filter((e) => e.rate_limit !== undefined);
    expect(notes).toHaveLength(1);
    expect(String(notes[0].rate_limit)).toMatch(/trustProxy/);
  });

  it('uses a plugged-in store with the key, cost in events, limit and clock', async () => {
    const take = vi.fn<RateLimitStore['take']>(async () => ({ allowed: false, retryAfterMs: 2500 }));
    const { handler, upstream } = setup({ rateLimit: { burst: 200, perSecond: 5, store: { take } } });
    const response = await handler(post(batch(3)), from('::ffff:203.0.113.5'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(take).toHaveBeenCalledWith(
      '203.0.113.5',
      3,
      expect.objectContaining({ burst: 200, perSecond: 5 }),
      expect.any(Number),
    );
    expect(upstream.calls).toHaveLength(0);
  });

  it('lets requests through when the store fails: a lost lead is worse than a missed limit', async () => {
    const store: RateLimitStore = {
      take: () => Promise.reject(new Error('redis down')),
    };
    const { handler, upstream, logger } = setup({ rateLimit: { store } });
    expect((await handler(post(lead()), from('192.0.2.1'))).status).toBe(200);
    expect(upstream.calls).toHaveLength(1);
    expect(logger.entries[0].rate_limit).toBe('store error: Error');
  });

  it('is off with rateLimit: false', async () => {
    const { handler } = setup({ rateLimit: false });
    for (let n = 0; n < 4; n++)
      expect((await handler(post(batch(50, n * 50)), from('192.0.2.1'))).status).toBe(200);
  });

  it('does not charge refusals made before the body is read (invalid bodies cost a token each)', async () => {
    const { handler } = setup({ rateLimit: { burst: 50, perSecond: 1 } });
    for (let n = 0; n < 10; n++) {
      const foreign = post(lead(n), { headers: { origin: 'https://evil.example' } });
      expect((await handler(foreign, from('192.0.2.3'))).status).toBe(403);
      const xml = post(lead(n), { headers: { 'content-type': 'application/xml' } });
      expect((await handler(xml, from('192.0.2.3'))).status).toBe(415);
    }
    expect((await handler(post(batch(50)), from('192.0.2.3'))).status).toBe(200);
  });
});

describe('bot filter (on by default)', () => {
  it.each(Object.entries(CRAWLERS))('answers %s 202 ignored, forwarding nothing', async (_, userAgent) => {
    const { handler, upstream, logger } = setup();
    const response = await handler(
      post(lead(), { headers: { 'user-agent': userAgent } }),
      from('66.249.66.1'),
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ results: [], ignored: 'bot' });
    // CORS as for any allowed caller, so a rendering crawler's beacon does not error.
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(upstream.calls).toHaveLength(0);
    expect(logger.entries[0]).toMatchObject({ bot: true, bots: 1, status: 202 });
  });

  it('counts bots in the log across requests', async () => {
    const { handler, logger } = setup();
    for (const userAgent of [CRAWLERS.googlebot, UA.chrome, CRAWLERS.slackbot]) {
      await handler(post(lead(), { headers: { 'user-agent': userAgent } }));
    }
    expect(logger.entries.map((e) => e.bots)).toEqual([1, undefined, 2]);
  });

  it.each([...Object.entries(HTTP_CLIENTS), ...Object.entries(UA)])(
    'forwards %s (browsers, in-app, headless and HTTP libraries are not bots by default)',
    async (_, userAgent) => {
      const { handler, upstream } = setup();
      const response = await handler(post(lead(), { headers: { 'user-agent': userAgent } }));
      expect(response.status).toBe(200);
      expect(upstream.calls).toHaveLength(1);
    },
  );

  it('forwards a request without a User-Agent', async () => {
    const { handler, upstream } = setup();
    const request = new Request(`${SITE}/whop`, { method: 'POST', body: JSON.stringify(lead()) });
    expect((await handler(request)).status).toBe(200);
    expect(upstream.calls).toHaveLength(1);
  });

  it('answers headless browsers 202 with blockHeadless', async () => {
    const { handler, upstream } = setup({ bots: { blockHeadless: true } });
    for (const userAgent of [UA.headlessChrome, UA.phantomjs]) {
      expect((await handler(post(lead(), { headers: { 'user-agent': userAgent } }))).status).toBe(202);
    }
    expect((await handler(post(lead(), { headers: { 'user-agent': UA.chrome } }))).status).toBe(200);
    expect((await handler(post(lead(), { headers: { 'user-agent': CRAWLERS.googlebot } }))).status).toBe(202);
    expect(upstream.calls).toHaveLength(1);
  });

  it('lets listed agents through with allow, and everything with bots: false', async () => {
    const pinger = 'Mozilla/5.0 (compatible; AcmeUptimeBot/1.0)';
    const allowing = setup({ bots: { allow: ['AcmeUptime'] } });
    expect((await allowing.handler(post(lead(), { headers: { 'user-agent': pinger } }))).status).toBe(200);
    const off = setup({ bots: false });
    expect((await off.handler(post(lead(), { headers: { 'user-agent': CRAWLERS.googlebot } }))).status).toBe(
      200,
    );
  });

  it('writes the visitor’s browser, OS and device, and in-app, in the log line and the forward record', async () => {
    const records: Array<{ ua?: string; inApp?: boolean }> = [];
    const { handler, logger } = setup({ onForward: (record) => records.push(record) });
    await handler(post(lead(), { headers: { 'user-agent': UA.instagram } }));
    await handler(post(lead(), { headers: { 'user-agent': UA.chrome } }));
    expect(logger.entries[0]).toMatchObject({ ua: 'Instagram 302 · iOS 17.0 · mobile', in_app: true });
    expect(logger.entries[1]).toMatchObject({ ua: 'Chrome 130 · Windows 10 · desktop' });
    expect(logger.entries[1]).not.toHaveProperty('in_app');
    expect(records).toEqual([
      expect.objectContaining({ ua: 'Instagram 302 · iOS 17.0 · mobile', inApp: true }),
      expect.objectContaining({ ua: 'Chrome 130 · Windows 10 · desktop', inApp: false }),
    ]);
  });
});

describe('shared-secret mode', () => {
  const SECRET = 'backend-to-pixel-secret-7b1c9e';
  const server = (body: unknown, secret = SECRET, headers: Record<string, string> = {}) =>
    new Request(`${SITE}/whop`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'node',
        [SHARED_SECRET_HEADER]: secret,
        ...headers,
      },
      body: JSON.stringify(body),
    });

  it('takes the visitor’s ip_address and user_agent from the body of an authenticated caller', async () => {
    const { handler, upstream, logger } = setup({ sharedSecret: SECRET });
    const response = await handler(
      server([
        {
          ...lead(1),
          context: { ip_address: '2001:DB8::7', user_agent: UA.safariIphone, utm_source: 'crm' },
        },
        lead(2),
      ]),
      from('10.0.0.5'),
    );
    expect(response.status).toBe(200);
    expect(upstream.calls[0].body.context).toEqual({
      ip_address: '2001:db8::7',
      user_agent: UA.safariIphone,
      utm_source: 'crm',
    });
    // The request's own address and agent are the backend's, never passed off as the visitor's.
    expect(upstream.calls[1].body.context).toBeUndefined();
    expect(logger.entries[0]).toMatchObject({ auth: 'secret', status: 200 });
  });

  it('skips the origin check, the rate limit and the bot filter', async () => {
    const { handler, upstream } = setup({ sharedSecret: SECRET, rateLimit: { burst: 1, perSecond: 1 } });
    const headers = { origin: 'https://crm.example.net', 'user-agent': CRAWLERS.googlebot };
    for (let n = 0; n < 3; n++) {
      expect((await handler(server(batch(50, n * 50), SECRET, headers), from('10.0.0.5'))).status).toBe(200);
    }
    expect(upstream.calls).toHaveLength(150);
  });

  it('answers 401 for a wrong secret, and for any secret when none is configured, forwarding nothing', async () => {
    const { handler, upstream, logger } = setup({ sharedSecret: SECRET });
    const wrong = await handler(server(lead(), `${SECRET}x`));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_secret' } });
    expect(logger.entries[0]).toMatchObject({ auth: 'invalid', status: 401 });
    const unconfigured = setup();
    expect((await unconfigured.handler(server(lead()))).status).toBe(401);
    expect(upstream.calls).toHaveLength(0);
    expect(unconfigured.upstream.calls).toHaveLength(0);
  });

  it('treats a request without the header as a browser: body ip_address and user_agent are ignored', async () => {
    const { handler, upstream } = setup({ sharedSecret: SECRET });
    await handler(
      post({ ...lead(), context: { ip_address: '1.2.3.4', user_agent: 'forged' } }),
      from('192.0.2.1'),
    );
    expect(upstream.calls[0].body.context).toEqual({ ip_address: '192.0.2.1', user_agent: UA_HELPER });
  });

  it('refuses an ip_address that is not an IP address, naming the event', async () => {
    const { handler, upstream } = setup({ sharedSecret: SECRET });
    const response = await handler(server([lead(1), { ...lead(2), context: { ip_address: 'localhost' } }]));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'format', path: '[1].context.ip_address' });
    const single = await handler(server({ ...lead(), context: { ip_address: '1.2.3' } }));
    expect((await single.json()).error.path).toBe('context.ip_address');
    expect(upstream.calls).toHaveLength(0);
  });

  it('never logs or echoes the secret, with the default console logger either', async () => {
    const lines: string[] = [];
    const spies = [
      vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line)),
      vi.spyOn(console, 'error').mockImplementation((line: string) => lines.push(line)),
    ];
    try {
      const upstream = fakeUpstream({ status: 500, body: { error: `echo ${SECRET} ${API_KEY}` } });
      const handler = createProxy({
        apiKey: API_KEY,
        companyId: COMPANY_ID,
        fetch: upstream.fetch,
        sharedSecret: SECRET,
        retries: 0,
      });
      const answers = [
        await handler(server(lead())),
        await handler(server(lead(), `${SECRET}-wrong`)),
        await handler(post(lead())),
      ];
      for (const answer of answers) expect(await visible(answer)).not.toContain(SECRET);
      expect(lines.length).toBe(answers.length);
      for (const line of lines) {
        expect(line).not.toContain(SECRET);
        expect(line).not.toContain(API_KEY);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('options', () => {
  const base = { apiKey: API_KEY, companyId: COMPANY_ID };
  it('names the bad option, never echoing a secret', () => {
    expect(() => createProxy({ ...base, rateLimit: { burst: 0 } })).toThrow(/options\.rateLimit\.burst/);
    expect(() => createProxy({ ...base, rateLimit: { perSecond: 0 } })).toThrow(
      /options\.rateLimit\.perSecond/,
    );
    expect(() => createProxy({ ...base, rateLimit: { store: {} as RateLimitStore } })).toThrow(
      /rateLimit\.store/,
    );
    expect(() => createProxy({ ...base, rateLimit: true as unknown as false })).toThrow(/options\.rateLimit/);
    expect(() => createProxy({ ...base, bots: { blockHeadless: 'yes' as unknown as boolean } })).toThrow(
      /options\.bots\.blockHeadless/,
    );
    expect(() => createProxy({ ...base, bots: { allow: [''] } })).toThrow(/options\.bots\.allow/);
    const cases: Array<[string, RegExp]> = [
      ['short-secret', /at least 16/],
      ['a secret with spaces in it', /whitespace/],
      [API_KEY, /must not be the API key/],
    ];
    for (const [secret, message] of cases) {
      expect(() => createProxy({ ...base, sharedSecret: secret })).toThrow(message);
      try {
        createProxy({ ...base, sharedSecret: secret });
      } catch (error) {
        expect(String(error)).not.toContain(secret);
      }
    }
  });
});
