// whop-pixel on the same page as Whop's own pixel, in Chromium, against the real proxy and the
// mock API. Whop's stub and s.js are the stand-ins in test/whop-pixel-stand-ins.ts (written from
// shared/whop-pixel-and-events-api.md), s.js served at its real URL by the test. Ours is the
// README's install, read from the README itself.
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { WHOP_SCRIPT_URL, whopScript, whopStub } from '../whop-pixel-stand-ins.js';
import { test as base, expect, upstream } from './fixtures.js';

/** The README's script-tag install, exactly: the inline stub and init, then whop.min.js. */
const README_INSTALL = (() => {
  const readme = readFileSync('README.md', 'utf8');
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .find((b) => b.includes('whop.min.js'));
  if (!block) throw new Error('the README shows no script-tag install');
  return block;
})();

/** Ours as the README gives it, served from this site's dist/, with other init options if asked. */
function ours(init?: string): string {
  let install = README_INSTALL.replace('src="/whop.min.js"', 'src="/dist/whop.min.js"');
  if (init) install = install.replace("whop('init', { endpoint: '/whop' });", `whop('init', ${init});`);
  if (!install.includes('/dist/whop.min.js') || (init && !install.includes(init)))
    throw new Error('the README install changed shape');
  return install;
}

const theirs = (declare?: 'var') => `<script>${whopStub('biz_seller', declare)}</script>`;

