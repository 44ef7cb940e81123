// Issue 13, item 6: no answer, log line or upstream wait grows with what an attacker sends. Error
// lists and logged header values are capped, invalid requests cost rate-limit tokens, upstream
// calls in flight are capped per proxy, and a request has a total time budget.
import { describe, expect, it } from 'vitest';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import { API_KEY, COMPANY_ID, post, setup } from './helpers.js';

const lead = (n = 0) => ({ event_name: 'lead', event_id: `evt_${n}` });
const batch = (size: number) => Array.from({ length: size }, (_, i) => lead(i));
const from = (peer: string) => ({ peer });
/** Resolves once `check` holds, polling every millisecond. */
async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('400 answers are capped', () => {
  it('answers a 55 KB body of unknown keys with the first 20 errors and a count of the rest', async () => {
    const { handler } = setup({});
    const body: Record<string, unknown> = { event_name: 'lead' };
    for (let n = 0; JSON.stringify(body).length < 55_000; n++) body[`k${n}`] = 0;
    const keys = Object.keys(body).length - 1;
    const response = await handler(post(body));
    expect(response.status).toBe(400);
    const text = await response.text();
    // Before: every error, twice the path each, 815 KB for this body.
    expect(text.length).toBeLessThan(5_000);
    const answer = JSON.parse(text);
    expect(answer.errors).toHaveLength(20);
    expect(answer.more_errors).toBe(keys - 20);
    expect(answer.error).toEqual(answer.errors[0]);
    expect(answer.error).toMatchObject({ code: 'unknown_key', path: 'k0' });
  });

  it('cuts a long path and message, so one huge key cannot be echoed back', async () => {
    const { handler } = setup({});
    const key = 'x'.repeat(60_000);
    const response = await handler(post({ event_name: 'lead', [key]: 1 }));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(2_000);
    const { error } = JSON.parse(text);
    expect(error.code).toBe('unknown_key');
    expect(error.path.length).toBeLessThanOrEqual(256);
    expect(error.message.length).toBeLessThanOrEqual(256);
    expect(error.path.endsWith('…')).toBe(true);
  });

  it('leaves a short list whole, with no count', async () => {
    const { handler } = setup({});
    const answer = await (await handler(post({ event_name: 'nope', a: 1 }))).json();
    expect(answer.errors).toHaveLength(2);
    expect(answer).not.toHaveProperty('more_errors');
  });
});

describe('logged header values are capped', () => {
  it('writes at most 200 characters of a 15 KB Origin', async () => {
    const { handler, logger } = setup({});
    const origin = `https://${'a'.repeat(15_000)}.example`;
    const response = await handler(post(lead(), { headers: { origin } }));
    expect(response.status).toBe(403);
    const logged = String(logger.entries[0].origin);
    expect(logged.startsWith('https://aaa')).toBe(true);
    expect(logged.length).toBeLessThanOrEqual(200);
    expect(logger.lines[0].length).toBeLessThan(1_000);
  });
});

describe('invalid requests cost rate-limit tokens', () => {
  it('charges one token per invalid body, so a flood of them is limited too', async () => {
    const { handler, upstream, logger } = setup({ rateLimit: { burst: 5, perSecond: 0.001 } });
    const invalid = [{ event_name: 'purchase' }, 'not json', { event_name: 'lead', junk: 1 }];
    const statuses: number[] = [];
    for (let n = 0; n < 8; n++) {
      statuses.push((await handler(post(invalid[n % 3]), from('192.0.2.3'))).status);
    }
    // Before: 400 forever, each costing the attacker nothing.
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429, 429]);
    const limited = await handler(post(invalid[0]), from('192.0.2.3'));
    expect(limited.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // And the address's valid events wait like any over the limit.
    expect((await handler(post(lead()), from('192.0.2.3'))).status).toBe(429);
    expect((await handler(post(lead()), from('192.0.2.4'))).status).toBe(200);
    expect(upstream.calls).toHaveLength(1);
    expect(logger.entries.filter((e) => e.rate_limited === true)).toHaveLength(5);
  });

  it('charges a valid batch one token per event, as before', async () => {
    const { handler } = setup({ rateLimit: { burst: 10, perSecond: 0.001 } });
    expect((await handler(post(batch(9)), from('192.0.2.5'))).status).toBe(200);
    expect((await handler(post(lead()), from('192.0.2.5'))).status).toBe(200);
    expect((await handler(post({ event_name: 1 }), from('192.0.2.5'))).status).toBe(429);
  });

  it('does not charge a trusted server caller', async () => {
    const secret = 'backend-to-pixel-secret-7b1c9e';
    const { handler } = setup({ sharedSecret: secret, rateLimit: { burst: 1, perSecond: 0.001 } });
    const request = () =>
      new Request('https://shop.example.com/whop', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-whop-pixel-secret': secret },
        body: '{"event_name":1}',
      });
    for (let n = 0; n < 3; n++) expect((await handler(request(), from('10.0.0.5'))).status).toBe(400);
  });
});

