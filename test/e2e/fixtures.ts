// The fixtures the Chromium specs share: the site (worker-scoped: proxy, mock API, pages), its
// origin on a multi-label public suffix, and a check that no page threw.
import { test as base, expect } from '@playwright/test';
import type { RecordedEvent } from '../../src/node/index.js';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.js';
import { type Site, startSite } from './site.js';

export { expect };

/**
 * Pages are served as http://www.example.co.uk:<port>/ (Chromium resolves *.example.co.uk to
 * 127.0.0.1), so cookie domains behave as on a real site with a multi-label public suffix.
 */
export const test = base.extend<{ errors: string[]; origin: string }, { site: Site }>({
  // An option set here, not by test.use() in this shared module: Playwright refuses a use() that
  // runs outside the spec files once two specs share a worker.
  launchOptions: [
    {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.example.co.uk 127.0.0.1'],
    },
    { scope: 'worker' },
  ],
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern
    async ({}, use) => {
      const site = await startSite();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  origin: async ({ site }, use) => {
    site.mock.reset();
    await use(`http://www.example.co.uk:${site.port}`);
  },
  // Every test ends with no uncaught error on any page.
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until the mock API recorded `count` events and returns them. */
export async function upstream(site: Site, count: number, timeout = 30_000): Promise<RecordedEvent[]> {
  await expect.poll(() => site.mock.events().length, { timeout }).toBeGreaterThanOrEqual(count);
  return site.mock.events();
}
