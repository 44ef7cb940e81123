// The small surface the engine-neutral scenarios drive: one browser per engine, one fresh page
// (its own cookies and storage) per test. Each engine's driver only converts (./puppeteer.ts for
// Chromium and Firefox, ./webkit.ts for WebKitGTK); the scenarios never see which one runs.

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** A cookie as the page's URL sends it. `domain` starts with a dot unless host-only. */
export interface Cookie {
  name: string;
  value: string;
  domain: string;
  /** Unix seconds; -1 for a session cookie. */
  expires: number;
}

/** Something the engine logged at error level (an uncaught error, `console.error`, its own message). */
export interface ConsoleEntry {
  text: string;
  /** The page, or the resource the message is about, when the engine says. */
  url?: string;
}

export interface Page {
  /** Navigates and waits for `load` (the async snippet has run), or only for the DOM. */
  goto(url: string, waitUntil?: 'load' | 'domcontentloaded'): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types `value` into an empty field. */
  fill(selector: string, value: string): Promise<void>;
  /** Runs `fn` in the page (sent as source: it sees only its arguments) and returns its JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Waits until the page's URL matches and it has loaded. */
  waitForURL(pattern: RegExp, timeout?: number): Promise<void>;
  /** The cookies the current page's URL would be sent. */
  cookies(): Promise<Cookie[]>;
  /** Adds cookies for the current page's site (on `domain`, path `/`), as another tag would have. */
  setCookies(cookies: { name: string; value: string; domain: string }[]): Promise<void>;
  /** What the engine itself reported at error level on this page so far (none where it cannot tell). */
  consoleErrors(): ConsoleEntry[];
  close(): Promise<void>;
}

export interface Browser {
  engine: EngineName;
  /** The browser's own version string. */
  version: string;
  /**
   * Whether the driver hears the engine's console (Chromium over CDP, Firefox over WebDriver
   * BiDi). WebDriver classic has no log endpoint: for WebKit only the pages' probe reports.
   */
  hearsConsole: boolean;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** How every engine is launched for the suite. */
export interface LaunchOptions {
  /** The site's port on 127.0.0.1: every host name of the scenarios is served there. */
  port: number;
  /** Host names that must reach the site (`www.example.co.uk`, …). */
  hosts: string[];
  /** Turn on the engine's own Global Privacy Control (only Firefox has one here). */
  gpc?: boolean;
}

/** Polls `check` every 50 ms until it returns true (an exception counts as false), or throws after `timeout`. */
export async function until(what: string, check: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
