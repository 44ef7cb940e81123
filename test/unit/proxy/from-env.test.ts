import { describe, expect, it } from 'vitest';
import { abuseOptionsFromEnv, fromEnv } from '../../../src/proxy/from-env.js';

const base = { WHOP_API_KEY: 'sk_env_test_key_1234', WHOP_COMPANY_ID: 'biz_env' };

describe('fromEnv', () => {
  it('reads the required variables and names a missing one without echoing values', () => {
    expect(fromEnv(base)).toMatchObject({
      apiKey: base.WHOP_API_KEY,
      companyId: 'biz_env',
      trustProxy: false,
    });
    expect(() => fromEnv({ WHOP_API_KEY: base.WHOP_API_KEY })).toThrow(/WHOP_COMPANY_ID is not set/);
    try {
      fromEnv({ WHOP_COMPANY_ID: 'biz_env' });
    } catch (error) {
      expect(String(error)).toMatch(/WHOP_API_KEY is not set/);
    }
  });

  it('trusts one hop only on Vercel unless WHOP_TRUST_PROXY says otherwise', () => {
    expect(fromEnv({ ...base, VERCEL: '1' }).trustProxy).toBe(1);
    expect(fromEnv({ ...base, VERCEL: '1', WHOP_TRUST_PROXY: 'cloudflare' }).trustProxy).toBe('cloudflare');
  });

  it('names the header the proxies write with WHOP_TRUST_PROXY_HEADER', () => {
    expect(
      fromEnv({ ...base, WHOP_TRUST_PROXY: 'private', WHOP_TRUST_PROXY_HEADER: 'forwarded' }).trustProxy,
    ).toEqual({ proxies: ['private'], header: 'forwarded' });
    expect(fromEnv({ ...base, VERCEL: '1', WHOP_TRUST_PROXY_HEADER: 'x-forwarded-for' }).trustProxy).toEqual({
      proxies: 1,
      header: 'x-forwarded-for',
    });
    expect(() => fromEnv({ ...base, WHOP_TRUST_PROXY_HEADER: 'forwarded' })).toThrow(
      /WHOP_TRUST_PROXY_HEADER/,
    );
  });

  it('reads WHOP_API (any case), leaves it unset by default, and names it when it is neither API', () => {
    expect(fromEnv(base).api).toBeUndefined();
    expect(fromEnv({ ...base, WHOP_API: 'events' }).api).toBe('events');
    expect(fromEnv({ ...base, WHOP_API: ' Conversions ' }).api).toBe('conversions');
    expect(() => fromEnv({ ...base, WHOP_API: 'event' })).toThrow(
      /WHOP_API must be "conversions" or "events"/,
    );
  });

  it('opts in to a plain-http upstream only with WHOP_ALLOW_HTTP_UPSTREAM=1 (or true)', () => {
    expect(fromEnv(base).allowInsecureUpstream).toBeUndefined();
    expect(fromEnv({ ...base, WHOP_ALLOW_HTTP_UPSTREAM: '1' }).allowInsecureUpstream).toBe(true);
    expect(fromEnv({ ...base, WHOP_ALLOW_HTTP_UPSTREAM: 'true' }).allowInsecureUpstream).toBe(true);
    expect(fromEnv({ ...base, WHOP_ALLOW_HTTP_UPSTREAM: '0' }).allowInsecureUpstream).toBe(false);
    expect(() => fromEnv({ ...base, WHOP_ALLOW_HTTP_UPSTREAM: 'please' })).toThrow(
      /WHOP_ALLOW_HTTP_UPSTREAM must be "1" or "0"/,
    );
  });

  it('splits allowed origins', () => {
    expect(
      fromEnv({ ...base, WHOP_ALLOWED_ORIGINS: 'https://a.example, https://b.example' }).allowedOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
    expect(fromEnv({ ...base, WHOP_ALLOWED_ORIGINS: '*' }).allowedOrigins).toBe('*');
  });
});

describe('abuseOptionsFromEnv', () => {
  it('leaves the defaults alone when nothing is set', () => {
    expect(abuseOptionsFromEnv({})).toEqual({});
  });

  it('reads the shared secret, the rate limit and the bot filter', () => {
    expect(
      abuseOptionsFromEnv({
        WHOP_SHARED_SECRET: 'a-long-shared-secret-123',
        WHOP_RATE_LIMIT: '300/50',
        WHOP_BOTS: 'block-headless',
      }),
    ).toEqual({
      sharedSecret: 'a-long-shared-secret-123',
      rateLimit: { burst: 300, perSecond: 50 },
      bots: { blockHeadless: true },
    });
    expect(abuseOptionsFromEnv({ WHOP_RATE_LIMIT: 'off', WHOP_BOTS: 'off' })).toEqual({
      rateLimit: false,
      bots: false,
    });
  });

  it('names the variable it cannot read', () => {
    expect(() => abuseOptionsFromEnv({ WHOP_RATE_LIMIT: 'lots' })).toThrow(/WHOP_RATE_LIMIT/);
    expect(() => abuseOptionsFromEnv({ WHOP_BOTS: 'maybe' })).toThrow(/WHOP_BOTS/);
  });
});
