import type { LogEntry, Logger } from './types.js';

/**
 * The default logger: one JSON line per entry on the console. As a last line of defence, any
 * occurrence of a `secret` (the API key, the shared secret) is replaced before the line is written.
 */
export function consoleLogger(...secrets: Array<string | undefined>): Logger {
  // Also as JSON escapes it, in case a secret holds a quote or a backslash.
  const redact = secrets
    .filter((secret): secret is string => Boolean(secret))
    .flatMap((secret) => [JSON.stringify(secret).slice(1, -1), secret]);
  const write = (level: string, entry: LogEntry) => {
    let line = JSON.stringify({ level, time: new Date().toISOString(), ...entry });
    for (const secret of redact) line = line.split(secret).join('[redacted]');
    (level === 'info' ? console.log : console.error)(line);
  };
  return {
    info: (entry) => write('info', entry),
    warn: (entry) => write('warn', entry),
    error: (entry) => write('error', entry),
  };
}

/** A logger that writes nothing (`logger: false`). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
