// Chromium (over CDP) and Firefox ESR (over WebDriver BiDi) through puppeteer-core, driving the
// browsers Debian installs: Puppeteer downloads none. Only converts to the Driver surface.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.js';
import { type Browser, type ConsoleEntry, type LaunchOptions, type Page, until } from './driver.js';

/** `FIREFOX_PATH` when set, else Debian's `firefox-esr`. */
export function firefoxPath(): string {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path): path is string => !!path && existsSync(path),
  ) as string;
}

export async function launchPuppeteer(
  engine: 'chromium' | 'firefox',
  options: LaunchOptions,
): Promise<Browser> {
  if (options.gpc && engine !== 'firefox')
    throw new Error(`${engine} has no Global Privacy Control of its own`);
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({
          browser: 'chrome',
          executablePath: chromiumPath(),
          headless: true,
          args: [
            ...CHROMIUM_ARGS,
            `--host-resolver-rules=${options.hosts.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`,
          ],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefoxPath(),
          headless: true,
          extraPrefsFirefox: {
            // These names resolve to the loopback address, where the site listens.
            'network.dns.localDomains': options.hosts.join(','),
            'privacy.globalprivacycontrol.enabled': !!options.gpc,
          },
        });
  return {
    engine,
    version: await browser.version(),
    hearsConsole: true,
    async newPage() {
      // A context of its own: no cookie or storage from another test.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors: ConsoleEntry[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push({ text: message.text(), url: message.location().url });
      });
      // Uncaught errors; Firefox also reports its own errors here (a cookie it refused).
      page.on('pageerror', (error) =>
        errors.push({ text: (error as Error).message ?? String(error), url: page.url() }),
      );
      const driver: Page = {
        async goto(url, waitUntil = 'load') {
          await page.goto(url, { waitUntil });
        },
        async click(selector) {
          await page.click(selector);
        },
        async fill(selector, value) {
          await page.type(selector, value);
        },
        evaluate: (fn, ...args) => page.evaluate(fn as never, ...args) as never,
        async waitForURL(pattern, timeout) {
          await until(
            `a loaded page at ${pattern}`,
            // The page's own location: puppeteer's page.url() over WebDriver BiDi misses a
            // history.pushState in Firefox 140 (it keeps the URL of the last load).
            async () => {
              const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
              return pattern.test(href) && state === 'complete';
            },
            timeout,
          );
        },
        async cookies() {
          return (await page.cookies()).map(({ name, value, domain, expires }) => ({
            name,
            value,
            domain,
            expires,
          }));
        },
        async setCookies(cookies) {
          await page.setCookie(...cookies.map((cookie) => ({ ...cookie, path: '/' })));
        },
        consoleErrors: () => errors,
        async close() {
          await context.close();
        },
      };
      return driver;
    },
    async close() {
      await browser.close();
    },
  };
}
