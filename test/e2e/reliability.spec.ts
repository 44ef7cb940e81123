// Faults end to end: the built snippet in real Chromium, the real proxy, the mock Whop API with
// scripted faults. Whatever fails between the browser and Whop — upstream errors and hangs, the
// proxy process killed, the browser offline — every tracked event reaches Whop, and each
// `event_id` is recorded once. Counted at the mock, never by reading the browser's requests, so
// the wire format between snippet and proxy is free to change.
import { test as base, expect, type Page } from '@playwright/test';
import type { MockApiServer, MockFault } from '../../src/node/index.js';
import { toNodeHandler } from '../../src/node/index.js';
import { createProxy, type ForwardRecord, type LogEntry } from '../../src/proxy/index.js';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.js';
import {
  API_KEY,
  COMPANY_ID,
  forwardTo,
  type HopCounts,
  type Pages,
  type ProxyProcess,
  requestLines,
  servePages,
  startMock,
  startProxyProcess,
} from './reliability-site.js';

const test = base.extend<{ errors: string[]; mock: MockApiServer; spawnProxy: typeof startProxyProcess }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern
  mock: async ({}, use) => {
    const mock = await startMock();
    await use(mock);
    await mock.close();
  },
  // Proxy processes the test started; any still running at the end is killed. None of them
  // ever printed the API key.
  // biome-ignore lint/correctness/noEmptyPattern: as above
  spawnProxy: async ({}, use) => {
    const started: ProxyProcess[] = [];
    await use(async (apiUrl, port) => {
      const proxy = await startProxyProcess(apiUrl, port);
      started.push(proxy);
      return proxy;
    });
    for (const { child, exited, stdout, stderr } of started) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      expect([...stdout, ...stderr].join('\n')).not.toContain(API_KEY);
    }
  },
  // No uncaught error on any page of the test, whatever failed on the network.
  errors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => errors.push(error.error().message));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.example.co.uk 127.0.0.1'],
  },
});

type Whop = (command: string, ...args: unknown[]) => string | undefined;

/** Waits for the real script to put its handler in the stub, so `whop('track')` returns the event_id. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as unknown as { whop?: { $c?: unknown } }).whop?.$c === 'function',
  );
}

/** `whop('track', name, { user: { email } })` on the page; returns the event_id it gave. */
async function track(page: Page, name: string, email: string): Promise<string> {
  await ready(page);
  const id = await page.evaluate(
    ([name, email]) => (window as unknown as { whop: Whop }).whop('track', name, { user: { email } }),
    [name, email],
  );
  expect(id).toMatch(/^\w{8,}$/);
  return id!;
}

/** Submits the signup page's lead form (tracked by the snippet itself); the page navigates at once. */
async function submitLead(page: Page, email: string): Promise<void> {
  await page.fill('#lead-form [name=email]', email);
  await Promise.all([page.waitForURL('**/thanks.html'), page.click('#submit')]);
}

/** Submits the form the page tracks from its own submit handler; it navigates at once too. */
async function submitCodeForm(page: Page, email: string): Promise<void> {
  await page.fill('#code-email', email);
  await Promise.all([page.waitForURL('**/thanks.html'), page.click('#code-submit')]);
}

/** The emails of the conversions the mock recorded, sorted. */
function deliveredEmails(mock: MockApiServer): string[] {
  return mock
    .events()
    .map((e) => String(e.body.user?.email))
    .sort();
}

/** Events the page's snippet still holds. */
function queued(page: Page): Promise<number> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('_whop_q') || '[]').length);
}

/**
 * Every tracked event (known by its unique email) arrived exactly once as its own conversion,
 * under one event_id, with the Idempotency-Key equal to it; `ids` (from `whop('track')`) are
 * among them. Returns the counts to report.
 */
function expectEachOnce(mock: MockApiServer, emails: string[], ids: string[], hung = 0) {
  const events = mock.events();
  expect(deliveredEmails(mock)).toEqual([...emails].sort());
  const eventIds = events.map((e) => e.body.event_id);
  expect(new Set(eventIds).size).toBe(emails.length);
  expect(eventIds).toEqual(expect.arrayContaining(ids));
  for (const event of events) {
    expect(event.idempotency_key).toBe(event.body.event_id);
    expect(event.body.company_id).toBe(COMPANY_ID);
  }
  const stats = mock.stats();
  expect(stats.rejected).toBe(0);
  // Every attempt upstream was a fault, a first delivery, or a repeat the dedup absorbed; a hung
  // attempt is a fault that then went on to be one of the other two.
  expect(stats.attempts).toBe(stats.faults_served - hung + stats.accepted + stats.duplicates);
  return stats;
}

