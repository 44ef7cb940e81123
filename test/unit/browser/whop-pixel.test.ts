// biome-ignore-all lint/suspicious/noDocumentCookie: the tests set cookies as Whop's pixel does
// @vitest-environment happy-dom
// Living alongside Whop's own pixel (shared/whop-pixel-and-events-api.md): both stubs on one page
// in either order, Whop's queue handed to its script intact, one visitor id, one conversion
// handed to both channels. Whop's stub and script are the stand-ins in test/whop-pixel-stand-ins.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { USER_FIELDS } from '../../../src/schema/fields.js';
import { WHOP_SCRIPT_URL, type WhopSeen, whopScript, whopStub } from '../../whop-pixel-stand-ins.js';
import { breakStorage, fakeProxy, isolate, tick, visit } from './helpers.js';

const STUB = readFileSync('dist/stub.min.js', 'utf8').trim();
/** The customer fields Whop's pixel documents, which it takes flat in its props. */
const PIXEL_CUSTOMER_FIELDS = [
  'email',
  'first_name',
  'last_name',
  'name',
  'phone',
  'external_id',
  'city',
  'state',
  'postal_code',
  'country',
];

isolate();

type Global = ((...args: unknown[]) => unknown) &
  Record<string, unknown> & {
    q: unknown[][];
    s: unknown[];
    track(...args: unknown[]): unknown;
    setScope(...args: unknown[]): unknown;
    scope(...ids: unknown[]): { track(...args: unknown[]): unknown };
  };
const page = window as unknown as WhopSeen & { whop: Global };

/** Ours as the README gives it. */
const ours = (options = "{ endpoint: '/whop' }") => new Function(`${STUB}\nwhop('init', ${options});`)();
/** Whop's, as its docs give it. */
const whops = () => new Function(whopStub('biz_seller'))();
/** whop.min.js arriving. */
async function ourScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/snippet.js');
}
/** s.js arriving (what the page requested, run as the browser would). */
const whopsScript = (mode: 'fill' | 'replace') => new Function(whopScript(mode))();
/** The scripts requested from Whop's domain. */
const requested = () =>
  [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src);

function setUp() {
  // Requested scripts are not fetched here: each test runs s.js itself, when it wants it to arrive.
  Object.assign((window as unknown as { happyDOM: { settings: object } }).happyDOM.settings, {
    disableJavaScriptFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  });
  for (const key of ['__whopSeen', '__whopLoads', '__whopScopes']) Reflect.deleteProperty(window, key);
  visit('https://www.example.com/landing?fbclid=IwAR-both');
  // The page's own script element, before which Whop's stub inserts s.js.
  document.head.append(document.createElement('script'));
  return fakeProxy();
}

