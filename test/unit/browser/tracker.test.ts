// @vitest-environment happy-dom
// biome-ignore-all lint/suspicious/noDocumentCookie: the tests set up cookies exactly as other tags and browsers do
import { describe, expect, it, vi } from 'vitest';
import { debug } from '../../../src/browser/log.js';
import { createCore, type TrackResult } from '../../../src/browser/tracker.js';
import { validateConversion } from '../../../src/schema/validate.js';
import {
  accepted,
  breakStorage,
  type Call,
  cookieWrites,
  fakeBeacon,
  fakeProxy,
  isolate,
  json,
  replaceStorage,
  type Sent,
  sharedStorage,
  standInStorage,
  storedQueue,
  tick,
  visit,
} from './helpers.js';

isolate();

const LANDING =
  'https://www.example.com/landing?fbclid=IwAR-click&gclid=Cj0-click&ttclid=tt-click&utm_source=facebook&utm_medium=paid&utm_campaign=spring&campaign_id=111&adset_id=222&ad_id=333';

/** A tracker on `url`, initialised with the proxy at /whop. */
function start(url = 'https://www.example.com/', options = {}, landing = {}) {
  visit(url);
  const core = createCore(landing);
  core.init({ endpoint: '/whop', ...options });
  return core;
}

/** Tracks and waits for the request; returns the one event sent. */
async function trackOne(core: ReturnType<typeof createCore>, calls: Call[], props = {}): Promise<Sent> {
  const before = calls.length;
  core.track('lead', props);
  await tick();
  expect(calls.length).toBe(before + 1);
  return calls[before].event;
}

/** Consent denied: no request, no cookie, nothing in localStorage. */
function expectNothingSentOrKept(calls: Call[]): void {
  expect(calls).toHaveLength(0);
  expect(document.cookie).toBe('');
  expect(localStorage.length).toBe(0);
}

/** What the tracker generates: 128 random bits as decimal digits. */
const ID = /^\d{12,40}$/;

function cookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

