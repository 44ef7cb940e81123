// @vitest-environment happy-dom
// biome-ignore-all lint/suspicious/noDocumentCookie: the tests set up cookies exactly as other tags and browsers do
import Cookies from 'js-cookie';
import { describe, expect, it } from 'vitest';
import { getCookie, PROBE, probeDomain, removeCookie, setCookie } from '../../../src/browser/cookies.js';
import { cookieWrites, isolate, visit } from './helpers.js';

isolate();

describe('getCookie / setCookie', () => {
  it('writes a cookie the page can read back, host-only by default', () => {
    visit('https://www.example.com/');
    setCookie('a', 'b', 60);
    expect(getCookie('a')).toBe('b');
    visit('https://app.example.com/');
    expect(getCookie('a')).toBeUndefined();
  });

  it('writes on a domain that every subdomain shares', () => {
    visit('https://www.example.com/');
    setCookie('shared', 'x', 60, 'example.com');
    visit('https://app.example.com/');
    expect(getCookie('shared')).toBe('x');
  });

  it('removes with a negative max-age', () => {
    visit('https://www.example.com/');
    setCookie('gone', 'x', 60);
    setCookie('gone', '', -1);
    expect(getCookie('gone')).toBeUndefined();
  });

  it('does not confuse a name with the end of another name', () => {
    visit('https://www.example.com/');
    setCookie('x_fbc', 'wrong', 60);
    setCookie('_fbc', 'right', 60);
    expect(getCookie('_fbc')).toBe('right');
    expect(getCookie('fbc')).toBeUndefined();
  });

  it.each([
    'plain',
    'with space',
    'semi;colon',
    'comma,value',
    'equals=sign',
    'quote"s',
    'percent%20literal',
    'unicode ünïcødé ✓',
    'fb.1.1596403881668.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk',
  ])('reads what js-cookie wrote and js-cookie reads what it wrote: %s', (value) => {
    visit('https://www.example.com/');
    Cookies.set('oracle', value);
    expect(getCookie('oracle')).toBe(value);
    setCookie('mine', value, 60);
    expect(Cookies.get('mine')).toBe(value);
  });

  it('answers undefined instead of throwing when cookies are unavailable', () => {
    visit('https://www.example.com/');
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        throw new DOMException('sandboxed', 'SecurityError');
      },
      set() {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    try {
      expect(getCookie('a')).toBeUndefined();
      expect(() => setCookie('a', 'b', 60, 'example.com')).not.toThrow();
      expect(probeDomain()).toBe('');
    } finally {
      // The own property shadowed the prototype's accessor; removing it restores cookies.
      Reflect.deleteProperty(document, 'cookie');
    }
    setCookie('back', '1', 60);
    expect(getCookie('back')).toBe('1');
  });
});

describe('probeDomain', () => {
  it.each([
    ['https://www.example.com/', 'example.com'],
    ['https://example.com/', 'example.com'],
    ['https://a.b.example.com/', 'example.com'],
    ['https://a.example.co.uk/', 'example.co.uk'],
    ['https://shop.example.com.au/', 'example.com.au'],
    ['http://localhost/', ''],
  ])('%s → %s (never a public suffix)', (url, domain) => {
    visit(url);
    expect(probeDomain()).toBe(domain);
  });

  it('lets a.example.co.uk and b.example.co.uk share a cookie', () => {
    visit('https://a.example.co.uk/');
    setCookie('id', '1', 60, probeDomain());
    visit('https://b.example.co.uk/');
    expect(getCookie('id')).toBe('1');
  });

  // Firefox reports each refused write as an error in the page's console ("Cookie “_whop_t” has
  // been rejected for invalid domain"); it used to come on every page view from the clean-up,
  // which deleted the probe cookie on `com`, `uk` and `co.uk` too.
  it('writes only on the candidates it tries, up to the first accepted, and removes nothing elsewhere', () => {
    visit('https://www.example.com/');
    expect(cookieWrites(() => probeDomain())).toEqual([`${PROBE}@example.com`]);
    visit('https://a.b.example.co.uk/');
    document.cookie = `${PROBE}=; path=/; domain=example.com; max-age=-1`;
    expect(cookieWrites(() => probeDomain())).toEqual([`${PROBE}@co.uk`, `${PROBE}@example.co.uk`]);
  });

  it('keeps what it found in its cookie on that domain: later pages, on any subdomain, write nothing', () => {
    visit('https://a.example.co.uk/');
    probeDomain();
    expect(getCookie(PROBE)).toBe('example.co.uk');
    visit('https://b.example.co.uk/');
    expect(cookieWrites(() => expect(probeDomain()).toBe('example.co.uk'))).toEqual([]);
  });

  it('keeps nothing where no domain takes a cookie (localhost): the cookies are host-only', () => {
    visit('http://localhost/');
    expect(cookieWrites(() => probeDomain())).toEqual([]);
    expect(document.cookie).toBe('');
  });
});

describe('removeCookie', () => {
  it('removes both the domain cookie and a host-only copy', () => {
    visit('https://www.example.com/');
    setCookie('_whop_aid', 'domain-copy', 60, 'example.com');
    setCookie('_whop_aid', 'host-copy', 60);
    expect(document.cookie.match(/_whop_aid=/g)).toHaveLength(2);
    removeCookie('_whop_aid', 'example.com');
    expect(document.cookie).not.toContain('_whop_aid');
  });

  it('writes only where the cookie was set: the domain given, else the one the probe found, and host-only', () => {
    visit('https://www.example.co.uk/');
    expect(cookieWrites(() => removeCookie('_fbc', 'example.co.uk'))).toEqual([
      '_fbc@example.co.uk',
      '_fbc@',
    ]);
    // No probe yet on this site: only a host-only copy can be ours.
    expect(cookieWrites(() => removeCookie('_fbc'))).toEqual(['_fbc@', '_fbc@']);
    probeDomain();
    setCookie('_whop_aid', 'x', 60, 'example.co.uk');
    expect(cookieWrites(() => removeCookie('_whop_aid'))).toEqual(['_whop_aid@example.co.uk', '_whop_aid@']);
    expect(getCookie('_whop_aid')).toBeUndefined();
  });
});
