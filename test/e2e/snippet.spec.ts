// The built snippet (dist/whop.min.js) in real Chromium, on the example pages, posting to the
// real proxy, which forwards to the mock Whop API (fixtures in ./fixtures.ts).
import type { Page } from '@playwright/test';
import { expect, test, upstream } from './fixtures.js';
import { CLICK, landingLead } from './landing-lead.js';

/** Waits until the page's snippet has nothing left queued. */
async function drained(page: Page, timeout = 30_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('_whop_q') || '[]').length), { timeout })
    .toBe(0);
}

test('landing with click ids and cookies → second page → form that navigates at once: one lead with every context field', async ({
  page,
  context,
  site,
  origin,
}) => {
  await context.addCookies([
    { name: '_fbp', value: 'fb.2.1700000000000.1116446470', domain: '.example.co.uk', path: '/' },
    { name: '_ga', value: 'GA1.3.1234567890.1700000000', domain: '.example.co.uk', path: '/' },
    { name: '_ttp', value: 'ttp-e2e', domain: '.example.co.uk', path: '/' },
  ]);
  await page.goto(`${origin}/${CLICK}`);
  await page.click('#signup');
  await page.waitForURL('**/signup.html');
  await page.fill('[name=email]', 'ada@example.com');
  await page.fill('[name=first_name]', 'Ada');
  await page.fill('[name=last_name]', 'Lovelace');
  await page.fill('[name=phone]', '+44 20 7946 0000');
  await page.fill('[name=password]', 'never-sent');
  await Promise.all([page.waitForURL('**/thanks.html'), page.click('#submit')]);

  const [lead] = await upstream(site, 1);
  await drained(page);
  expect(site.mock.events()).toHaveLength(1);
  expect(site.mock.stats().accepted).toBe(1);

  const { body } = lead;
  expect(body).toMatchObject(landingLead(origin, `${origin}/${CLICK}`));
  // Every context field of the API is filled: 16 from the browser, 2 by the proxy.
  expect(Object.keys(body.context ?? {}).sort()).toHaveLength(18);
  expect(body.context?.user_agent).toContain('Chrome');
  expect(JSON.stringify(body)).not.toContain('never-sent');
  expect(Date.parse(body.event_time!)).toBeLessThanOrEqual(Date.parse(lead.received_at));
  expect(lead.idempotency_key).toBe(body.event_id);

  // The anonymous id lives in a cookie on the registrable domain, re-issued by the proxy.
  const cookies = await context.cookies(origin);
  const aid = cookies.find((c) => c.name === '_whop_aid');
  expect(aid).toMatchObject({ domain: '.example.co.uk', value: body.user?.anonymous_id });
  expect(aid!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 864e5);
  const fbc = cookies.find((c) => c.name === '_fbc');
  expect(fbc).toMatchObject({ domain: '.example.co.uk' });
  expect(fbc!.value).toMatch(/^fb\.2\.\d{13}\.IwAR-e2e-click$/);
  // A sibling subdomain shares the identity.
  await page.goto(`http://shop.example.co.uk:${site.port}/thanks.html`);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('_whop_aid') || 'null'))).toBe(
    body.user?.anonymous_id,
  );
});

