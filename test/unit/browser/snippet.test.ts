// @vitest-environment happy-dom
// The script-tag entry against the inline stub: the stub records, the script replays and takes over.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeProxy, isolate, tick, visit } from './helpers.js';

// The canonical stub, as the README tells users to paste it; scripts/size-budget.mjs holds it
// (read as text: that module resolves paths with Node's URL, which happy-dom replaces).
const BUDGET_SCRIPT = readFileSync('scripts/size-budget.mjs', 'utf8');
const STUB = /export const STUB =\s*'([^']+)'/.exec(BUDGET_SCRIPT)![1];
const STUB_BUDGET = Number(/export const STUB_BUDGET = (\d+)/.exec(BUDGET_SCRIPT)![1]);

isolate();

type Whop = ((...args: unknown[]) => unknown) & { q?: unknown[]; u?: string; r?: string; v?: number };
const global = window as unknown as { whop?: Whop | unknown };

/** Runs the inline stub and its init as a page would. */
function runStub(fresh = false): void {
  if (fresh) Reflect.deleteProperty(window, 'whop');
  new Function(`${STUB}whop('init', { endpoint: '/whop' });`)();
}

/** Loads dist's source entry as if the async script arrived now. */
async function loadScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/snippet.js');
}

describe('the stub and the script', () => {
  it(`the stub stays under ${STUB_BUDGET} bytes`, () => {
    expect(Buffer.byteLength(STUB)).toBeLessThanOrEqual(STUB_BUDGET);
  });

  it('the stub queues calls and records the landing URL and referrer; the script replays them in order', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/landing?fbclid=IwAR-stub&utm_source=ads');
    runStub(true);
    const stub = global.whop as Whop;
    (stub as Whop)('track', 'lead', { value: 1 });
    (stub as Whop)('track', 'contact');
    expect(stub.q).toHaveLength(3);
    expect(stub.u).toBe('https://www.example.com/landing?fbclid=IwAR-stub&utm_source=ads');
    // A router rewrites the URL before the script arrives: the click id must survive.
    window.history.replaceState({}, '', '/app');
    await loadScript();
    expect(global.whop).not.toBe(stub);
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[0].url).toBe('/whop?cd=example.com');
    expect(calls.map((c) => c.event.event_name)).toEqual(['lead', 'contact']);
    expect(calls[0].event).toMatchObject({
      value: 1,
      url: 'https://www.example.com/app',
      context: { fbclid: 'IwAR-stub', utm_source: 'ads' },
    });
  });

  it('loading the script twice, or the stub again, doubles nothing', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    runStub(true);
    const listeners = vi.spyOn(window, 'addEventListener');
    await loadScript();
    const real = global.whop as Whop;
    const added = listeners.mock.calls.length;
    await loadScript();
    runStub();
    expect(global.whop).toBe(real);
    expect(listeners.mock.calls.length).toBe(added);
    real('track', 'lead');
    await tick();
    expect(calls).toHaveLength(1);
  });

  it('whop(): track returns the event_id; bad commands and arguments are ignored without throwing', async () => {
    fakeProxy();
    visit('https://www.example.com/');
    runStub(true);
    await loadScript();
    const whop = global.whop as Whop;
    expect(whop('track', 'lead')).toMatch(/^\d{12,40}$/);
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

  it.each([
    ['a number', 42],
    ['an object', { q: 'not a list' }],
    ['a foreign function', () => 'old'],
    ['null', null],
  ])('replaces an old window.whop that is %s', async (_, value) => {
    visit('https://www.example.com/');
    global.whop = value;
    await loadScript();
    expect(typeof global.whop).toBe('function');
    expect((global.whop as Whop).v).toBe(1);
  });
});