function report(name: string, figures: Record<string, number | string>): void {
  const line = Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  console.log(`[reliability] ${name}: ${line}`);
}

test('an upstream outage (500, 503, 429, hangs, drops) across page loads: every lead arrives once', async ({
  page,
  mock,
}) => {
  const started = Date.now();
  // Every attempt the proxy makes upstream: the Idempotency-Key it sent, and the body's event_id.
  const sent: Array<{ key: string | null; eventId: unknown }> = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const key = new Headers(init?.headers).get('idempotency-key');
    sent.push({ key, eventId: JSON.parse(String(init?.body)).event_id });
    return fetch(input, init);
  };
  const forwards: ForwardRecord[] = [];
  const answers: number[] = [];
  const logged: string[] = [];
  const log = (entry: LogEntry) => {
    logged.push(JSON.stringify(entry));
    if (typeof entry.status === 'number') answers.push(entry.status);
  };
  const logger = { info: log, warn: log, error: log };
  // A tight budget upstream (two attempts, 400 ms each, 1.5 s in all), so the outage outlasts
  // the proxy's own retries and the browser has to keep the events.
  const proxy = createProxy({
    apiKey: API_KEY,
    companyId: COMPANY_ID,
    apiUrl: mock.apiUrl,
    timeoutMs: 400,
    retries: 1,
    maxRetryTimeMs: 1500,
    fetch: recordingFetch,
    logger,
    onForward: (record) => forwards.push(record),
  });
  const pages: Pages = await servePages(toNodeHandler(proxy));
  // Whop is down while the visitor goes through the funnel three times (a different failure on
  // each pass), then comes back through a last stretch of hangs and drops: recovered once
  // that list is used up.
  const outage: MockFault[] = [
    { status: 500, times: 1000 },
    { status: 503, retryAfter: 1, times: 1000 },
    { status: 429, retryAfter: 1, times: 1000 },
  ];
  const HANG = 3;
  const recovery: MockFault[] = [
    // Past the proxy's timeout; the mock then records the event anyway, as a slow Whop would.
    { delayMs: 1500, times: HANG },
    { drop: true, times: 3 },
    { status: 503, retryAfter: 1, times: 1 },
    { status: 429, retryAfter: 1, times: 1 },
  ];
  try {
    const emails: string[] = [];
    const ids: string[] = [];
    await page.goto(`${pages.origin}/signup.html?utm_source=outage`);
    for (let round = 0; round < 3; round++) {
      mock.setFaults([outage[round]]);
      await submitLead(page, `lead${round}@example.com`);
      emails.push(`lead${round}@example.com`);
      ids.push(await track(page, 'contact', `track${round}@example.com`));
      emails.push(`track${round}@example.com`);
      await Promise.all([page.waitForURL('**/signup.html'), page.click('#again')]);
      await submitCodeForm(page, `code${round}@example.com`);
      emails.push(`code${round}@example.com`);
      if (round < 2) await Promise.all([page.waitForURL('**/signup.html'), page.click('#again')]);
    }
    const trackedMs = Date.now() - started;
    // Every event met the outage, and nothing got through: all of them are in the browser's hands.
    await expect.poll(() => mock.stats().faults_served).toBeGreaterThanOrEqual(emails.length);
    const during = mock.stats();
    expect(during.accepted).toBe(0);
    mock.setFaults(recovery);

    await expect.poll(() => deliveredEmails(mock), { timeout: 35_000 }).toEqual([...emails].sort());
    await expect.poll(() => queued(page), { timeout: 20_000 }).toBe(0);
    // The hung attempts were recorded by the mock after the proxy gave up on them: each such
    // event reached Whop twice, once absorbed by event_id.
    await expect.poll(() => mock.stats().duplicates, { timeout: 5_000 }).toBeGreaterThanOrEqual(HANG);
    const stats = expectEachOnce(mock, emails, ids, HANG);
    // Every attempt, retries included, carried its event's id as the Idempotency-Key, and only
    // the tracked events were ever attempted.
    expect(sent).toHaveLength(stats.attempts);
    for (const { key, eventId } of sent) expect(key).toBe(eventId);
    const delivered = new Set(mock.events().map((e) => e.body.event_id));
    expect(new Set(sent.map((s) => s.eventId))).toEqual(delivered);
    const perEvent = [...delivered].map((id) => sent.filter((s) => s.eventId === id).length);
    expect(stats.faults_served - during.faults_served).toBe(recovery.reduce((n, f) => n + f.times!, 0));
    expect(await (await fetch(`${mock.url}/_mock/faults`)).json()).toEqual([]);
    // The outage outlasted the proxy's retries: it answered "unavailable" for events that the
    // browser kept and sent again later.
    const given = forwards.filter((f) => f.outcome === 'unavailable');
    expect(given.length).toBeGreaterThan(0);
    expect(given.some((f) => f.attempts === 2)).toBe(true);
    expect(answers.filter((s) => s >= 500).length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(API_KEY);
    report('outage', {
      tracked: emails.length,
      delivered: stats.accepted,
      duplicates_absorbed: stats.duplicates,
      upstream_attempts: stats.attempts,
      faults_served: stats.faults_served,
      proxy_requests: answers.length,
      proxy_5xx: answers.filter((s) => s >= 500).length,
      proxy_gave_up: given.length,
      max_attempts_per_event: Math.max(...perEvent),
      tracking_ms: trackedMs,
      faults_during_funnel: during.faults_served,
      total_ms: Date.now() - started,
    });
  } finally {
    await pages.close();
  }
});