describe.each(['fill', 'replace'] as const)('when s.js %ss the global', (mode) => {
  it("ours first: Whop's stub returns early, its calls wait in its format, whop.min.js loads s.js once, every call reaches it in order", async () => {
    const calls = setUp();
    ours();
    expect(whops).not.toThrow();
    // Whop's stub loaded nothing itself; nothing is loaded before whop.min.js either.
    expect(requested()).toEqual([]);
    expect(page.whop.q.map((entry) => entry.slice(1))).toEqual([['setScope', 'biz_seller'], ['page']]);
    expect(page.whop.q.every((entry) => entry[0] === Date.now())).toBe(true);
    expect(page.whop.s).toEqual(['biz_seller']);
    page.whop.scope('biz_other').track('lead', { value: 1 });
    await ourScript();
    expect(requested()).toEqual([WHOP_SCRIPT_URL]);
    expect([page.whop.o, page.whop.t]).toEqual(['https://t.whop.tw', Date.now()]);
    page.whop.track('between');
    whopsScript(mode);
    page.whop.track('after', { value: 2 });
    page.whop.setScope('biz_seller', 'biz_other');
    expect(page.__whopSeen).toEqual([
      ['setScope', 'biz_seller'],
      ['track', 'page'],
      ['scope', ['biz_other'], 'lead', { value: 1 }],
      ['track', 'between'],
      ['track', 'after', { value: 2 }],
      ['setScope', 'biz_seller', 'biz_other'],
    ]);
    expect(page.__whopScopes).toEqual(['biz_seller']);
    expect(requested()).toEqual([WHOP_SCRIPT_URL]);
    // Ours, alongside: still the function, still delivering.
    expect(typeof page.whop).toBe('function');
    page.whop('track', 'contact', { mirror: 1 } as never);
    await tick();
    expect(calls.map((c) => c.event.event_name)).toEqual(['contact']);
  });

  it("Whop's first: its object is kept as it is, its queue and script are its own, ours works beside it", async () => {
    const calls = setUp();
    whops();
    const theirs = page.whop;
    expect(() => ours()).not.toThrow();
    expect(typeof page.whop).toBe('function');
    // Every key but ours reads Whop's object.
    expect(page.whop.q).toBe(theirs.q);
    expect(page.whop.o).toBe('https://t.whop.tw');
    expect('q' in page.whop && 'setScope' in page.whop).toBe(true);
    page.whop.track('before-ours');
    await ourScript();
    page.whop.scope('biz_other').track('lead', { value: 1 });
    whopsScript(mode);
    page.whop.track('after');
    expect(page.__whopSeen).toEqual([
      ['setScope', 'biz_seller'],
      ['track', 'page'],
      ['track', 'before-ours'],
      ['scope', ['biz_other'], 'lead', { value: 1 }],
      ['track', 'after'],
    ]);
    // Whop's stub inserted s.js; nobody inserted it again.
    expect(requested()).toEqual([WHOP_SCRIPT_URL]);
    page.whop('track', 'schedule');
    await tick();
    expect(calls.map((c) => c.event.event_name)).toEqual(['schedule']);
  });

  it("whichever came first, a tracked event reaches Whop's script too, with the same event_id and the props in its shape", async () => {
    const calls = setUp();
    ours();
    whops();
    await ourScript();
    const props = {
      value: 49,
      currency: 'usd',
      plan_id: 'plan_1',
      product_id: 'prod_1',
      user: {
        email: 'ada@example.com',
        first_name: 'Ada',
        last_name: 'Lovelace',
        birthdate: '1990-01-15',
        username: 'ada',
        // The Events API's, which Whop's pixel does not take.
        linked_anonymous_id: '1234567890',
        linked_wuid: 'wuid_other',
      },
    } as const;
    const queued = page.whop('track', 'lead', props);
    const custom = page.whop('track', 'custom', { custom_name: 'webinar_signup' });
    whopsScript(mode);
    const direct = page.whop('track', 'complete_registration');
    await tick();
    expect(calls.map((c) => c.event.event_id)).toEqual([queued, custom, direct]);
    expect(page.__whopSeen!.slice(2)).toEqual([
      [
        'track',
        'lead',
        {
          event_id: queued,
          value: 49,
          currency: 'usd',
          product_id: 'prod_1',
          variant_id: 'plan_1',
          email: 'ada@example.com',
          first_name: 'Ada',
          last_name: 'Lovelace',
        },
      ],
      ['track', 'webinar_signup', { event_id: custom }],
      ['track', 'complete_registration', { event_id: direct }],
    ]);
  });
});

describe("keys of Whop's", () => {
  it("one-letter keys Whop's script may add (c, w, u…) stay on its object and never break ours", async () => {
    const calls = setUp();
    ours();
    whops();
    // What s.js might set, before whop.min.js arrives.
    Object.assign(page.whop, { c: { mine: 1 }, w: 5, u: 'https://t.whop.tw/u' });
    await ourScript();
    expect(requested()).toEqual([WHOP_SCRIPT_URL]);
    expect([page.whop.c, page.whop.w, page.whop.u]).toEqual([{ mine: 1 }, 5, 'https://t.whop.tw/u']);
    const id = page.whop('track', 'lead');
    await tick();
    expect(calls.map((c) => c.event.event_id)).toEqual([id]);
    expect(calls[0].event.context.fbclid).toBe('IwAR-both');
  });
});

describe("the npm tracker beside Whop's pixel (no stub of ours)", () => {
  it('leaves window.whop alone, uses its visitor id and hands it the event with the same event_id', async () => {
    const calls = setUp();
    document.cookie = '_wuid=wuid_npm789; path=/';
    whops();
    const theirs = page.whop;
    const { createTracker } = await import('../../../src/index.js');
    const tracker = createTracker();
    tracker.init({ endpoint: '/whop' });
    const done = tracker.track('lead', { user: { email: 'npm@example.com' } });
    await tick();
    const { event_id } = await done;
    expect(page.whop).toBe(theirs);
    expect(calls.map((c) => [c.event.event_id, c.event.user.anonymous_id])).toEqual([
      [event_id, 'wuid_npm789'],
    ]);
    expect(theirs.q.slice(2).map((entry) => entry.slice(1))).toEqual([
      ['lead', { event_id, email: 'npm@example.com' }],
    ]);
  });
});

