import { EventEmitter } from 'node:events';
import { runCli } from '../../../src/node/run-cli.js';

/** A `whop-pixel` command running in-process until `stop()`, as its container or terminal would run it. */
export interface RunningCli {
  /** The `… listening on <url> …` line. */
  line: string;
  /** The first URL of that line: the proxy's endpoint, or the mock's conversions URL. */
  url: string;
  out: string[];
  err: string[];
  /** Sends SIGTERM; resolves with the exit code. */
  stop(): Promise<number>;
}

/** Starts `whop-pixel <argv>` with `env` and resolves once it listens; rejects with its stderr if it exits first. */
export async function startCli(argv: string[], env: Record<string, string>): Promise<RunningCli> {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  const exit = runCli(argv, env, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), signals });
  let code: number | undefined;
  exit.then((c) => {
    code = c;
  });
  for (;;) {
    const line = out.find((l) => l.includes(' listening on '));
    if (line) {
      const url = line.split(' listening on ')[1].split(' ')[0];
      const stop = () => {
        signals.emit('SIGTERM');
        return exit;
      };
      return { line, url, out, err, stop };
    }
    if (code !== undefined) throw new Error(`whop-pixel ${argv.join(' ')} exited ${code}: ${err.join('\n')}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
