import { describe, expect, it } from 'vitest';
import { fbclidFromFbc, parseCookieHeader } from '../../../src/proxy/cookies.js';

describe('parseCookieHeader', () => {
  it('splits name=value pairs, trims, URI-decodes and keeps the first of duplicates', () => {
    const cookies = parseCookieHeader('_ga=GA1.1.123.456; a=%7Bx%7D;  b="quoted" ; _ga=second');
    expect(cookies.get('_ga')).toBe('GA1.1.123.456');
    expect(cookies.get('a')).toBe('{x}');
    expect(cookies.get('b')).toBe('quoted');
  });

  it('keeps malformed percent-sequences raw instead of throwing', () => {
    expect(parseCookieHeader('x=%E0%A4%A').get('x')).toBe('%E0%A4%A');
  });

  it('handles absent and empty headers and pairs without a name', () => {
    expect(parseCookieHeader(null).size).toBe(0);
    expect(parseCookieHeader('=nameless; ok=1').get('ok')).toBe('1');
    expect(parseCookieHeader('=nameless; ok=1').size).toBe(1);
  });
});

describe('fbclidFromFbc', () => {
  it("reads Meta's four-segment format", () => {
    expect(fbclidFromFbc('fb.1.1596403881668.IwAR2xyz')).toBe('IwAR2xyz');
  });

  it("accepts Meta's optional fifth segment", () => {
    expect(fbclidFromFbc('fb.2.1596403881668.IwAR2xyz.AbCd')).toBe('IwAR2xyz');
  });

  it('rejects anything else', () => {
    for (const bad of [
      '',
      'fb.1.IwAR',
      'xx.1.1596403881668.IwAR',
      'fb.a.1596403881668.IwAR',
      'fb.1.159.',
      'fb.1.2.3.4.5',
    ]) {
      expect(fbclidFromFbc(bad)).toBeUndefined();
    }
    expect(fbclidFromFbc(undefined)).toBeUndefined();
  });
});
