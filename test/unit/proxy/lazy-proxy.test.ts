import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyProxy } from '../../../src/proxy/lazy-proxy.js';
import { API_KEY, COMPANY_ID, fakeUpstream, memoryLogger, post, SITE } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lazyProxy: built on the first request, a bad configuration remembered', () => {
  it('reads the options on the first request only, then serves', async () => {
    const upstream = fakeUpstream();
    const options = vi.fn(() => ({
      apiKey: API_KEY,
      companyId: COMPANY_ID,
      fetch: upstream.fetch,
      logger: memoryLogger(),
    }));
    const proxy = lazyProxy(options);
    expect(options).not.toHaveBeenCalled();
    expect((await proxy(post({ event_name: 'lead' }), { peer: '203.0.113.7' })).status).toBe(200);
    expect((await proxy(post({ event_name: 'lead' }))).status).toBe(200);
    expect(options).toHaveBeenCalledTimes(1);
    expect((upstream.calls[0].body.context as Record<string, string>).ip_address).toBe('203.0.113.7');
  });

  it('logs why it cannot build once, then answers 500 without details, and 503 to the health check', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const options = vi.fn(() => {
      throw new Error('whop-pixel: the environment variable WHOP_API_KEY is not set');
    });
    const proxy = lazyProxy(options);
    const first = await proxy(post({ event_name: 'lead' }));
    expect(first.status).toBe(500);
    const detail = { code: 'misconfigured', message: 'the proxy is not configured', path: '' };
    expect(await first.json()).toEqual({ error: detail, errors: [detail] });
    const health = await proxy(new Request(`${SITE}/healthz`));
    expect(health.status).toBe(503);
    expect(await health.text()).toBe('{"ok":false}');
    expect(options).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('whop-pixel: the environment variable WHOP_API_KEY is not set');
  });
});
