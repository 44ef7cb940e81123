// One scenario against both of Whop's APIs: the same pages and the same snippet, a proxy that
// speaks /conversions (the default) or the Events API. The browser cannot tell the difference;
// what reaches the mock's endpoint must be each API's exact body.
import type { Page } from '@playwright/test';
import type { Api } from '../../src/schema/types.js';
import { validateConversion } from '../../src/schema/validate.js';
import { test as base, expect, upstream } from './fixtures.js';
import { type Site, startSite } from './site.js';

// The shared fixtures' site speaks /conversions; this file runs each scenario against a site per API.
const sites = new Map<Api, Site>();
base.beforeAll(async () => {
  for (const api of ['conversions', 'events'] as const) sites.set(api, await startSite(api));
});
base.afterAll(async () => {
  for (const site of sites.values()) await site.close();
});

/** A landing URL from a Google iOS, Microsoft, LinkedIn, Reddit, Snapchat and X click at once. */
const CLICKS =
  '?gbraid=GB-e2e&wbraid=WB-e2e&msclkid=MS-e2e&li_fat_id=LI-e2e&rdt_cid=RD-e2e&ScCid=SC-e2e&twclid=TW-e2e&fbclid=IwAR-e2e&utm_source=bing';
const EVENTS_ONLY = {
  gbraid: 'GB-e2e',
  wbraid: 'WB-e2e',
  msclkid: 'MS-e2e',
  li_fat_id: 'LI-e2e',
  rdt_cid: 'RD-e2e',
  sccid: 'SC-e2e',
  twclid: 'TW-e2e',
};

async function drained(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('_whop_q') || '[]').length), {
      timeout: 30_000,
    })
    .toBe(0);
}

/** Lands with every click id, moves on, and submits the signup form, which navigates at once. */
async function leadAfterClicks(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/${CLICKS}`, { waitUntil: 'load' });
  await page.click('#signup');
  await page.waitForURL('**/signup.html');
  await page.fill('[name=email]', 'ada@example.com');
  await page.fill('[name=first_name]', 'Ada');
  await Promise.all([page.waitForURL('**/thanks.html'), page.click('#submit')]);
}

for (const api of ['conversions', 'events'] as const) {
  /** This API's site (its proxy speaks `api`), emptied, and its origin. */
  const test = base.extend<{ apiSite: Site; apiOrigin: string }>({
    apiSite: async ({ page }, use) => {
      void page; // a fixture needs a dependency to be listed; the page is there anyway
      const site = sites.get(api)!;
      site.mock.reset();
      await use(site);
    },
    apiOrigin: async ({ apiSite }, use) => use(`http://www.example.co.uk:${apiSite.port}`),
  });

  test.describe(`proxy speaking ${api}`, () => {
    test('landing with gbraid, msclkid, li_fat_id, ScCid… → second page → lead: the exact body of the API', async ({
      page,
      apiSite: site,
      apiOrigin: origin,
    }) => {
      await leadAfterClicks(page, origin);
      const [lead] = await upstream(site, 1);
      await drained(page);
      expect(site.mock.events()).toHaveLength(1);
      expect(lead.api).toBe(api);
      expect(validateConversion(lead.body, { api })).toMatchObject({ ok: true });
      const context = lead.body.context ?? {};
      expect(context).toMatchObject({ fbclid: 'IwAR-e2e', utm_source: 'bing', ip_address: '127.0.0.1' });
      expect(lead.body.user).toMatchObject({ email: 'ada@example.com', first_name: 'Ada' });
      if (api === 'events') {
        expect(lead.body).toMatchObject({ account_id: 'biz_e2e', event_name: 'lead' });
        expect(context).toMatchObject(EVENTS_ONLY);
        // The _fbc cookie the snippet wrote for the fbclid goes as it is.
        expect(context.fbc).toMatch(/^fb\.2\.\d{13}\.IwAR-e2e$/);
        expect(context.language).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
      } else {
        expect(lead.body).toMatchObject({ company_id: 'biz_e2e', event_name: 'lead' });
        for (const key of [...Object.keys(EVENTS_ONLY), 'fbc', 'language'])
          expect(context).not.toHaveProperty(key);
      }
    });

    test('the click ids survive to a later page and a later event', async ({
      page,
      apiSite: site,
      apiOrigin: origin,
    }) => {
      await page.goto(`${origin}/${CLICKS}`, { waitUntil: 'load' });
      await page.goto(`${origin}/thanks.html`, { waitUntil: 'load' });
      await page.evaluate(() =>
        (window as unknown as { whop: (...a: unknown[]) => void }).whop('track', 'contact'),
      );
      const [event] = await upstream(site, 1);
      await drained(page);
      if (api === 'events') expect(event.body.context).toMatchObject(EVENTS_ONLY);
      else expect(event.body.context).not.toHaveProperty('gbraid');
      expect(event.body.context).toMatchObject({ fbclid: 'IwAR-e2e' });
    });

    test('purchase and a free event name: taken by the Events API, refused by /conversions and dropped', async ({
      page,
      apiSite: site,
      apiOrigin: origin,
    }) => {
      await page.goto(`${origin}/thanks.html`, { waitUntil: 'load' });
      const answers: number[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/whop')) answers.push(response.status());
      });
      await page.evaluate(() => {
        const whop = (window as unknown as { whop: (...a: unknown[]) => void }).whop;
        whop('track', 'purchase', { value: 49, currency: 'usd' });
        whop('track', 'quiz_done');
      });
      await drained(page);
      await expect.poll(() => answers.length).toBe(2);
      if (api === 'events') {
        expect(answers).toEqual([200, 200]);
        expect(
          site.mock
            .events()
            .map((e) => e.body.event_name)
            .sort(),
        ).toEqual(['purchase', 'quiz_done']);
      } else {
        expect(answers).toEqual([400, 400]);
        expect(site.mock.events()).toHaveLength(0);
        expect(site.mock.attempts()).toBe(0);
      }
    });
  });
}
