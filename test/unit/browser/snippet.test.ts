// @vitest-environment happy-dom
// The script-tag entry against the inline stub: the stub records, the script replays and puts
// its handler in the stub's place. Pages with the older stub keep working.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeProxy, isolate, tick, visit } from './helpers.js';

// The canonical stub, built from src/stub.ts (`pretest` builds), as the README shows it; the
// budget is read as text: scripts/size-budget.mjs resolves paths with Node's URL, which
// happy-dom replaces.
const STUB = readFileSync('dist/stub.min.js', 'utf8').trim();
const BUDGET_SCRIPT = readFileSync('scripts/size-budget.mjs', 'utf8');
const STUB_BUDGET = Number(/export const STUB_BUDGET = (\d+)/.exec(BUDGET_SCRIPT)![1]);
const STUB_DOCS = [.../STUB_DOCS = \[([^\]]+)\]/.exec(BUDGET_SCRIPT)![1].matchAll(/'([^']+)'/g)].map(
  (m) => m[1],
);
/** The stub every page carried before whop-pixel learned to share `window.whop` with Whop's pixel. */
const OLDER_STUB =
  'window.whop=window.whop||function(){(whop.q=whop.q||[]).push(arguments)};whop.u=whop.u||location.href;whop.r=whop.r||document.referrer;';

isolate();

type Whop = ((...args: unknown[]) => unknown) & { $c?: unknown; q?: unknown[]; u?: string; r?: string };
const global = window as unknown as { whop?: Whop | unknown };

/** Runs an inline stub and its init as a page would. */
function runStub(stub = STUB): void {
  new Function(`${stub}\nwhop('init', { endpoint: '/whop' });`)();
}

/** Loads dist's source entry as if the async script arrived now. */
async function loadScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/snippet.js');
}

describe('the stub', () => {
  it(`is built to at most ${STUB_BUDGET} bytes, and every page and doc that shows it shows it verbatim`, () => {
    expect(Buffer.byteLength(STUB)).toBeLessThanOrEqual(STUB_BUDGET);
    expect(STUB_DOCS.length).toBeGreaterThan(5);
    for (const file of STUB_DOCS) expect(readFileSync(file, 'utf8'), file).toContain(STUB);
  });

  it('queues calls and records the landing URL; the script replays them in order and keeps the global', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/landing?fbclid=IwAR-stub&utm_source=ads');
    runStub();
    const stub = global.whop as Whop;
    expect(typeof stub).toBe('function');
    // Before the script there is no event_id to give.
    expect(stub('track', 'lead', { value: 1 })).toBeUndefined();
    stub('track', 'contact');
    expect(stub.$c).toEqual([
      ['init', { endpoint: '/whop' }],
      ['track', 'lead', { value: 1 }],
      ['track', 'contact'],
    ]);
    expect(stub.u).toBe('https://www.example.com/landing?fbclid=IwAR-stub&utm_source=ads');
    // A router rewrites the URL before the script arrives: the click id must survive.
    window.history.replaceState({}, '', '/app');
    await loadScript();
    expect(global.whop).toBe(stub);
    expect(typeof stub.$c).toBe('function');
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[0].url).toBe('/whop?cd=example.com');
    expect(calls.map((c) => c.event.event_name)).toEqual(['lead', 'contact']);
    expect(calls[0].event).toMatchObject({
      value: 1,
      url: 'https://www.example.com/app',
      context: { fbclid: 'IwAR-stub', utm_source: 'ads' },
    });
    // After the script, a call goes at once and returns its event_id.
    const id = stub('track', 'schedule');
    expect(id).toMatch(/^\d{12,40}$/);
    await tick();
    expect(calls.map((c) => c.event.event_id)).toContain(id);
  });

  it('loading the script twice, or the stub again, doubles nothing', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    runStub();
    const listeners = vi.spyOn(window, 'addEventListener');
    await loadScript();
    const real = global.whop as Whop;
    const handler = real.$c;
    const added = listeners.mock.calls.length;
    await loadScript();
    new Function(STUB)();
    expect(global.whop).toBe(real);
    expect(real.$c).toBe(handler);
    expect(listeners.mock.calls.length).toBe(added);
    real('track', 'lead');
    await tick();
    expect(calls).toHaveLength(1);
  });

  it('whop(): bad commands and arguments are ignored without throwing', async () => {
    fakeProxy();
    visit('https://www.example.com/');
    runStub();
    await loadScript();
    const whop = global.whop as Whop;
    for (const args of [
      [],
      ['nope'],
      ['track'],
      ['track', null],
      ['track', 'lead', 5],
      ['identify', null],
      ['init', null],
      [{}],
    ])
      expect(() => whop(...args)).not.toThrow();
  });
});

describe('pages with the older stub', () => {
  it('still queue, replay in order and take the landing URL; the script replaces that global as before', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/landing?fbclid=IwAR-older&utm_source=ads');
    Reflect.deleteProperty(window, 'whop');
    runStub(OLDER_STUB);
    const stub = global.whop as Whop;
    stub('track', 'lead', { value: 1 });
    expect(stub.q).toHaveLength(2);
    window.history.replaceState({}, '', '/app');
    await loadScript();
    const whop = global.whop as Whop;
    expect(whop).not.toBe(stub);
    await tick();
    expect(calls.map((c) => c.event.event_name)).toEqual(['lead']);
    expect(calls[0].event).toMatchObject({
      url: 'https://www.example.com/app',
      context: { fbclid: 'IwAR-older' },
    });
    expect(whop('track', 'contact')).toMatch(/^\d{12,40}$/);
    // Loaded again: the same global, nothing doubled.
    await loadScript();
    expect(global.whop).toBe(whop);
    await tick();
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['a foreign function', () => 'old'],
    ['null', null],
  ])('replaces a window.whop that is %s', async (_, value) => {
    visit('https://www.example.com/');
    global.whop = value;
    await loadScript();
    expect(typeof global.whop).toBe('function');
    expect((global.whop as Whop).$c).toBe(global.whop);
  });

  it("leaves an object at window.whop alone without a stub of ours: it may be Whop's pixel", async () => {
    visit('https://www.example.com/');
    const theirs = { q: [], track: () => {} };
    global.whop = theirs;
    await loadScript();
    expect(global.whop).toBe(theirs);
    expect(Object.keys(theirs)).toEqual(['q', 'track']);
  });
});
