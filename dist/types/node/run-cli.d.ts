/** Where SIGTERM/SIGINT come from; `process` in the real CLI, an EventEmitter in tests. */
export interface SignalSource {
    once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
    off(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
}
/** The CLI's outside world, injectable so tests run it in-process. */
export interface CliIo {
    /** One line of normal output (no trailing newline). */
    stdout(line: string): void;
    /** One line of diagnostics. */
    stderr(line: string): void;
    /** Default: `process`. */
    signals?: SignalSource;
}
type Env = Record<string, string | undefined>;
export declare const USAGE: string;
/**
 * The `whop-pixel` command as a function: parses `argv` (without `node` and the script), reads
 * configuration from `env`, writes through `io`, and resolves with the exit code — 0 after a
 * graceful stop, 2 for usage or configuration errors, 1 when the server cannot start.
 */
export declare function runCli(argv: string[], env?: Env, raw?: CliIo): Promise<number>;
export {};