describe('events', () => {
  it('carry url, referrer, time of the call and a fresh event_id (the proxy adds action_source: website)', async () => {
    const calls = fakeProxy();
    const core = start('https://www.example.com/pricing?plan=pro');
    Object.defineProperty(document, 'referrer', { configurable: true, value: 'https://search.example/' });
    try {
      const event = await trackOne(core, calls, { value: 49, currency: 'usd', plan_id: 'plan_1' });
      expect(event).toMatchObject({
        event_name: 'lead',
        url: 'https://www.example.com/pricing?plan=pro',
        referrer_url: 'https://search.example/',
        event_time: '2025-03-01T12:00:00.000Z',
        value: 49,
        currency: 'usd',
        plan_id: 'plan_1',
      });
      expect(event.event_id).toMatch(ID);
      // Left to the proxy, which sets it for every event that names none (bytes in every download).
      expect(event).not.toHaveProperty('action_source');
      expect(event).not.toHaveProperty('company_id');
    } finally {
      Reflect.deleteProperty(document, 'referrer');
    }
  });

  it('are valid for the proxy, with what the caller set passed on as given', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    document.cookie = '_fbp=fb.1.1596403881668.1116446470; path=/';
    const core = start(LANDING);
    core.identify({ email: 'ada@example.com' });
    const event = await trackOne(core, calls, {
      event_id: 'evt-1',
      context: { utm_term: 'shoes' },
      user: { external_id: 'u1', anonymous_id: 'spoofed' },
    });
    expect(Object.keys(event).sort()).toEqual(
      ['context', 'event_id', 'event_name', 'event_time', 'url', 'user'].sort(),
    );
    expect(event.context).toMatchObject({ fbclid: 'IwAR-click', fbp: 'fb.1.1596403881668.1116446470' });
    expect(event.context.utm_term).toBe('shoes');
    expect(event.user).toEqual({
      email: 'ada@example.com',
      external_id: 'u1',
      anonymous_id: cookie('_whop_aid'),
    });
    expect(validateConversion(event, { input: true }).ok).toBe(true);
  });

  it('pass through every documented top-level field a caller may set', async () => {
    const calls = fakeProxy();
    const core = start();
    const props = {
      action_source: 'app',
      currency: 'eur',
      custom_name: 'demo_booked',
      event_id: 'evt-2',
      event_time: '2025-01-01T00:00:00.000Z',
      plan_id: 'plan_x',
      product_id: 'prod_x',
      referrer_url: 'https://ref.example/',
      url: 'https://override.example/',
      value: 6.9,
    };
    core.track('custom', props as never);
    await tick();
    expect(calls[0].event).toMatchObject(props);
    expect(validateConversion(calls[0].event, { input: true }).ok).toBe(true);
  });

  it('send the whole url, however long (the proxy cuts it to the API length)', async () => {
    const calls = fakeProxy();
    const long = `https://www.example.com/?q=${'x'.repeat(5000)}`;
    const core = start(long);
    const event = await trackOne(core, calls);
    expect(event.url).toBe(long);
  });

  it('refuse a call that neither API takes without sending anything', async () => {
    const calls = fakeProxy();
    const core = start();
    const errors: (Error | undefined)[] = [];
    const long = 'x'.repeat(36);
    expect(core.track(long, {}, (e) => errors.push(e))).toBeUndefined();
    expect(core.track('', {}, (e) => errors.push(e))).toBeUndefined();
    expect(core.track(42 as never, {}, (e) => errors.push(e))).toBeUndefined();
    core.track('custom', {}, (e) => errors.push(e));
    await tick();
    expect(calls).toHaveLength(0);
    expect(errors.map((e) => e?.message)).toEqual([
      `bad event ${long}`,
      'bad event ',
      'bad event 42',
      'bad event custom',
    ]);
    expect(storedQueue()).toEqual([]);
  });

  it("send the Events API's names and free names as given: only the proxy knows which API it speaks", async () => {
    const calls = fakeProxy();
    const core = start();
    const errors: (Error | undefined)[] = [];
    const longest = 'x'.repeat(35);
    for (const name of ['purchase', 'view_content', 'quiz_done', longest])
      core.track(name, { value: 49 }, (e) => errors.push(e));
    await tick();
    expect(calls.map((c) => c.event.event_name)).toEqual(['purchase', 'view_content', 'quiz_done', longest]);
    expect(calls[0].event.value).toBe(49);
    expect(errors).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('each go in a request of their own, at once', async () => {
    const calls = fakeProxy();
    const core = start();
    core.track('lead');
    core.track('contact');
    expect(calls.map((c) => c.event.event_name)).toEqual(['lead', 'contact']);
    await tick();
    expect(storedQueue()).toEqual([]);
  });

  it('drop an event too big for a keepalive request, with a debug warning', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const calls = fakeProxy();
    const core = start('https://www.example.com/', { debug: true });
    const errors: string[] = [];
    core.track('lead', { product_id: 'x'.repeat(30_000) }, (e) => errors.push(e!.message));
    await tick();
    expect(errors).toEqual(['too big']);
    expect(calls).toHaveLength(0);
    expect(storedQueue()).toEqual([]);
    expect(log.mock.calls.some((c) => c[1] === 'drop' && c[3] === 'too big')).toBe(true);
  });

  it('are posted as a text/plain string with keepalive, and name the cookie domain in `cd`', async () => {
    const calls = fakeProxy();
    const core = start();
    await trackOne(core, calls);
    expect(calls[0].url).toBe('/whop?cd=example.com');
    expect(calls[0].init).toMatchObject({ method: 'POST', keepalive: true });
    expect(typeof calls[0].init.body).toBe('string');
    expect(calls[0].init.headers).toBeUndefined();
  });

  it("consent('denied') before init holds from the first moment: nothing an earlier page queued goes, nothing is stored", async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    // An earlier page (consent granted then) left an event queued.
    localStorage.setItem(
      '_whop_q',
      JSON.stringify([{ i: 'old', e: '{"event_name":"lead"}', t: Date.now() }]),
    );
    const core = createCore({});
    core.consent('denied');
    core.init({ endpoint: '/whop' });
    core.track('lead');
    await tick();
    expectNothingSentOrKept(calls);
  });

  it('a callback that throws does not keep a confirmed event queued', async () => {
    const calls = fakeProxy();
    const core = start();
    core.track('lead', {}, () => {
      throw new Error('page bug');
    });
    await tick();
    expect(storedQueue()).toEqual([]);
    await tick(30_000);
    expect(calls).toHaveLength(1);
  });

  it('wait for init when tracked before it', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    const core = createCore({});
    core.identify({ email: 'early@example.com' });
    core.track('lead');
    await tick();
    expect(calls).toHaveLength(0);
    core.init({ endpoint: '/whop' });
    await tick();
    expect(calls[0].event.user.email).toBe('early@example.com');
  });

  it('replay every call made before init, even after a bad one', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    const core = createCore({});
    core.track('lead', null as never);
    core.identify(undefined as never);
    core.track('contact');
    core.init({ endpoint: '/whop' });
    await tick();
    expect(calls.map((c) => c.event.event_name)).toEqual(['lead', 'contact']);
  });

  it('report the confirmed id to the callback', async () => {
    fakeProxy();
    const core = start();
    const results: (TrackResult | undefined)[] = [];
    const id = core.track('lead', {}, (error, result) => results.push(error ? undefined : result));
    await tick();
    expect(results).toEqual([expect.objectContaining({ event_id: id, id: `conv_${id}` })]);
  });
});

