import { describe, expect, it } from 'vitest';
import { enrich, enrichBatch, languageOf, type RequestFacts } from '../../../src/proxy/enrich.js';
import type { LogEntry } from '../../../src/proxy/logger.js';
import type { Api, ConversionInput } from '../../../src/schema/types.js';

const FBC = 'fb.1.1700000000000.IwAR0abc';
const facts = (more: Partial<RequestFacts> = {}): RequestFacts => ({
  api: 'conversions',
  companyId: 'biz_x',
  clientAddress: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (Macintosh) Safari/605.1.15',
  receivedAt: '2026-12-05T08:00:00.000Z',
  newEventId: () => 'evt_new',
  ...more,
});
const lead = (more: Partial<ConversionInput<Api>> = {}): ConversionInput<Api> => ({
  event_name: 'lead',
  ...more,
});

describe('enrich: a caller body as the exact upstream body', () => {
  it("adds the server's company, address and agent, and the defaults", () => {
    expect(enrich(lead(), facts())).toEqual({
      body: {
        company_id: 'biz_x',
        event_name: 'lead',
        action_source: 'website',
        event_id: 'evt_new',
        event_time: '2026-12-05T08:00:00.000Z',
        context: { ip_address: '203.0.113.7', user_agent: 'Mozilla/5.0 (Macintosh) Safari/605.1.15' },
      },
      dropped: 0,
    });
    expect(enrich(lead(), facts({ api: 'events' })).body).toMatchObject({ account_id: 'biz_x' });
  });

  it('never takes the company, address or agent from the body; keeps what else the caller set; drops nulls', () => {
    const input = lead({
      action_source: 'chat',
      event_id: 'e1',
      event_time: '2026-01-01T00:00:00Z',
      plan_id: null,
      context: { ip_address: '6.6.6.6', user_agent: 'forged', gclid: 'G1' },
    });
    const { body } = enrich(
      { ...input, company_id: 'biz_evil' } as ConversionInput<Api>,
      facts({ userAgent: null }),
    );
    expect(body).toEqual({
      company_id: 'biz_x',
      event_name: 'lead',
      action_source: 'chat',
      event_id: 'e1',
      event_time: '2026-01-01T00:00:00Z',
      context: { gclid: 'G1', ip_address: '203.0.113.7' },
    });
  });

  it('cuts a long user agent to its field length', () => {
    const { body } = enrich(lead(), facts({ userAgent: 'x'.repeat(2000) }));
    expect(body.context?.user_agent).toHaveLength(1024);
  });

  it('fills ad cookies the body lacks, by the cookie column of the field table', () => {
    const cookieHeader = `_fbp=fb.1.1.2; _ga=GA1.1.3.4; _ttp=T1; _fbc=${FBC}; other=1`;
    const conversions = enrich(lead({ context: { ga: 'GA1.from.body' } }), facts({ cookieHeader }));
    // `fbc` is the Events API's alone; its click id still reaches /conversions as fbclid.
    expect(conversions.body.context).toMatchObject({
      fbp: 'fb.1.1.2',
      ga: 'GA1.from.body',
      ttp: 'T1',
      fbclid: 'IwAR0abc',
    });
    expect(conversions.body.context).not.toHaveProperty('fbc');
    const events = enrich(lead(), facts({ api: 'events', cookieHeader }));
    expect(events.body.context).toMatchObject({ fbc: FBC, fbclid: 'IwAR0abc' });
  });

  it("reads _fbc by the snippet's one rule (schema/cookies.ts), and takes an empty click id for none", () => {
    // The time segment is not checked, in the browser or here: the same cookie gives the same click.
    const odd = enrich(lead(), facts({ cookieHeader: '_fbc=fb.1.x.IwAR_odd' }));
    expect(odd.body.context).toMatchObject({ fbclid: 'IwAR_odd' });
    const empty = enrich(lead(), facts({ api: 'events', cookieHeader: '_fbc=fb.1.1596403881668.' }));
    expect(empty.body.context).not.toHaveProperty('fbclid');
  });

  it('sends one click, not two: an fbc of another click than the fbclid is left out', () => {
    const { body } = enrich(lead({ context: { fbclid: 'IwAR_new', fbc: FBC } }), facts({ api: 'events' }));
    expect(body.context).toMatchObject({ fbclid: 'IwAR_new' });
    expect(body.context).not.toHaveProperty('fbc');
  });

  it('drops and counts what /conversions does not take', () => {
    const input = lead({
      context: { msclkid: 'M1', language: 'de' },
      user: { linked_wuid: 'w', email: 'a@b.co' },
    });
    const { body, dropped } = enrich(input, facts());
    expect(dropped).toBe(3);
    expect(body.user).toEqual({ email: 'a@b.co' });
  });

  it("on the Events API: a custom event under its own name, the visitor's language, the snippet's id linked", () => {
    const input = lead({
      event_name: 'custom',
      custom_name: 'quiz_done',
      user: { anonymous_id: 'wuid_abc12345' },
    });
    const { body } = enrich(
      input,
      facts({ api: 'events', acceptLanguage: 'de-CH,de;q=0.9', cookieHeader: '_whop_aid=anon_12345678' }),
    );
    expect(body.event_name).toBe('quiz_done');
    expect(body).not.toHaveProperty('custom_name');
    expect(body.context?.language).toBe('de-CH');
    expect(body.user).toEqual({ anonymous_id: 'wuid_abc12345', linked_anonymous_id: 'anon_12345678' });
  });
});

