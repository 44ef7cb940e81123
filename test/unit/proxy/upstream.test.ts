import { describe, expect, it } from 'vitest';
import { secretRedactor } from '../../../src/proxy/redact.js';
import {
  backoffDelay,
  fetchSender,
  parseRetryAfter,
  sendUpstream,
  type UpstreamConfig,
} from '../../../src/proxy/upstream.js';
import type { UpstreamBody } from '../../../src/schema/types.js';
import { API_KEY, COMPANY_ID, fakeUpstream } from './helpers.js';

describe('backoffDelay', () => {
  it('doubles from the base and stays between half and all of each step', () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const step = 250 * 2 ** attempt;
      expect(backoffDelay(attempt, 250, 4000, () => 0)).toBe(step / 2);
      expect(backoffDelay(attempt, 250, 4000, () => 0.999999)).toBe(step);
    }
  });

  it('never exceeds the cap, however many attempts', () => {
    expect(backoffDelay(30, 250, 4000, () => 0.999999)).toBe(4000);
  });

  it('spreads retries so a burst does not retry in lock-step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(3)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-3')).toBeUndefined();
  });
});

describe('sendUpstream: one event to Whop', () => {
  const body = { company_id: COMPANY_ID, event_name: 'lead', event_id: 'evt_up' } as UpstreamBody;
  const config = (fetch: typeof globalThis.fetch, more: Partial<UpstreamConfig> = {}): UpstreamConfig => ({
    apiUrl: 'https://api.whop.com/api/v1/conversions',
    apiKey: API_KEY,
    send: fetchSender(fetch),
    timeoutMs: 1000,
    retries: 3,
    maxRetryTimeMs: 10_000,
    redact: secretRedactor(API_KEY),
    ...more,
  });

  it('posts the body once with the Bearer key and the event id as Idempotency-Key, never following a redirect', async () => {
    const inits: RequestInit[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      inits.push(init);
      return new Response('{"id":"conv_1"}', { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    expect(await sendUpstream(body, config(fetch))).toEqual({
      outcome: 'accepted',
      status: 200,
      id: 'conv_1',
      attempts: 1,
    });
    expect(inits[0]).toMatchObject({ method: 'POST', redirect: 'manual', body: JSON.stringify(body) });
    expect(inits[0].headers).toMatchObject({
      Authorization: `Bearer ${API_KEY}`,
      'Idempotency-Key': 'evt_up',
    });
  });

  it('passes on only an id of Whop’s shape holding no secret', async () => {
    for (const id of [`Bearer ${API_KEY}`, '<b>', 'x'.repeat(129), 42]) {
      const upstream = fakeUpstream({ status: 200, body: { id } });
      expect((await sendUpstream(body, config(upstream.fetch))).id).toBeUndefined();
    }
  });

  it('retries a 5xx with the same bytes until Whop takes it', async () => {
    const upstream = fakeUpstream({ status: 500 }, { status: 502 }, { status: 200 });
    const result = await sendUpstream(body, config(upstream.fetch));
    expect(result).toMatchObject({ outcome: 'accepted', attempts: 3 });
    expect(new Set(upstream.calls.map((call) => JSON.stringify(call.body))).size).toBe(1);
  });

  it('does not retry a refusal: 4xx is rejected, 401/403 unavailable (an operator fixes those)', async () => {
    const rejected = fakeUpstream({ status: 422 });
    expect(await sendUpstream(body, config(rejected.fetch))).toMatchObject({
      outcome: 'rejected',
      status: 422,
    });
    expect(rejected.calls).toHaveLength(1);
    const refused = fakeUpstream({ status: 401 });
    expect(await sendUpstream(body, config(refused.fetch))).toMatchObject({
      outcome: 'unavailable',
      status: 401,
    });
    expect(refused.calls).toHaveLength(1);
  });

  it('gives up after `retries`, passing on the wait Whop asked for', async () => {
    const upstream = fakeUpstream({ status: 503, headers: { 'retry-after': '0' } });
    const result = await sendUpstream(body, config(upstream.fetch, { retries: 2 }));
    expect(result).toMatchObject({ outcome: 'unavailable', status: 503, attempts: 3, retryAfterMs: 0 });
  });

  it('times an attempt out (504), and a network error is status 0', async () => {
    const hang = fakeUpstream('hang');
    const timedOut = await sendUpstream(body, config(hang.fetch, { timeoutMs: 20, retries: 0 }));
    expect(timedOut).toMatchObject({ outcome: 'unavailable', status: 504, reason: 'timeout after 20 ms' });
    const down = fakeUpstream('network-error');
    const failed = await sendUpstream(body, config(down.fetch, { retries: 0 }));
    expect(failed).toMatchObject({ outcome: 'unavailable', status: 0, reason: 'network error: TypeError' });
  });

  it('times out a fetch that ignores its signal: the call ends, its slot is not held', async () => {
    const deaf = (() => new Promise<Response>(() => {})) as unknown as typeof globalThis.fetch;
    const result = await sendUpstream(body, config(deaf, { timeoutMs: 20, retries: 0 }));
    expect(result).toMatchObject({ outcome: 'unavailable', status: 504, reason: 'timeout after 20 ms' });
  });

  it("calls a custom fetch's own TimeoutError a network error, not this proxy's timeout", async () => {
    const impatient = (async () => {
      throw new DOMException('the fetch timed out', 'TimeoutError');
    }) as unknown as typeof globalThis.fetch;
    const result = await sendUpstream(body, config(impatient, { retries: 0 }));
    expect(result).toMatchObject({
      outcome: 'unavailable',
      status: 0,
      reason: 'network error: TimeoutError',
    });
  });

  it('starts nothing past the request deadline: 503, 0 attempts', async () => {
    const upstream = fakeUpstream({ status: 200 });
    const result = await sendUpstream(body, config(upstream.fetch), Date.now() - 1);
    expect(result).toEqual({
      outcome: 'unavailable',
      status: 503,
      attempts: 0,
      reason: 'request time budget spent',
    });
    expect(upstream.calls).toHaveLength(0);
  });
});
