import { describe, expect, it } from 'vitest';
import { parseCookieHeader } from '../../../src/proxy/cookies.js';

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