function html(head: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>both pixels</title>
<script>/* the page's own first script */</script>
${head}
</head><body>
<form id="apply" method="post" action="/thanks.html" data-whop-track="lead">
  <input name="email" type="email" value="form@example.com"><button id="send">Apply</button>
</form>
</body></html>`;
}

interface Gate {
  release(): void;
}
function gate(): Gate & { held: Promise<void> } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release };
}

interface Fixtures {
  consoleErrors: undefined;
  /** Serves `head` as a page of the site; returns its URL. */
  serve: (head: string) => Promise<string>;
  /** How many times the page asked for Whop's s.js. */
  whopRequests: { count: number; mode: 'fill' | 'replace'; hold?: Promise<void> };
}

const test = base.extend<Fixtures>({
  // Whop's pixel must not make the snippet log at error level either (a missing favicon is the
  // test server's).
  consoleErrors: [
    async ({ page, errors }, use) => {
      page.on(
        'console',
        (message) =>
          message.type() === 'error' &&
          !message.location().url.endsWith('/favicon.ico') &&
          errors.push(message.text()),
      );
      await use(undefined);
    },
    { auto: true },
  ],
  whopRequests: [
    async ({ page }, use) => {
      const requests: Fixtures['whopRequests'] = { count: 0, mode: 'fill' };
      // Whop's domain: only s.js exists there; any other request would be a bug.
      await page.route('https://t.whop.tw/**', async (route: Route) => {
        if (route.request().url() !== WHOP_SCRIPT_URL) return route.abort();
        requests.count++;
        await requests.hold;
        await route.fulfill({ contentType: 'text/javascript', body: whopScript(requests.mode) });
      });
      await use(requests);
    },
    { auto: true },
  ],
  // From the site's own server: a page fulfilled by the test would have no address, and Chromium
  // would then refuse its loopback scripts (Private Network Access).
  serve: async ({ site, origin }, use) => {
    let n = 0;
    await use(async (head) => {
      const path = `/both-pixels-${++n}.html`;
      site.pages.set(path, html(head));
      return `${origin}${path}`;
    });
    site.pages.clear();
  },
});

type Win = Window & {
  whop: ((...a: unknown[]) => unknown) & {
    track(...a: unknown[]): void;
    setScope(...ids: string[]): void;
    scope(...ids: string[]): { track(...a: unknown[]): void };
  };
};

/** What reached Whop's script (kept across the form's navigation). */
const seenByWhop = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('__whopSeen') || '[]') as unknown[][]);

/** Both scripts have arrived: ours put its handler in, Whop's ran. */
async function bothLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { whop?: { $c?: unknown }; __whopLoads?: number };
    return typeof w.whop?.$c === 'function' && w.__whopLoads === 1;
  });
}

for (const order of ['ours first', "Whop's first"] as const)
  for (const mode of ['fill', 'replace'] as const)
    for (const late of ['whop.min.js', 's.js'] as const)
      test(`${order}, s.js ${mode === 'fill' ? 'fills in the stub object' : 'assigns a new global'}, ${late} arrives late: both pixels work, one visitor, one conversion`, async ({
        page,
        site,
        serve,
        whopRequests,
      }) => {
        const ourGate = gate();
        const whopGate = gate();
        whopRequests.mode = mode;
        if (late === 's.js') whopRequests.hold = whopGate.held;
        else
          await page.route('**/dist/whop.min.js', async (route) => {
            await ourGate.held;
            await route.continue();
          });
        const url = await serve(order === 'ours first' ? ours() + theirs() : theirs() + ours());
        await page.goto(url, { waitUntil: 'domcontentloaded' });

        // Calls through both documented APIs while one script is still on its way.
        const early = await page.evaluate(() => {
          const { whop } = window as unknown as Win;
          whop.track('pre', { n: 1 });
          whop.scope('biz_b').track('pre_scoped');
          whop('identify', { email: 'both@example.com' });
          return whop('track', 'contact', { value: 1 }) as string | undefined;
        });
        ourGate.release();
        whopGate.release();
        await bothLoaded(page);
        const later = await page.evaluate(() => {
          const { whop } = window as unknown as Win;
          whop.setScope('biz_seller', 'biz_b');
          whop.track('post', { n: 2 });
          return whop('track', 'custom', {
            custom_name: 'webinar_signup',
            value: 5,
            currency: 'usd',
          }) as string;
        });
        await Promise.all([page.waitForURL('**/thanks.html'), page.click('#send')]);

        const events = await upstream(site, 3);
        expect(events.map((e) => e.body.event_name).sort()).toEqual(['contact', 'custom', 'lead']);
        const id = (name: string) => events.find((e) => e.body.event_name === name)!.body.event_id;
        if (early) expect(id('contact')).toBe(early);
        expect(id('custom')).toBe(later);
        for (const event of events)
          expect(event.body.user?.email).toBe(
            event.body.event_name === 'lead' ? 'form@example.com' : 'both@example.com',
          );

        // Whop's script got every call made through its API, in order, with its arguments, and
        // each of our events once, with the same event_id and the props in its shape.
        expect(await seenByWhop(page)).toEqual([
          ['setScope', 'biz_seller'],
          ['track', 'page'],
          ['track', 'pre', { n: 1 }],
          ['scope', ['biz_b'], 'pre_scoped'],
          ['track', 'contact', { event_id: id('contact'), value: 1, email: 'both@example.com' }],
          ['setScope', 'biz_seller', 'biz_b'],
          ['track', 'post', { n: 2 }],
          [
            'track',
            'webinar_signup',
            { event_id: later, value: 5, currency: 'usd', email: 'both@example.com' },
          ],
          ['track', 'lead', { event_id: id('lead'), email: 'form@example.com' }],
        ]);
        expect(whopRequests.count).toBe(1);
      });

test("Whop's stub declared `var whop` (a global that cannot be redefined): neither throws, both work", async ({
  page,
  site,
  serve,
  whopRequests,
}) => {
  await page.goto(await serve(theirs('var') + ours()));
  await bothLoaded(page);
  const id = await page.evaluate(() => (window as unknown as Win).whop('track', 'lead') as string);
  const [event] = await upstream(site, 1);
  expect(event.body.event_id).toBe(id);
  expect(await seenByWhop(page)).toEqual([
    ['setScope', 'biz_seller'],
    ['track', 'page'],
    ['track', 'lead', { event_id: id }],
  ]);
  expect(whopRequests.count).toBe(1);
});

test("Whop's _wuid visitor id is the anonymous_id; our own id and its cookie stay ours", async ({
  page,
  context,
  site,
  origin,
  serve,
}) => {
  await context.addCookies([{ name: '_wuid', value: 'wuid_e2e_visitor', url: origin }]);
  await page.goto(await serve(ours() + theirs()));
  await bothLoaded(page);
  await page.evaluate(() => (window as unknown as Win).whop('track', 'lead'));
  const [event] = await upstream(site, 1);
  expect(event.body.user?.anonymous_id).toBe('wuid_e2e_visitor');
  const own = (await context.cookies(origin)).find((c) => c.name === '_whop_aid');
  expect(own?.value).toMatch(/^\d{12,40}$/);
});

test("consent denied: Whop's pixel works as alone, nothing of ours is sent or handed over", async ({
  page,
  site,
  serve,
  whopRequests,
}) => {
  await page.goto(await serve(ours("{ endpoint: '/whop', consent: 'denied' }") + theirs()));
  await bothLoaded(page);
  await page.evaluate(() => {
    const { whop } = window as unknown as Win;
    whop('track', 'lead');
    whop.track('own_event');
  });
  await page.evaluate(() => (window as unknown as Win).whop('consent', 'granted'));
  await page.evaluate(() => (window as unknown as Win).whop('track', 'contact'));
  // The marker event, sent once consent was granted, shows the denied one never went.
  const [marker] = await upstream(site, 1);
  expect(site.mock.events().map((e) => e.body.event_name)).toEqual(['contact']);
  expect(await seenByWhop(page)).toEqual([
    ['setScope', 'biz_seller'],
    ['track', 'page'],
    ['track', 'own_event'],
    ['track', 'contact', { event_id: marker.body.event_id }],
  ]);
  expect(whopRequests.count).toBe(1);
});

test('Global Privacy Control (simulated: Chromium has no such setting) hands nothing over and sends nothing', async ({
  page,
  serve,
}) => {
  const toProxy: string[] = [];
  page.on('request', (request) => new URL(request.url()).pathname === '/whop' && toProxy.push(request.url()));
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      configurable: true,
      get: () => true,
    }),
  );
  await page.goto(await serve(theirs() + ours()));
  await bothLoaded(page);
  await page.evaluate(() => {
    const { whop } = window as unknown as Win;
    whop('consent', 'granted');
    whop('track', 'lead');
  });
  await Promise.all([page.waitForURL('**/thanks.html'), page.click('#send')]);
  // Our sends happen within the call and the submit handler: none was asked for.
  expect(toProxy).toEqual([]);
  expect(await seenByWhop(page)).toEqual([
    ['setScope', 'biz_seller'],
    ['track', 'page'],
  ]);
});

test("a page without Whop's pixel asks Whop's domain for nothing", async ({
  page,
  site,
  origin,
  whopRequests,
}) => {
  const toWhop: string[] = [];
  page.on(
    'request',
    (request) => new URL(request.url()).hostname.endsWith('whop.tw') && toWhop.push(request.url()),
  );
  await page.goto(`${origin}/signup.html?fbclid=IwAR-alone`);
  await page.fill('[name=email]', 'alone@example.com');
  await Promise.all([page.waitForURL('**/thanks.html'), page.click('#submit')]);
  await upstream(site, 1);
  expect(toWhop).toEqual([]);
  expect(whopRequests.count).toBe(0);
});
