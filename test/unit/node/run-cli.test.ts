import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/node/run-cli.js';
import { rawRequest } from './http-helpers.js';

const KEY = 'sk_cli_secret_never_printed_42';

/** An in-process CLI run: captured output, a signal source the test controls. */
function harness() {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  const io = { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l), signals };
  /** Resolves with the first stdout line matching `pattern`. */
  const line = async (pattern: RegExp) => {
    for (;;) {
      const found = out.find((l) => pattern.test(l));
      if (found) return found;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { out, err, io, signals, line };
}

const proxyEnv = { WHOP_API_KEY: KEY, WHOP_COMPANY_ID: 'biz_test1234567890', PORT: '0', HOST: '127.0.0.1' };

describe('runCli: usage', () => {
  it('prints usage for --help and exits 0', async () => {
    const h = harness();
    expect(await runCli(['--help'], {}, h.io)).toBe(0);
    expect(h.out.join('\n')).toMatch(/^Usage: whop-pixel <command>/);
    expect(h.out.join('\n')).toMatch(/WHOP_TRUST_PROXY/);
    expect(await runCli(['proxy', '-h'], {}, harness().io)).toBe(0);
  });

  it.each([[[]], [['serve']], [['proxy', 'extra']]])('exits 2 with usage on stderr for %j', async (argv) => {
    const h = harness();
    expect(await runCli(argv, proxyEnv, h.io)).toBe(2);
    expect(h.err.join('\n')).toMatch(/Usage: whop-pixel/);
    expect(h.out).toEqual([]);
  });
});

describe('runCli proxy: configuration errors exit 2 naming the variable', () => {
  it.each([
    [{ WHOP_API_KEY: undefined }, /WHOP_API_KEY is not set/],
    [{ WHOP_API_KEY: '   ' }, /WHOP_API_KEY is not set/],
    [{ WHOP_COMPANY_ID: undefined }, /WHOP_COMPANY_ID is not set/],
    [{ WHOP_TRUST_PROXY: 'true' }, /WHOP_TRUST_PROXY=true/],
    [{ WHOP_TRUST_PROXY: 'everyone' }, /WHOP_TRUST_PROXY: "everyone"/],
    [{ PORT: 'http' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ WHOP_PROXY_PATH: 'whop' }, /WHOP_PROXY_PATH must start with "\/"/],
    [{ WHOP_API_URL: 'ftp://x' }, /WHOP_API_URL must be an http\(s\) URL/],
    [{ WHOP_ALLOWED_ORIGINS: 'https://ok.example, not an origin' }, /WHOP_ALLOWED_ORIGINS must be an origin/],
    [{ WHOP_RATE_LIMIT: 'lots' }, /WHOP_RATE_LIMIT must be "off" or "<burst>\/<perSecond>"/],
    [{ WHOP_BOTS: 'maybe' }, /WHOP_BOTS must be "on", "off" or "block-headless"/],
    [{ WHOP_SHARED_SECRET: 'short' }, /WHOP_SHARED_SECRET/],
  ])('%j', async (change, message) => {
    const h = harness();
    expect(await runCli(['proxy'], { ...proxyEnv, ...change }, h.io)).toBe(2);
    expect(h.err.join('\n')).toMatch(message);
    expect([...h.out, ...h.err].join('\n')).not.toContain(KEY);
  });

  it('exits 1 when the port is taken', async () => {
    const first = harness();
    const running = runCli(['proxy'], proxyEnv, first.io);
    const url = (await first.line(/listening on/)).match(/http:\/\/\S+/)![0];
    const port = new URL(url).port;
    const second = harness();
    expect(await runCli(['proxy'], { ...proxyEnv, PORT: port }, second.io)).toBe(1);
    expect(second.err.join('\n')).toMatch(/EADDRINUSE/);
    first.signals.emit('SIGTERM');
    expect(await running).toBe(0);
  });
});

describe('runCli proxy: running', () => {
  it('prints the URL and upstream (never the token), serves, and exits 0 on SIGTERM', async () => {
    const h = harness();
    const running = runCli(
      ['proxy'],
      {
        ...proxyEnv,
        WHOP_API_URL: 'http://127.0.0.1:9/api/v1/conversions',
        WHOP_PROXY_PATH: '/collect',
      },
      h.io,
    );
    const line = await h.line(/listening on/);
    expect(line).toMatch(
      /^whop-pixel proxy listening on http:\/\/127\.0\.0\.1:\d+\/collect → http:\/\/127\.0\.0\.1:9\/api\/v1\/conversions \(Whop's conversions API\)$/,
    );
    const url = line.split(' ')[4];
    expect((await rawRequest(new URL('/healthz', url).href)).body).toBe('{"ok":true}');
    // An invalid body is answered without going upstream, and logged as one JSON line.
    const bad = await rawRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(bad.status).toBe(400);
    const log = JSON.parse(await h.line(/"msg":"whop-pixel request"/));
    expect(log).toMatchObject({ level: 'info', status: 400, method: 'POST' });
    h.signals.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(h.out.at(-1)).toMatch(/SIGTERM, finishing in-flight requests/);
    expect([...h.out, ...h.err].join('\n')).not.toContain(KEY);
    expect(h.signals.listenerCount('SIGTERM') + h.signals.listenerCount('SIGINT')).toBe(0);
  });

  it('with WHOP_API=events, names the Events API and its default endpoint', async () => {
    const h = harness();
    const running = runCli(['proxy'], { ...proxyEnv, WHOP_API: 'events' }, h.io);
    expect(await h.line(/listening on/)).toMatch(
      /→ https:\/\/api\.whop\.com\/api\/v1\/events \(Whop's events API\)$/,
    );
    h.signals.emit('SIGTERM');
    expect(await running).toBe(0);
  });

  it('names WHOP_API when it is not an API it speaks, or disagrees with WHOP_API_URL', async () => {
    const bad = harness();
    expect(await runCli(['proxy'], { ...proxyEnv, WHOP_API: 'graphql' }, bad.io)).toBe(2);
    expect(bad.err.join('\n')).toMatch(/WHOP_API must be "conversions" or "events"/);
    const mismatch = harness();
    const env = { ...proxyEnv, WHOP_API: 'events', WHOP_API_URL: 'http://127.0.0.1:9/api/v1/conversions' };
    expect(await runCli(['proxy'], env, mismatch.io)).toBe(2);
    expect(mismatch.err.join('\n')).toMatch(
      /WHOP_API_URL ends in \/api\/v1\/conversions.*WHOP_API is "events"/,
    );
  });

  it('prints no secret in any line, the start-up line included: a key in WHOP_API_URL is redacted', async () => {
    const h = harness();
    const SECRET = 'cli-shared-secret-0123456789';
    const running = runCli(
      ['proxy'],
      {
        ...proxyEnv,
        WHOP_SHARED_SECRET: SECRET,
        WHOP_API_URL: `http://127.0.0.1:9/api/v1/conversions?key=${KEY}&s=${SECRET}`,
      },
      h.io,
    );
    // Before: the start-up line printed the URL's query, key and all.
    expect(await h.line(/listening on/)).toMatch(
      /→ http:\/\/127\.0\.0\.1:9\/api\/v1\/conversions\?key=\[redacted\]&s=\[redacted\] \(/,
    );
    h.signals.emit('SIGTERM');
    expect(await running).toBe(0);
    expect([...h.out, ...h.err].join('\n')).not.toMatch(new RegExp(`${KEY}|${SECRET}`));
  });

  it('refuses credentials in WHOP_API_URL, naming it without echoing them', async () => {
    const h = harness();
    const env = { ...proxyEnv, WHOP_API_URL: 'https://whop:hunter2-pw@api.example.com/api/v1/conversions' };
    expect(await runCli(['proxy'], env, h.io)).toBe(2);
    expect(h.err.join('\n')).toMatch(/WHOP_API_URL must not hold credentials/);
    expect([...h.out, ...h.err].join('\n')).not.toMatch(/hunter2|whop:/);
  });

  it('refuses a plain-http WHOP_API_URL that is not loopback unless WHOP_ALLOW_HTTP_UPSTREAM=1, then warns', async () => {
    const refused = harness();
    const env = { ...proxyEnv, WHOP_API_URL: 'http://mock:8788/api/v1/conversions' };
    expect(await runCli(['proxy'], env, refused.io)).toBe(2);
    expect(refused.err.join('\n')).toMatch(
      /WHOP_API_URL is plain http to a host that is not loopback.*WHOP_ALLOW_HTTP_UPSTREAM=1/,
    );
    const h = harness();
    const running = runCli(['proxy'], { ...env, WHOP_ALLOW_HTTP_UPSTREAM: '1' }, h.io);
    expect(await h.line(/listening on/)).toMatch(/→ http:\/\/mock:8788\/api\/v1\/conversions/);
    const warning = JSON.parse(h.err.find((l) => l.includes('WARNING')) ?? '{}');
    expect(warning).toMatchObject({ level: 'warn', upstream_host: 'mock:8788' });
    h.signals.emit('SIGTERM');
    expect(await running).toBe(0);
  });

  it('stops on SIGINT too', async () => {
    const h = harness();
    const running = runCli(['proxy'], proxyEnv, h.io);
    await h.line(/listening on/);
    h.signals.emit('SIGINT');
    expect(await running).toBe(0);
  });
});

describe('runCli mock-api', () => {
  it('defaults to the local test token and says so, logs activity, exits 0 on SIGTERM', async () => {
    const h = harness();
    const running = runCli(['mock-api'], { PORT: '0' }, h.io);
    const line = await h.line(/listening on/);
    expect(line).toMatch(
      /^whop-pixel mock-api listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/v1\/conversions and \1\/api\/v1\/events \(/,
    );
    expect(line).toMatch(/accepting the local test token "test_key"/);
    const [apiUrl, eventsApiUrl] = [line.split(' ')[4], line.split(' ')[6]];
    const body = JSON.stringify({ company_id: 'biz_1', event_name: 'lead', event_id: 'evt_cli' });
    const headers = { authorization: 'Bearer test_key', 'content-type': 'application/json' };
    expect((await rawRequest(apiUrl, { method: 'POST', headers, body })).status).toBe(200);
    expect(
      await h.line(/mock-api: accepted lead event_id=evt_cli → conv_\w+ \(conversions, attempt 1\)$/),
    ).toBeTruthy();
    // The same purchase twice under one Idempotency-Key: recorded once, then replayed.
    const event = { account_id: 'biz_1', event_name: 'purchase', value: 9, event_id: 'evt_ev' };
    const keyed = { ...headers, 'idempotency-key': 'key_cli' };
    const send = () =>
      rawRequest(eventsApiUrl, { method: 'POST', headers: keyed, body: JSON.stringify(event) });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    expect(
      await h.line(/mock-api: accepted purchase event_id=evt_ev → biz_1:evt_ev \(events, attempt 2\)$/),
    ).toBeTruthy();
    expect(await h.line(/mock-api: replayed 200 for Idempotency-Key key_cli$/)).toBeTruthy();
    h.signals.emit('SIGTERM');
    expect(await running).toBe(0);
  });

  it('takes the token from WHOP_API_KEY without printing it', async () => {
    const h = harness();
    const running = runCli(['mock-api'], { PORT: '0', WHOP_API_KEY: KEY }, h.io);
    const line = await h.line(/listening on/);
    expect(line).toMatch(/\(token from WHOP_API_KEY\)$/);
    const apiUrl = line.split(' ')[4];
    const body = JSON.stringify({ company_id: 'biz_1', event_name: 'lead' });
    const wrong = { authorization: 'Bearer test_key', 'content-type': 'application/json' };
    expect((await rawRequest(apiUrl, { method: 'POST', headers: wrong, body })).status).toBe(401);
    // A client's string that happens to be the key is redacted from the mock's lines too.
    const right = { ...wrong, authorization: `Bearer ${KEY}` };
    const echo = JSON.stringify({ company_id: 'biz_1', event_name: 'lead', event_id: KEY });
    expect((await rawRequest(apiUrl, { method: 'POST', headers: right, body: echo })).status).toBe(200);
    expect(await h.line(/mock-api: accepted lead event_id=\[redacted\]/)).toBeTruthy();
    h.signals.emit('SIGINT');
    expect(await running).toBe(0);
    expect([...h.out, ...h.err].join('\n')).not.toContain(KEY);
  });
});
