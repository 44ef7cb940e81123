import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/proxy/logger.js';
import { API_KEY, COMPANY_ID, lead, startMockUpstream } from './mock-upstream.js';

// The example is plain JavaScript, as a reader would copy it; this is the shape it exports.
type Start = (options: {
  apiKey: string;
  companyId: string;
  apiUrl?: string;
  port?: number;
  logger?: Logger | false;
}) => Promise<{ url: string; close(): Promise<void> }>;
const SERVER = '../../../examples/express/server.mjs';
const { start } = (await import(/* @vite-ignore */ SERVER)) as { start: Start };

let upstream: Awaited<ReturnType<typeof startMockUpstream>>;
let site: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  upstream = await startMockUpstream();
  site = await start({
    apiKey: API_KEY,
    companyId: COMPANY_ID,
    apiUrl: upstream.url,
    port: 0,
    logger: false,
  });
});

afterAll(async () => {
  await site?.close();
  await upstream?.close();
});

describe('examples/express', () => {
  it('forwards a lead posted to /whop, with the socket address and the key only upstream', async () => {
    const response = await fetch(`${site.url}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: site.url, 'x-forwarded-for': '6.6.6.6' },
      body: JSON.stringify(lead('evt_express_1')),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(JSON.parse(text)).toEqual({ results: [{ event_id: 'evt_express_1', status: 200, id: 'conv_1' }] });
    expect(text).not.toContain(API_KEY);
    expect(response.headers.get('set-cookie')).toMatch(/^_whop_aid=anon_7f3c9a;/);

    expect(upstream.received).toHaveLength(1);
    const [sent] = upstream.received;
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent.body).toMatchObject({
      company_id: COMPANY_ID,
      event_name: 'lead',
      event_id: 'evt_express_1',
      // No trusted proxy: the client-written X-Forwarded-For is ignored, the socket peer counts.
      context: { ip_address: '127.0.0.1', fbclid: 'IwAR0abc', utm_source: 'newsletter' },
      user: { anonymous_id: 'anon_7f3c9a', email: 'ada@example.com' },
    });
  });

  it('refuses a post from a foreign origin without calling upstream', async () => {
    const before = upstream.received.length;
    const response = await fetch(`${site.url}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example.net' },
      body: JSON.stringify(lead('evt_express_2')),
    });
    expect(response.status).toBe(403);
    expect(upstream.received.length).toBe(before);
  });

  it('answers GET /healthz through the proxy: {"ok":true}, never cached', async () => {
    const health = await fetch(`${site.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect(await health.text()).toBe('{"ok":true}');
  });

  it('serves the landing page with the stub and the browser script it loads', async () => {
    const page = await fetch(`${site.url}/`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("whop('init', { endpoint: '/whop' })");
    expect(html).toContain('data-whop-track="lead"');
    const script = await fetch(`${site.url}/whop.min.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(1000);
  });
});
