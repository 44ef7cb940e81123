import { describe, expect, it } from 'vitest';
import { ANONYMOUS_ID_COOKIE, fbclidFromFbc } from '../../../src/schema/cookies.js';

describe('fbclidFromFbc', () => {
  it("reads Meta's four-segment format", () => {
    expect(fbclidFromFbc('fb.1.1596403881668.IwAR2xyz')).toBe('IwAR2xyz');
  });

  it("accepts Meta's optional fifth segment, even an empty one", () => {
    expect(fbclidFromFbc('fb.2.1596403881668.IwAR2xyz.AbCd')).toBe('IwAR2xyz');
    expect(fbclidFromFbc('fb.2.1596403881668.IwAR2xyz.')).toBe('IwAR2xyz');
  });

  it('rejects anything else', () => {
    for (const bad of [
      '',
      'fb.1.IwAR',
      'xx.1.1596403881668.IwAR',
      'fb.a.1596403881668.IwAR',
      'fb.1.159.',
      'fb.1.2.3.4.5',
      'fb.1.1596403881668x.IwAR',
      'fb.1..IwAR',
      'fb.1.1596403881668.',
      ' fb.1.1596403881668.IwAR',
      'FB.1.1596403881668.IwAR',
    ]) {
      expect(fbclidFromFbc(bad)).toBeUndefined();
    }
    expect(fbclidFromFbc(undefined)).toBeUndefined();
  });
});

describe('ANONYMOUS_ID_COOKIE', () => {
  it("is the one name of the snippet's id cookie", () => {
    expect(ANONYMOUS_ID_COOKIE).toBe('_whop_aid');
  });
});
