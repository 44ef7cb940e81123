// Issue 13, item 1: what comes from upstream or from the configuration never carries a secret to
// the browser. Upstream ids are passed on only in Whop's shape, every response body goes through
// the one redaction of both secrets, and an apiUrl that would expose the key is refused at start.
import { describe, expect, it } from 'vitest';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import type { ProxyOptions } from '../../../src/proxy/types.js';
import { API_KEY, COMPANY_ID, memoryLogger, post, setup as setupProxy, visible } from './helpers.js';

const SECRET = 'backend-to-pixel-secret-7b1c9e';

/** With no upstream retries: one attempt per event. */
const setup = (options: Partial<ProxyOptions>, ...replies: Parameters<typeof setupProxy>[1][]) =>
  setupProxy({ retries: 0, ...options }, ...replies);

const lead = (id = 'evt_1') => ({ event_name: 'lead', event_id: id });

describe("upstream ids: only Whop's shape reaches the browser", () => {
  it.each([
    ['conversions API / mock', 'conv_0f3a9c'],
    ['Events API', 'biz_x:evt_1'],
    ['dots and dashes', 'conv.2026-12-04_a'],
  ])('passes on an id of Whop’s shape (%s)', async (_, id) => {
    const { handler } = setup({}, { status: 200, body: { id } });
    expect(await (await handler(post(lead()))).json()).toEqual({
      results: [{ event_id: 'evt_1', status: 200, id }],
    });
  });

  it.each([
    ['the Authorization header echoed', `Bearer ${API_KEY}`],
    ['the bare API key', API_KEY],
    ['the key inside an id-shaped token', `biz_x:${API_KEY}`],
    ['the shared secret', SECRET],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a long string', `conv_${'a'.repeat(200)}`],
    ['an empty string', ''],
  ])('drops %s, still accepting the event', async (_, id) => {
    const records: Array<{ id?: string }> = [];
    const { handler, upstream } = setup(
      { sharedSecret: SECRET, onForward: (record) => records.push(record) },
      { status: 200, body: { id } },
    );
    const response = await handler(post(lead()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ results: [{ event_id: 'evt_1', status: 200 }] });
    // The demo's inspector shows what onForward gets: the id is dropped at the source.
    expect(records[0].id).toBeUndefined();
    expect(upstream.calls).toHaveLength(1);
  });

  it('drops an id that is not a string', async () => {
    const { handler } = setup({}, { status: 200, body: { id: { token: API_KEY } } });
    expect(await (await handler(post(lead()))).json()).toEqual({
      results: [{ event_id: 'evt_1', status: 200 }],
    });
  });
});

describe('every response body goes through the redaction of both secrets', () => {
  it('redacts the API key and the shared secret wherever a body would carry them', async () => {
    const { handler } = setup({ sharedSecret: SECRET });
    // The event_id is echoed back in results: the one place a client's string returns.
    for (const secret of [API_KEY, SECRET]) {
      const text = await visible(await handler(post(lead(secret))));
      expect(text).not.toContain(secret);
      expect(text).toContain('[redacted]');
    }
  });

  it('leaves a body without secrets byte for byte as it was', async () => {
    const { handler } = setup({});
    expect(await (await handler(post(lead('evt_plain')))).text()).toBe(
      '{"results":[{"event_id":"evt_plain","status":200,"id":"conv_1"}]}',
    );
  });
});

describe('apiUrl that would expose the key', () => {
  const base = { apiKey: API_KEY, companyId: COMPANY_ID, logger: false as const };

  it('refuses credentials in the URL, naming the option without echoing the value', () => {
    for (const apiUrl of [
      'https://user:hunter2-pw@api.example.com/api/v1/conversions',
      `https://${API_KEY}@api.example.com/api/v1/conversions`,
      'http://:only-password@127.0.0.1:9/api/v1/conversions',
    ]) {
      let message = '';
      try {
        createProxy({ ...base, apiUrl });
      } catch (error) {
        message = String(error);
      }
      expect(message).toMatch(/options\.apiUrl must not hold credentials/);
      for (const part of ['hunter2-pw', API_KEY, 'only-password', 'api.example.com'])
        expect(message).not.toContain(part);
    }
  });

  it('refuses a plain-http upstream that is not loopback, unless allowInsecureUpstream', () => {
    for (const apiUrl of [
      'http://api.whop.com/api/v1/conversions',
      'http://mock:8788/api/v1/conversions',
      'http://10.0.0.5/api/v1/conversions',
      'http://[2001:db8::1]/api/v1/conversions',
    ]) {
      expect(() => createProxy({ ...base, apiUrl })).toThrow(
        /options\.apiUrl is plain http to a host that is not loopback.*options\.allowInsecureUpstream/,
      );
    }
    for (const apiUrl of [
      'http://127.0.0.1:9/api/v1/conversions',
      'http://127.8.9.10/api/v1/conversions',
      'http://localhost:8788/api/v1/conversions',
      'http://mock.localhost:8788/api/v1/conversions',
      'http://[::1]:8788/api/v1/conversions',
      'https://api.example.com/api/v1/conversions',
    ]) {
      expect(() => createProxy({ ...base, apiUrl })).not.toThrow();
    }
    expect(() => createProxy({ ...base, allowInsecureUpstream: 'yes' as unknown as boolean })).toThrow(
      /options\.allowInsecureUpstream must be a boolean/,
    );
  });

  it('with allowInsecureUpstream: true, starts and logs one loud warning naming the host', () => {
    const logger = memoryLogger();
    createProxy({
      ...base,
      logger,
      apiUrl: 'http://mock:8788/api/v1/conversions',
      allowInsecureUpstream: true,
    });
    expect(logger.entries).toHaveLength(1);
    expect(logger.entries[0]).toMatchObject({ level: 'warn', upstream_host: 'mock:8788' });
    expect(String(logger.entries[0].msg)).toMatch(/WARNING.*plain http/);
    // Loopback and https need no warning.
    const quiet = memoryLogger();
    createProxy({ ...base, logger: quiet, apiUrl: 'http://127.0.0.1:9/api/v1/conversions' });
    createProxy({ ...base, logger: quiet, allowInsecureUpstream: true });
    expect(quiet.entries).toEqual([]);
  });
});
