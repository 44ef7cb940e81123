// The one rule for X-Forwarded-Host and -Proto, tested on the core with `new Request`, as every
// adapter reaches it: with a socket (`conn`, Node) or without (Next.js, Workers).
import { describe, expect, it } from 'vitest';
import { addressedUrl } from '../../../src/proxy/addressed.js';

const forwarded = { 'x-forwarded-host': 'shop.example.com', 'x-forwarded-proto': 'https' };
const request = (headers: Record<string, string>, url = 'http://localhost:3000/whop?cd=example.com') =>
  new Request(url, { method: 'POST', headers, body: '{"event_name":"lead"}' });

describe('addressedUrl: the URL the browser addressed', () => {
  it('believes X-Forwarded-Host and -Proto without a socket (next start names everything localhost)', () => {
    expect(addressedUrl(request(forwarded), undefined, false)).toBe(
      'https://shop.example.com/whop?cd=example.com',
    );
  });

  it('believes them from a socket peer trustProxy trusts, and only then', () => {
    expect(addressedUrl(request(forwarded), { peer: '127.0.0.1' }, ['loopback'])).toBe(
      'https://shop.example.com/whop?cd=example.com',
    );
    expect(addressedUrl(request(forwarded), { peer: '127.0.0.1' }, 1)).toBe(
      'https://shop.example.com/whop?cd=example.com',
    );
    for (const [conn, trustProxy] of [
      [{ peer: '127.0.0.1' }, false],
      [{ peer: '127.0.0.1' }, 'cloudflare'],
      [{ peer: '203.0.113.9' }, 1],
      [{}, 1],
    ] as const) {
      expect(addressedUrl(request(forwarded), conn, trustProxy)).toBe(
        'http://localhost:3000/whop?cd=example.com',
      );
    }
  });

  it('takes the first of several values, and passes over one that is not a host or a web scheme', () => {
    const listed = { 'x-forwarded-host': 'shop.example.com, internal', 'x-forwarded-proto': 'https,http' };
    expect(addressedUrl(request(listed), undefined, false)).toBe(
      'https://shop.example.com/whop?cd=example.com',
    );
    const malformed = {
      host: 'shop.example.com',
      'x-forwarded-host': 'a b/c',
      'x-forwarded-proto': 'gopher',
    };
    expect(addressedUrl(request(malformed), undefined, false)).toBe(
      'http://shop.example.com/whop?cd=example.com',
    );
  });

  it('takes the Host header over the URL, a port only when it names one', () => {
    expect(addressedUrl(request({ host: 'shop.example.com' }), undefined, false)).toBe(
      'http://shop.example.com/whop?cd=example.com',
    );
    expect(addressedUrl(request({ host: '[2001:db8::1]:8443' }), { peer: '::1' }, false)).toBe(
      'http://[2001:db8::1]:8443/whop?cd=example.com',
    );
  });

  it("keeps a URL that is not a loopback name whatever Host says (a Worker's URL is what the browser asked for)", () => {
    const worker = request({ host: '127.0.0.1:34681' }, 'https://shop.example.com/whop?cd=example.com');
    expect(addressedUrl(worker, undefined, false)).toBe(worker.url);
    // Believed X-Forwarded-Host still names the host.
    const forwarded = request({ 'x-forwarded-host': 'www.example.com' }, 'https://shop.example.com/whop');
    expect(addressedUrl(forwarded, undefined, false)).toBe('https://www.example.com/whop');
  });

  it("is the request's own URL when nothing changes", () => {
    const same = request({}, 'https://shop.example.com/whop');
    expect(addressedUrl(same, undefined, false)).toBe(same.url);
    // The Node adapter builds the URL from Host: the same Host again changes nothing.
    const built = request({ host: '127.0.0.1:3000' }, 'http://127.0.0.1:3000/whop?cd=example.com');
    expect(addressedUrl(built, { peer: '127.0.0.1' }, false)).toBe(built.url);
  });

  it('takes a Host that only begins like the URL’s host (its port dropped, another port)', () => {
    expect(addressedUrl(request({ host: 'localhost' }), undefined, false)).toBe(
      'http://localhost/whop?cd=example.com',
    );
    expect(addressedUrl(request({ host: 'localhost:30001' }), undefined, false)).toBe(
      'http://localhost:30001/whop?cd=example.com',
    );
  });
});
