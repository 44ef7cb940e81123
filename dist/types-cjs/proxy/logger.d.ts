import type { Logger } from './types.js';
/**
 * The default logger: one JSON line per entry on the console. As a last line of defence, any
 * occurrence of a `secret` (the API key, the shared secret) is replaced before the line is written.
 */
export declare function consoleLogger(...secrets: Array<string | undefined>): Logger;
/** A logger that writes nothing (`logger: false`). */
export declare const silentLogger: Logger;
