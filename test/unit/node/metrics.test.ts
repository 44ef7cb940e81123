import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/node/run-cli.js';
import { type ProxyServer, startProxyServer } from '../../../src/node/server.js';
import type { ProxyOptions } from '../../../src/proxy/types.js';
import { API_KEY, COMPANY_ID, fakeUpstream, memoryLogger } from '../proxy/helpers.js';
import { startCli } from './cli-harness.js';
import { rawRequest } from './http-helpers.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** One parsed exposition: `name{a="1",b="2"}` (labels sorted) → value, and `# TYPE` per family. */
interface Scrape {
  values: Map<string, number>;
  types: Map<string, string>;
}

/** Prometheus' text format, as a scraper reads it (every line a comment or `series value`). */
function parseExposition(text: string): Scrape {
  const values = new Map<string, number>();
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const type = line.match(/^# TYPE (\w+) (counter|gauge|histogram|summary|untyped)$/);
    if (type) types.set(type[1], type[2]);
    if (line.startsWith('#')) continue;
    const sample = line.match(/^(\w+)(?:\{(.*)\})? (\S+)$/);
    if (!sample) throw new Error(`not a sample line: ${line}`);
    const labels = [...(sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)]
      .map(([, name, value]) => `${name}="${value}"`)
      .sort()
      .join(',');
    values.set(labels ? `${sample[1]}{${labels}}` : sample[1], Number(sample[3]));
  }
  return { values, types };
}

async function scrape(server: ProxyServer): Promise<Scrape & { contentType?: string }> {
  const response = await rawRequest(new URL('/metrics', server.url).href);
  expect(response.status).toBe(200);
  return { ...parseExposition(response.body), contentType: response.headers['content-type'] };
}

async function start(options: Partial<ProxyOptions> & { metrics?: boolean } = {}) {
  const server = await startProxyServer({
    apiKey: API_KEY,
    companyId: COMPANY_ID,
    port: 0,
    host: '127.0.0.1',
    // Each request below comes from its own address, through one trusted hop.
    trustProxy: 1,
    retries: 0,
    rateLimit: { burst: 1, perSecond: 0.001 },
    ...options,
  });
  closers.push(server.close);
  return server;
}

