import { describe, expect, it, vi } from 'vitest';
import { createRouteHandlers, fromEnv } from '../../../src/adapters/next.js';
import { API_KEY, COMPANY_ID, fakeUpstream, memoryLogger, post, SITE } from '../proxy/helpers.js';

const ENV = { WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: COMPANY_ID };
const lead = { event_name: 'lead', user: { anonymous_id: 'anon_12345678' } };

describe('fromEnv', () => {
  it('reads the required variables and leaves optional ones to the proxy defaults', () => {
    expect(fromEnv(ENV)).toEqual({
      apiKey: API_KEY,
      companyId: COMPANY_ID,
      apiUrl: undefined,
      allowedOrigins: undefined,
      trustProxy: false,
    });
  });

  it('reads the optional variables, trimming spaces around list items', () => {
    const options = fromEnv({
      ...ENV,
      WHOP_API_URL: 'http://127.0.0.1:4010/api/v1/conversions',
      WHOP_ALLOWED_ORIGINS: ' https://a.example.com , https://b.example.com',
      WHOP_TRUST_PROXY: 'loopback, 10.0.0.0/8',
    });
    expect(options.apiUrl).toBe('http://127.0.0.1:4010/api/v1/conversions');
    expect(options.allowedOrigins).toEqual(['https://a.example.com', 'https://b.example.com']);
    expect(options.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(fromEnv({ ...ENV, WHOP_ALLOWED_ORIGINS: '*' }).allowedOrigins).toBe('*');
  });

  it('trusts one proxy hop on Vercel, unless WHOP_TRUST_PROXY says otherwise', () => {
    expect(fromEnv({ ...ENV, VERCEL: '1' }).trustProxy).toBe(1);
    expect(fromEnv({ ...ENV, VERCEL: '1', WHOP_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(fromEnv({ ...ENV, WHOP_TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('names the missing variable, counting blank as missing, and never echoes values', () => {
    expect(() => fromEnv({ WHOP_COMPANY_ID: COMPANY_ID })).toThrow(/WHOP_API_KEY is not set/);
    expect(() => fromEnv({ WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: '  ' })).toThrow(
      /WHOP_COMPANY_ID is not set/,
    );
    expect(() => fromEnv({ WHOP_API_KEY: API_KEY })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(API_KEY) }),
    );
  });

  it('refuses WHOP_TRUST_PROXY=true, which would believe a client-written address', () => {
    expect(() => fromEnv({ ...ENV, WHOP_TRUST_PROXY: 'true' })).toThrow(/WHOP_TRUST_PROXY/);
  });
});

describe('createRouteHandlers', () => {
  function setup(options: Partial<Parameters<typeof createRouteHandlers>[0]> = {}) {
    const upstream = fakeUpstream();
    const routes = createRouteHandlers({
      ...fromEnv(ENV),
      fetch: upstream.fetch,
      logger: memoryLogger(),
      ...options,
    });
    return { routes, upstream };
  }

  it('POST forwards with company_id and the key upstream, and the client address Vercel wrote', async () => {
    const { routes, upstream } = setup({ trustProxy: 1 });
    const response = await routes.POST(post(lead, { headers: { 'x-forwarded-for': '203.0.113.50' } }));
    expect(response.status).toBe(200);
    expect(upstream.calls[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(upstream.calls[0].body).toMatchObject({
      company_id: COMPANY_ID,
      context: { ip_address: '203.0.113.50' },
    });
  });

  it('takes the right-most X-Forwarded-For entry, not what the client prepended', async () => {
    const { routes, upstream } = setup({ trustProxy: 1 });
    await routes.POST(post(lead, { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.51' } }));
    expect((upstream.calls[0].body.context as Record<string, string>).ip_address).toBe('203.0.113.51');
  });

  it('sends no ip_address by default, since a bare `next start` keeps a client-sent X-Forwarded-For', async () => {
    const { routes, upstream } = setup();
    await routes.POST(post(lead, { headers: { 'x-forwarded-for': '6.6.6.6' } }));
    expect(upstream.calls[0].body.context).not.toHaveProperty('ip_address');
  });

  it('ignores the context argument Next.js passes second', async () => {
    const { routes, upstream } = setup();
    const nextContext = { params: Promise.resolve({}), clientAddress: '6.6.6.6', peer: '6.6.6.6' };
    const call = routes.POST as (request: Request, context: unknown) => Promise<Response>;
    expect((await call(post(lead), nextContext)).status).toBe(200);
    expect(upstream.calls[0].body.context).not.toHaveProperty('ip_address');
  });

  it('OPTIONS answers an allowed preflight', async () => {
    const { routes } = setup({ allowedOrigins: ['https://www.example.com'] });
    const response = await routes.OPTIONS(
      new Request(`${SITE}/whop`, {
        method: 'OPTIONS',
        headers: { origin: 'https://www.example.com', 'access-control-request-method': 'POST' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://www.example.com');
  });

  it('sees the request as the browser addressed it, not as `next start` names it (http://localhost)', async () => {
    const { routes } = setup();
    const request = (headers: Record<string, string>) =>
      new Request('http://localhost:3000/whop?cd=example.com', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: SITE, ...headers },
        body: JSON.stringify(lead),
      });
    const behindTls = await routes.POST(
      request({
        host: 'localhost:3000',
        'x-forwarded-host': 'shop.example.com',
        'x-forwarded-proto': 'https',
      }),
    );
    expect(behindTls.status).toBe(200);
    expect(behindTls.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(behindTls.headers.get('set-cookie')).toMatch(/; Domain=example\.com/i);
    // Only Host: the scheme stays as given, so this origin (https) is another origin.
    expect((await routes.POST(request({ host: 'shop.example.com' }))).status).toBe(403);
    expect(
      (await routes.POST(request({ host: 'shop.example.com', 'x-forwarded-proto': 'https' }))).status,
    ).toBe(200);
  });

  it('answers 500 without details when lazily read options are missing, and logs why once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const routes = createRouteHandlers(() => fromEnv({ WHOP_COMPANY_ID: COMPANY_ID }));
    const first = await routes.POST(post(lead));
    expect(first.status).toBe(500);
    expect(await first.text()).not.toContain('WHOP_API_KEY');
    expect((await routes.OPTIONS(post(lead))).status).toBe(500);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toContain('WHOP_API_KEY is not set');
    error.mockRestore();
  });

  it('GET (app/healthz/route.ts) answers the health check: 200 {"ok":true}, 503 {"ok":false} misconfigured', async () => {
    const { routes, upstream } = setup();
    const health = await routes.GET(new Request('http://localhost:3000/healthz'));
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('{"ok":true}');
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect((await routes.HEAD(new Request('http://localhost:3000/healthz', { method: 'HEAD' }))).status).toBe(
      200,
    );
    // GET on the endpoint itself is still the proxy's "use POST".
    expect((await routes.GET(new Request('http://localhost:3000/whop'))).status).toBe(405);
    expect(upstream.calls).toHaveLength(0);

    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = createRouteHandlers(() => fromEnv({ WHOP_COMPANY_ID: COMPANY_ID }));
    const down = await broken.GET(new Request('http://localhost:3000/healthz'));
    expect(down.status).toBe(503);
    expect(await down.text()).toBe('{"ok":false}');
    expect((await broken.GET(new Request('http://localhost:3000/whop'))).status).toBe(500);
    error.mockRestore();
  });

  it('reads lazily given options on the first request, not when the module loads', async () => {
    const upstream = fakeUpstream();
    const read = vi.fn(() => ({ ...fromEnv(ENV), fetch: upstream.fetch, logger: memoryLogger() }));
    const routes = createRouteHandlers(read);
    expect(read).not.toHaveBeenCalled();
    await routes.POST(post(lead));
    await routes.POST(post(lead));
    expect(read).toHaveBeenCalledTimes(1);
    expect(upstream.calls).toHaveLength(2);
  });

  it('checks options given as an object once, when the route module loads', () => {
    expect(() => createRouteHandlers({ apiKey: API_KEY, companyId: '' })).toThrow(/companyId/);
  });
});
