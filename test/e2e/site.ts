// The e2e site, arranged as in production: one origin serves the example pages, the built
// snippet under /dist/, and the proxy at /whop, which forwards to the mock Whop API.
import { createServer, type Server } from 'node:http';
import { type MockApiServer, startMockApi, toNodeHandler } from '../../src/node/index.js';
import { createProxy } from '../../src/proxy/index.js';
import type { Api } from '../../src/schema/types.js';
import { CONTENT_TYPES, sendFile } from './static-files.js';

/** A stand-in token: the mock accepts only this; it is not a real key. */
const API_KEY = 'e2e_test_token_not_a_secret';

/** What a page's early script (the console probe) reported: an error the page saw. */
export interface PageReport {
  /** The page's URL. */
  page: string;
  /** `error` (uncaught), `unhandledrejection` or `console.error`. */
  kind: string;
  text: string;
  /** Where a report comes in the page's own order, for reports whose beacons may arrive out of it. */
  order?: [pageStart: number, index: number];
}

/** Options of `startSite`. */
export interface SiteOptions {
  /**
   * Carry the console probe: an inline script, first in every HTML page served, that reports
   * uncaught errors, unhandled rejections and `console.error` calls to the site (`site.reports`)
   * by beacon, so that they survive the page's navigation. The engine suite's check for engines
   * whose driver reports no console (WebKit over WebDriver classic). Default `false`.
   */
  probe?: boolean;
}

/**
 * The console probe: reports what would show at error level in the page's console, by beacon
 * (it needs no storage and survives navigation). Browser-internal messages (a refused cookie, a
 * failed load) never reach page script: only the engines' own consoles see those.
 */
const PROBE = `(function () {
  var report = function (kind, args) {
    try {
      var text = [].map.call(args, function (a) { return a && a.message ? a.message : String(a); }).join(' ');
      navigator.sendBeacon('/__report', JSON.stringify({ page: location.href, kind: kind, text: text }));
    } catch (e) {}
  };
  addEventListener('error', function (e) { report('error', [e.message]); });
  addEventListener('unhandledrejection', function (e) { report('unhandledrejection', [e.reason]); });
  var error = console.error;
  console.error = function () { report('console.error', arguments); return error.apply(console, arguments); };
})();`;

export interface Site {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Which of Whop's APIs the proxy speaks. */
  api: Api;
  port: number;
  mock: MockApiServer;
  /** Pages a test composes, served at their path as text/html (e.g. both pixels on one page). */
  pages: Map<string, string>;
  /**
   * Script run first in every HTML page, after the probe (the engine suite's stand-in for an
   * init script, which WebDriver classic lacks): e.g. a simulated signal. Empty by default.
   */
  head: string;
  /** What the pages' console probe reported (with `probe: true`). */
  reports: PageReport[];
  /** Each request to the proxy, as `METHOD /whop?…`, in order. */
  proxied: string[];
  /** Holds every request for `pathname` until the returned function is called. */
  hold(pathname: string): () => void;
  close(): Promise<void>;
}

/** The HTML with `script` first in its head (or first of all, without a head). */
function early(html: string, script: string): string {
  if (!script) return html;
  const tag = `<script>${script}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  return head ? html.replace(head[0], `${head[0]}${tag}`) : tag + html;
}

/**
 * Starts the mock API and the site on 127.0.0.1, random ports; the proxy speaks `api`. The site
 * also answers requests in proxy form (`GET http://www.example.co.uk:<port>/ …`), so a browser
 * that cannot map host names (WebKitGTK) may use it as its HTTP proxy.
 */
export async function startSite(api: Api = 'conversions', options: SiteOptions = {}): Promise<Site> {
  const mock = await startMockApi({ apiKey: API_KEY, port: 0, host: '127.0.0.1' });
  const apiUrl = api === 'events' ? mock.eventsApiUrl : mock.apiUrl;
  // No upstream retries in the proxy: outages reach the browser, whose retries are under test.
  const proxy = toNodeHandler(
    createProxy({ apiKey: API_KEY, companyId: 'biz_e2e', api, apiUrl, retries: 0, logger: false }),
  );
  const pages = new Map<string, string>();
  const holds = new Map<string, Promise<void>>();
  const reports: PageReport[] = [];
  const proxied: string[] = [];
  const html = (text: string) => early(text, (options.probe ? PROBE : '') + site.head);
  const server: Server = createServer(async (req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://site');
    // A request in proxy form names the whole URL: the handlers below take the path.
    req.url = pathname + search;
    if (pathname === '/whop') {
      proxied.push(`${req.method} ${req.url}`);
      return proxy(req, res);
    }
    if (pathname === '/__report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      try {
        reports.push(JSON.parse(body));
      } catch {
        reports.push({ page: '?', kind: 'unreadable report', text: body });
      }
      return res.writeHead(204).end();
    }
    // No icon, and no 404 for one: Chromium reports a failed icon load as a console error.
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    await holds.get(pathname);
    const page = pages.get(pathname);
    if (page !== undefined)
      return res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] }).end(html(page));
    await sendFile(req, res, pathname, { html });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const site: Site = {
    url: `http://127.0.0.1:${port}`,
    api,
    port,
    mock,
    pages,
    head: '',
    reports,
    proxied,
    hold(pathname) {
      let release!: () => void;
      holds.set(
        pathname,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return () => {
        holds.delete(pathname);
        release();
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await mock.close();
    },
  };
  return site;
}
