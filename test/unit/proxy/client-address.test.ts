import { describe, expect, it } from 'vitest';
import {
  checkTrustProxy,
  normalizeAddress,
  parseTrustProxy,
  resolveClientAddress,
  type TrustProxy,
  trustsPeer,
} from '../../../src/proxy/client-address.js';
import { CLOUDFLARE_IPS } from '../../../src/proxy/cloudflare-ips.js';

function resolve(peer: string | undefined, headers: Record<string, string>, trustProxy?: TrustProxy) {
  return resolveClientAddress({ peer, headers: new Headers(headers), trustProxy });
}

describe('normalizeAddress', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    [' 1.2.3.4 ', '1.2.3.4'],
    ['1.2.3.4:5678', '1.2.3.4'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['::FFFF:7f00:1', '127.0.0.1'],
    ['[::ffff:10.0.0.1]:443', '10.0.0.1'],
    ['"[2001:db8:cafe::17]:4711"', '2001:db8:cafe::17'],
    ['"192.0.2.60"', '192.0.2.60'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::1', '::1'],
    ['::', '::'],
    ['fe80::1%eth0', 'fe80::1'],
    ['1::', '1::'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });

  it.each([
    '',
    'unknown',
    '_hidden',
    'localhost',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.2.3.4',
    '1.2.3.-4',
    '1.2.3.4:99999999',
    '1.2.3.4 5.6.7.8',
    '<script>alert(1)</script>',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    ':1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8::',
    '12345::1',
    '[::1',
    '[::1]x',
    '::1.2.3.4.5',
    '1.2.3.4::',
    `${'1.'.repeat(60)}1`,
  ])('rejects %j', (raw) => {
    expect(normalizeAddress(raw)).toBeUndefined();
  });

  it('treats undefined as unknown', () => {
    expect(normalizeAddress(undefined)).toBeUndefined();
  });
});

describe('resolveClientAddress without trusted proxies', () => {
  it('is the socket peer, normalized', () => {
    expect(resolve('::ffff:203.0.113.9', {})).toBe('203.0.113.9');
    expect(resolve('2001:db8::7', {}, false)).toBe('2001:db8::7');
  });

  it('ignores every forwarding header a client can write', () => {
    const spoof = {
      'x-forwarded-for': '1.1.1.1, 2.2.2.2',
      forwarded: 'for=3.3.3.3',
      'cf-connecting-ip': '4.4.4.4',
      'x-real-ip': '5.5.5.5',
    };
    expect(resolve('203.0.113.9', spoof)).toBe('203.0.113.9');
    expect(resolve('203.0.113.9', spoof, 0)).toBe('203.0.113.9');
    expect(resolve('203.0.113.9', spoof, [])).toBe('203.0.113.9');
  });

  it('is undefined when the runtime has no peer and nothing is trusted', () => {
    expect(resolve(undefined, { 'x-forwarded-for': '1.1.1.1' })).toBeUndefined();
  });
});