describe('languageOf', () => {
  it('takes the first tag of Accept-Language when it is one', () => {
    expect(languageOf('zh-Hant-TW, en;q=0.5')).toBe('zh-Hant-TW');
    expect(languageOf('*')).toBeUndefined();
    // 35 characters is the field's length; one more and the tag is not sent.
    const longest = `${'a'.repeat(8)}-${'b'.repeat(8)}-${'c'.repeat(8)}-${'d'.repeat(8)}`;
    expect(languageOf(longest)).toBe(longest);
    expect(languageOf(`${longest}-e`)).toBeUndefined();
    expect(languageOf(null)).toBeUndefined();
  });
});

describe('enrichBatch: the enrich step', () => {
  const request = new Request('https://shop.example.com/whop', {
    method: 'POST',
    headers: { 'user-agent': 'Mozilla/5.0 visitor', 'accept-language': 'fr', cookie: '_ga=GA1.1.9.9' },
  });
  const batch = { api: 'events' as const, companyId: 'biz_x', clientAddress: '203.0.113.7', callerFacts: [] };

  it("takes the request's address, agent, language and cookies for every event, and logs dropped fields", () => {
    const log: LogEntry = { msg: 'test' };
    const events = enrichBatch([lead(), lead()], request, { ...batch, trusted: false }, log);
    expect(events).toHaveLength(2);
    expect(events[1].context).toMatchObject({
      ip_address: '203.0.113.7',
      user_agent: 'Mozilla/5.0 visitor',
      language: 'fr',
      ga: 'GA1.1.9.9',
    });
    expect(log).toEqual({ msg: 'test' });
    const conversions: LogEntry = { msg: 'test' };
    enrichBatch(
      [lead({ context: { msclkid: 'M' } })],
      request,
      { ...batch, api: 'conversions', trusted: false },
      conversions,
    );
    expect(conversions.dropped_fields).toBe(1);
  });

  it("gives a trusted caller's events only the visitor facts it wrote: never its own address or agent", () => {
    const events = enrichBatch(
      [lead(), lead()],
      request,
      {
        ...batch,
        trusted: true,
        callerFacts: [{ clientAddress: '198.51.100.9', userAgent: 'Visitor/1' }, {}],
      },
      { msg: 'test' },
    );
    expect(events[0].context).toMatchObject({ ip_address: '198.51.100.9', user_agent: 'Visitor/1' });
    expect(events[1].context).toEqual({ ga: 'GA1.1.9.9' });
  });
});
