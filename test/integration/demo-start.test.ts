// `npm start` (examples/demo/start.mjs → server.mjs main) when it cannot start: one line saying
// what to change, exit code 1, never a stack trace. Spawned as a real process, as a person runs it.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// server.mjs runs main() when started directly; start.mjs only builds first if dist/ is stale.
const DEMO = fileURLToPath(new URL('../../examples/demo/server.mjs', import.meta.url));
const KEY = 'sk_demo_start_never_printed_31';

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DEMO], {
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Started after all: stop it, and let the assertions say so.
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('error', reject).once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let taken: Server;
let port = 0;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  port = (taken.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

describe('npm start: errors a person can act on', () => {
  it('a port in use: one line naming the port and PORT, exit 1', async () => {
    const { code, stdout, stderr } = await run({ PORT: String(port) });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `whop-pixel demo: port ${port} is in use; set PORT=… to a free one (e.g. PORT=${port + 1} npm start)\n`,
    );
    expect(stdout).toBe('');
  });

  it('WHOP_API_KEY without WHOP_COMPANY_ID: one line naming it, exit 1, the key never printed', async () => {
    const { code, stdout, stderr } = await run({ PORT: '0', WHOP_API_KEY: KEY });
    expect(code).toBe(1);
    expect(stderr).toBe('whop-pixel demo: WHOP_COMPANY_ID is required when WHOP_API_KEY is set\n');
    expect(stdout + stderr).not.toContain(KEY);
  });

  it('a PORT that is no port number: one line, exit 1', async () => {
    const { code, stderr } = await run({ PORT: 'http' });
    expect(code).toBe(1);
    expect(stderr).toBe('whop-pixel demo: PORT must be a port number from 0 to 65535; got "http"\n');
  });
});

describe('npm start: what it prints', () => {
  it('never prints a key hidden in WHOP_API_URL’s query', async () => {
    const { startDemo } = await import('../../examples/demo/server.mjs');
    const lines: string[] = [];
    const demo = await startDemo({
      port: 0,
      env: {
        WHOP_API_KEY: KEY,
        WHOP_COMPANY_ID: 'biz_demo_start',
        WHOP_API_URL: `http://127.0.0.1:9/api/v1/conversions?key=${KEY}`,
      },
      log: (line: string) => lines.push(line),
    });
    await demo.close();
    const printed = lines.join('\n');
    expect(printed).toContain(
      'events go to http://127.0.0.1:9/api/v1/conversions for company biz_demo_start',
    );
    expect(printed).not.toContain(KEY);
  });
});
