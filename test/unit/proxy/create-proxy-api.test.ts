// One browser body, two upstream shapes: the proxy speaks /conversions (the default) or Whop's
// Events API (`api: 'events'`), and the browser cannot know which.
import { describe, expect, it } from 'vitest';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import { DEFAULT_API_URLS } from '../../../src/proxy/options.js';
import { validateConversion } from '../../../src/schema/validate.js';
import { API_KEY, COMPANY_ID, post, SITE, setup } from './helpers.js';

const UA = 'Mozilla/5.0 (Macintosh) Safari/605.1.15';
const FBC = 'fb.1.1700000000000.IwAR0abc';
/** What the snippet sends from a page reached by a Google iOS, Microsoft, LinkedIn and Snapchat click. */
const browserBody = {
  event_name: 'lead',
  event_id: 'evt_api_1',
  event_time: '2026-12-05T08:00:00.000Z',
  url: `${SITE}/?gbraid=GB1&msclkid=MS1&li_fat_id=LI1&ScCid=SC1`,
  referrer_url: 'https://www.google.com/',
  value: 6.9,
  currency: 'usd',
  context: {
    gclid: 'G1',
    gbraid: 'GB1',
    wbraid: 'WB1',
    msclkid: 'MS1',
    li_fat_id: 'LI1',
    rdt_cid: 'RD1',
    sccid: 'SC1',
    twclid: 'TW1',
    fbc: FBC,
    utm_source: 'google',
  },
  user: { email: 'ada@example.com', anonymous_id: 'anon_12345678' },
};
const headers = { 'accept-language': 'de-CH,de;q=0.9,en;q=0.8' };

describe('the same browser body, field by field, for each API', () => {
  it('conversions (the default): company_id, the fields /conversions takes, the rest dropped and counted', async () => {
    const { handler, upstream, logger } = setup();
    const response = await handler(post(browserBody, { headers }), { peer: '203.0.113.7' });
    expect(response.status).toBe(200);
    const call = upstream.calls[0];
    expect(call.url).toBe('https://api.whop.com/api/v1/conversions');
    expect(call.body).toEqual({
      company_id: COMPANY_ID,
      event_name: 'lead',
      event_id: 'evt_api_1',
      event_time: '2026-12-05T08:00:00.000Z',
      action_source: 'website',
      url: browserBody.url,
      referrer_url: 'https://www.google.com/',
      value: 6.9,
      currency: 'usd',
      // fbclid still comes from the _fbc value the browser sent.
      context: {
        gclid: 'G1',
        utm_source: 'google',
        fbclid: 'IwAR0abc',
        ip_address: '203.0.113.7',
        user_agent: UA,
      },
      user: { email: 'ada@example.com', anonymous_id: 'anon_12345678' },
    });
    expect(validateConversion(call.body)).toMatchObject({ ok: true });
    // gbraid wbraid msclkid li_fat_id rdt_cid sccid twclid fbc
    expect(logger.entries.find((e) => e.msg === 'whop-pixel request')?.dropped_fields).toBe(8);
  });

  it('events: account_id, every click id, fbc, and the language from Accept-Language', async () => {
    const { handler, upstream, logger } = setup({ api: 'events' });
    const response = await handler(post(browserBody, { headers }), { peer: '203.0.113.7' });
    expect(response.status).toBe(200);
    const call = upstream.calls[0];
    expect(call.url).toBe('https://api.whop.com/api/v1/events');
    expect(call.headers['idempotency-key']).toBe('evt_api_1');
    expect(call.body).toEqual({
      account_id: COMPANY_ID,
      event_name: 'lead',
      event_id: 'evt_api_1',
      event_time: '2026-12-05T08:00:00.000Z',
      action_source: 'website',
      url: browserBody.url,
      referrer_url: 'https://www.google.com/',
      value: 6.9,
      currency: 'usd',
      context: {
        ...browserBody.context,
        fbclid: 'IwAR0abc',
        ip_address: '203.0.113.7',
        user_agent: UA,
        language: 'de-CH',
      },
      user: { email: 'ada@example.com', anonymous_id: 'anon_12345678' },
    });
    expect(validateConversion(call.body, { api: 'events' })).toMatchObject({ ok: true });
    expect(logger.entries.find((e) => e.msg === 'whop-pixel request')).not.toHaveProperty('dropped_fields');
  });

  it('events: a custom event goes under its own name, as Whop’s pixel sends it', async () => {
    const { handler, upstream } = setup({ api: 'events' });
    await handler(post({ event_name: 'custom', custom_name: 'quiz_done' }));
    expect(upstream.calls[0].body.event_name).toBe('quiz_done');
    expect(upstream.calls[0].body).not.toHaveProperty('custom_name');
  });

  it('conversions: custom + custom_name go as they came', async () => {
    const { handler, upstream } = setup();
    await handler(post({ event_name: 'custom', custom_name: 'quiz_done' }));
    expect(upstream.calls[0].body).toMatchObject({ event_name: 'custom', custom_name: 'quiz_done' });
  });

  it('events: the _fbc and _whop_aid cookies a same-site proxy receives become fbc and linked_anonymous_id', async () => {
    const { handler, upstream } = setup({ api: 'events' });
    await handler(
      post(
        { event_name: 'lead', user: { anonymous_id: 'wuid_abc123' } },
        { headers: { cookie: `_fbc=${FBC}; _whop_aid=own_id_1234` } },
      ),
    );
    const body = upstream.calls[0].body as { context: Record<string, string>; user: Record<string, string> };
    expect(body.context).toMatchObject({ fbc: FBC, fbclid: 'IwAR0abc' });
    expect(body.user).toEqual({ anonymous_id: 'wuid_abc123', linked_anonymous_id: 'own_id_1234' });
  });

  it('events: an fbc that holds another click than the fbclid is left out, so one click is credited', async () => {
    const { handler, upstream } = setup({ api: 'events' });
    await handler(post({ event_name: 'lead', context: { fbclid: 'IwAR0new', fbc: FBC } }));
    const context = upstream.calls[0].body.context as Record<string, string>;
    expect(context.fbclid).toBe('IwAR0new');
    expect(context).not.toHaveProperty('fbc');
  });

  it('conversions: the _fbc cookie gives fbclid only, and no linked id is made', async () => {
    const { handler, upstream } = setup();
    await handler(
      post(
        { event_name: 'lead', user: { anonymous_id: 'wuid_abc123' } },
        { headers: { cookie: `_fbc=${FBC}; _whop_aid=own_id_1234` } },
      ),
    );
    const body = upstream.calls[0].body as { context: Record<string, string>; user: Record<string, string> };
    expect(body.context).toEqual({ fbclid: 'IwAR0abc', user_agent: UA });
    expect(body.user).toEqual({ anonymous_id: 'wuid_abc123' });
  });

  it('events: a browser-sent company_id or account_id is ignored like any company the browser names', async () => {
    const { handler, upstream } = setup({ api: 'events' });
    await handler(post({ event_name: 'lead', company_id: 'biz_attacker', account_id: 'biz_attacker' }));
    expect(upstream.calls[0].body.account_id).toBe(COMPANY_ID);
    expect(upstream.calls[0].body).not.toHaveProperty('company_id');
  });

  it('events: an Accept-Language that is no language tag adds nothing', async () => {
    const { handler, upstream } = setup({ api: 'events' });
    await handler(post({ event_name: 'lead' }, { headers: { 'accept-language': '*' } }));
    expect(upstream.calls[0].body.context).not.toHaveProperty('language');
  });
});