test('calls queued before the script loaded are replayed in order, with the landing URL a router rewrote', async ({
  page,
  site,
  origin,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/dist/whop.min.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${origin}/spa.html?fbclid=IwAR-before-load&utm_source=queued`, {
    waitUntil: 'domcontentloaded',
  });
  await page.evaluate(() => {
    // Until the script arrives, the stub's `$c` is its queue; then it is the handler.
    const w = window as unknown as { whop: ((...a: unknown[]) => void) & { $c: unknown } };
    if (!Array.isArray(w.whop.$c)) throw new Error('the real script loaded too early');
    w.whop('identify', { email: 'early@example.com' });
    w.whop('track', 'contact', { value: 1 });
    w.whop('track', 'schedule', { value: 2 });
    history.replaceState({}, '', '/spa.html');
  });
  release();
  const events = await upstream(site, 2);
  expect(events.map((e) => e.body.event_name).sort()).toEqual(['contact', 'schedule']);
  for (const { body } of events) {
    expect(body.context).toMatchObject({ fbclid: 'IwAR-before-load', utm_source: 'queued' });
    expect(body.user?.email).toBe('early@example.com');
    expect(body.url).toBe(`${origin}/spa.html`);
  }
  // Loading the script a second time changes nothing.
  await page.addScriptTag({ url: '/dist/whop.min.js' });
  await page.click('#book');
  await upstream(site, 3);
  await drained(page);
  expect(site.mock.events()).toHaveLength(3);
  expect(site.mock.stats().duplicates).toBe(0);
});

test('SPA route change with new UTMs replaces the campaign', async ({ page, site, origin }) => {
  await page.goto(`${origin}/spa.html?utm_source=facebook&utm_medium=paid&utm_campaign=spring&gclid=Cj0-spa`);
  await page.click('#go-pricing');
  await expect(page).toHaveURL(/view=pricing/);
  await page.click('#book');
  const [event] = await upstream(site, 1);
  expect(event.body.context).toMatchObject({
    utm_source: 'newsletter',
    utm_medium: 'email',
    utm_campaign: 'may',
    gclid: 'Cj0-spa',
  });
  expect(event.body.url).toContain('view=pricing');
});

test('20 form submits that each navigate at once: none lost, none doubled', async ({
  page,
  site,
  origin,
}) => {
  await page.goto(`${origin}/signup.html`);
  for (let i = 0; i < 20; i++) {
    await page.fill('[name=email]', `lead${i}@example.com`);
    await Promise.all([page.waitForURL('**/thanks.html'), page.click('#submit')]);
    await Promise.all([page.waitForURL('**/signup.html'), page.click('#again')]);
  }
  const events = await upstream(site, 20);
  await drained(page);
  const emails = site.mock.events().map((e) => e.body.user?.email);
  expect(emails.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `lead${i}@example.com`).sort());
  expect(new Set(events.map((e) => e.body.event_id)).size).toBe(20);
});

test('an upstream outage, then recovery: the event is delivered once', async ({ page, site, origin }) => {
  site.mock.setFaults([{ status: 503, retryAfter: 1, times: 2 }]);
  await page.goto(`${origin}/spa.html?utm_source=outage`);
  await page.click('#book');
  const [event] = await upstream(site, 1, 40_000);
  await drained(page);
  expect(site.mock.stats()).toMatchObject({ faults_served: 2, accepted: 1 });
  expect(site.mock.events()).toHaveLength(1);
  expect(event.attempt).toBe(3);
  expect(event.body.context?.utm_source).toBe('outage');
});

test('storage that throws everywhere (Safari private mode, sandboxed frames): leads still arrive', async ({
  page,
  site,
  origin,
}) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
  });
  await page.goto(`${origin}/spa.html?fbclid=IwAR-no-storage`);
  await page.click('#book');
  const [event] = await upstream(site, 1);
  expect(event.body.context?.fbclid).toBe('IwAR-no-storage');
  expect(event.body.user?.anonymous_id).toMatch(/^\d{12,40}$/);
});

test('consent pending: nothing stored or sent until granted, then the held event goes', async ({
  page,
  context,
  site,
  origin,
}) => {
  const requests: string[] = [];
  page.on(
    'request',
    (request) => new URL(request.url()).pathname === '/whop' && requests.push(request.url()),
  );
  await page.goto(`${origin}/consent.html?fbclid=IwAR-consent`);
  await page.fill('[name=email]', 'wait@example.com');
  await page.click('#contact-submit');
  // The snippet sends in a microtask after track(); one round trip later, a request would exist.
  expect(await page.evaluate(() => ({ storage: localStorage.length, cookie: document.cookie }))).toEqual({
    storage: 0,
    cookie: '',
  });
  expect((await context.cookies()).map((c) => c.name)).toEqual([]);
  await page.click('#accept');
  const [event] = await upstream(site, 1);
  expect(event.body).toMatchObject({ event_name: 'contact', user: { email: 'wait@example.com' } });
  expect(event.body.context?.fbclid).toBe('IwAR-consent');
  // `_whop_t`: where the domain probe found the cookies may live, so later pages need not probe.
  expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['_fbc', '_whop_aid', '_whop_t']);
  expect(requests).toHaveLength(1);
});

test('consent denied: held and later events are dropped and nothing is stored', async ({
  page,
  context,
  site,
  origin,
}) => {
  await page.goto(`${origin}/consent.html?fbclid=IwAR-denied`);
  await page.fill('[name=email]', 'no@example.com');
  await page.click('#contact-submit');
  await page.click('#decline');
  await page.click('#contact-submit');
  expect(await page.evaluate(() => ({ storage: localStorage.length, cookie: document.cookie }))).toEqual({
    storage: 0,
    cookie: '',
  });
  // Consent is a switch: granting later sends only what is tracked from then on.
  await page.click('#accept');
  await page.fill('[name=email]', 'marker@example.com');
  await page.click('#contact-submit');
  const events = await upstream(site, 1);
  await drained(page);
  expect(site.mock.events().map((e) => e.body.user?.email)).toEqual(['marker@example.com']);
  expect(events[0].body.context?.fbclid).toBeUndefined();
  expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['_whop_aid', '_whop_t']);
});

test('withdrawing consent removes the cookies and storage', async ({ page, context, site, origin }) => {
  await page.goto(`${origin}/spa.html?fbclid=IwAR-withdraw`);
  await page.click('#book');
  await upstream(site, 1);
  await drained(page);
  // `_whop_t`: where the domain probe found the cookies may live, so later pages need not probe.
  expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['_fbc', '_whop_aid', '_whop_t']);
  await page.evaluate(() =>
    (window as unknown as { whop: (...a: unknown[]) => void }).whop('consent', 'denied'),
  );
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
