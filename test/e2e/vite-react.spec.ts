// examples/vite-react, as a user ships it: built by Vite (its `whop-pixel` import resolves to this
// package's dist/ by name), served with the proxy at /whop on the same origin, forwarding to the
// mock Whop API; driven in Chromium through client-side route changes and a form.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { type MockApiServer, startMockApi, toNodeHandler } from '../../src/node/index.js';
import { createProxy } from '../../src/proxy/index.js';

const EXAMPLE = resolve('examples/vite-react');
const TSC = resolve('node_modules/typescript/bin/tsc');
/** A stand-in token: the mock accepts only this; it is not a real key. */
const API_KEY = 'e2e_vite_token_not_a_secret';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let outDir = '';
let mock: MockApiServer;
let server: Server;
let origin = '';
/** The example's typecheck, started first so it runs while the browser works. */
let typecheck: Promise<{ code: number; output: string }>;

/** Serves the build with an SPA fallback (any unknown path gets index.html) and the proxy at /whop. */
function serve(root: string, proxy: ReturnType<typeof toNodeHandler>): Server {
  return createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://site');
    if (pathname === '/whop') return proxy(req, res);
    const path = normalize(decodeURIComponent(pathname));
    const file = path.includes('..') || !extname(path) ? 'index.html' : path;
    try {
      const body = await readFile(join(root, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
}

test.beforeAll(async () => {
  typecheck = new Promise((done) =>
    execFile(process.execPath, [TSC, '-p', join(EXAMPLE, 'tsconfig.json'), '--noEmit'], (error, stdout) =>
      done({ code: error ? Number(error.code ?? 1) : 0, output: stdout }),
    ),
  );
  // Build output stays out of the tree.
  outDir = await mkdtemp(join(tmpdir(), 'whop-vite-react-'));
  await build({ root: EXAMPLE, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  mock = await startMockApi({ apiKey: API_KEY, port: 0, host: '127.0.0.1' });
  const proxy = toNodeHandler(
    createProxy({ apiKey: API_KEY, companyId: 'biz_vite0000000000', apiUrl: mock.apiUrl, logger: false }),
  );
  server = serve(outDir, proxy);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

test.afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  }
  await mock?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

test('route changes and a signup form: one registration with the landing attribution, then a new campaign', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`),
  );

  await page.goto(`${origin}/?gclid=Cj0KCQvite&utm_source=google&utm_campaign=brand`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coaching that ships');
  // Survives client-side navigation only: a full page load would reset it.
  await page.evaluate(() => Object.assign(window, { spaMarker: true }));

  await page.getByRole('main').getByRole('link', { name: 'See pricing' }).click();
  await expect(page).toHaveURL(`${origin}/pricing`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pricing');
  await page.getByRole('main').getByRole('link', { name: 'Start your free week' }).click();
  await expect(page).toHaveURL(`${origin}/signup`);

  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(`${origin}/thanks`);
  // The page shows the event_id once the proxy confirmed the event, i.e. once the mock has it.
  const shown = page.getByTestId('event-id');
  await expect(shown).toHaveText(/^\S+$/);
  const eventId = await shown.textContent();

  const aid = (await context.cookies()).find((cookie) => cookie.name === '_whop_aid')?.value;
  expect(aid).toBeTruthy();
  const registrations = mock.events().filter((e) => e.body.event_name === 'complete_registration');
  expect(registrations).toHaveLength(1);
  const [registration] = registrations;
  expect(registration.body).toMatchObject({
    event_id: eventId,
    action_source: 'website',
    // Taken when track() was called, before the router moved on to /thanks.
    url: `${origin}/signup`,
    context: { gclid: 'Cj0KCQvite', utm_source: 'google', utm_campaign: 'brand' },
    user: { anonymous_id: aid, email: 'ada@example.com', first_name: 'Ada' },
  });
  expect(await page.evaluate(() => (window as { spaMarker?: boolean }).spaMarker)).toBe(true);

  // An internal link with a new campaign: the UTM set is replaced as a whole (utm_source=google
  // must not survive next to utm_campaign=summer); the click id stays; identify() still applies.
  await page.getByRole('link', { name: 'Our summer offer' }).click();
  await expect(page).toHaveURL(`${origin}/pricing?utm_campaign=summer`);
  await page.getByRole('button', { name: 'Book a call' }).click();
  await expect(page.getByTestId('event-id')).toHaveText(/^\S+$/);
  const bookings = mock.events().filter((e) => e.body.event_name === 'schedule');
  expect(bookings).toHaveLength(1);
  expect(bookings[0].body).toMatchObject({
    event_id: await page.getByTestId('event-id').textContent(),
    url: `${origin}/pricing?utm_campaign=summer`,
    context: { gclid: 'Cj0KCQvite', utm_campaign: 'summer' },
    user: { anonymous_id: aid, email: 'ada@example.com', first_name: 'Ada' },
  });
  expect(bookings[0].body.context).not.toHaveProperty('utm_source');

  // Back goes through popstate: the router renders the previous route, still without a page load.
  await page.goBack();
  await expect(page).toHaveURL(`${origin}/thanks`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome aboard');
  expect(await page.evaluate(() => (window as { spaMarker?: boolean }).spaMarker)).toBe(true);

  expect(mock.events()).toHaveLength(2);
  expect(mock.stats().duplicates).toBe(0);
  expect(errors).toEqual([]);
});

test('with Global Privacy Control the form still works, nothing is sent, and no error reaches the page', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true }));
  const before = mock.attempts();

  await page.goto(`${origin}/signup?gclid=Cj0KCQgpc`);
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Email').fill('grace@example.com');
  await page.getByRole('button', { name: 'Create my account' }).click();
  // The rejected track() promise is handled by the page: it says so instead of throwing.
  await expect(page.getByRole('status')).toHaveText('Not recorded: denied');

  expect(mock.attempts()).toBe(before);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(errors).toEqual([]);
});

test('the example typechecks with its own tsconfig (tsc --noEmit)', async () => {
  const { code, output } = await typecheck;
  expect(output).toBe('');
  expect(code).toBe(0);
});
