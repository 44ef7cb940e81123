// `npm start`: the whole product on one local server — a landing page and a signup page using
// the real script-tag install, the proxy at /whop (same origin, as in production), a live
// inspector at /inspector, and, without WHOP_API_KEY, the bundled mock of Whop's API.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockApi, toNodeHandler } from 'whop-pixel/node';
import { createProxy } from 'whop-pixel/proxy';
import { createInspector } from './inspector.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PUBLIC = join(here, 'public');
const DIST = join(here, '..', '..', 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const MOCK_KEY = 'demo_local_key';
const HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Why a request is refused, or undefined. The demo shows unmasked leads (`?reveal`) and can arm
 * an outage, with no login: only a loopback Host (or the one it listens on) is answered, since a
 * DNS-rebinding page sends its own name; and a POST to the inspector must come from the demo's
 * own origin (or from no page at all, as curl), not from another site (CSRF).
 */
function refusal(req, hosts, control) {
  const host = (req.headers.host ?? '').toLowerCase();
  const name = HOST.exec(host)?.[1];
  if (!name || !hosts.has(name))
    return 'the demo answers http://localhost, 127.0.0.1 or [::1] only (or the HOST it listens on)';
  if (!control || req.method === 'GET' || req.method === 'HEAD') return undefined;
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin?.toLowerCase();
  if (
    (site && site !== 'same-origin' && site !== 'none') ||
    (origin !== undefined && origin !== `http://${host}`)
  )
    return "the inspector takes POSTs from the demo's own pages only";
  return undefined;
}

/** An upstream URL as printed: without a query or credentials, where a key could hide. */
function shownUrl(url) {
  try {
    const { origin, pathname } = new URL(url);
    return origin + pathname;
  } catch {
    return '(an invalid WHOP_API_URL)';
  }
}

async function sendFile(res, file) {
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/**
 * Starts the demo. `env` is read for WHOP_API_KEY / WHOP_COMPANY_ID / WHOP_API / WHOP_API_URL;
 * with no key the mock API runs in-process (serving both of Whop's APIs) and nothing leaves the
 * machine.
 * @returns {Promise<{ url: string, mode: 'mock' | 'live', api: 'conversions' | 'events', mockUrl?: string, close(): Promise<void> }>}
 */
export async function startDemo({
  port = 3000,
  host = '127.0.0.1',
  env = process.env,
  log = console.log,
} = {}) {
  const live = Boolean(env.WHOP_API_KEY);
  if (live && !env.WHOP_COMPANY_ID) throw new Error('WHOP_COMPANY_ID is required when WHOP_API_KEY is set');
  // The same reading of WHOP_API as the proxy CLI and adapters; createProxy refuses other values.
  const api = env.WHOP_API?.trim().toLowerCase() || 'conversions';
  const mock = live ? undefined : await startMockApi({ apiKey: MOCK_KEY, port: 0, host: '127.0.0.1' });
  const inspector = createInspector();
  const proxy = createProxy({
    api,
    apiKey: live ? env.WHOP_API_KEY : MOCK_KEY,
    companyId: live ? env.WHOP_COMPANY_ID : 'biz_demo0000000000',
    apiUrl: live ? env.WHOP_API_URL : api === 'events' ? mock.eventsApiUrl : mock.apiUrl,
    onForward: (record) => inspector.push(record),
    logger: false,
  });
  const whop = toNodeHandler(proxy);
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  // A wildcard address is no name a browser sends as Host.
  if (!['0.0.0.0', '::', '[::]'].includes(host))
    hosts.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host.toLowerCase());

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.local');
    const path = url.pathname;
    const refused = refusal(req, hosts, path.startsWith('/inspector'));
    if (refused) return res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(refused);
    if (path === '/whop') return whop(req, res);
    if (path === '/whop.min.js') return sendFile(res, join(DIST, 'whop.min.js'));
    if (path === '/inspector/stream') return inspector.stream(req, res, url.searchParams.has('reveal'));
    if (path === '/inspector/events') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(JSON.stringify(inspector.list(url.searchParams.has('reveal'))));
    }
    if (path === '/inspector/mode') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return res.end(JSON.stringify({ mode: live ? 'live' : 'mock', api }));
    }
    if (path === '/inspector/outage' && req.method === 'POST' && mock) {
      // Three failed attempts: the proxy retries through them, so the lead still arrives once.
      await fetch(`${mock.url}/_mock/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ status: 503, times: 3 }]),
      });
      res.writeHead(204).end();
      return;
    }
    const page = path === '/' ? 'index.html' : path === '/inspector' ? 'inspector.html' : path.slice(1);
    const file = normalize(join(PUBLIC, page));
    if (!file.startsWith(PUBLIC)) return res.writeHead(403).end();
    return sendFile(res, file);
  });
  server.keepAliveTimeout = 5_000;
  try {
    await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  } catch (error) {
    await mock?.close(); // or the process would stay up, serving nothing but the mock
    throw error;
  }
  const origin = `http://${host}:${server.address().port}`;

  log(`whop-pixel demo on ${origin}`);
  log(`  landing page  ${origin}/`);
  log(`  inspector     ${origin}/inspector`);
  log(`  proxy         ${origin}/whop`);
  log(
    live
      ? `  WHOP_API_KEY set: events go to ${shownUrl(env.WHOP_API_URL ?? `https://api.whop.com/api/v1/${api}`)} for company ${env.WHOP_COMPANY_ID}`
      : '  no WHOP_API_KEY: events go to the local mock API, nothing leaves this machine',
  );
  log(
    `  upstream API  Whop's ${api} API (POST /api/v1/${api}); ${
      api === 'events' ? 'WHOP_API=conversions for the default' : 'WHOP_API=events for the Events API'
    }`,
  );

  return {
    url: origin,
    mode: live ? 'live' : 'mock',
    api,
    mockUrl: mock?.url,
    async close() {
      inspector.closeStreams();
      server.closeIdleConnections();
      await new Promise((resolve) => server.close(resolve));
      await mock?.close();
    },
  };
}

/** Why the demo could not start, in one line a person can act on: no stack trace. */
function startFailure(error, port, host) {
  switch (error?.code) {
    case 'EADDRINUSE':
      return `port ${port} is in use; set PORT=… to a free one (e.g. PORT=${port + 1} npm start)`;
    case 'EACCES':
      return `port ${port} needs privileges this user lacks; set PORT=… to one above 1023`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST=${host} is no address of this machine; leave HOST unset for 127.0.0.1`;
    default:
      return String(error?.message ?? error).split('\n')[0];
  }
}

/**
 * Runs the demo from the command line: PORT (default 3000), HOST (default 127.0.0.1); Ctrl-C stops
 * it. A start that fails (port in use, WHOP_COMPANY_ID missing) prints one line and exits 1.
 */
export async function main() {
  const text = process.env.PORT?.trim() || '3000';
  const host = process.env.HOST?.trim() || '127.0.0.1';
  const port = Number(text);
  let demo;
  try {
    if (!/^\d{1,5}$/.test(text) || port > 65535)
      throw new Error(`PORT must be a port number from 0 to 65535; got "${text.slice(0, 20)}"`);
    demo = await startDemo({ port, host });
  } catch (error) {
    console.error(`whop-pixel demo: ${startFailure(error, port, host)}`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping the demo…');
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return demo;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) await main();
