// Part 4: the proxy's throughput and added latency over loopback, next to a bare forwarder that
// does no validation, each in its own process, all forwarding to the mock Whop API (its own
// process, keep-alive). autocannon drives them from this process.
import { fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import {
  BENCH,
  COMPANY_ID,
  fmt,
  int,
  MOCK_KEY,
  median,
  percentile,
  ROOT,
  table,
  topCosts,
  waitFor,
  within,
} from './common.mjs';

const require = createRequire(`${BENCH}package.json`);
const autocannon = require('autocannon');

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** One event as the snippet sends it; `[<id>]` is made unique per request by autocannon. */
export function eventBody(id, i = 0) {
  return {
    event_name: 'lead',
    event_id: `${id}-${i}`,
    event_time: '2026-04-01T12:00:00.000Z',
    action_source: 'website',
    url: 'https://shop.example/landing?fbclid=IwAR2benchMetaClick0123456789&utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_launch',
    referrer_url: 'https://l.facebook.com/',
    context: {
      fbclid: 'IwAR2benchMetaClick0123456789',
      fbp: 'fb.1.1743500000000.1116446470',
      utm_source: 'facebook',
      utm_medium: 'paid_social',
      utm_campaign: 'spring_launch',
    },
    user: { email: 'ada@example.com', first_name: 'Ada', anonymous_id: 'x8k2m4p6q8r0t2v4w6y8' },
  };
}

/** A request body of `n` events (an array, as the snippet posts). */
export const batchBody = (n, id = '[<id>]') =>
  JSON.stringify(Array.from({ length: n }, (_, i) => eventBody(id, i)));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Forks servers.mjs in `mode`; resolves with its URL and a `usage()` that asks for CPU and memory. */
async function child(mode, env = {}, execArgv = []) {
  const proc = fork(`${BENCH}lib/servers.mjs`, [mode], {
    env: { ...process.env, ...env },
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const pending = [];
  let url;
  proc.on('message', (message) => {
    if (message.url) url = message.url;
    else pending.shift()?.(message);
  });
  await within(
    new Promise((resolve, reject) => {
      proc.once('message', resolve);
      proc.once('exit', (code) => reject(new Error(`servers.mjs ${mode} exited with ${code}`)));
    }),
    15_000,
    `start ${mode}`,
  );
  /** Sends `message`; resolves with the child's answer. */
  const ask = (message) =>
    within(
      new Promise((resolve) => {
        pending.push(resolve);
        proc.send(message);
      }),
      10_000,
      `${message} of ${mode}`,
    );
  const usage = () => ask('usage');
  return {
    url,
    pid: proc.pid,
    usage,
    cpuMs: async () => {
      const { cpu } = await usage();
      return (cpu.user + cpu.system) / 1e3;
    },
    ask,
    stop: () => proc.kill('SIGTERM'),
  };
}

/**
 * A CPU profile of `server` (a servers.mjs child, warmed up) during a saturation run of `seconds`,
 * and how many requests that run answered.
 */
async function profiled(server, body, seconds) {
  await server.ask('profile-start');
  const run = await cannon({ url: server.url, body, connections: 16, seconds });
  const { profile } = await server.ask('profile-stop');
  return { top: topCosts(profile), requests: run.latencies.length + run.non2xx };
}

/** `whop-pixel proxy` as shipped (dist/cli.mjs), its request log going to /dev/null. */
async function cli(apiUrl) {
  const port = await freePort();
  const env = {
    ...process.env,
    WHOP_API_KEY: MOCK_KEY,
    WHOP_COMPANY_ID: COMPANY_ID,
    WHOP_API_URL: apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    // As behind a reverse proxy on the same host: the client address comes from X-Forwarded-For,
    // which the load generator spreads over many addresses (see CLIENTS).
    WHOP_TRUST_PROXY: 'loopback',
  };
  const proc = spawn(process.execPath, [`${ROOT}dist/cli.mjs`, 'proxy'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const up = await waitFor(
    () =>
      fetch(`${origin}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
    10_000,
    50,
  );
  if (!up) throw new Error('whop-pixel proxy (CLI) did not start');
  const ticks = () => {
    const fields = readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime, in 1/100 s
  };
  return {
    url: `${origin}/whop`,
    pid: proc.pid,
    cpuMs: async () => ticks() * 10,
    rss: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))[1]) * 1024,
    stop: () => proc.kill('SIGTERM'),
  };
}

/**
 * Client addresses the CLI run is spread over (documentation ranges; header values only, never
 * contacted), so that its per-address rate limit (burst 120, 20 events/s) sees real-looking
 * traffic from many visitors instead of throttling one load generator.
 */
const CLIENTS = Array.from(
  { length: 1000 },
  (_, i) => `${i < 500 ? '198.51.100' : '203.0.113'}.${(i % 250) + 1}`,
);

/**
 * One autocannon run; latencies (ms, fractional) are taken per response, not from its 1 ms
 * histogram. `spread`: each request says it comes from the next of CLIENTS (X-Forwarded-For).
 */
function cannon({ url, body, connections, seconds, rate, headers, spread }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let non2xx = 0;
    let next = 0;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          origin: new URL(url).origin,
          'user-agent': CHROME_UA,
          ...headers,
        },
        body,
        idReplacement: true,
        ...(spread && {
          requests: [
            {
              setupRequest: (request) => {
                next = (next + 1) % CLIENTS.length;
                request.headers = { ...request.headers, 'x-forwarded-for': CLIENTS[next] };
                return request;
              },
            },
          ],
        }),
        connections,
        duration: seconds,
        overallRate: rate,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies, non2xx })),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else non2xx++;
    });
  });
}

/** Saturation run (throughput, CPU per request) and fixed-rate run (latency) against `server`. */
async function measureServer(server, { seconds, rateSeconds, rate, body, headers }) {
  const { spread } = server;
  await cannon({ url: server.url, body, connections: 16, seconds: Math.min(2, seconds), headers, spread }); // warm-up
  const cpu0 = await server.cpuMs();
  const sat = await cannon({ url: server.url, body, connections: 16, seconds, headers, spread });
  const cpu1 = await server.cpuMs();
  const fixed = await cannon({
    url: server.url,
    body,
    connections: 8,
    seconds: rateSeconds,
    rate,
    headers,
    spread,
  });
  // Every answer counts for throughput and CPU; latencies are of 2xx answers only.
  const done = sat.latencies.length + sat.non2xx;
  return {
    rps: done / seconds,
    satP50: percentile(sat.latencies, 50),
    satP99: percentile(sat.latencies, 99),
    p50: percentile(fixed.latencies, 50),
    p99: percentile(fixed.latencies, 99),
    non2xx: sat.non2xx + fixed.non2xx,
    errors: sat.result.errors + sat.result.timeouts + fixed.result.errors + fixed.result.timeouts,
    cpuPerReq: done ? (cpu1 - cpu0) / done : Number.NaN,
  };
}

/**
 * The two goals' figures from paired rounds: the bare forwarder and the proxy take turns (A B,
 * then B A), at saturation and then at the fixed rate, so that a change in this machine's speed
 * (up to 1.7× within a minute) falls on both sides of each pair. Each pair gives a throughput
 * ratio and a p99 difference; the goals take their medians.
 */
async function pairedRounds(bare, proxy, { pairs, pairSeconds, rate, body }) {
  const rounds = [];
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 ? [proxy, bare] : [bare, proxy];
    const sat = new Map();
    const fixed = new Map();
    for (const server of order)
      sat.set(server, await cannon({ url: server.url, body, connections: 16, seconds: pairSeconds }));
    for (const server of order)
      fixed.set(server, await cannon({ url: server.url, body, connections: 8, seconds: pairSeconds, rate }));
    const answered = (run) => run.latencies.length + run.non2xx;
    rounds.push({
      ratio: answered(sat.get(proxy)) / answered(sat.get(bare)),
      addedP99: percentile(fixed.get(proxy).latencies, 99) - percentile(fixed.get(bare).latencies, 99),
      addedP50: percentile(fixed.get(proxy).latencies, 50) - percentile(fixed.get(bare).latencies, 50),
    });
  }
  return {
    rounds,
    ratio: median(rounds.map((r) => r.ratio)),
    addedP99: median(rounds.map((r) => r.addedP99)),
    addedP50: median(rounds.map((r) => r.addedP50)),
  };
}

/**
 * @param {{ seconds: number, rateSeconds: number, rate: number, soakSeconds: number, pairs: number, pairSeconds: number }} o
 */
export async function measureThroughput(o) {
  const stops = [];
  try {
    const mock = await child('mock', {});
    stops.push(mock.stop);
    const env = { BENCH_UPSTREAM: mock.url };
    const servers = [];
    const body = batchBody(1);
    const direct = { name: 'mock API directly (reference: no forwarder)', url: mock.url, cpuMs: mock.cpuMs };
    const directHeaders = { authorization: `Bearer ${MOCK_KEY}`, 'content-type': 'application/json' };
    const bareHttp = await child('bare-http', env);
    const bareFetch = await child('bare-fetch', env);
    const proxy = await child('proxy', env);
    const shipped = await cli(mock.url);
    stops.push(bareHttp.stop, bareFetch.stop, proxy.stop, shipped.stop);
    servers.push(
      { name: 'bare `node:http` forwarder (keep-alive agent, no validation)', key: 'bare', ...bareHttp },
      { name: 'bare forwarder with `fetch` (no validation)', key: 'bare-fetch', ...bareFetch },
      { name: '**whop-pixel proxy** (`startProxyServer`, logger off)', key: 'proxy', ...proxy },
      {
        name: '**`whop-pixel proxy` CLI** as shipped (rate limit and bot filter on, JSON log line per request → /dev/null; 1,000 client addresses via X-Forwarded-For)',
        key: 'cli',
        spread: true,
        ...shipped,
      },
    );
    const results = [];
    results.push({
      ...direct,
      key: 'direct',
      ...(await measureServer(direct, {
        ...o,
        // The mock wants what the proxy adds: company_id, the token, JSON.
        body: JSON.stringify({ ...eventBody('[<id>]'), company_id: COMPANY_ID }),
        headers: directHeaders,
      })),
    });
    for (const server of servers)
      results.push({ ...server, ...(await measureServer(server, { ...o, body })) });
    const pairs = await pairedRounds(bareHttp, proxy, { ...o, body });

    // Memory: the proxy (own process, --expose-gc) under load for a bounded time, GC'd samples.
    const soakProxy = await child('proxy', env, ['--expose-gc']);
    stops.push(soakProxy.stop);
    const soakBody = batchBody(50);
    const before = await mock.usage();
    await cannon({ url: soakProxy.url, body: soakBody, connections: 4, seconds: 2 });
    const samples = [];
    const sample = async (label) => {
      const u = await soakProxy.usage();
      const m = await mock.usage();
      samples.push({
        label,
        events: m.accepted - before.accepted,
        rss: u.memory.rss,
        heap: u.memory.heapUsed,
      });
    };
    await sample('after 2 s warm-up');
    const slices = 4;
    let soakNon2xx = 0;
    for (let i = 1; i <= slices; i++) {
      const run = await cannon({
        url: soakProxy.url,
        body: soakBody,
        connections: 4,
        seconds: o.soakSeconds / slices,
      });
      soakNon2xx += run.non2xx;
      await sample(`after ${Math.round((o.soakSeconds * i) / slices) + 2} s`);
    }
    // Where each server's time goes under saturation: the proxy next to the bare forwarder.
    const profiles = {
      proxy: await profiled(proxy, body, o.rateSeconds),
      bare: await profiled(bareHttp, body, o.rateSeconds),
    };
    return report(results, pairs, samples, soakNon2xx, o, profiles);
  } finally {
    for (const stop of stops) stop();
  }
}

/** A profile's entry as the report shows it: name, share, µs per request the run answered. */
const cost = (t, { requests }) =>
  t ? `\`${t.name}\` ${fmt(t.share * 100, 1)} % (${fmt(t.us / Math.max(1, requests), 1)} µs)` : '';

function report(results, pairs, samples, soakNon2xx, o, profiles) {
  const { ratio, addedP99, addedP50 } = pairs;
  const growth = samples.at(-1).heap - samples[0].heap;
  const markdown = [
    table(
      [
        'server',
        'req/s (16 conns)',
        'p50 / p99 ms at saturation',
        `p50 / p99 ms at ${o.rate} req/s`,
        'server CPU ms / req',
        'non-2xx / errors',
      ],
      results.map((r) => [
        r.name,
        int(r.rps),
        `${fmt(r.satP50, 2)} / ${fmt(r.satP99, 2)}`,
        `${fmt(r.p50, 2)} / ${fmt(r.p99, 2)}`,
        fmt(r.cpuPerReq, 3),
        `${r.non2xx} / ${r.errors}${r.non2xx > r.rps * 0.01 ? ' (see note)' : ''}`,
      ]),
    ),
    '',
    `One event per request (text/plain, with Origin and a Chrome User-Agent, unique event_id), ${o.seconds} s ` +
      `per saturation run after a warm-up, ${o.rateSeconds} s at a fixed ${o.rate} req/s for latency; every ` +
      'server in its own process, the mock API in another, autocannon in the runner; 2 cores shared by all three. ' +
      `The goals come from ${o.pairs} paired rounds of the bare forwarder and the proxy back to back ` +
      `(${o.pairSeconds} s each at saturation, then ${o.pairSeconds} s each at ${o.rate} req/s; the order ` +
      'alternates), so that a change in the machine’s speed falls on both: ' +
      `**proxy ÷ bare forwarder throughput: ${fmt(ratio, 2)}×** (goal ≥ 0.8; the pairs: ` +
      `${pairs.rounds.map((r) => fmt(r.ratio, 2)).join(', ')}); **p99 added over the bare forwarder at ` +
      `${o.rate} req/s: ${fmt(addedP99, 2)} ms** (goal < 1 ms; the pairs: ` +
      `${pairs.rounds.map((r) => fmt(r.addedP99, 2)).join(', ')}).`,
    ...(results.some((r) => r.non2xx > r.rps * 0.01)
      ? [
          '',
          'Note: a row with many non-2xx answers was throttled (429) by the proxy’s rate limit, so its req/s ' +
            'are partly cheap 429 answers.',
        ]
      : []),
    '',
    '`startProxyServer` runs with `rateLimit: false` when ProxyOptions declare it, to measure the forwarding ' +
      'path itself; the CLI row runs every default.',
    '',
    `Where each server's CPU time goes at saturation (V8's profiler in its process, ${o.rateSeconds} s, 16 ` +
      'connections; self time, the five largest, with its share and µs per answered request; `writev` is the ' +
      'kernel sending on both sockets, the answer to the client and the call upstream):',
    '',
    table(
      ['rank', '**whop-pixel proxy**', 'bare `node:http` forwarder'],
      profiles.proxy.top.map((t, i) => [
        i + 1,
        cost(t, profiles.proxy),
        cost(profiles.bare.top[i], profiles.bare),
      ]),
    ),
    '',
    'Memory of the proxy process under load (batches of 50 events, 4 connections, after a forced GC):',
    '',
    table(
      ['when', 'events forwarded', 'RSS MB', 'heap used MB'],
      samples.map((s) => [s.label, int(s.events), fmt(s.rss / 2 ** 20, 1), fmt(s.heap / 2 ** 20, 1)]),
    ),
    '',
    `${int(samples.at(-1).events)} events in ${o.soakSeconds + 2} s (the 1 M of the issue would take ` +
      `~${int((1e6 / Math.max(1, samples.at(-1).events)) * (o.soakSeconds + 2))} s here, beyond the run's budget); ` +
      `heap change from first to last sample: ${fmt(growth / 2 ** 20, 1)} MB; non-2xx answers: ${soakNon2xx}.`,
  ].join('\n');
  return { results, samples, ratio, addedP99, addedP50, profiles, markdown };
}
