import { describe, expect, it } from 'vitest';
import { describeUserAgent } from '../../../src/proxy/user-agent.js';
import { UA } from './user-agents.js';

describe('describeUserAgent', () => {
  it('reads browser, OS and device into one short line', () => {
    expect(describeUserAgent(UA.chrome)).toEqual({
      line: 'Chrome 130 · Windows 10 · desktop',
      inApp: false,
      headless: false,
    });
    expect(describeUserAgent(UA.safariIphone).line).toBe('Mobile Safari 17 · iOS 17.5 · mobile');
    expect(describeUserAgent(UA.firefox).line).toBe('Firefox 128 · Linux · desktop');
  });

  it('flags in-app browsers, where ad clicks land', () => {
    expect(describeUserAgent(UA.instagram)).toMatchObject({
      line: 'Instagram 302 · iOS 17.0 · mobile',
      inApp: true,
    });
    expect(describeUserAgent(UA.facebookAndroid)).toMatchObject({ inApp: true });
    expect(describeUserAgent(UA.tiktok)).toMatchObject({ inApp: true });
    expect(describeUserAgent(UA.safariIphone).inApp).toBe(false);
  });

  it('flags headless browsers', () => {
    expect(describeUserAgent(UA.headlessChrome)).toMatchObject({ headless: true, inApp: false });
    expect(describeUserAgent(UA.phantomjs).headless).toBe(true);
    expect(describeUserAgent(UA.chrome).headless).toBe(false);
  });

  it('gives a non-browser its first product token, capped, never the whole string', () => {
    expect(describeUserAgent('curl/8.5.0').line).toBe('curl/8.5.0');
    expect(describeUserAgent('python-requests/2.31.0 extra words').line).toBe('python-requests/2.31.0');
    expect(describeUserAgent('x'.repeat(5000)).line).toBe('x'.repeat(40));
    expect(describeUserAgent('   ').line).toBeUndefined();
    expect(describeUserAgent(null)).toEqual({ inApp: false, headless: false });
  });
});