describe('resolveClientAddress with a hop count', () => {
  it('takes the address the nearest proxy appended', () => {
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '198.51.100.7' }, 1)).toBe('198.51.100.7');
  });

  it('never takes a client-written left-most value past the trusted hops', () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the one proxy appended the real address.
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }, 1)).toBe('198.51.100.7');
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '6.6.6.6,7.7.7.7, 198.51.100.7, 10.0.0.1' }, 2)).toBe(
      '198.51.100.7',
    );
  });

  it('reads several X-Forwarded-For header lines as one list', () => {
    const headers = new Headers();
    headers.append('x-forwarded-for', '6.6.6.6');
    headers.append('x-forwarded-for', '198.51.100.7');
    expect(resolveClientAddress({ peer: '10.0.0.2', headers, trustProxy: 1 })).toBe('198.51.100.7');
  });

  it('falls back to the farthest hop when the chain is shorter than the count', () => {
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '198.51.100.7' }, 3)).toBe('198.51.100.7');
    expect(resolve('10.0.0.2', {}, 1)).toBe('10.0.0.2');
  });

  it('falls back to the hop that wrote something that is not an IP, never to unknown', () => {
    // Issue 13: garbage made the address unknown, which switched the rate limit off.
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '1.1.1.1, unknown' }, 1)).toBe('10.0.0.2');
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '<b>, 2.2.2.2' }, 1)).toBe('2.2.2.2');
    expect(resolve('10.0.0.2', { 'x-forwarded-for': 'garbage' }, 1)).toBe('10.0.0.2');
    expect(resolve('127.0.0.1', { 'x-forwarded-for': '' }, 1)).toBe('127.0.0.1');
    // Two hops: the second proxy wrote garbage, so it (the first hop's address) is the client.
    expect(resolve('10.0.0.2', { 'x-forwarded-for': 'x, 10.0.0.9' }, 2)).toBe('10.0.0.9');
    expect(resolve('127.0.0.1', { 'x-forwarded-for': 'nope' }, ['loopback'])).toBe('127.0.0.1');
  });

  it('is unknown only without a peer (header-only runtime) and with garbage in the header', () => {
    expect(resolve(undefined, { 'x-forwarded-for': 'garbage' }, 1)).toBeUndefined();
  });

  it('believes the header only from a peer on a loopback, private or link-local address', () => {
    // A client reaching the port directly must not pick its own address.
    expect(resolve('203.0.113.9', { 'x-forwarded-for': '6.6.6.6' }, 1)).toBe('203.0.113.9');
    expect(resolve('2001:db8::9', { 'x-forwarded-for': '6.6.6.6' }, 2)).toBe('2001:db8::9');
    for (const peer of [
      '127.0.0.1',
      '::1',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.1',
      'fd00::5',
      '169.254.8.1',
    ]) {
      expect(resolve(peer, { 'x-forwarded-for': '6.6.6.6' }, 1)).toBe('6.6.6.6');
    }
  });

  it('normalizes mapped addresses and ports in the header', () => {
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '[::ffff:198.51.100.7]:1234' }, 1)).toBe('198.51.100.7');
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '198.51.100.7:1234' }, 1)).toBe('198.51.100.7');
  });

  it('treats an unknown peer (header-only runtime) as the first trusted hop', () => {
    expect(resolve(undefined, { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }, 1)).toBe('198.51.100.7');
    expect(resolve(undefined, {}, 1)).toBeUndefined();
  });
});

