import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URLS, resolveOptions } from '../../../src/proxy/options.js';
import { API_KEY, COMPANY_ID, memoryLogger } from './helpers.js';

const base = { apiKey: API_KEY, companyId: COMPANY_ID };

describe('resolveOptions: checked once, at creation', () => {
  it('names the missing or bad option, without echoing the key', () => {
    expect(() => resolveOptions({ ...base, apiKey: '' })).toThrow(
      /options\.apiKey must be a non-empty string/,
    );
    expect(() => resolveOptions({ ...base, companyId: undefined as unknown as string })).toThrow(
      /options\.companyId/,
    );
    expect(() => resolveOptions({ ...base, apiUrl: 'ftp://x' })).toThrow(/options\.apiUrl/);
    expect(() => resolveOptions({ ...base, allowedOrigins: ['not a url'] })).toThrow(/allowedOrigins\[0\]/);
    expect(() => resolveOptions({ ...base, timeoutMs: -1 })).toThrow(/options\.timeoutMs/);
    expect(() => resolveOptions({ ...base, retries: 1.5 })).toThrow(/options\.retries/);
    expect(() => resolveOptions({ ...base, maxBodyBytes: 10 })).toThrow(/options\.maxBodyBytes/);
    expect(() => resolveOptions({ ...base, trustProxy: true as unknown as false })).toThrow(
      /options\.trustProxy/,
    );
    expect(() => resolveOptions({ ...base, logger: {} as never })).toThrow(/options\.logger/);
    expect(() => resolveOptions({ ...base, trustProxy: ['10.0.0.0/33'] })).toThrow(/options\.trustProxy/);
    try {
      resolveOptions({ ...base, apiKey: `${API_KEY}\nX-Evil: 1` });
    } catch (error) {
      expect(String(error)).toMatch(/apiKey must not contain whitespace/);
      expect(String(error)).not.toContain(API_KEY);
    }
  });

  it('refuses an apiUrl that would expose the key, or speaks the other API', () => {
    expect(() => resolveOptions({ ...base, apiUrl: 'https://u:p@api.example/api/v1/conversions' })).toThrow(
      /must not hold credentials/,
    );
    expect(() => resolveOptions({ ...base, apiUrl: 'http://mock.internal/api/v1/conversions' })).toThrow(
      /plain http to a host that is not loopback/,
    );
    expect(() => resolveOptions({ ...base, apiUrl: 'https://api.example/api/v1/events' })).toThrow(
      /ends in \/api\/v1\/events, Whop's events API, but options.api is "conversions"/,
    );
    expect(() => resolveOptions({ ...base, sharedSecret: 'short' })).toThrow(/at least 16 characters/);
    expect(() => resolveOptions({ ...base, sharedSecret: API_KEY })).toThrow(/must not be the API key/);
    expect(() => resolveOptions({ ...base, rateLimit: { perSecond: 0 } })).toThrow(/rateLimit\.perSecond/);
    expect(() => resolveOptions({ ...base, bots: { allow: [''] } })).toThrow(/bots\.allow/);
  });

  it('allows plain http to loopback, and elsewhere only when asked (and says so)', () => {
    for (const host of ['127.0.0.1:8788', 'localhost:8788', 'mock.localhost', '[::1]:8788']) {
      expect(resolveOptions({ ...base, apiUrl: `http://${host}/api/v1/conversions` }).insecureUpstream).toBe(
        false,
      );
    }
    const allowed = { ...base, apiUrl: 'http://mock:8788/api/v1/conversions', allowInsecureUpstream: true };
    expect(resolveOptions(allowed).insecureUpstream).toBe(true);
  });
});

describe('resolveOptions: the documented defaults', () => {
  it('fills in every default', () => {
    const config = resolveOptions(base);
    expect(config).toMatchObject({
      api: 'conversions',
      apiUrl: 'https://api.whop.com/api/v1/conversions',
      trustProxy: false,
      maxBodyBytes: 65536,
      timeoutMs: 3000,
      retries: 3,
      maxRetryTimeMs: 10_000,
      maxRequestTimeMs: 13_000,
      maxConcurrentUpstream: 64,
      insecureUpstream: false,
      rateLimit: { burst: 120, perSecond: 20 },
      bots: { blockHeadless: false, allow: [] },
    });
    expect(config.rateLimit && typeof config.rateLimit.store.take).toBe('function');
    expect(config.allowedOrigins).toBeUndefined();
    expect(config.sharedSecret).toBeUndefined();
  });

  it('follows api for the upstream URL, and maxRetryTimeMs + timeoutMs for the request budget', () => {
    expect(resolveOptions({ ...base, api: 'events' }).apiUrl).toBe(DEFAULT_API_URLS.events);
    expect(resolveOptions({ ...base, timeoutMs: 500, maxRetryTimeMs: 2000 }).maxRequestTimeMs).toBe(2500);
  });

  it('keeps origins as lower-case origins, and turns rate limit and bots off with false', () => {
    const config = resolveOptions({
      ...base,
      allowedOrigins: ['https://Shop.Example.com/path'],
      rateLimit: false,
      bots: false,
    });
    expect(config.allowedOrigins).toEqual(['https://shop.example.com']);
    expect(config.rateLimit).toBe(false);
    expect(config.bots).toBe(false);
  });

  it('uses the logger given, writes nothing with false, and redacts both secrets', () => {
    const logger = memoryLogger();
    expect(resolveOptions({ ...base, logger }).logger).toBe(logger);
    const silent = resolveOptions({ ...base, logger: false }).logger;
    expect(() => silent.info({ msg: 'x' })).not.toThrow();
    const secret = 'backend-secret-0123456789';
    const { redact } = resolveOptions({ ...base, sharedSecret: secret });
    expect(redact(`${API_KEY} ${secret}`)).toBe('[redacted] [redacted]');
  });
});
