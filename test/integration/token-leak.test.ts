// Proof that the API key never leaks: one distinctive fake key drives a tour of every way the
// proxy answers — all error paths, upstream retries and faults, bots, the rate limit, CORS,
// shared-secret mode, the Express adapter and the built CLI (proxy and mock-api) — and every
// response (status line, headers, body) and every log line the test can observe is scanned.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type MockApiServer, startMockApi, toNodeHandler } from '../../src/node/index.js';
import { type ProxyServer, startProxyServer } from '../../src/node/server.js';
import { createProxy } from '../../src/proxy/index.js';
import type { LogEntry, Logger } from '../../src/proxy/logger.js';
import { type RawResponse, rawRequest } from '../unit/node/http-helpers.js';

/** The key under test: distinctive, so any occurrence anywhere is a leak. */
const LEAK_PROBE_KEY = 'sk_leakprobe_Zq7Xv1_distinctive_do_not_print';
const SECRET = 'leakprobe-shared-secret-4f9a2c71';
const COMPANY = 'biz_leakprobe0000001';
const SITE = 'http://shop.example.com';
const CLI = process.env.WHOP_PIXEL_CLI ?? fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));
const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const lead = (id: string) => ({
  event_name: 'lead',
  event_id: id,
  user: { anonymous_id: 'anon_leakprobe01' },
});

/** Everything observed, as text: responses and log lines, tagged with where they came from. */
const responses: Array<{ where: string; text: string; status: number }> = [];
const logLines: Array<{ where: string; text: string }> = [];
const closers: Array<() => Promise<void>> = [];
const children: ChildProcess[] = [];

function capture(where: string): Logger {
  const keep = (level: string) => (entry: LogEntry) => {
    logLines.push({ where, text: JSON.stringify({ level, ...entry }) });
  };
  return { info: keep('info'), warn: keep('warn'), error: keep('error') };
}

async function send(
  where: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const response = await rawRequest(url, {
    method: options.method ?? 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER, ...options.headers },
    body: options.body,
  });
  responses.push({ where, status: response.status, text: JSON.stringify(response) });
  return response;
}

const post = (where: string, url: string, body: unknown, headers: Record<string, string> = {}) =>
  send(where, url, { body: typeof body === 'string' ? body : JSON.stringify(body), headers });

/** Runs the built bin, collecting its output lines into logLines; resolves the first line matching `ready`. */
function runCli(args: string[], env: Record<string, string>, ready?: RegExp) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const where = `cli ${args.join(' ')}`;
  const lines: string[] = [];
  let wake = () => {};
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) {
        lines.push(text);
        logLines.push({ where, text });
      }
      wake();
    });
    stream?.on('end', () => rest && logLines.push({ where, text: rest }));
  }
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = async (): Promise<string> => {
    for (;;) {
      const found = ready && lines.find((l) => ready.test(l));
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${lines.join('\n')}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  return { child, exit, line };
}

let whop: MockApiServer;
let otherWhop: MockApiServer;
let proxy: ProxyServer;
let defaultLogged: ProxyServer;
const consoleLines: string[] = [];

beforeAll(async () => {
  whop = await startMockApi({ apiKey: LEAK_PROBE_KEY });
  // A Whop that accepts another key: the probe key is refused there (upstream 401).
  otherWhop = await startMockApi({ apiKey: 'sk_some_other_valid_key_000' });
  closers.push(whop.close, otherWhop.close);
  proxy = await startProxyServer({
    apiKey: LEAK_PROBE_KEY,
    companyId: COMPANY,
    apiUrl: whop.apiUrl,
    port: 0,
    host: '127.0.0.1',
    allowedOrigins: [SITE],
    timeoutMs: 300,
    retries: 2,
    maxRetryTimeMs: 3000,
    sharedSecret: SECRET,
    maxBodyBytes: 4096,
    rateLimit: { burst: 120, perSecond: 1 },
    logger: capture('proxy server'),
  });
  closers.push(proxy.close);
  // The default logger (console), whose redaction is the last line of defence.
  for (const method of ['log', 'error', 'warn', 'info'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '));
    });
  }
  defaultLogged = await startProxyServer({
    apiKey: LEAK_PROBE_KEY,
    companyId: COMPANY,
    apiUrl: otherWhop.apiUrl,
    port: 0,
    host: '127.0.0.1',
    retries: 0,
    sharedSecret: SECRET,
  });
  closers.push(defaultLogged.close);
});