describe('attribution', () => {
  it('captures click ids, UTMs and ad ids on landing, and writes _fbc on the registrable domain', async () => {
    const calls = fakeProxy();
    const core = start(LANDING);
    const event = await trackOne(core, calls);
    expect(event.context).toMatchObject({
      fbclid: 'IwAR-click',
      gclid: 'Cj0-click',
      ttclid: 'tt-click',
      utm_source: 'facebook',
      utm_medium: 'paid',
      utm_campaign: 'spring',
      ad_campaign_id: '111',
      ad_set_id: '222',
      ad_id: '333',
    });
    expect(cookie('_fbc')).toBe(`fb.1.${Date.parse('2025-03-01T12:00:00.000Z')}.IwAR-click`);
    // The Events API's `fbc`: the cookie as written, which the event after the landing carries.
    expect(event.context.fbc).toBe(cookie('_fbc'));
    visit('https://app.example.com/');
    expect(cookie('_fbc')).toContain('IwAR-click');
  });

  it("writes _fbc in Meta's format, with the subdomain index of the cookie's domain and the time it is written", () => {
    start('https://a.example.co.uk/?fbclid=IwAR-uk');
    expect(cookie('_fbc')).toBe(`fb.2.${Date.now()}.IwAR-uk`);
    vi.setSystemTime(Date.now() + 5000);
    start('http://localhost/?fbclid=IwAR-local');
    expect(cookie('_fbc')).toBe(`fb.0.${Date.now()}.IwAR-local`);
  });

  it('with consent pending, stamps _fbc when consent comes, not when the click did', () => {
    const core = start(LANDING, { consent: 'pending' });
    expect(cookie('_fbc')).toBeUndefined();
    vi.setSystemTime(Date.now() + 60_000);
    core.consent('granted');
    expect(cookie('_fbc')).toBe(`fb.1.${Date.now()}.IwAR-click`);
  });

  it('keeps an _fbc that already holds the same fbclid', () => {
    visit('https://www.example.com/');
    document.cookie = '_fbc=fb.1.1000.IwAR-click; path=/; domain=example.com';
    start(LANDING);
    expect(cookie('_fbc')).toBe('fb.1.1000.IwAR-click');
  });

  it('persists to a later page and a later visit within attributionDays, then expires', async () => {
    const calls = fakeProxy();
    start(LANDING);
    vi.advanceTimersByTime(10 * 864e5);
    const later = start('https://www.example.com/signup');
    expect((await trackOne(later, calls)).context).toMatchObject({
      fbclid: 'IwAR-click',
      utm_campaign: 'spring',
    });
    vi.advanceTimersByTime(81 * 864e5);
    document.cookie = '_fbc=; path=/; domain=example.com; max-age=-1';
    const expired = start('https://www.example.com/signup');
    const context = (await trackOne(expired, calls)).context;
    expect(context).not.toHaveProperty('fbclid');
    expect(context).not.toHaveProperty('utm_campaign');
  });

  it('honours attributionDays', async () => {
    const calls = fakeProxy();
    start('https://www.example.com/?utm_source=a', { attributionDays: 1 });
    vi.advanceTimersByTime(2 * 864e5);
    const core = start('https://www.example.com/', { attributionDays: 1 });
    expect((await trackOne(core, calls)).context).not.toHaveProperty('utm_source');
  });

  it('replaces the UTM set as a whole and a click id by a new one of its kind', async () => {
    const calls = fakeProxy();
    start(LANDING);
    const core = start('https://www.example.com/?utm_source=newsletter&fbclid=IwAR-second');
    const context = (await trackOne(core, calls)).context;
    expect(context).toMatchObject({ utm_source: 'newsletter', fbclid: 'IwAR-second', gclid: 'Cj0-click' });
    expect(context).not.toHaveProperty('utm_campaign');
    expect(context).not.toHaveProperty('ad_id');
    expect(cookie('_fbc')).toMatch(/\.IwAR-second$/);
  });

  it('captures each click id only the Events API takes, under its own URL spelling, and keeps it for later pages', async () => {
    const calls = fakeProxy();
    const ids = {
      gbraid: 'GB-1',
      wbraid: 'WB-1',
      msclkid: 'MS-1',
      li_fat_id: 'LI-1',
      rdt_cid: 'RD-1',
      twclid: 'TW-1',
      sccid: 'SC-1',
    };
    const core = start(
      'https://www.example.com/?gbraid=GB-1&wbraid=WB-1&msclkid=MS-1&li_fat_id=LI-1&rdt_cid=RD-1&twclid=TW-1&ScCid=SC-1',
    );
    expect((await trackOne(core, calls)).context).toMatchObject(ids);
    vi.advanceTimersByTime(864e5);
    const later = start('https://www.example.com/signup');
    expect((await trackOne(later, calls)).context).toMatchObject(ids);
  });

  it("replaces the Events API's click ids one by one, never with the campaign", async () => {
    const calls = fakeProxy();
    start('https://www.example.com/?msclkid=MS-1&gbraid=GB-1&ScCid=SC-1&utm_source=bing&utm_campaign=spring');
    const core = start('https://www.example.com/?msclkid=MS-2&utm_source=newsletter');
    const context = (await trackOne(core, calls)).context;
    expect(context).toMatchObject({
      msclkid: 'MS-2',
      gbraid: 'GB-1',
      sccid: 'SC-1',
      utm_source: 'newsletter',
    });
    expect(context).not.toHaveProperty('utm_campaign');
    const next = start('https://www.example.com/?sccid=SC-2');
    expect((await trackOne(next, calls)).context).toMatchObject({
      msclkid: 'MS-2',
      gbraid: 'GB-1',
      sccid: 'SC-2',
      utm_source: 'newsletter',
    });
  });

  it('reads _fbp, _ga, _ttp, and click ids from _fbc (4 or 5 segments) and _gcl_aw when the URL has none', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    document.cookie = '_fbp=fb.1.1596403881668.1116446470; path=/';
    document.cookie = '_ga=GA1.2.1234567890.1700000000; path=/';
    document.cookie = '_ttp=ttp-1; path=/';
    document.cookie = '_fbc=fb.1.1596403881668.IwAR-from-cookie.AQ; path=/';
    document.cookie = '_gcl_aw=GCL.1700000000.Cj0-from-cookie; path=/';
    const core = start('https://www.example.com/');
    expect((await trackOne(core, calls)).context).toEqual({
      fbp: 'fb.1.1596403881668.1116446470',
      ga: 'GA1.2.1234567890.1700000000',
      ttp: 'ttp-1',
      fbc: 'fb.1.1596403881668.IwAR-from-cookie.AQ',
      fbclid: 'IwAR-from-cookie',
      gclid: 'Cj0-from-cookie',
    });
    const fromUrl = start('https://www.example.com/?gclid=Cj0-from-url');
    expect((await trackOne(fromUrl, calls)).context.gclid).toBe('Cj0-from-url');
  });

  it('uses the landing URL the stub recorded when a router rewrote the address; the referrer never changes', async () => {
    const calls = fakeProxy();
    Object.defineProperty(document, 'referrer', { configurable: true, value: 'https://ads.example/' });
    try {
      // An older stub also recorded the referrer (`r`): it is the document's, which stays put.
      const core = start('https://www.example.com/app', {}, { u: LANDING, r: 'https://stale.example/' });
      const event = await trackOne(core, calls);
      expect(event.context.fbclid).toBe('IwAR-click');
      expect(event.referrer_url).toBe('https://ads.example/');
      expect(event.url).toBe('https://www.example.com/app');
    } finally {
      Reflect.deleteProperty(document, 'referrer');
    }
  });

  it('captures on SPA navigations: pushState, replaceState, popstate', async () => {
    const calls = fakeProxy();
    const core = start('https://www.example.com/');
    history.pushState({}, '', '/pricing?utm_source=spa&utm_campaign=route');
    expect((await trackOne(core, calls)).context).toMatchObject({ utm_source: 'spa', utm_campaign: 'route' });
    history.replaceState({}, '', '/pricing?gclid=Cj0-replace');
    expect((await trackOne(core, calls)).context.gclid).toBe('Cj0-replace');
    visit('https://www.example.com/back?ttclid=tt-pop');
    window.dispatchEvent(new Event('popstate'));
    expect((await trackOne(core, calls)).context.ttclid).toBe('tt-pop');
  });
});

