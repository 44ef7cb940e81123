import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from '../../../src/proxy/cors.js';
import { post, SITE, setup } from './helpers.js';

/** An id an attacker picked, to pin on every visitor of the victim site. */
const planted = { event_name: 'lead', user: { anonymous_id: 'attacker_chosen_1' } };
const from = (origin: string, headers: Record<string, string> = {}) => ({ headers: { origin, ...headers } });

describe('allowedOrigins "*": any http(s) origin, nothing else', () => {
  it.each([
    ['the opaque "null" origin (sandboxed iframe, data: URL, file:)', 'null'],
    ['a browser extension', 'chrome-extension://abcdefghijklmnop'],
    ['an ftp origin', 'ftp://evil.example.net'],
    ['a websocket origin', 'wss://evil.example.net'],
    ['two origins in one header', 'https://a.example, https://b.example'],
  ])('refuses %s: 403, no CORS grant, nothing forwarded', async (_name, origin) => {
    const { handler, upstream } = setup({ allowedOrigins: '*' });
    const response = await handler(post(planted, from(origin)));
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(upstream.calls).toHaveLength(0);
    const preflight = await handler(new Request(`${SITE}/whop`, { method: 'OPTIONS', headers: { origin } }));
    expect(preflight.status).toBe(403);
  });

  it('accepts http and https origins of any site, echoing the origin with credentials', async () => {
    const { handler } = setup({ allowedOrigins: '*' });
    for (const origin of ['https://landing.example.org', 'http://localhost:5173']) {
      const response = await handler(post(planted, from(origin)));
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    }
  });

  it('isOriginAllowed: "*" still lets through a request without Origin (server-to-server)', () => {
    const request = new Request(`${SITE}/whop`, { method: 'POST' });
    expect(isOriginAllowed(request, '*')).toBe(true);
  });
});

describe('the _whop_aid re-issue goes only to a same-site page', () => {
  it('sets no cookie for a cross-site origin allowed by "*" (no planted id on the visitor)', async () => {
    const { handler, upstream } = setup({ allowedOrigins: '*' });
    const response = await handler(
      post(planted, { url: `${SITE}/whop?cd=example.com`, ...from('https://evil.example.net') }),
    );
    expect(response.status).toBe(200);
    expect(upstream.calls).toHaveLength(1);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('sets no cookie for a cross-site origin named in the list either', async () => {
    const { handler } = setup({ allowedOrigins: ['https://landing.example.org'] });
    const response = await handler(post(planted, from('https://landing.example.org')));
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('believes the browser: Sec-Fetch-Site cross-site means no cookie, whatever Origin says', async () => {
    const { handler } = setup({ allowedOrigins: '*' });
    const response = await handler(post(planted, from(SITE, { 'sec-fetch-site': 'cross-site' })));
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('re-issues for a sibling host of the same registrable domain (proxy on t.example.com)', async () => {
    const { handler } = setup({ allowedOrigins: '*' });
    const response = await handler(
      post(planted, { url: 'https://t.example.com/whop?cd=example.com', ...from('https://www.example.com') }),
    );
    expect(response.headers.get('set-cookie')).toBe(
      '_whop_aid=attacker_chosen_1; Path=/; Max-Age=31536000; SameSite=Lax; Domain=example.com; Secure',
    );
  });

  it('re-issues behind a reverse proxy that rewrote the host, when the browser says same-origin', async () => {
    const { handler } = setup({ allowedOrigins: '*' });
    const response = await handler(
      post(planted, {
        url: 'http://10.0.0.5:8787/whop?cd=example.com',
        ...from('https://www.example.com', { 'sec-fetch-site': 'same-origin' }),
      }),
    );
    expect(response.headers.get('set-cookie')).toBe(
      '_whop_aid=attacker_chosen_1; Path=/; Max-Age=31536000; SameSite=Lax; Domain=example.com; Secure',
    );
  });
});
