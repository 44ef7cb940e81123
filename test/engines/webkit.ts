// WebKitGTK through Debian's WebKitWebDriver (WebDriver classic) and MiniBrowser, with
// selenium-webdriver as the client. MiniBrowser needs an X display: without DISPLAY, an Xvfb of
// our own is started and stopped with the browser. Only converts to the Driver surface.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, Capabilities } from 'selenium-webdriver';
import { type Browser, type LaunchOptions, type Page, until } from './driver.js';

/** `WEBKIT_WEBDRIVER_PATH` when set, else Debian's (package webkit2gtk-driver). */
export function webkitDriverPath(): string {
  return process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
}

/**
 * `MINIBROWSER_PATH` when set, else the MiniBrowser that Debian's libwebkit2gtk ships (found with
 * `dpkg -L libwebkit2gtk-4.1-0`): /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser, or 6.0's.
 */
export function miniBrowserPath(): string | undefined {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const arch of existsSync('/usr/lib') ? readdirSync('/usr/lib') : [])
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const path = `/usr/lib/${arch}/${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  return undefined;
}

/** A port the system says is free now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts Xvfb on the first free display (`-displayfd`); resolves to its process and `:N`. */
function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it named a display`)));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

export async function launchWebKit(options: LaunchOptions): Promise<Browser> {
  if (options.gpc) throw new Error('WebKitGTK has no Global Privacy Control of its own');
  const binary = miniBrowserPath();
  if (!binary) throw new Error('MiniBrowser not found: install libwebkit2gtk-4.1-0, or set MINIBROWSER_PATH');
  const xvfb = process.env.DISPLAY ? undefined : await startXvfb();
  const port = await freePort();
  const server = spawn(webkitDriverPath(), [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb?.display ?? process.env.DISPLAY },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await until('WebKitWebDriver', async () => (await fetch(`${url}/status`)).ok, 15_000);
  } catch (error) {
    await stop(server);
    await stop(xvfb?.process);
    throw error;
  }
  const capabilities = () =>
    new Capabilities({
      browserName: 'MiniBrowser',
      // No command waits for a navigation: `goto` and `waitForURL` poll for it themselves. (With
      // 'eager' or 'normal', WebKitWebDriver now and then misses the end of a load and holds the
      // next command for the whole page-load timeout; and a test must be able to act on a page
      // whose async script is being held.)
      pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': {
        binary,
        // WebKitGTK maps no host names: the site, which answers in proxy form, is its HTTP proxy.
        args: ['--automation', `--proxy=http://127.0.0.1:${options.port}`],
      },
    });
  let version = '';
  const browser: Browser = {
    engine: 'webkit',
    version: '',
    hearsConsole: false,
    async newPage() {
      // A session of its own (a new MiniBrowser, ephemeral data): no cookie or storage from another test.
      const session = await new Builder().usingServer(url).withCapabilities(capabilities()).build();
      await session.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
      if (!version) version = String((await session.getCapabilities()).get('browserVersion'));
      // Whether the page is a new document (the previous one was marked), at a URL matching
      // `pattern`, and loaded as far as asked.
      const arrived = async (pattern: RegExp, waitUntil: 'load' | 'domcontentloaded' = 'load') => {
        const [href, state, old] = (await session.executeScript(
          'return [location.href, document.readyState, !!window.__leaving]',
        )) as [string, string, boolean];
        return (
          !old && pattern.test(href) && (waitUntil === 'load' ? state === 'complete' : state !== 'loading')
        );
      };
      const leave = () => session.executeScript('window.__leaving = true').catch(() => {});
      const driver: Page = {
        async goto(target, waitUntil = 'load') {
          await leave();
          await session.get(target);
          const exact = new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
          await until(`${target} to load`, () => arrived(exact, waitUntil));
        },
        async click(selector) {
          await session.findElement(By.css(selector)).click();
        },
        async fill(selector, value) {
          await session.findElement(By.css(selector)).sendKeys(value);
        },
        evaluate: (fn, ...args) =>
          session.executeScript(`return (${fn}).apply(null, arguments)`, ...args) as never,
        async waitForURL(pattern, timeout) {
          await until(`a loaded page at ${pattern}`, () => arrived(pattern), timeout);
        },
        async cookies() {
          return (await session.manage().getCookies()).map(({ name, value, domain, expiry }) => ({
            name,
            value,
            domain: domain ?? '',
            expires: typeof expiry === 'number' ? expiry : expiry ? Math.floor(+expiry / 1000) : -1,
          }));
        },
        async setCookies(cookies) {
          for (const cookie of cookies) await session.manage().addCookie({ ...cookie, path: '/' });
        },
        // WebDriver classic has no log endpoint, and MiniBrowser's console-to-stdout setting does
        // not reach the web views it opens for automation: the pages' probe is all there is.
        consoleErrors: () => [],
        async close() {
          await session.quit();
        },
      };
      return driver;
    },
    async close() {
      await stop(server);
      await stop(xvfb?.process);
    },
  };
  // The version is known once a session has asked; launching checks that one can start.
  const first = await browser.newPage();
  await first.close();
  browser.version = version;
  return browser;
}
