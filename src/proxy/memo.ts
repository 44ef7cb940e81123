/**
 * Remembers the last results of a pure function of one string, up to `size` keys (the map is
 * emptied when full: cheap, and bounded whatever clients send). User agents repeat heavily in
 * real traffic, and parsing one with ua-parser-js or isbot's pattern costs far more than a lookup.
 */
export function memo<T>(fn: (key: string) => T, size = 1000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= size) cache.clear();
      value = fn(key);
      cache.set(key, value);
    }
    return value as T;
  };
}
