/** One structured log entry; pino-compatible (`logger.info(obj)`). Never holds the token or PII. */
export interface LogEntry {
    msg: string;
    [field: string]: unknown;
}
/** Where the proxy writes its one line per request. `console`-like and pino loggers both fit. */
export interface Logger {
    info(entry: LogEntry): void;
    warn(entry: LogEntry): void;
    error(entry: LogEntry): void;
}
/** The most characters of a client-written value (a header) copied into a log line. */
export declare const MAX_LOGGED_VALUE = 200;
/**
 * A client-written value as logged: at most {@link MAX_LOGGED_VALUE} characters, so a request
 * with a 15 KB `Origin` cannot make every log line it causes 15 KB long.
 */
export declare function loggedValue(value: string | null | undefined): string | null | undefined;
/**
 * The default logger: one JSON line per entry on the console. As a last line of defence, every
 * line goes through the redaction of the `secrets` (the API key, the shared secret) before it is
 * written.
 */
export declare function consoleLogger(...secrets: Array<string | undefined>): Logger;
/** A logger that writes nothing (`logger: false`). */
export declare const silentLogger: Logger;
