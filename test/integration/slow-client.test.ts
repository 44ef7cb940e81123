// Slow clients over real loopback HTTP against startProxyServer: connections that trickle their
// headers or body a byte a second are cut off by the server's timeouts (lowered here so the test
// takes seconds, not the production 10 s / 15 s), while ordinary requests are answered normally
// at the same time: waiting on a slow client never holds the event loop.
import { connect, type Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockApiServer, startMockApi } from '../../src/node/index.js';
import { serve } from '../../src/node/serve.js';
import { type ProxyServer, startProxyServer } from '../../src/node/server.js';
import { rawRequest } from '../unit/node/http-helpers.js';

const KEY = 'sk_slow_client_secret_3141';
const HEADERS_TIMEOUT = 1500;
const REQUEST_TIMEOUT = 3000;
// Node checks the timeouts on an interval (serve sets it to at most 1 s); allow that plus load.
const SLACK = 1500;

let mock: MockApiServer;
let proxy: ProxyServer;
let port: number;

beforeAll(async () => {
  mock = await startMockApi({ apiKey: KEY });
  proxy = await startProxyServer({
    apiKey: KEY,
    companyId: 'biz_slowclient000001',
    apiUrl: mock.apiUrl,
    port: 0,
    host: '127.0.0.1',
    logger: false,
    // Every request here comes from 127.0.0.1: the limiter is not what is under test.
    rateLimit: false,
    headersTimeoutMs: HEADERS_TIMEOUT,
    requestTimeoutMs: REQUEST_TIMEOUT,
  });
  port = Number(new URL(proxy.url).port);
});
afterAll(async () => {
  await proxy?.close();
  await mock?.close();
});

interface Trickle {
  /** Resolves when the server ends the connection: what it answered and after how long. */
  closed: Promise<{ ms: number; answer: string; bytesSent: number }>;
}

/** Opens a connection, writes `head` at once, then `drip` one byte a second until cut off. */
function trickle(head: string, drip: string): Trickle {
  const started = Date.now();
  const socket: Socket = connect(port, '127.0.0.1');
  let answer = '';
  let bytesSent = 0;
  let timer: NodeJS.Timeout | undefined;
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    answer += chunk;
  });
  socket.on('error', () => {}); // EPIPE/ECONNRESET once the server has cut it: expected
  socket.once('connect', () => {
    socket.write(head);
    let i = 0;
    timer = setInterval(() => {
      if (socket.writable) {
        socket.write(drip[i++ % drip.length]);
        bytesSent++;
      }
    }, 1000);
  });
  const closed = new Promise<{ ms: number; answer: string; bytesSent: number }>((resolve) => {
    socket.once('close', () => {
      clearInterval(timer);
      resolve({ ms: Date.now() - started, answer, bytesSent });
    });
  });
  return { closed };
}

/** Posts ordinary leads one after another until `until` settles; returns each status and latency. */
async function ordinaryTraffic(until: Promise<unknown>) {
  let done = false;
  until.then(() => {
    done = true;
  });
  const results: Array<{ status: number; ms: number }> = [];
  while (!done) {
    const started = Date.now();
    const response = await rawRequest(proxy.url, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0',
      },
      body: JSON.stringify({ event_name: 'lead' }),
    });
    results.push({ status: response.status, ms: Date.now() - started });
  }
  return results;
}

async function underLoad(clients: Trickle[]) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const all = Promise.all(clients.map((c) => c.closed));
  const [cut, served] = await Promise.all([all, ordinaryTraffic(all)]);
  delay.disable();
  return { cut, served, maxLoopDelayMs: delay.max / 1e6 };
}

describe('slow clients', () => {
  it('cuts off clients sending their headers a byte a second, while serving others', async () => {
    const clients = Array.from({ length: 10 }, () =>
      trickle('POST /whop HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 'abcdefghijklmnop'),
    );
    const { cut, served, maxLoopDelayMs } = await underLoad(clients);
    for (const { ms, answer } of cut) {
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(ms).toBeGreaterThanOrEqual(HEADERS_TIMEOUT - 100);
      expect(ms).toBeLessThan(HEADERS_TIMEOUT + SLACK);
    }
    expect(served.length).toBeGreaterThan(5);
    for (const { status, ms } of served) {
      expect(status).toBe(200);
      expect(ms).toBeLessThan(1000);
    }
    // A server held by a slow client would stall for a whole drip (1 s) or timeout; scheduling
    // noise on a loaded 2-core CI machine stays far below that.
    expect(maxLoopDelayMs).toBeLessThan(1000);
  });

  it('cuts off clients sending their body a byte a second, while serving others', async () => {
    const head =
      'POST /whop HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n\r\n';
    const before = mock.stats().accepted;
    const clients = Array.from({ length: 10 }, () => trickle(head, '{"event_name":"lead"}'));
    const { cut, served, maxLoopDelayMs } = await underLoad(clients);
    for (const { ms, answer, bytesSent } of cut) {
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(bytesSent).toBeGreaterThan(0);
      expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT - 100);
      expect(ms).toBeLessThan(REQUEST_TIMEOUT + SLACK);
    }
    expect(served.length).toBeGreaterThan(5);
    for (const { status, ms } of served) {
      expect(status).toBe(200);
      expect(ms).toBeLessThan(1000);
    }
    // A server held by a slow client would stall for a whole drip (1 s) or timeout; scheduling
    // noise on a loaded 2-core CI machine stays far below that.
    expect(maxLoopDelayMs).toBeLessThan(1000);
    // Nothing of the trickled bodies reached Whop: exactly the ordinary leads did.
    expect(mock.stats().accepted - before).toBe(served.length);
  });

  it('refuses timeouts that cannot work, before listening', async () => {
    await expect(serve(() => {}, { headersTimeoutMs: 0 })).rejects.toThrow(/headersTimeoutMs/);
    await expect(serve(() => {}, { headersTimeoutMs: 5000, requestTimeoutMs: 1000 })).rejects.toThrow(
      /must not exceed/,
    );
  });
});