describe('anonymous_id', () => {
  it('lives in a cookie on the registrable domain and in localStorage', async () => {
    const calls = fakeProxy();
    const core = start('https://a.example.co.uk/');
    const id = (await trackOne(core, calls)).user.anonymous_id;
    expect(id).toMatch(ID);
    expect(JSON.parse(localStorage.getItem('_whop_aid')!)).toBe(id);
    expect(calls[0].url).toBe('/whop?cd=example.co.uk');
    visit('https://b.example.co.uk/');
    expect(cookie('_whop_aid')).toBe(id);
  });

  it('is restored from the cookie when localStorage was cleared, and from localStorage when the cookie was', async () => {
    const calls = fakeProxy();
    const first = start('https://www.example.com/');
    const id = (await trackOne(first, calls)).user.anonymous_id;
    localStorage.clear();
    const second = start('https://www.example.com/');
    expect((await trackOne(second, calls)).user.anonymous_id).toBe(id);
    expect(JSON.parse(localStorage.getItem('_whop_aid')!)).toBe(id);
    document.cookie = '_whop_aid=; path=/; domain=example.com; max-age=-1';
    const third = start('https://www.example.com/');
    expect((await trackOne(third, calls)).user.anonymous_id).toBe(id);
    expect(cookie('_whop_aid')).toBe(id);
  });

  it('adds `cd` to an endpoint that already has a query string', async () => {
    const calls = fakeProxy();
    const core = start('https://www.example.com/', { endpoint: 'https://www.example.com/api/whop?site=1' });
    await trackOne(core, calls);
    expect(calls[0].url).toBe('https://www.example.com/api/whop?site=1&cd=example.com');
  });

  it('honours cookieDomain', async () => {
    const calls = fakeProxy();
    const core = start('https://app.example.com/', { cookieDomain: '.example.com' });
    await trackOne(core, calls);
    expect(calls[0].url).toBe('/whop?cd=example.com');
  });

  it('reset(): new id, identity and attribution gone from both cookie copies; queued events stay', async () => {
    const calls = fakeProxy(() => json(503, {}, { 'retry-after': '60' }));
    const core = start(LANDING);
    core.identify({ email: 'ada@example.com' });
    document.cookie = '_whop_aid=host-only-copy; path=/';
    const before = (await trackOne(core, calls)).user.anonymous_id;
    core.reset();
    expect(storedQueue()).toHaveLength(1);
    expect(document.cookie.match(/_whop_aid=/g)).toHaveLength(1);
    expect(document.cookie).not.toContain('host-only-copy');
    expect(cookie('_fbc')).toBeUndefined();
    core.track('lead');
    await tick();
    const after = storedQueue()[1].e;
    expect(after.user.anonymous_id).not.toBe(before);
    expect(after.user.anonymous_id).toBe(cookie('_whop_aid'));
    expect(after.user).not.toHaveProperty('email');
    expect(after.context).toEqual({});
  });
});

