import { describe, expect, it, vi } from 'vitest';
import { memo } from '../../../src/proxy/memo.js';

describe('memo', () => {
  it('computes each key once, including falsy results', () => {
    const fn = vi.fn((key: string) => (key === 'no' ? false : key.length));
    const cached = memo(fn);
    expect([cached('abc'), cached('abc'), cached('no'), cached('no')]).toEqual([3, 3, false, false]);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('stays bounded: past `size` keys it starts over', () => {
    const fn = vi.fn((key: string) => key);
    const cached = memo(fn, 3);
    for (const key of ['a', 'b', 'c', 'd', 'a']) cached(key);
    expect(fn).toHaveBeenCalledTimes(5);
  });
});