describe('event names each API takes', () => {
  it.each(['purchase', 'view_content', 'add_to_cart', 'initiate_checkout', 'quiz_done'])(
    'conversions refuses %s with a 400 naming event_name and the api setting, forwarding nothing',
    async (name) => {
      const { handler, upstream } = setup();
      const response = await handler(post({ event_name: name, value: 5 }));
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: Array<{ path: string; message: string }> };
      expect(errors[0].path).toBe('event_name');
      expect(errors[0].message).toContain("api to 'events'");
      expect(errors[0].message).toContain('WHOP_API=events');
      expect(upstream.calls).toHaveLength(0);
    },
  );

  it('events takes purchase with a positive value, and refuses it without one', async () => {
    const { handler, upstream } = setup({ api: 'events' });
    expect((await handler(post({ event_name: 'purchase', value: 49 }))).status).toBe(200);
    const refused = await handler(post({ event_name: 'purchase' }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: Array<{ path: string }> }).errors[0].path).toBe('value');
    expect(upstream.calls).toHaveLength(1);
  });

  it('unknown fields are refused under both APIs', async () => {
    for (const api of ['conversions', 'events'] as const) {
      const { handler } = setup({ api });
      const response = await handler(post({ event_name: 'lead', context: { fingerprint: 'x' } }));
      expect(response.status).toBe(400);
    }
  });
});

describe('retries under the Events API', () => {
  it('sends every attempt of one event with the same Idempotency-Key and byte-identical body', async () => {
    const bodies: string[] = [];
    const keys: Array<string | null> = [];
    let n = 0;
    const handler = createProxy({
      apiKey: API_KEY,
      companyId: COMPANY_ID,
      api: 'events',
      logger: false,
      fetch: async (_url, init) => {
        bodies.push(String(init?.body));
        keys.push(new Headers(init?.headers).get('idempotency-key'));
        return new Response(++n < 3 ? '{}' : '{"id":"biz_1:evt"}', { status: n < 3 ? 503 : 200 });
      },
    });
    // No event_id from the caller: the generated one must not change between attempts either.
    const response = await handler(post({ event_name: 'lead' }));
    expect(response.status).toBe(200);
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe(JSON.parse(bodies[0]).event_id);
  });
});

describe('options', () => {
  it('the default upstream URL follows api', () => {
    expect(DEFAULT_API_URLS).toEqual({
      conversions: 'https://api.whop.com/api/v1/conversions',
      events: 'https://api.whop.com/api/v1/events',
    });
  });

  it('refuses an api it does not speak, naming the option', () => {
    expect(() => setup({ api: 'graphql' as never })).toThrow(
      /options\.api must be "conversions" or "events"/,
    );
  });

  it("refuses an apiUrl that is the other API's endpoint", () => {
    expect(() => setup({ api: 'events', apiUrl: 'http://127.0.0.1:9/api/v1/conversions' })).toThrow(
      /options\.apiUrl ends in \/api\/v1\/conversions.*options\.api is "events"/,
    );
    expect(() => setup({ apiUrl: 'http://127.0.0.1:9/api/v1/events' })).toThrow(
      /options\.api is "conversions"/,
    );
  });
});