describe('the cookie domain', () => {
  it('is probed on the first page only: a later page, on any subdomain, writes nothing on co.uk', async () => {
    const calls = fakeProxy();
    const first = cookieWrites(() => start('https://a.example.co.uk/'));
    expect(first).toContain('_whop_t@co.uk');
    await tick();
    const later = cookieWrites(() => start('https://b.example.co.uk/'));
    expect(later.filter((w) => w.startsWith('_whop_t'))).toEqual([]);
    expect(later.every((w) => w.endsWith('@example.co.uk'))).toBe(true);
    await trackOne(start('https://b.example.co.uk/'), calls);
    expect(calls.at(-1)!.url).toBe('/whop?cd=example.co.uk');
  });

  it('reset() keeps what the probe found (it names no one), so the next page does not probe again', async () => {
    const core = start('https://a.example.co.uk/');
    core.reset();
    expect(document.cookie).toContain('_whop_t=example.co.uk');
  });
});

describe('identify', () => {
  it('merges user fields into later events for the session', async () => {
    const calls = fakeProxy();
    const core = start();
    core.identify({ email: 'ada@example.com' });
    core.identify({ first_name: 'Ada' });
    expect((await trackOne(core, calls, { user: { phone: '1' } })).user).toMatchObject({
      email: 'ada@example.com',
      first_name: 'Ada',
      phone: '1',
    });
    const nextPage = start();
    expect((await trackOne(nextPage, calls)).user.email).toBe('ada@example.com');
    sessionStorage.clear();
    const newSession = start();
    expect((await trackOne(newSession, calls)).user).not.toHaveProperty('email');
  });
});