test('the proxy process killed (SIGKILL) with requests in flight and restarted: the queue delivers each event once', async ({
  page,
  mock,
  spawnProxy,
}) => {
  const started = Date.now();
  const first = await spawnProxy(mock.apiUrl, 0);
  const hop: HopCounts = { forwarded: 0, failed: 0 };
  const pages = await servePages(forwardTo(first.port, hop));
  try {
    const emails: string[] = [];
    const ids: string[] = [];
    await page.goto(`${pages.origin}/signup.html`);
    await submitLead(page, 'before@example.com');
    emails.push('before@example.com');
    await expect.poll(() => deliveredEmails(mock)).toEqual(['before@example.com']);

    // Whop hangs, then resets the connection, for as long as the first process lives: the two
    // events are on their way through it (inside it, waiting on upstream) when it is killed.
    mock.setFaults([{ delayMs: 2000, drop: true, times: 1000 }]);
    const base = mock.stats().attempts;
    for (const email of ['inflight1@example.com', 'inflight2@example.com']) {
      ids.push(await track(page, 'contact', email));
      emails.push(email);
    }
    await expect.poll(() => mock.stats().attempts, { timeout: 10_000 }).toBeGreaterThanOrEqual(base + 2);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(mock.stats().accepted).toBe(1);
    mock.setFaults([]);

    // More while it is down: a call on this page, a form that navigates, a call on the next page.
    ids.push(await track(page, 'schedule', 'down1@example.com'));
    emails.push('down1@example.com');
    await Promise.all([page.waitForURL('**/signup.html'), page.click('#again')]);
    await submitLead(page, 'down2@example.com');
    emails.push('down2@example.com');
    ids.push(await track(page, 'contact', 'down3@example.com'));
    emails.push('down3@example.com');
    await expect.poll(() => hop.failed).toBeGreaterThan(0);

    const second = await spawnProxy(mock.apiUrl, first.port);
    expect(second.port).toBe(first.port);
    await page.goto(`${pages.origin}/index.html`);
    await expect.poll(() => deliveredEmails(mock), { timeout: 35_000 }).toEqual([...emails].sort());
    await expect.poll(() => queued(page), { timeout: 20_000 }).toBe(0);
    const stats = expectEachOnce(mock, emails, ids);
    expect(requestLines(second).some((line) => line.status === 200)).toBe(true);
    report('proxy SIGKILL', {
      tracked: emails.length,
      delivered: stats.accepted,
      duplicates_absorbed: stats.duplicates,
      upstream_attempts: stats.attempts,
      faults_served: stats.faults_served,
      hop_502: hop.failed,
      proxy_requests: requestLines(first).length + requestLines(second).length,
      total_ms: Date.now() - started,
    });
  } finally {
    await pages.close();
  }
});

