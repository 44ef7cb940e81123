// Servers for reliability.spec.ts: one origin serving the example pages and the built snippet,
// whose `/whop` goes either to an in-process proxy (with the options a test needs) or, through
// a plain HTTP hop, to the proxy running as its own process (`node dist/cli.mjs proxy`), which
// a test may kill and start again on the same port.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  Agent,
  createServer,
  request as forward,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { join } from 'node:path';
import { type MockApiServer, startMockApi } from '../../src/node/index.js';
import { ROOT, sendFile } from './static-files.js';

const CLI = join(ROOT, 'dist', 'cli.mjs');
/** A stand-in token: the mock accepts only this. `sk_…`, so the static leak scan looks for it too. */
export const API_KEY = 'sk_e2e_reliability_stand_in_token';
export const COMPANY_ID = 'biz_e2e';

/** A `node:http` request listener. */
export type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** The mock Whop API on 127.0.0.1, random port. */
export function startMock(): Promise<MockApiServer> {
  return startMockApi({ apiKey: API_KEY, port: 0, host: '127.0.0.1' });
}

export interface Pages {
  port: number;
  /** `http://www.example.co.uk:<port>`: Chromium maps the name to 127.0.0.1. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves examples/plain-html and dist/ on 127.0.0.1 (random port); `/whop` goes to `whop`.
 * `cacheable`: pages and script may be kept for ten minutes, so a browser that loaded them once
 * can show them again offline.
 */
export async function servePages(whop: Listener, cacheable = false): Promise<Pages> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://site');
    if (pathname === '/whop') return whop(req, res);
    await sendFile(req, res, pathname, {
      headers: { 'cache-control': cacheable ? 'max-age=600' : 'no-store' },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    origin: `http://www.example.co.uk:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** What the forwarding hop saw: requests passed on, and those it answered 502 itself. */
export interface HopCounts {
  forwarded: number;
  failed: number;
}

/**
 * A reverse-proxy hop, as nginx in front of the proxy process would be: passes `/whop` on to
 * 127.0.0.1:`port` and answers `502` when nothing listens there or the process dies mid-request.
 * No keep-alive towards the process, so a restarted one never meets a dead socket.
 */
export function forwardTo(port: number, counts: HopCounts): Listener {
  const agent = new Agent({ keepAlive: false });
  return (req, res) => {
    const fail = () => {
      counts.failed++;
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"bad_gateway","message":"the proxy is down","path":""}}');
    };
    const { connection: _hopByHop, ...headers } = req.headers;
    const outgoing = forward(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers, agent },
      (answer) => {
        counts.forwarded++;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.once('aborted', () => res.destroy());
      },
    );
    outgoing.once('error', fail);
    req.pipe(outgoing);
  };
}

/** The proxy as its own process (the built bin). */
export interface ProxyProcess {
  port: number;
  child: ChildProcess;
  /** Its stdout lines so far (one JSON line per request, after the banner). */
  stdout: string[];
  /** Its stderr so far (warnings are logged there). */
  stderr: string[];
  /** Resolves with the exit code, or the signal's name when killed. */
  exited: Promise<number | string | null>;
}

/**
 * Runs `node dist/cli.mjs proxy` on 127.0.0.1:`port` (0: any) against `apiUrl`, resolving once
 * it listens. The key goes in the child's environment only; it is never printed.
 */
export function startProxyProcess(apiUrl: string, port = 0): Promise<ProxyProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const child = spawn(process.execPath, [CLI, 'proxy'], {
    env: {
      PATH: process.env.PATH ?? '',
      WHOP_API_KEY: API_KEY,
      WHOP_COMPANY_ID: COMPANY_ID,
      WHOP_API_URL: apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    let rest = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      stdout.push(...lines);
      const banner = stdout.join('\n').match(/listening on http:\/\/127\.0\.0\.1:(\d+)\//);
      if (banner) resolve({ port: Number(banner[1]), child, stdout, stderr, exited });
    });
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    exited.then((code) =>
      reject(new Error(`the proxy exited (${code}) before listening: ${stderr.join('')}`)),
    );
  });
}

/** The per-request log lines a proxy process wrote, parsed. */
export function requestLines(proxy: ProxyProcess): Array<{ status: number }> {
  return proxy.stdout
    .filter((line) => line.includes('"whop-pixel request"'))
    .map((line) => JSON.parse(line) as { status: number });
}
