// The engine suite's fixtures: per worker the site (proxy + mock API, pages carrying the console
// probe) and one browser of the project's engine; per test a fresh page and, at its end, the
// console check. The scenarios (./scenarios.spec.ts) are written once against ./driver.ts.
import { test as base, expect } from '@playwright/test';
import type { RecordedEvent } from '../../src/node/index.js';
import { type Site, startSite } from '../e2e/site.js';
import type { Browser, ConsoleEntry, EngineName, LaunchOptions, Page } from './driver.js';
import { launchPuppeteer } from './puppeteer.js';
import { launchWebKit } from './webkit.js';

export { expect };

/** The host names the scenarios use: a registrable domain under a two-label public suffix. */
export const HOSTS = ['www.example.co.uk', 'shop.example.co.uk'];

/** Launches `engine` with every name of HOSTS reaching the site. */
export function launch(engine: EngineName, options: LaunchOptions): Promise<Browser> {
  return engine === 'webkit' ? launchWebKit(options) : launchPuppeteer(engine, options);
}

/** An error-level console entry a test expects, and why (it is then not counted against the snippet). */
export interface Expected {
  pattern: RegExp;
  why: string;
  /** How many times it may come at most. Default: any number. */
  times?: number;
}

/** What the pages' console probe reports (a test's first script may report other things). */
const PROBE_KINDS = ['error', 'unhandledrejection', 'console.error', 'unreadable report'];

/** Per running test: the console entries it expects (see expectConsole). */
const consoleExpectations = new Map<string, Expected[]>();

export const test = base.extend<
  {
    /** The page under test: fresh cookies and storage. */
    driver: Page;
    /** `http://www.example.co.uk:<port>` */
    origin: string;
    consoleCheck: undefined;
  },
  { engine: EngineName; site: Site; browserUnderTest: Browser }
>({
  engine: ['chromium', { scope: 'worker', option: true }],
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern
    async ({}, use) => {
      const site = await startSite('conversions', { probe: true });
      // A page of the site without the snippet, to set cookies on before a scenario starts.
      site.pages.set(
        '/blank.html',
        '<!doctype html><html><head><title>blank</title></head><body></body></html>',
      );
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  browserUnderTest: [
    async ({ engine, site }, use) => {
      const browser = await launch(engine, { port: site.port, hosts: HOSTS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  origin: async ({ site }, use) => {
    await use(`http://${HOSTS[0]}:${site.port}`);
  },
  driver: async ({ browserUnderTest, site }, use) => {
    site.mock.reset();
    site.head = '';
    site.reports.length = 0;
    site.proxied.length = 0;
    const page = await browserUnderTest.newPage();
    await use(page);
    await page.close();
  },
  // The check of issue 14: nothing at error level in any scenario, from the engine's console
  // (Chromium, Firefox) or the pages' probe (every engine), unless the test expects it.
  consoleCheck: [
    async ({ driver, site, browserUnderTest }, use, info) => {
      const expected: Expected[] = [];
      info.annotations.push({
        type: 'console',
        description: browserUnderTest.hearsConsole
          ? "the engine's console and the pages' probe"
          : "the pages' probe only (uncaught errors, rejections, console.error): WebDriver classic hears no engine message",
      });
      consoleExpectations.set(info.testId, expected);
      await use(undefined);
      consoleExpectations.delete(info.testId);
      const entries: ConsoleEntry[] = [
        ...driver.consoleErrors(),
        ...site.reports
          .filter((r) => PROBE_KINDS.includes(r.kind))
          .map((r) => ({ text: `${r.kind}: ${r.text}`, url: r.page })),
      ];
      const counts = expected.map(() => 0);
      const unexpected = entries.filter((entry) => {
        const i = expected.findIndex(
          (e, j) => e.pattern.test(entry.text) && counts[j] < (e.times ?? Infinity),
        );
        if (i < 0) return true;
        counts[i]++;
        return false;
      });
      expect(unexpected, 'error-level console entries').toEqual([]);
    },
    { auto: true },
  ],
});

/** Declares an error-level console entry the current test expects; the check fails on any other. */
export function expectConsole(expected: Expected): void {
  const list = consoleExpectations.get(test.info().testId);
  if (!list) throw new Error('expectConsole outside a test');
  list.push(expected);
}

/** Waits until the mock API recorded `count` events and returns them. */
export async function upstream(site: Site, count: number, timeout = 30_000): Promise<RecordedEvent[]> {
  await expect.poll(() => site.mock.events().length, { timeout }).toBeGreaterThanOrEqual(count);
  return site.mock.events();
}

/** Waits until the page's snippet has nothing left queued. */
export async function drained(driver: Page, timeout = 30_000): Promise<void> {
  await expect
    .poll(() => driver.evaluate(() => JSON.parse(localStorage.getItem('_whop_q') || '[]').length), {
      timeout,
    })
    .toBe(0);
}