test('the proxy process stopped with SIGTERM answers the request in flight before it exits', async ({
  page,
  mock,
  spawnProxy,
}) => {
  const started = Date.now();
  const proxy = await spawnProxy(mock.apiUrl, 0);
  const hop: HopCounts = { forwarded: 0, failed: 0 };
  const pages = await servePages(forwardTo(proxy.port, hop));
  try {
    await page.goto(`${pages.origin}/spa.html`);
    // Whop takes 2.5 s to answer (within the proxy's 3 s timeout): SIGTERM comes meanwhile.
    mock.setFaults([{ delayMs: 2500 }]);
    const id = await track(page, 'contact', 'term@example.com');
    await expect.poll(() => mock.stats().attempts, { intervals: [50] }).toBe(1);
    expect(mock.stats().accepted).toBe(0);
    proxy.child.kill('SIGTERM');
    expect(await proxy.exited).toBe(0);
    expect(proxy.stdout.join('\n')).toContain('SIGTERM, finishing in-flight requests');
    // With no proxy left, the queue still empties: the browser got its answer.
    await expect.poll(() => queued(page), { timeout: 10_000 }).toBe(0);
    const stats = expectEachOnce(mock, ['term@example.com'], [id], 1);
    expect(stats).toMatchObject({ attempts: 1, accepted: 1, duplicates: 0 });
    expect(hop).toEqual({ forwarded: 1, failed: 0 });
    report('proxy SIGTERM', {
      tracked: 1,
      delivered: stats.accepted,
      duplicates_absorbed: stats.duplicates,
      upstream_attempts: stats.attempts,
      total_ms: Date.now() - started,
    });
  } finally {
    await pages.close();
  }
});

test('a page view while offline: the queued events go once the browser is back online', async ({
  page,
  context,
  mock,
}) => {
  const started = Date.now();
  const proxy = toNodeHandler(
    createProxy({ apiKey: API_KEY, companyId: COMPANY_ID, apiUrl: mock.apiUrl, logger: false }),
  );
  // Chromium's offline emulation lets a beacon sent while the page unloads slip through; a
  // browser that is really offline sends nothing, so the site is out of reach as well.
  let offline = false;
  let leaked = 0;
  const pages = await servePages((req, res) => {
    if (!offline) return proxy(req, res);
    leaked++;
    req.socket.destroy();
  }, true);
  try {
    const emails: string[] = [];
    const ids: string[] = [];
    // Both pages once online, so the browser's cache can show them offline.
    await page.goto(`${pages.origin}/thanks.html`);
    await page.goto(`${pages.origin}/spa.html?utm_source=offline`);
    await ready(page);
    offline = true;
    await context.setOffline(true);
    ids.push(await track(page, 'contact', 'offline1@example.com'));
    emails.push('offline1@example.com');
    // A page view while offline, from the cache.
    await page.goto(`${pages.origin}/thanks.html`);
    ids.push(await track(page, 'schedule', 'offline2@example.com'));
    emails.push('offline2@example.com');
    expect(mock.stats().attempts).toBe(0);
    expect(await queued(page)).toBe(2);
    const offlineMs = Date.now() - started;

    await context.setOffline(false);
    offline = false;
    const back = Date.now();
    await expect.poll(() => deliveredEmails(mock), { timeout: 35_000 }).toEqual([...emails].sort());
    const deliveredMs = Date.now() - back;
    await expect.poll(() => queued(page), { timeout: 20_000 }).toBe(0);
    const stats = expectEachOnce(mock, emails, ids);
    expect(stats.attempts).toBe(stats.accepted + stats.duplicates);
    for (const event of mock.events()) expect(event.body.context?.utm_source).toBe('offline');
    report('offline', {
      tracked: emails.length,
      delivered: stats.accepted,
      duplicates_absorbed: stats.duplicates,
      upstream_attempts: stats.attempts,
      offline_ms: offlineMs,
      leaked_through_emulation: leaked,
      online_to_delivered_ms: deliveredMs,
      total_ms: Date.now() - started,
    });
  } finally {
    await pages.close();
  }
});