afterAll(async () => {
  vi.restoreAllMocks();
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(closers.map((close) => close()));
});

describe('the API key never leaks', () => {
  it('tours every answer of the proxy server, the Express adapter and the CLI, capturing everything', async () => {
    const url = proxy.url;
    const cors = { origin: SITE, host: 'shop.example.com' };
    // Success, batches, CORS.
    expect((await post('valid', url, lead('evt_ok'), cors)).status).toBe(200);
    expect((await post('batch', url, [lead('evt_b1'), lead('evt_b2')], cors)).status).toBe(200);
    expect(
      (
        await send('preflight', url, {
          method: 'OPTIONS',
          headers: { ...cors, 'access-control-request-method': 'POST' },
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await send('preflight refused', url, {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await post('origin refused', url, lead('evt_o'), { origin: 'https://evil.example' })).status,
    ).toBe(403);
    // Client errors.
    expect((await send('GET', url, { method: 'GET' })).status).toBe(405);
    expect((await post('invalid', url, { event_name: 'purchase' })).status).toBe(400);
    expect((await post('not json', url, '{"event_name":')).status).toBe(400);
    expect((await send('bad utf-8', url, { body: Buffer.from([0x7b, 0xff, 0x7d]) })).status).toBe(400);
    expect(
      (await post('too large', url, { event_name: 'lead', url: `${SITE}/?${'x'.repeat(5000)}` })).status,
    ).toBe(413);
    expect(
      (await post('form post', url, lead('evt_f'), { 'content-type': 'application/x-www-form-urlencoded' }))
        .status,
    ).toBe(415);
    // Bots, shared secret.
    expect(
      (
        await post('bot', url, lead('evt_bot'), {
          'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
        })
      ).status,
    ).toBe(202);
    expect(
      (
        await post(
          'secret',
          url,
          { ...lead('evt_s'), context: { ip_address: '203.0.113.5' } },
          { 'x-whop-pixel-secret': SECRET, 'user-agent': 'node' },
        )
      ).status,
    ).toBe(200);
    expect(
      (await post('wrong secret', url, lead('evt_ws'), { 'x-whop-pixel-secret': `${SECRET}!` })).status,
    ).toBe(401);
    // Upstream faults: retried to success, down, rejecting, dropping, hanging.
    whop.setFaults([{ status: 503, retryAfter: 0 }]);
    expect((await post('503 then ok', url, lead('evt_r'))).status).toBe(200);
    whop.setFaults([{ status: 503, retryAfter: 0, times: 10 }]);
    expect((await post('503', url, lead('evt_down'))).status).toBe(503);
    whop.setFaults([{ status: 500, times: 10 }]);
    expect((await post('500', url, lead('evt_500'))).status).toBe(502);
    whop.setFaults([{ status: 422 }]);
    expect((await post('422', url, lead('evt_422'))).status).toBe(422);
    whop.setFaults([{ drop: true }]);
    expect((await post('drop', url, lead('evt_drop'))).status).toBe(200);
    whop.setFaults([{ delayMs: 1000, times: 3 }]);
    expect((await post('hang', url, lead('evt_hang'))).status).toBe(504);
    whop.setFaults([]);
    // Whop refuses the key itself; answered with the default console logger.
    expect((await post('upstream 401', defaultLogged.url, lead('evt_401'))).status).toBe(502);
    expect(
      (
        await post('console: secret', defaultLogged.url, lead('evt_c'), {
          'x-whop-pixel-secret': 'nope-nope-nope',
        })
      ).status,
    ).toBe(401);
    // Routes around the proxy.
    expect((await send('healthz', new URL('/healthz', url).href, { method: 'GET' })).status).toBe(200);
    expect((await send('404', new URL('/nope', url).href, { method: 'GET' })).status).toBe(404);
    // The rate limit, last: every request here shares 127.0.0.1.
    let limited: RawResponse | undefined;
    for (let n = 0; n < 10 && !limited; n++) {
      const batch = Array.from({ length: 50 }, () => ({ event_name: 'contact' }));
      const response = await post('flood', url, batch);
      if (response.status === 429) limited = response;
    }
    expect(limited?.headers['retry-after']).toMatch(/^\d+$/);

    // Express: mounted before and after a body parser.
    const app = express();
    const handler = toNodeHandler(
      createProxy({
        apiKey: LEAK_PROBE_KEY,
        companyId: COMPANY,
        apiUrl: whop.apiUrl,
        logger: capture('express'),
      }),
    );
    app.post('/whop', handler);
    app.post('/parsed', express.json(), handler);
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await post('express', `${base}/whop`, lead('evt_x'))).status).toBe(200);
    expect(
      (await post('express parsed', `${base}/parsed`, lead('evt_xp'), { 'content-type': 'application/json' }))
        .status,
    ).toBe(200);
    expect((await post('express invalid', `${base}/whop`, { event_name: 1 })).status).toBe(400);
    expect(
      (
        await post('express bot', `${base}/whop`, lead('evt_xb'), {
          'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
        })
      ).status,
    ).toBe(202);

    // The built CLI: the proxy, a configuration error, and the mock API.
    const env = { WHOP_API_KEY: LEAK_PROBE_KEY, WHOP_COMPANY_ID: COMPANY, PORT: '0', HOST: '127.0.0.1' };
    const cli = runCli(['proxy'], { ...env, WHOP_API_URL: whop.apiUrl }, /listening on/);
    const cliUrl = (await cli.line()).split(' ')[4];
    expect((await post('cli', cliUrl, lead('evt_cli'))).status).toBe(200);
    expect((await post('cli invalid', cliUrl, { event_name: 'nope' })).status).toBe(400);
    expect(
      (await post('cli bot', cliUrl, lead('evt_cb'), { 'user-agent': 'facebookexternalhit/1.1' })).status,
    ).toBe(202);
    cli.child.kill('SIGTERM');
    expect(await cli.exit).toBe(0);
    const misconfigured = runCli(['proxy'], { ...env, WHOP_API_URL: `ftp://${LEAK_PROBE_KEY}@example.com` });
    expect(await misconfigured.exit).toBe(2);
    const mockCli = runCli(['mock-api'], env, /listening on/);
    const mockUrl = (await mockCli.line()).match(/on (\S+)/)?.[1] ?? '';
    const accepted = await send('cli mock-api', mockUrl, {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${LEAK_PROBE_KEY}` },
      body: JSON.stringify({ ...lead('evt_m'), company_id: COMPANY }),
    });
    expect(accepted.status).toBe(200);
    expect(
      (await send('cli mock-api events', new URL('/_mock/events', mockUrl).href, { method: 'GET' })).status,
    ).toBe(200);
    mockCli.child.kill('SIGTERM');
    expect(await mockCli.exit).toBe(0);

    // The tour reached every answer the wire contract names, and more.
    const statuses = new Set(responses.map((r) => r.status));
    for (const status of [200, 202, 204, 400, 401, 403, 404, 405, 413, 415, 422, 429, 502, 503, 504]) {
      expect(statuses, `status ${status}`).toContain(status);
    }
    // And it saw logs from every source.
    const sources = new Set(logLines.map((l) => l.where));
    for (const source of ['proxy server', 'express', 'cli proxy', 'cli mock-api'])
      expect(sources).toContain(source);
    expect(consoleLines.length).toBeGreaterThanOrEqual(2);

    const leaks = [
      ...responses.filter((r) => r.text.includes(LEAK_PROBE_KEY) || r.text.includes(SECRET)),
      ...logLines.filter((l) => l.text.includes(LEAK_PROBE_KEY) || l.text.includes(SECRET)),
      ...consoleLines
        .filter((l) => l.includes(LEAK_PROBE_KEY) || l.includes(SECRET))
        .map((text) => ({ where: 'console', text })),
    ].map((leak) => `${leak.where}: ${leak.text.slice(0, 300)}`);
    expect(leaks).toEqual([]);
    // What the mock Whop recorded (bodies, headers it keeps) holds no key either.
    expect(JSON.stringify(whop.events())).not.toContain(LEAK_PROBE_KEY);
    vi.restoreAllMocks();
    const perSource = [...sources].map(
      (where) => `${where} ${logLines.filter((l) => l.where === where).length}`,
    );
    console.info(
      `token-leak tour: ${responses.length} responses and ${logLines.length + consoleLines.length} log lines ` +
        `scanned (${[...perSource, `console ${consoleLines.length}`].join(', ')}); statuses ${[...statuses].sort().join(' ')}`,
    );
  }, 60_000);
});