describe('delivery', () => {
  it('stores the event, leased while its request is out, before track returns; removes it once confirmed', async () => {
    const calls = fakeProxy();
    const core = start();
    const id = core.track('lead');
    expect(calls).toHaveLength(1);
    expect(storedQueue().map((i) => [i.i, i.l])).toEqual([[id, Date.now() + 15_000]]);
    await tick();
    expect(storedQueue()).toEqual([]);
  });

  it('writes the queue once per track, and reads storage again only after another tab wrote it', async () => {
    fakeProxy(() => new Promise(() => {}));
    const area = standInStorage();
    replaceStorage(() => area);
    const core = start();
    const writes = vi.spyOn(area, 'setItem');
    const reads = vi.spyOn(area, 'getItem');
    const queueCalls = (spy: typeof reads | typeof writes) =>
      spy.mock.calls.filter(([key]) => key === '_whop_q');
    core.track('lead');
    core.track('lead');
    expect(queueCalls(writes)).toHaveLength(2);
    expect(queueCalls(reads)).toHaveLength(0);
    // Another tab queued an event: the storage event says so, and the next flush reads it.
    const other = {
      i: 'evt_other_tab',
      e: '{"event_name":"lead","event_id":"evt_other_tab"}',
      t: Date.now(),
    };
    const stored = JSON.parse(area.getItem('_whop_q')!);
    area.setItem('_whop_q', JSON.stringify([...stored, other]));
    window.dispatchEvent(new StorageEvent('storage', { key: '_whop_q' }));
    reads.mockClear();
    core.track('lead');
    expect(queueCalls(reads)).toHaveLength(1);
    expect(storedQueue().map((i) => i.i)).toContain('evt_other_tab');
    expect(storedQueue()).toHaveLength(4);
  });

  it('retries 5xx with backoff, honours Retry-After, and reuses the event_id and event_time', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const calls = fakeProxy((event, n) => (n < 3 ? json(503, {}, { 'retry-after': '5' }) : accepted(event)));
    const core = start();
    const id = core.track('lead');
    await tick();
    expect(calls).toHaveLength(1);
    await tick(4900);
    expect(calls).toHaveLength(1);
    await tick(200);
    expect(calls).toHaveLength(2);
    await tick(5100);
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => c.event.event_id)).toEqual([id, id, id]);
    expect(new Set(calls.map((c) => c.event.event_time)).size).toBe(1);
    expect(storedQueue()).toEqual([]);
  });

  it('grows the delay on repeated network errors (exponential, with jitter)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const calls = fakeProxy(() => Promise.reject(new TypeError('Failed to fetch')));
    const core = start();
    core.track('lead');
    await tick();
    const times = [Date.now()];
    for (let i = 0; i < 4; i++) {
      await vi.waitFor(
        async () => {
          await tick(250);
          expect(calls.length).toBeGreaterThan(i + 1);
        },
        { timeout: 1e9, interval: 0 },
      );
      times.push(Date.now());
    }
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps.map((g) => Math.round(g / 1000))).toEqual([2, 4, 8, 16]);
  });

  it('drops on 4xx but 408/429 with a debug warning; a refused event never holds back the next', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const statuses = [400, 403, 413, 415, 422, 404];
    const calls = fakeProxy((event, n) =>
      n <= statuses.length
        ? json(statuses[n - 1], { error: { code: 'x', message: 'refused', path: 'currency' } })
        : accepted(event),
    );
    const core = start('https://www.example.com/', { debug: true });
    const errors: string[] = [];
    for (const _ of statuses)
      core.track('lead', { currency: 'USD' as never }, (e) => errors.push(e!.message));
    const good = core.track('contact');
    await tick();
    expect(calls.map((c) => c.event.event_id).at(-1)).toBe(good);
    expect(errors).toEqual(statuses.map((status) => `HTTP ${status}`));
    expect(storedQueue()).toEqual([]);
    await tick(120_000);
    expect(calls).toHaveLength(statuses.length + 1);
    const drops = log.mock.calls.filter((c) => c[1] === 'drop').map((c) => c[3]);
    expect(drops).toEqual(statuses.map((status) => `HTTP ${status}`));
  });

  it.each([408, 429, 500, 502, 503, 504])('retries on %i', async (status) => {
    const calls = fakeProxy((event, n) => (n === 1 ? json(status, {}) : accepted(event)));
    const core = start();
    const id = core.track('lead');
    await tick();
    expect(storedQueue().map((i) => i.i)).toEqual([id]);
    await tick(3000);
    expect(calls.map((c) => c.event.event_id)).toEqual([id, id]);
    expect(storedQueue()).toEqual([]);
  });

  it('flushes on the next page load what an earlier page left queued', async () => {
    const calls = fakeProxy(() => Promise.reject(new TypeError('offline')));
    const first = start();
    const id = first.track('lead');
    await tick();
    expect(storedQueue()).toHaveLength(1);
    fakeProxy();
    const next = fakeProxy();
    vi.advanceTimersByTime(30_000);
    start('https://www.example.com/thanks');
    await tick();
    expect(calls).toHaveLength(1);
    expect(next.map((c) => c.event.event_id)).toContain(id);
  });

  it('flushes when the browser comes back online and on pageshow from the back/forward cache', async () => {
    let online = false;
    const calls = fakeProxy((event) => (online ? accepted(event) : Promise.reject(new TypeError('offline'))));
    const core = start();
    core.track('lead');
    await tick();
    expect(calls).toHaveLength(1);
    online = true;
    vi.setSystemTime(Date.now() + 60_000);
    window.dispatchEvent(new Event('online'));
    await tick();
    expect(calls).toHaveLength(2);
    expect(storedQueue()).toEqual([]);
    online = false;
    core.track('lead');
    await tick();
    expect(calls).toHaveLength(3);
    online = true;
    vi.setSystemTime(Date.now() + 60_000);
    const fromCache = new Event('pageshow');
    Object.defineProperty(fromCache, 'persisted', { value: true });
    window.dispatchEvent(fromCache);
    await tick();
    expect(calls).toHaveLength(4);
    expect(storedQueue()).toEqual([]);
  });

  it('sends at once when the browser comes back online, not after the backoff it grew offline', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    let online = false;
    const calls = fakeProxy((event) => (online ? accepted(event) : Promise.reject(new TypeError('offline'))));
    const core = start();
    const id = core.track('lead');
    await tick();
    await tick(2100);
    await tick(4100);
    expect(calls).toHaveLength(3); // two retries failed: the next waits 8 s
    online = true;
    window.dispatchEvent(new Event('online'));
    await tick();
    expect(calls.map((c) => c.event.event_id)).toEqual([id, id, id, id]);
    expect(storedQueue()).toEqual([]);
  });

  it('bounds the queue by count (oldest dropped) and by age, and says so in debug mode', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    fakeProxy(() => new Promise(() => {}));
    const core = start('https://www.example.com/?whop_debug=1');
    const dropped: string[] = [];
    const ids = Array.from({ length: 105 }, () => core.track('lead', {}, () => dropped.push('x')));
    await tick();
    expect(storedQueue()).toHaveLength(100);
    expect(storedQueue()[0].i).toBe(ids[5]);
    expect(dropped).toHaveLength(5);
    vi.setSystemTime(Date.now() + 8 * 864e5);
    start('https://www.example.com/');
    await tick();
    expect(storedQueue()).toEqual([]);
    expect(log.mock.calls.filter((c) => c[1] === 'drop' && c[3] === 'too old')).toHaveLength(100);
  });

  it('does not send an event another tab is sending (lease), and takes it over if the lease runs out', async () => {
    sharedStorage();
    const stuck = fakeProxy(() => new Promise(() => {}));
    const tabA = start();
    const id = tabA.track('lead');
    await tick();
    expect(stuck).toHaveLength(1);
    const calls = fakeProxy();
    start('https://www.example.com/other-tab');
    await tick();
    expect(calls).toHaveLength(0);
    await tick(15_000);
    expect(calls.map((c) => c.event.event_id)).toEqual([id]);
  });

  it('on pagehide sends what is left by beacon and leaves it queued under a lease', async () => {
    const calls = fakeProxy(() => json(503, {}, { 'retry-after': '30' }));
    const beacons = fakeBeacon();
    const core = start();
    const id = core.track('lead');
    await tick();
    expect(calls).toHaveLength(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(beacons).toHaveLength(1);
    expect(beacons[0].url).toBe('/whop?cd=example.com');
    expect(beacons.map((b) => b.event.event_id)).toEqual([id]);
    expect(storedQueue()[0].l).toBe(Date.now() + 15_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(beacons).toHaveLength(1);
  });

  /** Hides the page as browsers do: visibilitychange fired at the document, bubbling. */
  function hide(): void {
    Object.defineProperty(document, 'hidden', { configurable: true, value: true });
    try {
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    } finally {
      Reflect.deleteProperty(document, 'hidden');
    }
  }

  it('on visibilitychange to hidden beacons what waits, nothing that is already in flight', async () => {
    // The first request never gets an answer (in flight); the second is refused with 503 (waits).
    const calls = fakeProxy((_, n) =>
      n === 1 ? new Promise(() => {}) : json(503, {}, { 'retry-after': '30' }),
    );
    const beacons = fakeBeacon();
    const core = start();
    core.track('lead');
    await tick();
    const waiting = core.track('contact');
    await tick();
    expect(calls).toHaveLength(2);
    hide();
    expect(beacons.map((b) => b.event.event_id)).toEqual([waiting]);
  });

  it('a keepalive fetch the browser fails once the page is being left stays leased: no second copy by beacon', async () => {
    // Chromium rejects the page's fetch promise right after pagehide while it still delivers
    // the keepalive request; visibilitychange (hidden) follows.
    let fail: (error: Error) => void = () => {};
    fakeProxy(() => new Promise<Response>((_, reject) => (fail = reject)));
    const beacons = fakeBeacon();
    const core = start();
    const id = core.track('lead');
    await tick();
    window.dispatchEvent(new Event('pagehide'));
    fail(new TypeError('Failed to fetch'));
    await tick();
    hide();
    expect(beacons).toHaveLength(0);
    expect(storedQueue().map((item) => [item.i, item.l! > Date.now(), item.n])).toEqual([
      [id, true, undefined],
    ]);
  });

  it('leaves events queued when the beacon is refused', async () => {
    fakeProxy(() => json(503, {}, { 'retry-after': '30' }));
    fakeBeacon(false);
    const core = start();
    core.track('lead');
    await tick();
    window.dispatchEvent(new Event('pagehide'));
    expect(storedQueue()).toHaveLength(1);
    expect(storedQueue()[0].l).toBeFalsy();
    expect(storedQueue()[0].r).toBeGreaterThan(Date.now() + 20_000);
  });
});

