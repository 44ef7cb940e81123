import { describe, expect, it } from 'vitest';
import { atPath } from '../../../src/proxy/at-path.js';
import type { ConnInfo } from '../../../src/proxy/client-address.js';
import { SITE } from './helpers.js';

describe('atPath: one endpoint, its health check, 404 elsewhere', () => {
  const seen: Array<{ url: string; conn?: ConnInfo }> = [];
  const served = atPath('/t/collect', async (request, conn) => {
    seen.push({ url: request.url, conn });
    return new Response('handled');
  });

  it('passes the path (any query string) and /healthz on, with the connection', async () => {
    for (const path of ['/t/collect', '/t/collect?cd=example.com', '/healthz']) {
      expect(await (await served(new Request(SITE + path), { peer: '203.0.113.7' })).text()).toBe('handled');
    }
    expect(seen.map((s) => s.url)).toEqual([
      `${SITE}/t/collect`,
      `${SITE}/t/collect?cd=example.com`,
      `${SITE}/healthz`,
    ]);
    expect(seen[0].conn).toEqual({ peer: '203.0.113.7' });
  });

  it('answers every other path 404 not_found in the one error shape', async () => {
    for (const path of ['/', '/t', '/t/collect/', '/t/collect/x', '/T/COLLECT', '/whop']) {
      const response = await served(new Request(SITE + path, { method: 'POST', body: '{}' }));
      expect(response.status).toBe(404);
      const error = {
        code: 'not_found',
        message: 'no route; the conversions endpoint is /t/collect',
        path: '',
      };
      expect(await response.json()).toEqual({ error, errors: [error] });
    }
  });
});
