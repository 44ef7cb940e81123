import { describe, expect, it } from 'vitest';
import { answerHealth } from '../../../src/proxy/health.js';
import { toResponse } from '../../../src/proxy/responses.js';
import { SITE, setup as setupProxy } from './helpers.js';

/** A proxy whose rate limit one request spends: a health check that counted would show. */
function setup() {
  const { handler, upstream, logger } = setupProxy({ rateLimit: { burst: 1, perSecond: 0.001 } });
  return { proxy: handler, upstream, logger };
}

describe('the health check, decided by the core', () => {
  it.each(['/healthz', '/whop/healthz', '/healthz?probe=1'])(
    'GET %s → 200 {"ok":true}, never cached, not logged, nothing upstream',
    async (path) => {
      const { proxy, upstream, logger } = setup();
      const response = await proxy(new Request(SITE + path), { peer: '203.0.113.7' });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('{"ok":true}');
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(logger.entries).toEqual([]);
      expect(upstream.calls).toEqual([]);
    },
  );

  it('is never rate limited: probes every second from one address all pass', async () => {
    const { proxy } = setup();
    for (let i = 0; i < 5; i++) {
      const response = await proxy(new Request(`${SITE}/healthz`), { peer: '203.0.113.7' });
      expect(response.status).toBe(200);
    }
  });

  it('HEAD → 200 without a body; another method → 405 naming GET, never a conversion', async () => {
    const { proxy, upstream } = setup();
    const head = await proxy(new Request(`${SITE}/healthz`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    const posted = await proxy(
      new Request(`${SITE}/healthz`, { method: 'POST', body: JSON.stringify({ event_name: 'lead' }) }),
    );
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET, HEAD');
    expect((await posted.json()).error).toEqual({ code: 'method_not_allowed', message: 'use GET', path: '' });
    expect(upstream.calls).toEqual([]);
  });

  it('leaves other paths to the proxy: GET on the endpoint is still 405 "use POST"', async () => {
    const { proxy } = setup();
    for (const path of ['/whop', '/healthzz', '/healthz/x', '/not-healthz']) {
      const response = await proxy(new Request(SITE + path));
      expect(response.status).toBe(405);
      expect((await response.json()).error.message).toBe('use POST');
    }
  });

  it('answers 503 {"ok":false} for an adapter that could not build the proxy', async () => {
    const response = toResponse(answerHealth(new Request(`${SITE}/healthz`), false)!);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false });
    expect(answerHealth(new Request(`${SITE}/whop`), false)).toBeUndefined();
  });
});
