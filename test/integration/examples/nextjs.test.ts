import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, COMPANY_ID, lead, startMockUpstream } from './mock-upstream.js';

// The Next.js example, built with the installed `next` (about 10 s on 2 cores) and served by
// `next start`, with `whop-pixel/next` resolved to this package's dist/ by its own name.
const run = promisify(execFile);
const EXAMPLE = resolve('examples/nextjs');
const NEXT = resolve('node_modules/next/dist/bin/next');
const TSC = resolve('node_modules/typescript/bin/tsc');
// The build must not need the secrets: they are not in its environment.
const { WHOP_API_KEY: _key, WHOP_COMPANY_ID: _company, ...BASE_ENV } = process.env;
const ENV = { ...BASE_ENV, NEXT_TELEMETRY_DISABLED: '1' };

let upstream: Awaited<ReturnType<typeof startMockUpstream>>;
let server: ChildProcess | undefined;
let origin = '';
let output = '';

/** Starts `next start` on a free port and resolves with its origin once it says where it listens. */
function nextStart(env: NodeJS.ProcessEnv): Promise<string> {
  server = spawn(process.execPath, [NEXT, 'start', EXAMPLE, '-H', '127.0.0.1', '-p', '0'], {
    env,
    detached: true, // its own process group, so afterAll can stop whatever it forks
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveOrigin, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (match && output.includes('Ready')) resolveOrigin(`http://127.0.0.1:${match[1]}`);
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.once('exit', (code) => reject(new Error(`next start exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  upstream = await startMockUpstream();
  await run(process.execPath, [NEXT, 'build', EXAMPLE], { env: ENV, maxBuffer: 16 * 1024 * 1024 });
  origin = await nextStart({
    ...ENV,
    WHOP_API_KEY: API_KEY,
    WHOP_COMPANY_ID: COMPANY_ID,
    WHOP_API_URL: upstream.url,
    // As behind one reverse proxy that appends the address it saw to X-Forwarded-For.
    WHOP_TRUST_PROXY: '1',
  });
}, 240_000);

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  await upstream?.close();
  // Build output stays out of the tree (and out of lint): what `next build` wrote is generated.
  rmSync(resolve(EXAMPLE, '.next'), { recursive: true, force: true });
  rmSync(resolve(EXAMPLE, 'next-env.d.ts'), { force: true });
});

describe('examples/nextjs', () => {
  it('typechecks against Next’s types, including the route-export check `next build` generated', async () => {
    const result = await run(process.execPath, [
      TSC,
      '-p',
      resolve(EXAMPLE, 'tsconfig.json'),
      '--noEmit',
      '--incremental',
      'false',
    ]).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
    expect(result.stdout).toBe('');
    expect(result).not.toHaveProperty('failed');
  }, 60_000);

  it('POST /whop forwards a lead with company_id, the key only upstream, and the proxied client address', async () => {
    const response = await fetch(`${origin}/whop`, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        origin,
        'x-forwarded-for': '6.6.6.6, 203.0.113.9',
        'user-agent': 'Mozilla/5.0 (Android 14) Chrome/130.0',
      },
      body: JSON.stringify(lead('evt_next_1')),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(JSON.parse(text)).toEqual({ results: [{ event_id: 'evt_next_1', status: 200, id: 'conv_1' }] });
    expect(text).not.toContain(API_KEY);
    expect(response.headers.get('set-cookie')).toMatch(/^_whop_aid=anon_7f3c9a;/);

    expect(upstream.received).toHaveLength(1);
    const [sent] = upstream.received;
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent.body).toMatchObject({
      company_id: COMPANY_ID,
      event_id: 'evt_next_1',
      context: {
        ip_address: '203.0.113.9',
        user_agent: 'Mozilla/5.0 (Android 14) Chrome/130.0',
        fbclid: 'IwAR0abc',
      },
      user: { anonymous_id: 'anon_7f3c9a', email: 'ada@example.com' },
    });
    expect(output).not.toContain(API_KEY);
  });

  it('OPTIONS /whop refuses a preflight from a foreign origin; a bad body is 400', async () => {
    const preflight = await fetch(`${origin}/whop`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const bad = await fetch(`${origin}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ event_name: 'lead', value: 'lots' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { path: string } }).error.path).toBe('value');
  });

  it('GET /healthz (app/healthz/route.ts) answers {"ok":true}, never cached', async () => {
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect(await health.text()).toBe('{"ok":true}');
  });

  it('serves the page with the stub before the script that replays it', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const stub = html.indexOf("whop('init',{endpoint:'/whop'})");
    expect(stub).toBeGreaterThan(-1);
    expect(html.indexOf('src="/whop.min.js"')).toBeGreaterThan(-1);
    expect(html).toContain('data-whop-track="lead"');
  });
});
