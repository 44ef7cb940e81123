import { describe, expect, it } from 'vitest';
import { anonymousIdCookie } from '../../../src/proxy/identity-cookie.js';

const ID = 'anon_12345678';

/** The snippet's POST from `page` to the proxy at `proxy` (which carries `?cd=`). */
function request(proxy: string, page: string, headers: Record<string, string> = {}): Request {
  return new Request(proxy, { method: 'POST', headers: { origin: page, ...headers } });
}

const domainOf = (cookie: string | undefined) => cookie?.match(/; Domain=([^;]+)/)?.[1] ?? null;

describe('anonymousIdCookie: the Domain attribute', () => {
  it('uses the probed registrable domain when it covers both the page and the proxy', () => {
    const cookie = anonymousIdCookie(
      request('https://shop.example.com/whop?cd=example.com', 'https://shop.example.com'),
      ID,
    );
    expect(cookie).toBe(
      `_whop_aid=${ID}; Path=/; Max-Age=31536000; SameSite=Lax; Domain=example.com; Secure`,
    );
  });

  it('takes a domain below the registrable one too (the snippet may probe deeper)', () => {
    const cookie = anonymousIdCookie(
      request('https://t.shop.example.co.uk/whop?cd=shop.example.co.uk', 'https://www.shop.example.co.uk'),
      ID,
    );
    expect(domainOf(cookie)).toBe('shop.example.co.uk');
  });

  it.each([
    ['an ICANN public suffix', 'https://www.example.co.uk/whop?cd=co.uk', 'https://www.example.co.uk'],
    ['a top-level domain', 'https://www.example.com/whop?cd=com', 'https://www.example.com'],
    [
      'a private public suffix (github.io)',
      'https://someone.github.io/whop?cd=github.io',
      'https://someone.github.io',
    ],
    ['an IPv4 tail', 'http://10.0.0.1:8787/whop?cd=0.0.1', 'http://10.0.0.1:8787'],
    ['a whole IPv4 address', 'http://10.0.0.1:8787/whop?cd=10.0.0.1', 'http://10.0.0.1:8787'],
    [
      'a domain that covers the page but not the proxy',
      'https://t.example.com/whop?cd=shop.example.com',
      'https://www.shop.example.com',
    ],
    [
      'a domain that covers the proxy but not the page',
      'https://t.shop.example.com/whop?cd=shop.example.com',
      'https://www.example.com',
    ],
    ['another site', 'https://shop.example.com/whop?cd=other.org', 'https://shop.example.com'],
  ])('falls back to host-only for %s', (_name, proxy, page) => {
    const cookie = anonymousIdCookie(request(proxy, page), ID);
    expect(cookie).toMatch(/^_whop_aid=anon_12345678; Path=\/; Max-Age=31536000; SameSite=Lax/);
    expect(domainOf(cookie)).toBeNull();
  });

  it('host-only for localhost and IP pages, without Secure on plain http', () => {
    for (const page of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']) {
      const cookie = anonymousIdCookie(request(`${page}/whop?cd=localhost`, page), ID);
      expect(cookie).toBe(`_whop_aid=${ID}; Path=/; Max-Age=31536000; SameSite=Lax`);
    }
  });
});

describe('anonymousIdCookie: only for a same-site page', () => {
  it('none for another site, even an allowed one', () => {
    expect(
      anonymousIdCookie(request('https://shop.example.com/whop', 'https://evil.example.net'), ID),
    ).toBeUndefined();
    expect(anonymousIdCookie(request('https://shop.example.com/whop', 'null'), ID)).toBeUndefined();
    // Same registrable domain by string suffix, not by the public-suffix list: two sites.
    expect(anonymousIdCookie(request('https://a.github.io/whop', 'https://b.github.io'), ID)).toBeUndefined();
  });

  it('none when the browser says cross-site; Sec-Fetch-Site same-origin or same-site is believed', () => {
    const proxy = 'http://10.0.0.5:8787/whop?cd=example.com';
    expect(
      anonymousIdCookie(request(proxy, 'https://www.example.com', { 'sec-fetch-site': 'cross-site' }), ID),
    ).toBeUndefined();
    expect(anonymousIdCookie(request(proxy, 'https://www.example.com'), ID)).toBeUndefined();
    const sameOrigin = anonymousIdCookie(
      request(proxy, 'https://www.example.com', { 'sec-fetch-site': 'same-origin' }),
      ID,
    );
    expect(domainOf(sameOrigin)).toBe('example.com');
    // same-site: the proxy's public host is unknown here, so no Domain it might not cover.
    const sameSite = anonymousIdCookie(
      request(proxy, 'https://www.example.com', { 'sec-fetch-site': 'same-site' }),
      ID,
    );
    expect(sameSite).toBe(`_whop_aid=${ID}; Path=/; Max-Age=31536000; SameSite=Lax; Secure`);
  });

  it('a caller without Origin (server-to-server) gets the cookie for the proxy host', () => {
    const cookie = anonymousIdCookie(
      new Request('https://shop.example.com/whop?cd=example.com', { method: 'POST' }),
      ID,
    );
    expect(domainOf(cookie)).toBe('example.com');
  });
});
