// The built bin (`node dist/cli.mjs`, what `npx whop-pixel` runs) as a real process. The
// configuration errors are covered in-process in test/unit/node/run-cli.test.ts; here the
// process-level behaviour: exit codes, and SIGTERM finishing an in-flight request.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MockApiServer, startMockApi } from '../../src/node/index.js';
import { rawRequest } from '../unit/node/http-helpers.js';

// `npm test` builds first; WHOP_PIXEL_CLI points at another build of the same bin.
const CLI = process.env.WHOP_PIXEL_CLI ?? fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));
const KEY = 'sk_cli_process_secret_5150';

interface Run {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exit: Promise<number | null>;
  /** Resolves with the first stdout line matching `pattern`. */
  line(pattern: RegExp): Promise<string>;
}

const children: ChildProcess[] = [];

function run(args: string[], env: Record<string, string>): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters: Array<() => void> = [];
  const collect = (into: string[]) => {
    let rest = '';
    return (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      into.push(...lines);
      for (const wake of waiters.splice(0)) wake();
    };
  };
  child.stdout?.on('data', collect(stdout));
  child.stderr?.on('data', collect(stderr));
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      for (const wake of waiters.splice(0)) wake();
      resolve(code);
    }),
  );
  const line = async (pattern: RegExp): Promise<string> => {
    for (;;) {
      const found = stdout.find((l) => pattern.test(l));
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr.join('\n')}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { child, stdout, stderr, exit, line };
}

let mock: MockApiServer;
beforeAll(async () => {
  mock = await startMockApi({ apiKey: KEY });
});
afterAll(async () => {
  await mock.close();
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  mock.reset();
});

describe('whop-pixel (built bin)', () => {
  it('exits 2 naming the missing variable', async () => {
    const cli = run(['proxy'], { WHOP_COMPANY_ID: 'biz_x' });
    expect(await cli.exit).toBe(2);
    expect(cli.stderr.join('\n')).toMatch(/WHOP_API_KEY is not set/);
  });

  it('prints the package version for --version and -v, and exits 0', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const cli = run([flag], {});
      expect(await cli.exit).toBe(0);
      expect(cli.stdout.join('\n').trim()).toBe(pkg.version);
    }
  });

  it('exits 2 with usage for an unknown command', async () => {
    const cli = run(['nope'], {});
    expect(await cli.exit).toBe(2);
    expect(cli.stderr.join('\n')).toMatch(/unknown command "nope"[\s\S]*Usage: whop-pixel/);
  });

  it('proxy: on SIGTERM stops accepting, still answers the request in flight, then exits 0', async () => {
    const cli = run(['proxy'], {
      WHOP_API_KEY: KEY,
      WHOP_COMPANY_ID: 'biz_cli1234567890',
      WHOP_API_URL: mock.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const listening = await cli.line(/listening on/);
    expect(listening).toBe(
      `whop-pixel proxy listening on ${listening.split(' ')[4]} → ${mock.apiUrl} (Whop's conversions API)`,
    );
    const url = listening.split(' ')[4];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/whop$/);

    // Whop takes 800 ms; the signal arrives while the proxy waits for it.
    mock.setFaults([{ delayMs: 800 }]);
    const atUpstream = new Promise<void>((resolve) => {
      const stop = mock.subscribe((a) => {
        if (a.type === 'fault') {
          stop();
          resolve();
        }
      });
    });
    const inFlight = rawRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ event_name: 'lead', event_id: 'evt_sigterm' }),
    });
    await atUpstream;
    cli.child.kill('SIGTERM');
    await cli.line(/SIGTERM, finishing in-flight requests/);
    // A new connection is no longer served.
    await expect(rawRequest(new URL('/healthz', url).href)).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).results[0]).toMatchObject({ event_id: 'evt_sigterm', status: 200 });
    expect(mock.events().map((e) => e.body.event_id)).toEqual(['evt_sigterm']);
    expect(await cli.exit).toBe(0);
    expect([...cli.stdout, ...cli.stderr].join('\n')).not.toContain(KEY);
  });
});
