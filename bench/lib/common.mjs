// Shared by every part of the benchmark: paths, Chromium launch, statistics, table formatting.
import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';

export const BENCH = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PEERS = `${BENCH}node_modules/`;

/** A test-only key for the local mock API; nothing here ever talks to Whop. */
export const MOCK_KEY = 'bench_key';
export const COMPANY_ID = 'biz_bench000000000';

/** Landing URL query of an ad click, as on a real paid landing page. */
export const CLICK_QUERY =
  'fbclid=IwAR2benchMetaClick0123456789&gclid=Cj0KCQbenchGoogleClick&utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_launch&utm_content=video_a';

/** Which Chromium to drive: CHROMIUM_PATH, else Debian's, else Playwright's own (as test/chromium-path.ts). */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * Launches Chromium with automation hidden: posthog-js and Plausible drop events when
 * `navigator.webdriver` is true or the UA says HeadlessChrome (see measuring-in-chromium.md).
 */
export async function launchBrowser() {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-blink-features=AutomationControlled',
      '--enable-precise-memory-info',
    ],
  });
  const major = browser.version().split('.')[0];
  const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
  return { browser, userAgent, version: browser.version() };
}

export function median(values) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  if (!values.length) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A Markdown table; numbers are printed as given (format them first). */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map((r) => line(r.map((c) => `${c}`)))].join(
    '\n',
  );
}

export const fmt = (n, digits = 1) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
export const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');

export function packageVersion(name) {
  return JSON.parse(readFileSync(`${PEERS}${name}/package.json`, 'utf8')).version;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every `every` ms until it returns truthy or `ms` pass; resolves with its last value. */
export async function waitFor(check, ms, every = 10) {
  const end = Date.now() + ms;
  let value = await check();
  while (!value && Date.now() < end) {
    await sleep(every);
    value = await check();
  }
  return value;
}

/** Bounded-time guard for a promise: rejects with `what` after `ms`. */
export function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Starts V8's CPU profiler in this process (through node:inspector, sampling every 100 µs);
 * resolves with the function that stops it and resolves with the profile.
 */
export async function startCpuProfile() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    return profile;
  };
}

/** A profile node's name: function (file:line), the line 1-based. */
const whereIn = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'}${url ? ` (${url.split('/').pop()}:${lineNumber + 1})` : ''}`;

/**
 * The `count` functions with the most self time in a CPU profile (V8's `--cpu-prof` or Chromium's
 * CDP profiler), each with its share of the busy time (what is not the code measured left out)
 * and its self time in µs. `nameOf` names a call frame (default: function (file:line)).
 */
export function topCosts(profile, count = 5, nameOf = whereIn) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    // Not the code measured: idle time, V8's own ticks, and (profiling in-process through
    // node:inspector) the inspector's native `dispatch`, which serialises the profile itself.
    const { functionName, url } = frame;
    if (functionName === '(idle)' || functionName === '(program)' || (functionName === 'dispatch' && !url))
      return;
    const name = nameOf(frame);
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(name, (self.get(name) ?? 0) + dt);
    busy += dt;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, share: us / busy, us }));
}
