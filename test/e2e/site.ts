// The e2e site, arranged as in production: one origin serves the example pages, the built
// snippet under /dist/, and the proxy at /whop, which forwards to the mock Whop API.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type MockApiServer, startMockApi, toNodeHandler } from '../../src/node/index.js';
import { createProxy } from '../../src/proxy/index.js';
import type { Api } from '../../src/schema/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
/** A stand-in token: the mock accepts only this; it is not a real key. */
const API_KEY = 'e2e_test_token_not_a_secret';

export interface Site {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Which of Whop's APIs the proxy speaks. */
  api: Api;
  port: number;
  mock: MockApiServer;
  /** Pages a test composes, served at their path as text/html (e.g. both pixels on one page). */
  pages: Map<string, string>;
  close(): Promise<void>;
}

function file(pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes('..')) return undefined;
  if (path.startsWith('/dist/')) return join(ROOT, path);
  return join(ROOT, 'examples', 'plain-html', path === '/' ? 'index.html' : path);
}

/** Starts the mock API and the site on 127.0.0.1, random ports; the proxy speaks `api`. */
export async function startSite(api: Api = 'conversions'): Promise<Site> {
  const mock = await startMockApi({ apiKey: API_KEY, port: 0, host: '127.0.0.1' });
  const apiUrl = api === 'events' ? mock.eventsApiUrl : mock.apiUrl;
  // No upstream retries in the proxy: outages reach the browser, whose retries are under test.
  const proxy = toNodeHandler(
    createProxy({ apiKey: API_KEY, companyId: 'biz_e2e', api, apiUrl, retries: 0, logger: false }),
  );
  const pages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://site');
    if (pathname === '/whop') return proxy(req, res);
    const page = pages.get(pathname);
    if (page !== undefined) return res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
    const path = file(pathname);
    try {
      if (!path) throw new Error('outside the site');
      const body = await readFile(path);
      // Form posts land on the page they name, as on a static host with a form handler.
      req.resume();
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    port,
    mock,
    pages,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await mock.close();
    },
  };
}
