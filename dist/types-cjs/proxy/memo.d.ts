/**
 * Remembers the last results of a pure function of one string, up to `size` keys (the map is
 * emptied when full: cheap, and bounded whatever clients send). User agents repeat heavily in
 * real traffic, and parsing one with ua-parser-js or isbot's pattern costs far more than a lookup.
 */
export declare function memo<T>(fn: (key: string) => T, size?: number): (key: string) => T;
