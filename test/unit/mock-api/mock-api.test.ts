import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONVERSIONS_PATH,
  checkFaults,
  createMockApi,
  EVENTS_PATH,
  type MockActivity,
} from '../../../src/mock-api/mock-api.js';
import { API_PATHS } from '../../../src/schema/fields.js';

const KEY = 'sk_mock_secret_value_123';
// The API paths answer any Host (a proxy in another container calls http://mock:8788); the
// control endpoints only a loopback one.
const BASE = 'http://mock.test';
const LOCAL = 'http://127.0.0.1:8788';
const VALID = { company_id: 'biz_test1234567890', event_name: 'lead', event_id: 'evt_1' };
/** The same lead, as the Events API takes it. */
const EVENT = { account_id: 'biz_test1234567890', event_name: 'lead', event_id: 'evt_1' };
const DAY = 24 * 60 * 60 * 1000;

function post(body: unknown, headers: Record<string, string> = {}, path: string = CONVERSIONS_PATH): Request {
  return new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${KEY}`,
      'content-type': 'application/json',
      'idempotency-key': 'evt_1',
      'user-agent': 'whop-pixel-test',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A POST to the Events API; no Idempotency-Key unless `key` is given. */
function postEvent(body: unknown, key?: string, headers: Record<string, string> = {}): Request {
  const request = post(body, headers, EVENTS_PATH);
  if (key === undefined) request.headers.delete('idempotency-key');
  else request.headers.set('idempotency-key', key);
  return request;
}

async function read(response: Response) {
  return { status: response.status, body: await response.json(), headers: response.headers };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createMockApi: POST /api/v1/conversions', () => {
  it('accepts a valid body, answers {id} and records it without the token', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const { status, body } = await read(await mock.handler(post(VALID)));
    expect(status).toBe(200);
    expect(body).toEqual({ id: expect.stringMatching(/^conv_[0-9a-f]{20}$/) });
    const [event] = mock.events();
    expect(event).toEqual({
      id: body.id,
      api: 'conversions',
      body: VALID,
      received_at: expect.any(String),
      idempotency_key: 'evt_1',
      user_agent_header: 'whop-pixel-test',
      attempt: 1,
    });
    expect(Number.isNaN(Date.parse(event.received_at))).toBe(false);
    expect(JSON.stringify(mock.events())).not.toContain(KEY);
    expect(JSON.stringify(mock.stats())).not.toContain(KEY);
  });

  it.each([
    ['no Authorization', { authorization: '' }],
    ['another token', { authorization: 'Bearer sk_other' }],
    ['the token without the scheme', { authorization: KEY }],
    ['a Basic scheme', { authorization: `Basic ${KEY}` }],
  ])('answers 401 for %s, without echoing anything', async (_name, headers) => {
    const mock = createMockApi({ apiKey: KEY });
    const response = await mock.handler(post(VALID, headers));
    const text = await response.text();
    expect(response.status).toBe(401);
    expect(JSON.parse(text).error).toEqual({
      code: 'unauthorized',
      message: 'missing or invalid bearer token',
      path: '',
    });
    expect(text).not.toContain(KEY);
    expect(mock.events()).toEqual([]);
    expect(mock.stats().rejected).toBe(1);
  });

  it('answers 415 unless the body is application/json', async () => {
    const mock = createMockApi({ apiKey: KEY });
    expect((await mock.handler(post(VALID, { 'content-type': 'text/plain' }))).status).toBe(415);
    expect(
      (await mock.handler(post(VALID, { 'content-type': 'application/json; charset=utf-8' }))).status,
    ).toBe(200);
  });

  it('answers 400 with the error shape for bad JSON and for every schema problem', async () => {
    const mock = createMockApi({ apiKey: KEY });
    expect((await read(await mock.handler(post('{oops')))).body.error.code).toBe('invalid_json');
    const { status, body } = await read(
      await mock.handler(post({ event_name: 'lead', context: { ip: '1.2.3.4' }, value: 'x' })),
    );
    expect(status).toBe(400);
    expect(body.error).toEqual(body.errors[0]);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'company_id',
      'context.ip',
      'value',
    ]);
    expect(mock.events()).toEqual([]);
  });

  it('refuses an array: the endpoint takes one conversion', async () => {
    const mock = createMockApi({ apiKey: KEY });
    expect((await mock.handler(post([VALID]))).status).toBe(400);
  });

  it('dedups by event_id: the same id back, recorded once, duplicates counted', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const first = await read(await mock.handler(post(VALID)));
    const again = await read(await mock.handler(post({ ...VALID, value: 5 })));
    const other = await read(await mock.handler(post({ ...VALID, event_id: 'evt_2' })));
    expect(again.body.id).toBe(first.body.id);
    expect(other.body.id).not.toBe(first.body.id);
    expect(mock.events().map((e) => e.body.event_id)).toEqual(['evt_1', 'evt_2']);
    expect(mock.stats()).toEqual({ attempts: 3, accepted: 2, duplicates: 1, rejected: 0, faults_served: 0 });
  });

  it('records every body without event_id as a new conversion', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const { event_id: _drop, ...noId } = VALID;
    await mock.handler(post(noId));
    await mock.handler(post(noId));
    expect(mock.events()).toHaveLength(2);
  });

  it('answers 405 for other methods on the endpoint and 404 elsewhere', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const get = await mock.handler(new Request(`${BASE}/api/v1/conversions`));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await mock.handler(new Request(`${BASE}/api/v1/other`))).status).toBe(404);
  });

  it('hands out copies: changing what events() returned changes nothing', async () => {
    const mock = createMockApi({ apiKey: KEY });
    await mock.handler(post(VALID));
    mock.events()[0].body.event_name = 'custom';
    expect(mock.events()[0].body.event_name).toBe('lead');
  });

  it('refuses to start without a token', () => {
    expect(() => createMockApi({ apiKey: '' })).toThrow(/apiKey/);
  });
});

describe('createMockApi: POST /api/v1/events', () => {
  it('serves both paths of fields.ts', () => {
    expect([CONVERSIONS_PATH, EVENTS_PATH]).toEqual([API_PATHS.conversions, API_PATHS.events]);
  });

  it('accepts a valid body, answers {id: "<account_id>:<event_id>"} and records it with api "events"', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const { status, body, headers } = await read(await mock.handler(postEvent(EVENT, 'k1')));
    expect(status).toBe(200);
    expect(body).toEqual({ id: 'biz_test1234567890:evt_1' });
    expect(headers.get('idempotent-replayed')).toBeNull();
    expect(mock.events()).toEqual([
      {
        id: 'biz_test1234567890:evt_1',
        api: 'events',
        body: EVENT,
        received_at: expect.any(String),
        idempotency_key: 'k1',
        user_agent_header: 'whop-pixel-test',
        attempt: 1,
      },
    ]);
    expect(JSON.stringify(mock.events())).not.toContain(KEY);
  });

  it('takes the Events API body: any event name, events-only context and user fields', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const body = {
      account_id: 'biz_test1234567890',
      event_name: 'webinar_signup',
      event_id: 'evt_free',
      context: { gbraid: 'GB-1', msclkid: 'MS-1', fbc: 'fb.1.1700000000000.IwAR', language: 'en-US' },
      user: { linked_anonymous_id: 'anon_2' },
    };
    expect(await read(await mock.handler(postEvent(body)))).toMatchObject({
      status: 200,
      body: { id: 'biz_test1234567890:evt_free' },
    });
    expect(mock.events()[0].body).toEqual(body);
  });

  it('generates the event id when event_id is absent: evnt_…, a new event each time', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const { event_id: _drop, ...noId } = EVENT;
    const first = await read(await mock.handler(postEvent(noId)));
    const second = await read(await mock.handler(postEvent(noId)));
    expect(first.body.id).toMatch(/^biz_test1234567890:evnt_[0-9a-f]{14}$/);
    expect(second.body.id).not.toBe(first.body.id);
    expect(mock.events()).toHaveLength(2);
  });

  it('dedups by account and event_id without a key: the same id, recorded once', async () => {
    const mock = createMockApi({ apiKey: KEY });
    await mock.handler(postEvent(EVENT));
    const again = await read(await mock.handler(postEvent({ ...EVENT, value: 5 })));
    const other = await read(await mock.handler(postEvent({ ...EVENT, account_id: 'biz_other' })));
    expect(again.body.id).toBe('biz_test1234567890:evt_1');
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(other.body.id).toBe('biz_other:evt_1');
    expect(mock.stats()).toMatchObject({ accepted: 2, duplicates: 1 });
  });

  it('refuses company_id, and a conversions body, with 400 naming the fields', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const { status, body } = await read(await mock.handler(postEvent(VALID)));
    expect(status).toBe(400);
    expect(body.error).toEqual(body.errors[0]);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        {
          code: 'unknown_key',
          message: "company_id is not a field of Whop's events API",
          path: 'company_id',
        },
        { code: 'required', message: 'account_id is required', path: 'account_id' },
      ]),
    );
    const both = await read(await mock.handler(postEvent({ ...EVENT, company_id: 'biz_test1234567890' })));
    expect(both.body.errors.map((e: { path: string }) => e.path)).toEqual(['company_id']);
    expect(mock.events()).toEqual([]);
    expect(mock.stats()).toMatchObject({ attempts: 2, rejected: 2, accepted: 0 });
  });

  it.each([
    ['without value', {}],
    ['with value 0', { value: 0 }],
    ['with a negative value', { value: -5 }],
    ['with value null', { value: null }],
  ])('refuses purchase %s (400 on value)', async (_name, change) => {
    const mock = createMockApi({ apiKey: KEY });
    const purchase = { ...EVENT, event_name: 'purchase', currency: 'usd', ...change };
    const { status, body } = await read(await mock.handler(postEvent(purchase)));
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        code: 'value_required',
        message: 'value must be a positive number when event_name is "purchase"',
        path: 'value',
      },
    ]);
    expect((await mock.handler(postEvent({ ...purchase, value: 19.99 }))).status).toBe(200);
  });

  it('replays the same key and body: the first answer, Idempotent-Replayed: true, not recorded twice', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const seen: MockActivity[] = [];
    mock.subscribe((a) => seen.push(a));
    const first = await read(await mock.handler(postEvent(EVENT, 'key-1')));
    const replay = await read(await mock.handler(postEvent(EVENT, 'key-1')));
    expect(replay.status).toBe(first.status);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('content-type')).toMatch(/^application\/json/);
    expect(mock.events()).toHaveLength(1);
    expect(mock.stats()).toEqual({ attempts: 2, accepted: 1, duplicates: 1, rejected: 0, faults_served: 0 });
    expect(seen.map((a) => a.type)).toEqual(['accepted', 'replayed']);
    expect(seen[1]).toEqual({ type: 'replayed', status: 200, idempotency_key: 'key-1', attempt: 2 });
  });

  it('refuses the same key with a different body (400 naming Idempotency-Key), and keeps the first answer', async () => {
    const mock = createMockApi({ apiKey: KEY });
    await mock.handler(postEvent(EVENT, 'key-1'));
    for (const other of [
      { ...EVENT, value: 5 },
      { ...EVENT, event_id: 'evt_2' },
      // Compared byte for byte: a retry sends the bytes it sent first.
      JSON.stringify(EVENT, null, 2),
    ]) {
      const { status, body } = await read(await mock.handler(postEvent(other, 'key-1')));
      expect(status).toBe(400);
      expect(body.error).toEqual({
        code: 'idempotency_key_reused',
        message:
          'Idempotency-Key "key-1" was already used with a different body; send a new key for a new event',
        path: '',
      });
    }
    const replay = await mock.handler(postEvent(EVENT, 'key-1'));
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(mock.events()).toHaveLength(1);
    expect(mock.stats()).toMatchObject({ accepted: 1, duplicates: 1, rejected: 3 });
  });

  it('replays a 4xx answer too: a fixed body needs a new key', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const bad = { ...EVENT, event_name: 'purchase' };
    const first = await read(await mock.handler(postEvent(bad, 'key-4xx')));
    const replay = await read(await mock.handler(postEvent(bad, 'key-4xx')));
    expect(first.status).toBe(400);
    expect(replay).toMatchObject({ status: 400, body: first.body });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(mock.stats()).toMatchObject({ attempts: 2, rejected: 1, duplicates: 1, accepted: 0 });
    const fixed = { ...bad, value: 10 };
    expect((await mock.handler(postEvent(fixed, 'key-4xx'))).status).toBe(400);
    expect((await mock.handler(postEvent(fixed, 'key-fixed'))).status).toBe(200);
  });

  it('does not keep a 401 under the key: the retry with the right token is processed', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const denied = await mock.handler(postEvent(EVENT, 'key-auth', { authorization: 'Bearer sk_other' }));
    expect(denied.status).toBe(401);
    const retry = await mock.handler(postEvent(EVENT, 'key-auth'));
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(mock.events()).toHaveLength(1);
    expect(mock.stats()).toMatchObject({ accepted: 1, rejected: 1, duplicates: 0 });
  });

  it('forgets keys on reset', async () => {
    const mock = createMockApi({ apiKey: KEY });
    await mock.handler(postEvent(EVENT, 'key-1'));
    mock.reset();
    const again = await mock.handler(postEvent({ ...EVENT, value: 1 }, 'key-1'));
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses an event_time over 28 days old (400 on event_time); keeps a future one as sent', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00.000Z') });
    const mock = createMockApi({ apiKey: KEY });
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const old = await read(await mock.handler(postEvent({ ...EVENT, event_time: at(-28 * DAY - 1000) })));
    expect(old.status).toBe(400);
    expect(old.body.errors).toEqual([
      {
        code: 'too_old',
        message: 'event_time must be within the last 28 days, got "2026-02-01T11:59:59.000Z"',
        path: 'event_time',
      },
    ]);
    expect((await mock.handler(postEvent({ ...EVENT, event_time: at(-27 * DAY) }))).status).toBe(200);
    const future = { ...EVENT, event_id: 'evt_future', event_time: at(DAY) };
    expect((await mock.handler(postEvent(future))).status).toBe(200);
    // Whop clamps it to now: the mock records the body as sent, received_at is that now.
    expect(mock.events()[1]).toMatchObject({ body: future, received_at: '2026-03-01T12:00:00.000Z' });
  });

  it('applies faults and counts stats across both paths; GET /_mock/events lists both kinds', async () => {
    const mock = createMockApi({ apiKey: KEY });
    mock.setFaults([{ status: 503, times: 2 }]);
    expect((await mock.handler(post(VALID))).status).toBe(503);
    expect((await mock.handler(postEvent(EVENT, 'key-1'))).status).toBe(503);
    // A faulted attempt is not kept under its key: the retry is processed.
    expect((await mock.handler(postEvent(EVENT, 'key-1'))).headers.get('idempotent-replayed')).toBeNull();
    expect((await mock.handler(post(VALID))).status).toBe(200);
    expect(mock.stats()).toEqual({ attempts: 4, accepted: 2, duplicates: 0, rejected: 0, faults_served: 2 });
    const list = await read(await mock.handler(new Request(`${LOCAL}/_mock/events`)));
    expect(list.body.map((e: { api: string; id: string }) => [e.api, e.id])).toEqual([
      ['events', 'biz_test1234567890:evt_1'],
      ['conversions', expect.stringMatching(/^conv_/)],
    ]);
  });

  it('answers 405 for other methods', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const get = await mock.handler(new Request(`${BASE}${EVENTS_PATH}`));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

describe('createMockApi: conversions stays strict', () => {
  it.each([
    ['an events-only context key', { context: { gbraid: 'GB-1' } }, 'context.gbraid'],
    ['an events-only user key', { user: { linked_wuid: 'w' } }, 'user.linked_wuid'],
    ['account_id', { account_id: 'biz_test1234567890' }, 'account_id'],
  ])('refuses %s with 400 naming it', async (_name, change, path) => {
    const mock = createMockApi({ apiKey: KEY });
    const { status, body } = await read(await mock.handler(post({ ...VALID, ...change })));
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { code: 'unknown_key', message: `${path} is not a field of Whop's conversions API`, path },
    ]);
  });

  it('refuses an Events API name such as purchase, and ignores Idempotency-Key for replays', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const purchase = await read(await mock.handler(post({ ...VALID, event_name: 'purchase', value: 5 })));
    expect(purchase.status).toBe(400);
    expect(purchase.body.error.path).toBe('event_name');
    // /conversions dedups by event_id only: the same key with another event is a new conversion.
    const other = await mock.handler(post({ ...VALID, event_id: 'evt_2' }));
    expect(other.status).toBe(200);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('createMockApi: faults', () => {
  it('serves status faults in order, with Retry-After, then behaves again', async () => {
    const mock = createMockApi({ apiKey: KEY });
    mock.setFaults([
      { status: 503, times: 2, retryAfter: 1 },
      { status: 429, retryAfter: 7 },
    ]);
    const statuses: number[] = [];
    const retryAfter: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await mock.handler(post(VALID));
      statuses.push(response.status);
      retryAfter.push(response.headers.get('retry-after'));
    }
    expect(statuses).toEqual([503, 503, 429, 200]);
    expect(retryAfter).toEqual(['1', '1', '7', null]);
    expect(mock.events()).toHaveLength(1);
    expect(mock.events()[0].attempt).toBe(4);
    expect(mock.stats()).toMatchObject({ attempts: 4, accepted: 1, faults_served: 3 });
  });

  it('applies faults before the token check, like a failing load balancer', async () => {
    const mock = createMockApi({ apiKey: KEY });
    mock.setFaults([{ status: 502 }]);
    expect((await mock.handler(post(VALID, { authorization: '' }))).status).toBe(502);
  });

  it('drops the connection: the handler returns a network error', async () => {
    const mock = createMockApi({ apiKey: KEY });
    mock.setFaults([{ drop: true, times: 2 }]);
    expect((await mock.handler(post(VALID))).type).toBe('error');
    expect((await mock.handler(post(VALID))).type).toBe('error');
    expect((await mock.handler(post(VALID))).status).toBe(200);
    expect(mock.events()).toHaveLength(1);
  });

  it('delays, then processes the request normally (a slow upstream still records)', async () => {
    vi.useFakeTimers();
    const mock = createMockApi({ apiKey: KEY });
    mock.setFaults([{ delayMs: 5000 }]);
    let settled = false;
    const pending = mock.handler(post(VALID)).then((r) => {
      settled = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
    expect(mock.events()).toHaveLength(1);
  });

  it('combines a delay with a status', async () => {
    vi.useFakeTimers();
    const mock = createMockApi({ apiKey: KEY });
    mock.setFaults([{ delayMs: 100, status: 500 }]);
    const pending = mock.handler(post(VALID));
    await vi.advanceTimersByTimeAsync(100);
    expect((await pending).status).toBe(500);
  });

  it('reset() drops requests still waiting out a delay and forgets everything', async () => {
    const mock = createMockApi({ apiKey: KEY });
    await mock.handler(post(VALID));
    mock.setFaults([{ delayMs: 60_000 }, { status: 503 }]);
    const pending = mock.handler(post({ ...VALID, event_id: 'evt_slow' }));
    mock.reset();
    expect((await pending).type).toBe('error');
    expect(mock.events()).toEqual([]);
    expect(mock.stats()).toEqual({ attempts: 0, accepted: 0, duplicates: 0, rejected: 0, faults_served: 0 });
    // The dedup memory is gone too, and the queued 503 with it.
    expect((await mock.handler(post(VALID))).status).toBe(200);
    expect(mock.events()).toHaveLength(1);
  });

  it.each([
    [{ status: 503 }, /must be a JSON array/],
    [[null], /faults\[0\] must be an object/],
    [[{ status: 99 }], /faults\[0\]\.status/],
    [[{ status: 503, times: 0 }], /faults\[0\]\.times/],
    [[{ delayMs: -1 }], /faults\[0\]\.delayMs/],
    [[{ drop: 'yes' }], /faults\[0\]\.drop/],
    [[{ retryAfter: 1 }], /needs status, delayMs or drop/],
    [[{ status: 503 }, { status: 503, wat: 1 }], /faults\[1\]\.wat is not a fault option/],
  ])('refuses malformed faults %j', (faults, message) => {
    expect(() => checkFaults(faults)).toThrow(message);
  });
});

describe('createMockApi: subscribe', () => {
  it('tells observers about accepted, duplicate, rejected and faulted attempts', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const seen: MockActivity[] = [];
    const unsubscribe = mock.subscribe((a) => seen.push(a));
    mock.subscribe(() => {
      throw new Error('a broken observer');
    });
    mock.setFaults([{ status: 503, retryAfter: 2 }]);
    await mock.handler(post(VALID));
    await mock.handler(post(VALID));
    await mock.handler(post(VALID));
    await mock.handler(post(VALID, { authorization: '' }));
    expect(seen.map((a) => a.type)).toEqual(['fault', 'accepted', 'duplicate', 'rejected']);
    expect(seen[0]).toEqual({ type: 'fault', fault: { status: 503, retryAfter: 2 }, attempt: 1 });
    expect(seen[1]).toMatchObject({ type: 'accepted', event: { body: VALID, attempt: 2 } });
    expect(seen[3]).toEqual({ type: 'rejected', status: 401, code: 'unauthorized', attempt: 4 });
    expect(JSON.stringify(seen)).not.toContain(KEY);
    unsubscribe();
    await mock.handler(post(VALID));
    expect(seen).toHaveLength(4);
  });
});

describe('createMockApi: control endpoints', () => {
  const control = (method: string, path: string, body?: unknown) =>
    new Request(`${LOCAL}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });

  it('GET /_mock/events lists newest last; DELETE resets', async () => {
    const mock = createMockApi({ apiKey: KEY });
    await mock.handler(post(VALID));
    await mock.handler(post({ ...VALID, event_id: 'evt_2' }));
    const list = await read(await mock.handler(control('GET', '/_mock/events')));
    expect(list.body.map((e: { body: { event_id: string } }) => e.body.event_id)).toEqual(['evt_1', 'evt_2']);
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect((await mock.handler(control('DELETE', '/_mock/events'))).status).toBe(200);
    expect((await read(await mock.handler(control('GET', '/_mock/events')))).body).toEqual([]);
  });

  it('POST /_mock/faults queues faults; GET shows what is left; bad lists are 400', async () => {
    const mock = createMockApi({ apiKey: KEY });
    const set = await read(
      await mock.handler(
        control('POST', '/_mock/faults', [
          { status: 503, times: 3, retryAfter: 1 },
          { delayMs: 5000, times: 1 },
          { drop: true, times: 2 },
        ]),
      ),
    );
    expect(set).toMatchObject({ status: 200, body: { ok: true, faults: 3 } });
    expect((await mock.handler(post(VALID))).status).toBe(503);
    const left = await read(await mock.handler(control('GET', '/_mock/faults')));
    expect(left.body[0]).toEqual({ status: 503, times: 2, retryAfter: 1 });
    const bad = await read(await mock.handler(control('POST', '/_mock/faults', [{ status: 'x' }])));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_faults');
    const notJson = await mock.handler(new Request(`${LOCAL}/_mock/faults`, { method: 'POST', body: '[' }));
    expect((await read(notJson)).body.error.message).toBe('the body is not valid JSON');
    expect((await mock.handler(control('DELETE', '/_mock/faults'))).status).toBe(200);
    expect((await mock.handler(post(VALID))).status).toBe(200);
  });

  it('GET /_mock/stats counts attempts, accepted, duplicates, rejected and faults served', async () => {
    const mock = createMockApi({ apiKey: KEY });
    mock.setFaults([{ status: 500 }]);
    await mock.handler(post(VALID));
    await mock.handler(post(VALID));
    await mock.handler(post(VALID));
    await mock.handler(post({}, {}));
    const { body } = await read(await mock.handler(control('GET', '/_mock/stats')));
    expect(body).toEqual({ attempts: 4, accepted: 1, duplicates: 1, rejected: 1, faults_served: 1 });
    expect(mock.attempts()).toBe(4);
  });
});

describe('createMockApi: control endpoints answer local, same-origin callers only', () => {
  const ROUTES: Array<[string, string]> = [
    ['GET', '/_mock/events'],
    ['DELETE', '/_mock/events'],
    ['GET', '/_mock/faults'],
    ['POST', '/_mock/faults'],
    ['DELETE', '/_mock/faults'],
    ['GET', '/_mock/stats'],
  ];
  const FAULTS = JSON.stringify([{ status: 503, times: 3 }]);
  const request = (method: string, path: string, headers: Record<string, string> = {}, base = LOCAL) =>
    new Request(`${base}${path}`, { method, headers, body: method === 'POST' ? FAULTS : undefined });

  it.each(ROUTES)(
    '%s %s: 403 for a Host that is not loopback (DNS rebinding), nothing changed',
    async (method, path) => {
      const mock = createMockApi({ apiKey: KEY });
      await mock.handler(post(VALID));
      for (const host of [
        'rebind.attacker.test:8788',
        'rebind.attacker.test',
        '192.168.1.20:8788',
        'localhost.:8788',
      ]) {
        const response = await read(await mock.handler(request(method, path, { host })));
        expect(response.status).toBe(403);
        expect(response.body.error.code).toBe('host_not_allowed');
        expect(JSON.stringify(response.body)).not.toContain('evt_1');
      }
      // Without a Host header, the URL's host is the one checked.
      expect((await mock.handler(request(method, path, {}, 'http://rebind.attacker.test:8788'))).status).toBe(
        403,
      );
      expect(mock.events()).toHaveLength(1);
      expect(mock.stats().faults_served).toBe(0);
      expect((await mock.handler(post({ ...VALID, event_id: 'evt_2' }))).status).toBe(200);
    },
  );

  it('accepts localhost, 127.0.0.1 and [::1], with or without a port, and hosts named in options', async () => {
    const mock = createMockApi({ apiKey: KEY, allowedHosts: ['mock'] });
    for (const host of [
      'localhost',
      'localhost:8788',
      '127.0.0.1:8788',
      '[::1]:8788',
      'LOCALHOST:1',
      'mock:8788',
    ]) {
      expect((await mock.handler(request('GET', '/_mock/stats', { host }))).status).toBe(200);
    }
    expect((await mock.handler(request('GET', '/_mock/stats', { host: 'mock.evil.test' }))).status).toBe(403);
  });

  it('the API paths answer any Host: a proxy elsewhere calls them by name', async () => {
    const mock = createMockApi({ apiKey: KEY });
    expect((await mock.handler(post(VALID, { host: 'mock:8788' }))).status).toBe(200);
  });

  it.each([
    ['another site', { origin: 'https://evil.example.net' }],
    ['another port of the same host', { origin: 'http://127.0.0.1:3000' }],
    ['the other loopback name', { origin: 'http://localhost:8788' }],
    ['the opaque null origin', { origin: 'null' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site fetch', { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:8788' }],
  ])('refuses a POST or DELETE from %s (CSRF), changing nothing', async (_name, headers) => {
    const mock = createMockApi({ apiKey: KEY });
    await mock.handler(post(VALID));
    for (const [method, path] of ROUTES.filter(([m]) => m !== 'GET')) {
      const response = await read(await mock.handler(request(method, path, headers)));
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('cross_origin');
    }
    expect(mock.events()).toHaveLength(1);
    expect((await mock.handler(post({ ...VALID, event_id: 'evt_2' }))).status).toBe(200);
  });

  it('takes a POST without Origin (curl, a test, the demo server) or from its own origin', async () => {
    const mock = createMockApi({ apiKey: KEY });
    expect((await mock.handler(request('POST', '/_mock/faults'))).status).toBe(200);
    const own = { origin: 'http://127.0.0.1:8788', 'sec-fetch-site': 'same-origin' };
    expect((await mock.handler(request('POST', '/_mock/faults', own))).status).toBe(200);
    const viaHost = { host: 'localhost:8788', origin: 'http://localhost:8788' };
    expect((await mock.handler(request('DELETE', '/_mock/faults', viaHost))).status).toBe(200);
  });
});
