// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { store } from '../../../src/browser/storage.js';
import { isolate } from './helpers.js';

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
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => store('q', [1])).not.toThrow();
    expect(store('q')).toEqual([1]);
    store('q', null);
    expect(store('q')).toBeNull();
  });

  it('keeps values in memory when merely naming localStorage throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      store('q', [2]);
      expect(store('q')).toEqual([2]);
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else Reflect.deleteProperty(window, 'localStorage');
    }
  });

  it('answers undefined for damaged JSON', () => {
    localStorage.setItem('bad', '{not json');
    expect(store('bad')).toBeUndefined();
  });
});
