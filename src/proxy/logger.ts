import type { LogEntry, Logger } from './types.js';

/**
 * The default logger: one JSON line per entry on the console. As a last line of defence, any
 * occurrence of `secret` is replaced before the line is written.
 */
export function consoleLogger(secret: string): Logger {
  const write = (level: string, entry: LogEntry) => {
    const line = JSON.stringify({ level, time: new Date().toISOString(), ...entry });
    const safe = secret ? line.split(secret).join('[redacted]') : line;
    (level === 'info' ? console.log : console.error)(safe);
  };
  return {
    info: (entry) => write('info', entry),
    warn: (entry) => write('warn', entry),
    error: (entry) => write('error', entry),
  };
}

/** A logger that writes nothing (`logger: false`). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
