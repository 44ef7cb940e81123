import { existsSync } from 'node:fs';

/**
 * Which Chromium to drive: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`,
 * else `undefined` so Playwright uses its own downloaded browser where one exists.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags that keep Chromium quiet on a machine with no internet and no sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