function send(server: ProxyServer, from: string, body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain',
      'user-agent': 'Mozilla/5.0 (Macintosh) Safari/605.1.15',
      'x-forwarded-for': from,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('GET /metrics on the standalone server', () => {
  it('counts what the proxy logs and forwards: outcomes, refusals by reason, bots, fields, 429s, latency', async () => {
    const upstream = fakeUpstream(
      { status: 200 },
      { status: 400, body: { error: 'no' } },
      { status: 503 },
      { status: 200 },
    );
    const logger = memoryLogger();
    const server = await start({ fetch: upstream.fetch, logger });
    const lead = (id: string, context = {}) => ({ event_name: 'lead', event_id: id, context });

    expect((await send(server, '203.0.113.1', lead('evt_ok', { gbraid: 'g1' }))).status).toBe(200);
    expect((await send(server, '203.0.113.2', lead('evt_refused'))).status).toBe(422);
    expect((await send(server, '203.0.113.3', lead('evt_later'))).status).toBe(503);
    expect((await send(server, '203.0.113.4', 'not json')).status).toBe(400);
    expect((await send(server, '203.0.113.5', { event_name: 'lead', value: 'lots' })).status).toBe(400);
    expect(
      (await send(server, '203.0.113.6', lead('evt_x'), { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(
      (await send(server, '203.0.113.7', lead('evt_bot'), { 'user-agent': 'Googlebot/2.1' })).status,
    ).toBe(202);
    expect((await send(server, '203.0.113.8', lead('evt_a'))).status).toBe(200);
    expect((await send(server, '203.0.113.8', lead('evt_b'))).status).toBe(429);
    expect((await rawRequest(new URL('/healthz', server.url).href)).status).toBe(200);

    const { values, types, contentType } = await scrape(server);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(
      Object.fromEntries(
        [...values].filter(([name]) => name.startsWith('whop_pixel_') && !name.includes('_bucket')),
      ),
    ).toMatchObject({
      'whop_pixel_events_forwarded_total{outcome="accepted"}': 2,
      'whop_pixel_events_forwarded_total{outcome="rejected"}': 1,
      'whop_pixel_events_forwarded_total{outcome="unavailable"}': 1,
      'whop_pixel_requests_refused_total{reason="invalid_body"}': 1,
      'whop_pixel_requests_refused_total{reason="type"}': 1,
      'whop_pixel_requests_refused_total{reason="origin_not_allowed"}': 1,
      'whop_pixel_requests_refused_total{reason="rate_limited"}': 1,
      'whop_pixel_requests_dropped_total{reason="bot"}': 1,
      whop_pixel_fields_dropped_total: 1,
      whop_pixel_rate_limited_total: 1,
      'whop_pixel_requests_total{status="200"}': 2,
      'whop_pixel_requests_total{status="422"}': 1,
      'whop_pixel_requests_total{status="503"}': 1,
      'whop_pixel_requests_total{status="400"}': 2,
      'whop_pixel_requests_total{status="403"}': 1,
      'whop_pixel_requests_total{status="202"}': 1,
      'whop_pixel_requests_total{status="429"}': 1,
      'whop_pixel_upstream_duration_seconds_count{outcome="accepted"}': 2,
      'whop_pixel_upstream_duration_seconds_count{outcome="rejected"}': 1,
      'whop_pixel_upstream_duration_seconds_count{outcome="unavailable"}': 1,
    });
    // The health check is not a request the proxy counts.
    expect([...values.keys()].filter((name) => name.startsWith('whop_pixel_requests_total'))).toHaveLength(7);
    expect(values.get('whop_pixel_upstream_duration_seconds_bucket{le="+Inf",outcome="accepted"}')).toBe(2);
    expect(types.get('whop_pixel_upstream_duration_seconds')).toBe('histogram');
    expect(types.get('whop_pixel_events_forwarded_total')).toBe('counter');
    // Node's own metrics come with them.
    expect(values.has('process_cpu_user_seconds_total')).toBe(true);
    // The log is still written, line for line: metrics only listen to it.
    expect(logger.entries.filter((e) => e.msg === 'whop-pixel request')).toHaveLength(9);
  });

  it('starts every outcome at 0, so a dashboard has its series before the first event', async () => {
    const { values } = await scrape(await start({ logger: false }));
    for (const outcome of ['accepted', 'rejected', 'unavailable'])
      expect(values.get(`whop_pixel_events_forwarded_total{outcome="${outcome}"}`)).toBe(0);
    expect(values.get('whop_pixel_rate_limited_total')).toBe(0);
  });

  it('still calls the onForward given, and keeps every server’s counts apart', async () => {
    const seen: string[] = [];
    const first = await start({
      fetch: fakeUpstream().fetch,
      logger: false,
      onForward: (r) => seen.push(r.outcome),
    });
    const second = await start({ fetch: fakeUpstream().fetch, logger: false });
    await send(first, '203.0.113.9', { event_name: 'lead' });
    expect(seen).toEqual(['accepted']);
    expect((await scrape(first)).values.get('whop_pixel_events_forwarded_total{outcome="accepted"}')).toBe(1);
    expect((await scrape(second)).values.get('whop_pixel_events_forwarded_total{outcome="accepted"}')).toBe(
      0,
    );
  });

  it('with no logger given, still writes the default console line (key redacted) and counts it', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => {
      lines.push(line);
    });
    try {
      const server = await start({ fetch: fakeUpstream().fetch });
      await send(server, '203.0.113.10', { event_name: 'lead' });
      expect(JSON.parse(lines.find((l) => l.includes('whop-pixel request'))!)).toMatchObject({ status: 200 });
      expect(lines.join('\n')).not.toContain(API_KEY);
      expect((await scrape(server)).values.get('whop_pixel_requests_total{status="200"}')).toBe(1);
    } finally {
      log.mockRestore();
    }
  });

  it('answers GET and HEAD only, and is gone with metrics: false', async () => {
    const server = await start({ logger: false });
    const url = new URL('/metrics', server.url).href;
    expect((await rawRequest(url, { method: 'HEAD' })).status).toBe(200);
    const posted = await rawRequest(url, { method: 'POST' });
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe('GET, HEAD');
    const off = await start({ logger: false, metrics: false });
    expect((await rawRequest(new URL('/metrics', off.url).href)).status).toBe(404);
  });
});

describe('whop-pixel proxy: WHOP_METRICS', () => {
  const env = { WHOP_API_KEY: API_KEY, WHOP_COMPANY_ID: COMPANY_ID, PORT: '0', HOST: '127.0.0.1' };

  async function metricsStatus(extra: Record<string, string>): Promise<number> {
    const cli = await startCli(['proxy'], { ...env, ...extra });
    const status = (await rawRequest(new URL('/metrics', cli.url).href)).status;
    expect(await cli.stop()).toBe(0);
    return status;
  }

  it('serves /metrics by default, and not with WHOP_METRICS=off', async () => {
    expect(await metricsStatus({})).toBe(200);
    expect(await metricsStatus({ WHOP_METRICS: 'off' })).toBe(404);
  });

  it('exits 2 naming WHOP_METRICS for another value', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (l: string) => err.push(l), signals: new EventEmitter() };
    expect(await runCli(['proxy'], { ...env, WHOP_METRICS: 'maybe' }, io)).toBe(2);
    expect(err.join('\n')).toMatch(/WHOP_METRICS must be "on" or "off"/);
  });
});
