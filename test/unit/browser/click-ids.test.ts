import { describe, expect, it } from 'vitest';
import { clickId } from '../../../src/browser/click-ids.js';

describe('clickId', () => {
  it('reads the fbclid of a 4-segment _fbc', () => {
    expect(clickId('fb.1.1596403881668.IwAR2abc', 'fb', 3)).toBe('IwAR2abc');
  });

  it("accepts Meta's optional fifth segment", () => {
    expect(clickId('fb.1.1596403881668.IwAR2abc.AQ', 'fb', 3)).toBe('IwAR2abc');
  });

  it('refuses other shapes', () => {
    for (const value of [undefined, '', 'fb.1.2', 'fb.1.2.x.y.z', 'GA1.1.2.x', 'xfb.1.2.3']) {
      expect(clickId(value, 'fb', 3)).toBeUndefined();
    }
  });

  it('reads the gclid of _gcl_aw', () => {
    expect(clickId('GCL.1700000000.Cj0KCQiA', 'GCL', 2)).toBe('Cj0KCQiA');
    expect(clickId('GCL.1700000000', 'GCL', 2)).toBeUndefined();
    expect(clickId('fb.1.2.x', 'GCL', 2)).toBeUndefined();
  });
});
