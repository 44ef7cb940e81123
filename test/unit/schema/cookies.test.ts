import { describe, expect, it } from 'vitest';
import { ANONYMOUS_ID_COOKIE, clickId } from '../../../src/schema/cookies.js';

describe("clickId: the one rule for ad platforms' click-id cookies, in the snippet and the proxy", () => {
  it("reads the fbclid of Meta's four-segment _fbc", () => {
    expect(clickId('fb.1.1596403881668.IwAR2xyz', 'fb', 3)).toBe('IwAR2xyz');
  });

  it("accepts Meta's optional fifth segment, even an empty one", () => {
    expect(clickId('fb.2.1596403881668.IwAR2xyz.AbCd', 'fb', 3)).toBe('IwAR2xyz');
    expect(clickId('fb.2.1596403881668.IwAR2xyz.', 'fb', 3)).toBe('IwAR2xyz');
  });

  it('refuses other shapes, and gives an empty id as empty', () => {
    for (const bad of [
      undefined,
      '',
      'fb.1.IwAR',
      'fb.1.2',
      'xx.1.1596403881668.IwAR',
      'fb.1.2.3.4.5',
      'GA1.1.2.x',
      'xfb.1.2.3',
      ' fb.1.1596403881668.IwAR',
      'FB.1.1596403881668.IwAR',
    ]) {
      expect(clickId(bad, 'fb', 3)).toBeUndefined();
    }
    expect(clickId('fb.1.1596403881668.', 'fb', 3)).toBe('');
  });

  it('reads the gclid of _gcl_aw', () => {
    expect(clickId('GCL.1700000000.Cj0KCQiA', 'GCL', 2)).toBe('Cj0KCQiA');
    expect(clickId('GCL.1700000000', 'GCL', 2)).toBeUndefined();
    expect(clickId('fb.1.2.x', 'GCL', 2)).toBeUndefined();
  });
});

describe('ANONYMOUS_ID_COOKIE', () => {
  it("is the one name of the snippet's id cookie", () => {
    expect(ANONYMOUS_ID_COOKIE).toBe('_whop_aid');
  });
});