describe('resolveClientAddress with a list of proxies', () => {
  it('walks from the right while the hop is a listed proxy', () => {
    const headers = { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.1.2.3' };
    expect(resolve('127.0.0.1', headers, ['loopback', 'private'])).toBe('198.51.100.7');
    expect(resolve('127.0.0.1', headers, ['127.0.0.1', '10.0.0.0/8'])).toBe('198.51.100.7');
  });

  it('stops at a peer that is not listed: a direct client cannot claim another address', () => {
    expect(resolve('203.0.113.9', { 'x-forwarded-for': '6.6.6.6' }, ['loopback', 'private'])).toBe(
      '203.0.113.9',
    );
  });

  it('does not trust an unlisted hop even when the chain continues', () => {
    // 198.51.100.66 is not a proxy of ours, so what it claims (6.6.6.6) is not believed.
    const headers = { 'x-forwarded-for': '6.6.6.6, 198.51.100.66' };
    expect(resolve('10.0.0.2', headers, ['10.0.0.0/8'])).toBe('198.51.100.66');
  });

  it('returns the farthest hop when every hop is trusted', () => {
    expect(resolve('127.0.0.1', { 'x-forwarded-for': '10.9.9.9' }, ['loopback', 'private'])).toBe('10.9.9.9');
  });

  it('matches IPv6 ranges and mapped peers', () => {
    expect(resolve('::1', { 'x-forwarded-for': '2001:db8::5' }, ['loopback'])).toBe('2001:db8::5');
    expect(resolve('fd00::3', { 'x-forwarded-for': '2001:db8::5' }, ['fc00::/7'])).toBe('2001:db8::5');
    expect(resolve('fe80::3', { 'x-forwarded-for': '2001:db8::5' }, ['fc00::/7'])).toBe('fe80::3');
    expect(resolve('::ffff:10.0.0.2', { 'x-forwarded-for': '198.51.100.7' }, ['private'])).toBe(
      '198.51.100.7',
    );
  });

  it('checks CIDR prefixes bit by bit', () => {
    const list = ['172.16.0.0/12'];
    expect(resolve('172.31.255.255', { 'x-forwarded-for': '198.51.100.7' }, list)).toBe('198.51.100.7');
    expect(resolve('172.32.0.1', { 'x-forwarded-for': '198.51.100.7' }, list)).toBe('172.32.0.1');
    expect(resolve('172.15.255.255', { 'x-forwarded-for': '198.51.100.7' }, list)).toBe('172.15.255.255');
    expect(resolve('5.6.7.8', { 'x-forwarded-for': '198.51.100.7' }, ['0.0.0.0/0'])).toBe('198.51.100.7');
    expect(resolve('192.168.1.5', { 'x-forwarded-for': '198.51.100.7' }, ['192.168.1.4/31'])).toBe(
      '198.51.100.7',
    );
    expect(resolve('192.168.1.6', { 'x-forwarded-for': '198.51.100.7' }, ['192.168.1.4/31'])).toBe(
      '192.168.1.6',
    );
  });

  it('throws on an entry that is neither an address, a range nor a keyword', () => {
    expect(() => resolve('10.0.0.2', {}, ['10.0.0.0/33'])).toThrow(/trustProxy: "10.0.0.0\/33"/);
  });
});

describe('resolveClientAddress with RFC 7239 Forwarded', () => {
  const FORWARDED_1: TrustProxy = { proxies: 1, header: 'forwarded' };

  it('reads for= from the right, with quotes, brackets and ports', () => {
    const headers = {
      forwarded: 'for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=https;by=10.0.0.1',
    };
    expect(resolve('10.0.0.2', headers, FORWARDED_1)).toBe('2001:db8:cafe::17');
  });

  it('is case-insensitive in parameter names and ignores commas inside quotes', () => {
    expect(resolve('10.0.0.2', { forwarded: 'for="6.6.6.6, 7.7.7.7", For=198.51.100.7' }, FORWARDED_1)).toBe(
      '198.51.100.7',
    );
  });

  it('treats an element without for= or with an obfuscated node as the hop that wrote it', () => {
    expect(resolve('10.0.0.2', { forwarded: 'for=1.1.1.1, proto=https' }, FORWARDED_1)).toBe('10.0.0.2');
    expect(resolve('10.0.0.2', { forwarded: 'for=_hidden' }, FORWARDED_1)).toBe('10.0.0.2');
  });

  it('reads only the header the trusted proxy writes: a client-written other one never wins', () => {
    // Issue 13: the proxy wrote Forwarded, the client X-Forwarded-For, and the client's value won.
    const both = { forwarded: 'for=6.6.6.6', 'x-forwarded-for': '7.7.7.7' };
    expect(resolve('10.0.0.2', both, FORWARDED_1)).toBe('6.6.6.6');
    expect(resolve('10.0.0.2', both, { proxies: ['private'], header: 'forwarded' })).toBe('6.6.6.6');
    // The default is X-Forwarded-For, and then a client-written Forwarded is never read either.
    expect(resolve('10.0.0.2', both, 1)).toBe('7.7.7.7');
    expect(resolve('10.0.0.2', { forwarded: 'for=6.6.6.6' }, 1)).toBe('10.0.0.2');
    expect(resolve('10.0.0.2', { 'x-forwarded-for': '7.7.7.7' }, FORWARDED_1)).toBe('10.0.0.2');
  });
});

describe("resolveClientAddress with 'cloudflare'", () => {
  it('takes CF-Connecting-IP and ignores X-Forwarded-For', () => {
    const headers = { 'cf-connecting-ip': '2001:db8::9', 'x-forwarded-for': '6.6.6.6' };
    expect(resolve('172.64.0.1', headers, 'cloudflare')).toBe('2001:db8::9');
    expect(resolve('2606:4700:10::6816:1', headers, 'cloudflare')).toBe('2001:db8::9');
    expect(resolve('::ffff:162.158.1.1', headers, 'cloudflare')).toBe('2001:db8::9');
    expect(resolve(undefined, headers, 'cloudflare')).toBe('2001:db8::9');
  });

  it("believes CF-Connecting-IP only from Cloudflare's ranges: a direct client gets its socket address", () => {
    const headers = { 'cf-connecting-ip': '6.6.6.6' };
    expect(resolve('203.0.113.9', headers, 'cloudflare')).toBe('203.0.113.9');
    expect(resolve('127.0.0.1', headers, 'cloudflare')).toBe('127.0.0.1');
    expect(resolve('10.0.0.2', headers, 'cloudflare')).toBe('10.0.0.2');
    expect(resolve('172.63.255.255', headers, 'cloudflare')).toBe('172.63.255.255');
    expect(resolve('2001:db8::1', headers, 'cloudflare')).toBe('2001:db8::1');
  });

  it('keeps the ranges as data, usable in lists: Cloudflare -> a local proxy or tunnel -> here', () => {
    expect(CLOUDFLARE_IPS).toContain('173.245.48.0/20');
    expect(CLOUDFLARE_IPS).toContain('2a06:98c0::/29');
    // Cloudflare appends the client to X-Forwarded-For; cloudflared/nginx on loopback pass it on.
    const headers = { 'x-forwarded-for': '6.6.6.6, 198.51.100.7', 'cf-connecting-ip': '198.51.100.7' };
    expect(resolve('127.0.0.1', headers, ['loopback', 'cloudflare'])).toBe('198.51.100.7');
    // nginx appended the edge's address: the walk steps over it.
    const viaNginx = { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 172.70.1.1' };
    expect(resolve('127.0.0.1', viaNginx, ['loopback', 'cloudflare'])).toBe('198.51.100.7');
    // A range Cloudflare added after this list: name it next to the keyword.
    expect(resolve('198.18.0.1', headers, ['cloudflare', '198.18.0.0/15'])).toBe('198.51.100.7');
    // Or keep reading CF-Connecting-IP from a list of your own.
    const own: TrustProxy = { proxies: ['loopback', 'cloudflare'], header: 'cf-connecting-ip' };
    expect(resolve('127.0.0.1', { 'cf-connecting-ip': '198.51.100.7' }, own)).toBe('198.51.100.7');
    expect(resolve('203.0.113.9', { 'cf-connecting-ip': '198.51.100.7' }, own)).toBe('203.0.113.9');
  });

  it('falls back to the peer when the header is missing or not an IP', () => {
    expect(resolve('172.64.0.1', {}, 'cloudflare')).toBe('172.64.0.1');
    expect(resolve('172.64.0.1', { 'cf-connecting-ip': 'evil' }, 'cloudflare')).toBe('172.64.0.1');
    expect(resolve(undefined, { 'cf-connecting-ip': 'evil' }, 'cloudflare')).toBeUndefined();
  });
});

describe('trustsPeer', () => {
  it('says whether X-Forwarded-* from this peer may be believed', () => {
    expect(trustsPeer('127.0.0.1', false)).toBe(false);
    expect(trustsPeer('127.0.0.1', 0)).toBe(false);
    expect(trustsPeer('127.0.0.1', 1)).toBe(true);
    expect(trustsPeer('203.0.113.9', 1)).toBe(false);
    expect(trustsPeer('127.0.0.1', 'cloudflare')).toBe(false);
    expect(trustsPeer('172.64.0.1', 'cloudflare')).toBe(true);
    expect(trustsPeer('10.0.0.1', { proxies: 2, header: 'forwarded' })).toBe(true);
    expect(trustsPeer(undefined, 1)).toBe(false);
    expect(trustsPeer('::ffff:127.0.0.1', ['loopback'])).toBe(true);
    expect(trustsPeer('203.0.113.9', ['loopback'])).toBe(false);
    expect(trustsPeer(undefined, ['loopback'])).toBe(false);
  });
});

describe('parseTrustProxy (WHOP_TRUST_PROXY)', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['  ', false],
    ['false', false],
    ['FALSE', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['cloudflare', 'cloudflare'],
    ['Cloudflare', 'cloudflare'],
    ['loopback', ['loopback']],
    ['loopback, 10.0.0.0/8 ,::1,fd00::/8', ['loopback', '10.0.0.0/8', '::1', 'fd00::/8']],
    ['loopback,cloudflare', ['loopback', 'cloudflare']],
  ])('%j → %j', (text, expected) => {
    expect(parseTrustProxy(text)).toEqual(expected);
  });

  it('takes the header the proxies write from WHOP_TRUST_PROXY_HEADER', () => {
    expect(parseTrustProxy('1', 'Forwarded')).toEqual({ proxies: 1, header: 'forwarded' });
    expect(parseTrustProxy('loopback', 'x-forwarded-for')).toEqual({
      proxies: ['loopback'],
      header: 'x-forwarded-for',
    });
    expect(parseTrustProxy('cloudflare', 'cf-connecting-ip')).toEqual({
      proxies: ['cloudflare'],
      header: 'cf-connecting-ip',
    });
    expect(parseTrustProxy('2', undefined)).toBe(2);
    expect(() => parseTrustProxy('1', 'x-real-ip')).toThrow(/WHOP_TRUST_PROXY_HEADER must be/);
    expect(() => parseTrustProxy('false', 'forwarded')).toThrow(/WHOP_TRUST_PROXY_HEADER.*WHOP_TRUST_PROXY/);
  });

  it.each([
    ['true', /WHOP_TRUST_PROXY=true would believe the left-most/],
    ['yes', /WHOP_TRUST_PROXY: "yes" is not an IP address/],
    ['-1', /WHOP_TRUST_PROXY: "-1"/],
    ['1.5', /WHOP_TRUST_PROXY: "1.5"/],
    ['10.0.0.0/8,,loopback', /WHOP_TRUST_PROXY: empty item/],
    ['10.0.0.0/99', /WHOP_TRUST_PROXY: "10.0.0.0\/99"/],
    ['10.0.0.0/8/8', /WHOP_TRUST_PROXY/],
    ['10.0.0.0/abc', /WHOP_TRUST_PROXY/],
  ])('%j is refused', (text, message) => {
    expect(() => parseTrustProxy(text)).toThrow(message);
  });
});

describe('checkTrustProxy', () => {
  it('accepts the documented forms and returns them', () => {
    expect(checkTrustProxy(undefined)).toBe(false);
    expect(checkTrustProxy(false)).toBe(false);
    expect(checkTrustProxy(3)).toBe(3);
    expect(checkTrustProxy('cloudflare')).toBe('cloudflare');
    expect(checkTrustProxy(['private'])).toEqual(['private']);
    expect(checkTrustProxy({ proxies: 1, header: 'forwarded' })).toEqual({ proxies: 1, header: 'forwarded' });
    expect(checkTrustProxy({ proxies: ['cloudflare'] })).toEqual({ proxies: ['cloudflare'] });
  });

  it.each([
    true,
    -1,
    1.5,
    'loopback',
    [1],
    {},
    null,
    { proxies: 1, header: 'x-real-ip' },
    { proxies: ['10.0.0.0/40'] },
    { proxies: 'loopback' },
  ])('refuses %j', (value) => {
    expect(() => checkTrustProxy(value, 'options.trustProxy')).toThrow(/options\.trustProxy/);
  });
});
