// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { store } from '../../../src/browser/storage.js';
import { isolate } from './helpers.js';

isolate();

/**
 * A Storage stand-in (happy-dom's localStorage ignores spies on Storage.prototype): writes throw
 * QuotaExceededError while `fail` is set, reads throw SecurityError when `read` is 'throw'.
 */
function storage(how: { write: 'ok' | 'throw'; read: 'ok' | 'throw' }) {
  const items = new Map<string, string>();
  const area = {
    fail: how.write === 'throw',
    getItem(key: string) {
      if (how.read === 'throw') throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (area.fail) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem(key: string) {
      if (area.fail) throw new DOMException('denied', 'SecurityError');
      items.delete(key);
    },
  };
  return area;
}

/** Runs `fn` with `window.localStorage` replaced by `area`. */
function withLocalStorage(area: object, fn: () => void): void {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => area });
  try {
    fn();
  } finally {
    if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
    else Reflect.deleteProperty(window, 'localStorage');
  }
}

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
    withLocalStorage(storage({ write: 'throw', read: 'throw' }), () => {
      expect(() => store('q', [1])).not.toThrow();
      expect(store('q')).toEqual([1]);
      store('q', null);
      expect(store('q')).toBeNull();
    });
  });

  it('keeps what it could not write when reads still work (a full quota), until a write succeeds', () => {
    const full = storage({ write: 'ok', read: 'ok' });
    withLocalStorage(full, () => {
      store('q', [1]);
      full.fail = true;
      store('q', [1, 2]);
      expect(full.getItem('q')).toBe('[1]');
      expect(store('q')).toEqual([1, 2]);
      full.fail = false;
      store('q', [3]);
      // Storage has it again, so another tab's write is seen.
      full.setItem('q', '[4]');
      expect(store('q')).toEqual([4]);
    });
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
