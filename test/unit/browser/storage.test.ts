// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { store } from '../../../src/browser/storage.js';
import { isolate, replaceStorage, standInStorage } from './helpers.js';

isolate();

describe('store', () => {
  it('writes, reads and removes JSON in localStorage', () => {
    store('k', { a: [1, 'b'] });
    expect(localStorage.getItem('k')).toBe('{"a":[1,"b"]}');
    expect(store('k')).toEqual({ a: [1, 'b'] });
    store('k', null);
    expect(localStorage.getItem('k')).toBeNull();
    expect(store('k')).toBeNull();
  });

  it('uses sessionStorage when asked', () => {
    store('s', 'v', true);
    expect(sessionStorage.getItem('s')).toBe('"v"');
    expect(store('s', undefined, true)).toBe('v');
    expect(store('s')).toBeNull();
  });

  it('sees what another tab wrote', () => {
    store('k', 1);
    localStorage.setItem('k', '2');
    expect(store('k')).toBe(2);
  });

  it('keeps values in memory when storage throws (Safari private mode, sandboxed iframes)', () => {
    const broken = standInStorage({ failWrites: true, failReads: true });
    replaceStorage(() => broken);
    expect(() => store('q', [1])).not.toThrow();
    expect(store('q')).toEqual([1]);
    store('q', null);
    expect(store('q')).toBeNull();
  });

  it('keeps what it could not write when reads still work (a full quota), until a write succeeds', () => {
    const full = standInStorage();
    replaceStorage(() => full);
    store('q', [1]);
    full.failWrites = true;
    store('q', [1, 2]);
    expect(full.getItem('q')).toBe('[1]');
    expect(store('q')).toEqual([1, 2]);
    full.failWrites = false;
    store('q', [3]);
    // Storage has it again, so another tab's write is seen.
    full.setItem('q', '[4]');
    expect(store('q')).toEqual([4]);
  });

  it('keeps values in memory when merely naming localStorage throws', () => {
    replaceStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    store('q', [2]);
    expect(store('q')).toEqual([2]);
  });

  it('answers undefined for damaged JSON', () => {
    localStorage.setItem('bad', '{not json');
    expect(store('bad')).toBeUndefined();
  });
});