describe('consent', () => {
  it("'pending' holds events in memory and writes nothing; 'granted' stores and sends them", async () => {
    const calls = fakeProxy();
    const core = start(LANDING, { consent: 'pending' });
    const id = core.track('lead');
    await tick();
    expect(calls).toHaveLength(0);
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    core.consent('granted');
    await tick();
    expect(calls[0].event).toMatchObject({ event_id: id, context: { fbclid: 'IwAR-click' } });
    expect(cookie('_whop_aid')).toBe(calls[0].event.user.anonymous_id);
    expect(cookie('_fbc')).toContain('IwAR-click');
  });

  it("'denied' drops held events and later ones", async () => {
    const calls = fakeProxy();
    const core = start(LANDING, { consent: 'pending' });
    const errors: string[] = [];
    core.track('lead', {}, (e) => errors.push(e!.message));
    core.consent('denied');
    core.track('lead', {}, (e) => errors.push(e!.message));
    await tick();
    expect(errors).toEqual(['denied', 'denied']);
    expectNothingSentOrKept(calls);
  });

  it('withdrawal after granted stops sending and removes cookies and storage', async () => {
    const calls = fakeProxy(() => json(503, {}, { 'retry-after': '1' }));
    const core = start(LANDING);
    core.identify({ email: 'ada@example.com' });
    core.track('lead');
    await tick();
    expect(cookie('_whop_aid')).toBeDefined();
    core.consent('denied');
    expect(document.cookie).not.toContain('_whop_aid');
    expect(document.cookie).not.toContain('_fbc');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    core.track('lead');
    await tick(120_000);
    expect(calls).toHaveLength(1);
    expect(localStorage.length).toBe(0);
  });

  // Firefox reports each cookie write it refuses (`com`, `uk`, `co.uk`) as an error in the page's
  // console: removals used to go to every parent domain.
  it('withdrawal removes the cookies, the probe cookie too, only where they were set: the registrable domain and host-only', async () => {
    const calls = fakeProxy();
    const core = start('https://www.example.co.uk/?fbclid=IwAR-uk');
    await trackOne(core, calls);
    expect(document.cookie).toContain('_whop_t=example.co.uk');
    const writes = cookieWrites(() => core.consent('denied'));
    expect(new Set(writes.map((w) => w.split('@')[1]))).toEqual(new Set(['example.co.uk', '']));
    expect(writes.sort()).toEqual(
      [
        '_fbc@',
        '_fbc@example.co.uk',
        '_whop_aid@',
        '_whop_aid@example.co.uk',
        '_whop_t@',
        '_whop_t@example.co.uk',
      ].sort(),
    );
    expect(document.cookie).toBe('');
  });

  it('Global Privacy Control on a later page removes what an earlier one set, only where it was set', async () => {
    const calls = fakeProxy();
    await trackOne(start('https://a.example.co.uk/?fbclid=IwAR-uk'), calls);
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    const writes = cookieWrites(() => start('https://b.example.co.uk/'));
    expect(writes.every((w) => /@(example\.co\.uk)?$/.test(w))).toBe(true);
    expect(writes.filter((w) => w.endsWith('@example.co.uk')).sort()).toEqual([
      '_fbc@example.co.uk',
      '_whop_aid@example.co.uk',
      '_whop_t@example.co.uk',
    ]);
    expect(document.cookie).toBe('');
  });

  it('Global Privacy Control with none of our cookies: nothing written at all', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    const writes = cookieWrites(() => start('https://www.example.co.uk/?fbclid=IwAR-uk'));
    expect(writes.every((w) => w.endsWith('@'))).toBe(true);
    expect(document.cookie).toBe('');
  });

  it('Global Privacy Control: nothing stored, nothing sent, and a banner cannot lift it', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    const calls = fakeProxy();
    const core = start(LANDING);
    core.track('lead');
    core.consent('granted');
    core.track('lead');
    await tick();
    expectNothingSentOrKept(calls);
  });

  it("Global Privacy Control with consent 'pending': denied at once, so nothing waits in memory for a grant that cannot come", async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    const calls = fakeProxy();
    const core = start(LANDING, { consent: 'pending' });
    const errors: string[] = [];
    core.track('lead', {}, (error) => errors.push(error!.message));
    core.consent('pending');
    core.track('contact', {}, (error) => errors.push(error!.message));
    expect(errors).toEqual(['denied', 'denied']);
    core.consent('granted');
    await tick();
    expectNothingSentOrKept(calls);
  });

  it('Global Privacy Control is ignored with respectGlobalPrivacyControl: false', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    const calls = fakeProxy();
    const core = start('https://www.example.com/', { respectGlobalPrivacyControl: false });
    await trackOne(core, calls);
  });
});