describe("on a page without Whop's pixel", () => {
  it("nothing is requested from Whop's domain and nothing is handed over", async () => {
    const calls = setUp();
    ours();
    await ourScript();
    page.whop('track', 'lead');
    await tick();
    expect(calls).toHaveLength(1);
    expect(requested()).toEqual([]);
    expect(page.whop.q).toHaveLength(0);
  });
});

describe("handing over to Whop's pixel", () => {
  const seen = async (init: string, before?: () => void) => {
    const calls = setUp();
    before?.();
    whops();
    ours(init);
    await ourScript();
    whopsScript('fill');
    page.whop('track', 'lead', { user: { email: 'e@example.com' } });
    await tick();
    return { calls, handed: page.__whopSeen!.slice(2) };
  };

  it('happens with consent granted', async () => {
    const { calls, handed } = await seen("{ endpoint: '/whop' }");
    expect(calls).toHaveLength(1);
    expect(handed).toEqual([
      ['track', 'lead', { event_id: calls[0].event.event_id, email: 'e@example.com' }],
    ]);
  });

  it.each([
    ['consent is pending', "{ endpoint: '/whop', consent: 'pending' }", 0],
    ['consent is denied', "{ endpoint: '/whop', consent: 'denied' }", 0],
    ['mirror is turned off', "{ endpoint: '/whop', mirror: false }", 1],
  ])('never happens when %s', async (_, init, sent) => {
    const { calls, handed } = await seen(init);
    expect(calls).toHaveLength(sent);
    expect(handed).toEqual([]);
  });

  it('never happens under Global Privacy Control, whatever consent says', async () => {
    const { calls, handed } = await seen("{ endpoint: '/whop', consent: 'granted' }", () =>
      Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true }),
    );
    page.whop('consent', 'granted');
    page.whop('track', 'lead');
    await tick();
    expect(calls).toHaveLength(0);
    expect(handed).toEqual([]);
  });

  it("an error inside Whop's pixel stays there: ours still delivers", async () => {
    const calls = setUp();
    whops();
    ours();
    await ourScript();
    page.whop.track = () => {
      throw new Error('theirs');
    };
    expect(page.whop('track', 'lead')).toMatch(/^\d+$/);
    await tick();
    expect(calls).toHaveLength(1);
  });

  it('leaves out a custom event without its name (the proxy refuses it too)', async () => {
    setUp();
    whops();
    const { mirror } = await import('../../../src/browser/whop-pixel.js');
    mirror({ event_name: 'custom', event_id: '1' } as never);
    mirror({ event_name: 'custom', custom_name: 'webinar', event_id: '2' } as never);
    expect(page.whop.q.slice(2).map((entry) => entry.slice(1))).toEqual([['webinar', { event_id: '2' }]]);
  });

  it("takes exactly the pixel's documented customer fields from the API's user fields", () => {
    // The rule in src/browser/whop-pixel.ts is a pattern; this holds it to the list.
    const taken = Object.keys(USER_FIELDS).filter((key) => !/^[ambgu]|k/.test(key));
    expect(taken.sort()).toEqual([...PIXEL_CUSTOMER_FIELDS].sort());
    expect(readFileSync('src/browser/whop-pixel.ts', 'utf8')).toContain('/^[ambgu]|k/');
  });
});

describe("Whop's visitor id", () => {
  const anonymousId = async (before?: () => void) => {
    const calls = setUp();
    before?.();
    ours();
    await ourScript();
    page.whop('track', 'lead');
    await tick();
    return calls[0].event.user.anonymous_id as string;
  };

  it('is the anonymous_id when the _wuid cookie holds it; our own id stays ours', async () => {
    const id = await anonymousId(() => {
      document.cookie = '_wuid=wuid_cookie123; path=/';
      localStorage.setItem('_wuid', 'wuid_storage456');
    });
    expect(id).toBe('wuid_cookie123');
    expect(JSON.parse(localStorage.getItem('_whop_aid')!)).toMatch(/^\d{12,40}$/);
  });

  it.each([
    ['as written', 'wuid_storage456'],
    ['JSON-quoted', '"wuid_storage456"'],
  ])('else the copy in localStorage (%s)', async (_, stored) => {
    expect(await anonymousId(() => localStorage.setItem('_wuid', stored))).toBe('wuid_storage456');
  });

  it('else, or when what is there is not an id of its shape, our own id', async () => {
    expect(await anonymousId()).toMatch(/^\d{12,40}$/);
  });

  it('is not taken from a value of another shape, nor from storage that throws', async () => {
    const id = await anonymousId(() => {
      document.cookie = '_wuid=tampered; path=/';
      breakStorage();
    });
    expect(id).toMatch(/^\d{12,40}$/);
  });
});
