import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorker } from '../../../src/adapters/cloudflare.js';
import { API_KEY, COMPANY_ID, fakeUpstream, memoryLogger, post, SITE } from '../proxy/helpers.js';

const lead = { event_name: 'lead', user: { anonymous_id: 'anon_12345678' } };

function setup(path?: string) {
  const upstream = fakeUpstream();
  const worker = createWorker({ path, fetch: upstream.fetch, logger: memoryLogger() });
  return { worker, upstream };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createWorker', () => {
  it('forwards with the address from CF-Connecting-IP, ignoring X-Forwarded-For and WHOP_TRUST_PROXY*', async () => {
    const { worker, upstream } = setup();
    const env = {
      WHOP_API_KEY: API_KEY,
      WHOP_COMPANY_ID: COMPANY_ID,
      WHOP_TRUST_PROXY: 'nonsense',
      WHOP_TRUST_PROXY_HEADER: 'forwarded',
    };
    const request = post(lead, {
      headers: { 'cf-connecting-ip': '2001:db8::7', 'x-forwarded-for': '6.6.6.6' },
    });
    const response = await worker.fetch(request, env);
    expect(response.status).toBe(200);
    expect(upstream.calls[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(upstream.calls[0].body).toMatchObject({
      company_id: COMPANY_ID,
      context: { ip_address: '2001:db8::7' },
    });
  });

  it('builds the proxy once per env object', async () => {
    const { worker, upstream } = setup();
    const first = { WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: 'biz_first' };
    await worker.fetch(post(lead), first);
    first.WHOP_COMPANY_ID = 'biz_changed'; // not re-read: the isolate's proxy is reused
    await worker.fetch(post(lead), first);
    await worker.fetch(post(lead), { WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: 'biz_second' });
    expect(upstream.calls.map((call) => call.body.company_id)).toEqual([
      'biz_first',
      'biz_first',
      'biz_second',
    ]);
  });

  it('answers only on its path: 404 elsewhere, and on sub-paths', async () => {
    const { worker, upstream } = setup('/t/collect');
    const env = { WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: COMPANY_ID };
    expect((await worker.fetch(post(lead, { url: `${SITE}/whop` }), env)).status).toBe(404);
    expect((await worker.fetch(post(lead, { url: `${SITE}/t/collect/x` }), env)).status).toBe(404);
    // `/healthz` is the health check's, which takes no conversion.
    expect((await worker.fetch(post(lead, { url: `${SITE}/healthz` }), env)).status).toBe(405);
    expect(upstream.calls).toHaveLength(0);
    expect((await worker.fetch(post(lead, { url: `${SITE}/t/collect?cd=example.com` }), env)).status).toBe(
      200,
    );
  });

  it('reports health on GET /healthz: 200 when configured, 503 when a secret is missing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { worker } = setup();
    const health = (env: object) => worker.fetch(new Request(`${SITE}/healthz`), env);
    expect((await health({ WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: COMPANY_ID })).status).toBe(200);
    const broken = await health({ WHOP_API_KEY: API_KEY });
    expect(broken.status).toBe(503);
    expect(await broken.text()).toBe('{"ok":false}');
    expect(broken.headers.get('cache-control')).toBe('no-store');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('WHOP_COMPANY_ID is not set'));
  });

  it('answers 500 without details when misconfigured, and logs the reason once per isolate', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { worker } = setup();
    const env = { WHOP_COMPANY_ID: COMPANY_ID };
    const first = await worker.fetch(post(lead), env);
    const second = await worker.fetch(post(lead), env);
    expect(first.status).toBe(500);
    expect(second.status).toBe(500);
    expect(await first.text()).not.toContain('WHOP_API_KEY');
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toContain('WHOP_API_KEY is not set');
  });
});