describe('never breaks the page', () => {
  it('works with storage that throws on every call, keeping the queue in memory', async () => {
    breakStorage();
    const calls = fakeProxy((event, n) =>
      n === 1 ? json(503, {}, { 'retry-after': '1' }) : accepted(event),
    );
    const core = start(LANDING);
    const id = core.track('lead');
    await tick();
    await tick(3000);
    expect(calls.map((c) => c.event.event_id)).toEqual([id, id]);
    expect(calls[1].event.context.fbclid).toBe('IwAR-click');
  });

  it('works when cookies throw (sandboxed iframe)', async () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        throw new DOMException('sandboxed', 'SecurityError');
      },
      set() {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    try {
      const calls = fakeProxy();
      const core = start(LANDING);
      const event = await trackOne(core, calls);
      expect(event.context.fbclid).toBe('IwAR-click');
      // No cookie domain: the proxy's cookie is host-only.
      expect(calls[0].url).toBe('/whop?cd=');
    } finally {
      Reflect.deleteProperty(document, 'cookie');
    }
  });

  it('works without fetch or sendBeacon, and with crashing ones', async () => {
    vi.stubGlobal('fetch', () => {
      throw new Error('boom');
    });
    Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: undefined });
    const core = start();
    expect(() => core.track('lead')).not.toThrow();
    await tick();
    expect(() => window.dispatchEvent(new Event('pagehide'))).not.toThrow();
    expect(storedQueue()).toHaveLength(1);
  });

  it('ignores a second init and an init without endpoint', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    const core = createCore({});
    core.init({} as never);
    core.init({ endpoint: '/whop' });
    core.init({ endpoint: '/other' });
    await trackOne(core, calls);
    expect(calls[0].url).toBe('/whop?cd=example.com');
  });
});

describe('forms', () => {
  it('tracks <form data-whop-track> on submit with the user fields, without preventing it', async () => {
    const calls = fakeProxy();
    start();
    document.body.innerHTML = `
      <form data-whop-track="lead" action="/thanks">
        <input name="email" type="email" value="ada@example.com">
        <input name="firstName" value="Ada">
        <input name="password" type="password" value="secret">
      </form>`;
    const form = document.querySelector('form')!;
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    expect(storedQueue()).toHaveLength(1);
    await tick();
    expect(calls[0].event).toMatchObject({
      event_name: 'lead',
      user: { email: 'ada@example.com', first_name: 'Ada' },
    });
    expect(JSON.stringify(calls[0].event)).not.toContain('secret');
  });

  it("still sees a submit whose propagation the page stopped on the document (jQuery's `return false`)", async () => {
    const calls = fakeProxy();
    start();
    document.body.innerHTML = `<form data-whop-track="lead"><input name="email" value="a@b.co"></form>`;
    // A delegated handler on the document that sends the form itself and stops the event there.
    document.addEventListener('submit', (event) => {
      event.preventDefault();
      event.stopPropagation();
    });
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await tick();
    expect(calls.map((c) => c.event.user.email)).toEqual(['a@b.co']);
  });

  it('names custom events and ignores forms without the attribute or that do not submit', async () => {
    const calls = fakeProxy();
    start();
    document.body.innerHTML = `
      <form id="custom" data-whop-track="custom" data-whop-custom-name="quiz_done"><input name="email" value="a@b.co"></form>
      <form id="plain"><input name="email" value="a@b.co"></form>
      <form id="invalid" data-whop-track="lead" novalidate><input name="email" required></form>`;
    // The page's own validation refuses the invalid form.
    document.getElementById('invalid')!.addEventListener('submit', (event) => event.preventDefault());
    for (const id of ['custom', 'plain', 'invalid'])
      document.getElementById(id)!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await tick();
    expect(calls).toHaveLength(1);
    expect(calls[0].event).toMatchObject({ event_name: 'custom', custom_name: 'quiz_done' });
  });
});

describe('debug', () => {
  it('logs captures, sends and confirmations only in debug mode', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const calls = fakeProxy();
    await trackOne(start(LANDING), calls);
    expect(log).not.toHaveBeenCalled();
    debug.on = false;
    await trackOne(start(LANDING, { debug: true }), calls);
    const words = log.mock.calls.map((c) => c[1]);
    expect(words).toEqual(expect.arrayContaining(['capture', 'send', 'sent']));
  });
});