describe('upstream calls in flight are capped per proxy instance', () => {
  it('answers 503 with Retry-After, without calling upstream, when the cap is reached', async () => {
    const { handler, upstream, logger } = setup(
      { maxConcurrentUpstream: 2, timeoutMs: 300, retries: 0 },
      'hang',
    );
    const first = handler(post(lead(1)));
    const second = handler(post(lead(2)));
    await until(() => upstream.calls.length >= 2);
    const started = Date.now();
    const third = await handler(post(lead(3)));
    expect(Date.now() - started).toBeLessThan(100);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(await third.json()).toMatchObject({ error: { code: 'upstream_busy' } });
    expect(upstream.calls).toHaveLength(2);
    expect(logger.entries.at(-1)).toMatchObject({ status: 503, upstream_busy: true });
    expect((await first).status).toBe(504);
    expect((await second).status).toBe(504);
    // Once they are done, their slots are free again.
    const fourth = handler(post(lead(4)));
    await until(() => upstream.calls.length === 3);
    expect((await fourth).status).toBe(504);
  });

  it('defaults to 64: 70 requests against a hanging upstream never hold more than 64 calls', async () => {
    const { handler, upstream } = setup({ timeoutMs: 200, retries: 0 }, 'hang');
    const statuses = (await Promise.all(Array.from({ length: 70 }, (_, n) => handler(post(lead(n)))))).map(
      (r) => r.status,
    );
    expect(upstream.maxInFlight).toBe(64);
    expect(upstream.calls).toHaveLength(64);
    expect(statuses.filter((s) => s === 503)).toHaveLength(6);
    expect(statuses.filter((s) => s === 504)).toHaveLength(64);
  });

  it('runs a batch with the slots that are free, never more', async () => {
    const { handler, upstream } = setup(
      { maxConcurrentUpstream: 3, timeoutMs: 100, retries: 0, maxRequestTimeMs: 150 },
      'hang',
    );
    const running = handler(post(batch(20)));
    await until(() => upstream.calls.length >= 3);
    // The batch holds all three slots: a lone event after it is told to come back.
    expect((await handler(post(lead(99)))).status).toBe(503);
    expect((await running).status).toBe(504);
    expect(upstream.maxInFlight).toBe(3);
  });
});

describe('each request has a total time budget', () => {
  it('answers a 50-event batch against a hanging upstream within maxRetryTimeMs + timeoutMs', async () => {
    const { handler, upstream } = setup({ timeoutMs: 100, retries: 0, maxRetryTimeMs: 0 }, 'hang');
    const started = Date.now();
    const response = await handler(post(batch(50)));
    const elapsed = Date.now() - started;
    // Before: 4 at a time, 100 ms each: 13 rounds, 1.3 s (with the defaults, ~125 s).
    expect(elapsed).toBeLessThan(600);
    expect([503, 504]).toContain(response.status);
    expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    const { results, error } = await response.json();
    expect(error.code).toBe('upstream_unavailable');
    expect(results).toHaveLength(50);
    expect(results.every((r: { status: number }) => r.status >= 500)).toBe(true);
    expect(upstream.calls.length).toBeLessThanOrEqual(8);
  });

  it('answers what is known when the budget runs out: delivered events 200, the rest to retry', async () => {
    const replies = [...Array.from({ length: 4 }, () => ({ status: 200 })), 'hang' as const];
    const { handler, logger } = setup({ timeoutMs: 100, retries: 0, maxRequestTimeMs: 250 }, ...replies);
    const response = await handler(post(batch(24)));
    expect(response.status).toBe(504);
    const { results } = await response.json();
    expect(results.slice(0, 4)).toEqual([
      { event_id: 'evt_0', status: 200, id: 'conv_1' },
      { event_id: 'evt_1', status: 200, id: 'conv_2' },
      { event_id: 'evt_2', status: 200, id: 'conv_3' },
      { event_id: 'evt_3', status: 200, id: 'conv_4' },
    ]);
    expect(results.slice(4).every((r: { status: number }) => r.status === 503 || r.status === 504)).toBe(
      true,
    );
    expect(results.slice(4).some((r: { status: number }) => r.status === 503)).toBe(true);
    expect(logger.entries[0].upstream).toContain('request time budget spent');
  });

  it('cuts an attempt short at maxRequestTimeMs', async () => {
    const { handler } = setup({ timeoutMs: 5_000, retries: 3, maxRequestTimeMs: 150 }, 'hang');
    const started = Date.now();
    const response = await handler(post(lead()));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(504);
    expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  });
});

describe('options', () => {
  const base = { apiKey: API_KEY, companyId: COMPANY_ID };
  it('names maxConcurrentUpstream and maxRequestTimeMs when they are not whole numbers in range', () => {
    expect(() => createProxy({ ...base, maxConcurrentUpstream: 0 })).toThrow(
      /options\.maxConcurrentUpstream/,
    );
    expect(() => createProxy({ ...base, maxConcurrentUpstream: 1.5 })).toThrow(
      /options\.maxConcurrentUpstream/,
    );
    expect(() => createProxy({ ...base, maxRequestTimeMs: 0 })).toThrow(/options\.maxRequestTimeMs/);
    expect(() => createProxy({ ...base, maxRequestTimeMs: '5s' as unknown as number })).toThrow(
      /options\.maxRequestTimeMs/,
    );
  });
});
