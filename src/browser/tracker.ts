// The tracker behind both entries: commands, capture on load and SPA navigation, consent, and
// delivery through the persisted queue. Nothing runs until `init`; every way in is guarded so
// the host page never sees an exception from here.

import { clickId } from '../schema/cookies.js';
import { CUSTOM_NAME_MAX } from '../schema/fields.js';
import type {
  Api,
  ConversionContext,
  ConversionInput,
  ConversionUser,
  EventNameFor,
} from '../schema/types.js';
import {
  type AdParams,
  type Attribution,
  cookieContext,
  fromUrl,
  mergeAttribution,
  PARAM_NAMES,
  type ParamNames,
} from './capture.js';
import { getCookie, PROBE, probeDomain, removeCookie, setCookie } from './cookies.js';
import { LEAN } from './edition.js';
import { formUser, submits } from './forms.js';
import { newId } from './identity.js';
import { debug, log } from './log.js';
import { backoff, type Item, MAX_AGE, MAX_CHARS, MAX_ITEMS, retryable } from './queue.js';
import { store } from './storage.js';
import { mirror, whopVisitor } from './whop-pixel.js';

/** `granted` (the default): store and send. `pending`: hold events in memory, write nothing. `denied`: send and keep nothing. */
export type ConsentState = 'granted' | 'pending' | 'denied';

/** Options of `init`. */
export interface InitOptions {
  /** The proxy's URL, on the site's own domain, e.g. `'/whop'`. Required. */
  endpoint: string;
  /** Log every capture, send, retry and drop to the console. Default `false`; `?whop_debug=1` also turns it on. */
  debug?: boolean;
  /** Consent at start. Default `'granted'`; use `'pending'` with a consent banner, then call `consent()`. */
  consent?: ConsentState;
  /** Treat `navigator.globalPrivacyControl === true` as `'denied'`, which `consent('granted')` cannot lift. Default `true`. */
  respectGlobalPrivacyControl?: boolean;
  /** Domain for the `_whop_aid` and `_fbc` cookies. Default: the registrable domain, found by probing. */
  cookieDomain?: string;
  /** How long captured click ids and UTMs are kept, in days. Default 90. */
  attributionDays?: number;
  /** URL parameters read as `ad_campaign_id`, `ad_set_id`, `ad_id` (each list replaces that field's default). */
  adParams?: AdParams;
  /**
   * When Whop's own pixel is on the page, also hand each tracked event to it (`whop.track`) with
   * the same `event_id`, so Whop counts it once through whichever channel gets through. Only
   * with consent granted, never under Global Privacy Control. Default `true`.
   */
  mirror?: boolean;
}

/**
 * Body fields a `track` call may set: the API body without `event_name` (one schema, no second
 * list). The tracker fills `url`, `referrer_url`, `event_time` (when `track` was called) and
 * `event_id` (reused on every retry), the proxy `action_source: 'website'`; what is given wins.
 * `context` and `user` are merged over what the snippet captured and `identify()` gave;
 * `context.ip_address` is never sent from a browser.
 */
export type TrackProps = Omit<ConversionInput, 'event_name' | 'context'> & {
  context?: Omit<ConversionContext, 'ip_address'>;
};

/**
 * `track` props for event `N` under API `A`: `custom` events must name themselves with
 * `custom_name`; the Events API's `purchase` needs its `value` (positive: Whop refuses it otherwise).
 */
export type TrackPropsFor<N, A extends Api = 'conversions'> = N extends 'custom'
  ? TrackProps & { custom_name: string }
  : A extends 'events'
    ? N extends 'purchase'
      ? TrackProps & { value: number }
      : TrackProps
    : TrackProps;

/** The props argument of `track` for event `N` under API `A`: required when they must name something. */
export type TrackArgs<N, A extends Api = 'conversions'> = N extends
  | 'custom'
  | (A extends 'events' ? 'purchase' : never)
  ? [props: TrackPropsFor<N, A>]
  : [props?: TrackProps];

/** What the proxy confirmed for one event. */
export interface TrackResult {
  event_id: string;
  /** Whop's id of the recorded conversion, when the proxy passed it on. */
  id?: string;
}

/** Called once per event: with an error when the call was bad or the event was dropped. */
export type TrackCallback = (error: Error | undefined, result?: TrackResult) => void;

/** The commands; `createTracker` and the `whop()` function both wrap these. */
export interface Core {
  init(options: InitOptions): void;
  /**
   * Returns the `event_id`, or undefined when the call is bad (then `done` gets the error). Any
   * name either API takes: the browser cannot know which one the proxy speaks.
   */
  track(name: EventNameFor<Api>, props?: TrackProps, done?: TrackCallback): string | undefined;
  identify(user: ConversionUser): void;
  consent(state: ConsentState): void;
  reset(): void;
}

const QUEUE = '_whop_q';
const ATTRIBUTION = '_whop_a';
const USER = '_whop_u';
/** The anonymous_id cookie and localStorage key; the proxy re-issues the same cookie. */
const AID = '_whop_aid';
const GRANTED = 'granted';
const DENIED = 'denied';
/**
 * How long a tab or a beacon owns the event it sends before another may send it again:
 * longer than the proxy spends on one request (its upstream retries stop after 10 s).
 */
const LEASE = 15e3;

/** Runs `fn`, logging instead of throwing: every way into the tracker goes through this. */
export const guard =
  <A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R | undefined) =>
  (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      log('error', error);
    }
  };

/**
 * Creates a tracker. `landing` is what the inline stub recorded before a router could rewrite
 * the URL: `u` the landing URL. (An arrow: terser inlines a function declaration into the
 * script-tag entry behind an extra `var`, 10 B gzip more.)
 */
export const createCore = (landing: { u?: unknown }): Core => {
  let options: InitOptions;
  let state: ConsentState | undefined;
  let gpc: boolean;
  let domain: string;
  /** The proxy's URL with `cd`, known once the cookie domain is (on the first `persist`). */
  let url: string;
  /** The URL parameters read for a context key besides its own name. */
  let params: ParamNames;
  let maxAge: number;
  /** null while identity is being forgotten (storing null removes). */
  let aid: string | null;
  let attribution: Attribution | null;
  let identity: ConversionUser | null;
  /** The fbclid that arrived in a URL on this page: what `_fbc` should hold. */
  let click: string | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The last flush was for a page being hidden or left (`pagehide`, `visibilitychange`). */
  let leaving: boolean | undefined;
  let held: Item[] = [];
  /**
   * The queue as this tracker last read or wrote it; localStorage is its write-through copy, read
   * again once another tab wrote it (the `storage` event) and whenever the page comes into view
   * (`pageshow`, `visibilitychange`: a page restored from the back/forward cache missed the writes
   * made meanwhile). Reading and parsing the whole queue on every `track` and answer cost most of
   * a `track` call. One tracker per page: a second one keeps its own copy, and the storage event
   * does not reach the page that wrote.
   */
  let q: Item[] | null | undefined | 0;
  const early: (() => void)[] = [];
  const callbacks: Record<string, TrackCallback | undefined> = {};

  const granted = () => state === GRANTED;
  const queue = (): Item[] => (q = q || store(QUEUE) || []);
  // Null removes it; the next `queue()` then finds it empty.
  // biome-ignore lint/suspicious/noAssignInExpressions: the block form costs 3 B gzip in whop.min.js
  const keep = (items: Item[] | null) => store(QUEUE, (q = items));
  // The attribution to use now: storage's (another tab may have seen a newer click) unless
  // consent keeps it in memory.
  const current = (fresh = {}) =>
    (attribution = mergeAttribution(granted() ? store(ATTRIBUTION) : attribution, fresh, Date.now(), maxAge));

  // An event's end: confirmed, or dropped with the reason. The lean edition has nobody to tell.
  const settle = (id: string, error?: string | false, result: TrackResult = { event_id: id }) => {
    if (LEAN) return;
    const done = callbacks[id];
    delete callbacks[id];
    log(error ? 'drop' : 'sent', id, error || result);
    // Guarded: a callback that throws must not stop the queue's bookkeeping around it.
    if (done) guard(done)(error ? Error(error) : undefined, result);
  };

  const capture = (href: string = location.href) => {
    const fresh = fromUrl(href, params);
    log('capture', fresh);
    current(fresh);
    click = fresh.fbclid || click;
    if (granted()) persist();
  };

  // Stores what is held in memory and sends what is queued: on init with consent, when consent
  // is given, after a capture or a reset.
  const persist = () => {
    // Probed only now: probing writes a cookie, which needs consent. `cd` names the domain on
    // which the proxy re-issues `_whop_aid` with Set-Cookie (the proxy checks that it fits the page).
    if (!url) {
      domain = (options.cookieDomain || probeDomain()).replace(/^\./, '');
      url = `${options.endpoint + (/\?/.test(options.endpoint) ? '&' : '?')}cd=${domain}`;
    }
    setCookie(AID, aid!, 31536e3, domain);
    save();
    // Meta's format, `fb.<subdomainIndex>.<ms>.<fbclid>`: the index is the label count of the
    // cookie's domain minus one (`example.com` 1, `example.co.uk` 2, host-only 0), the time when
    // the cookie is written, as Meta's pixel does (consent may come later than the click).
    if (click && clickId(getCookie('_fbc'), 'fb', 3) !== click)
      setCookie('_fbc', `fb.${domain.split('.').length - 1}.${Date.now()}.${click}`, 7776e3, domain);
    keep(queue().concat(held));
    held = [];
    flush();
  };

  // Writes identity and attribution to storage (null removes them).
  const save = () => {
    store(AID, aid);
    store(ATTRIBUTION, attribution);
    store(USER, identity, true);
  };

  // Identity and attribution go; queued events stay (reset) unless consent is withdrawn. The
  // cookies go only where they were set (the probe's cookie last: it says where that was).
  const forget = () => {
    for (const name of [AID, '_fbc']) removeCookie(name, domain || options.cookieDomain);
    aid = attribution = identity = click = null;
    save();
    aid = newId();
  };

  /**
   * Sends the first free event (neither leased nor waiting for a retry) by fetch; each answer
   * flushes again, so a queue drains one request at a time per tab. `online` (the browser's
   * `online` event): what waited out a backoff while offline goes now. `hidden`: the page is being
   * hidden or left, and whatever is not already on its way goes by beacon (waiting for a retry
   * does not matter then). What a beacon took stays queued under a lease, and a later page
   * sends it again if nobody confirmed it: the proxy and Whop deduplicate on event_id. While
   * anything is queued, a timer looks again every second (leases and backoffs end).
   */
  const flush = (online?: Event | 0, hidden?: boolean) => {
    leaving = hidden;
    clearTimeout(timer);
    if (!granted()) return;
    const now = Date.now();
    const items = queue();
    if (online) for (const item of items) item.r = 0;
    const over = items.splice(0, items.length - MAX_ITEMS);
    if (!LEAN) for (const item of over) settle(item.i, 'queue full');
    // Queued in time order, so the expired ones come first.
    while (items[0] && now - items[0].t > MAX_AGE) settle(items.shift()!.i, 'too old');
    try {
      // Offline, a fetch fails at once and the backoff grows; the `online` listener undoes that.
      for (const item of items)
        if (!(item.l! > now || (!hidden && item.r! > now))) {
          log('send', item.i);
          // A refused beacon means the page's 64 KiB budget is spent: the rest waits.
          if (hidden ? !navigator.sendBeacon(url, item.e) : !send(item)) break;
          // Leased only once the browser has taken the request.
          item.l = now + LEASE;
          if (!hidden) break;
        }
    } finally {
      // Stored however sending went (a page may replace fetch with one that throws), within the
      // task that tracked: nothing waits for a navigation.
      keep(items);
      // `items[0]` and `body[MAX_CHARS]` below say what `length` would, in fewer bytes.
      if (items[0]) timer = setTimeout(guard(flush), 1e3);
    }
  };

  // One event per request: its answer is its fate, and a bad event never holds back another.
  const send = (item: Item) => {
    // The event's fate, from the proxy's answer (status 0: none came: offline, blocked, CORS).
    const answer = guard((status: number, retryAfter?: string | null, result?: TrackResult) => {
      const again = retryable(status);
      const left = queue().filter((queued) => {
        if (queued.i !== item.i) return true;
        if (again) {
          queued.l = 0;
          queued.n = -~queued.n!; // undefined counts as 0
          queued.r = Date.now() + backoff(retryAfter, queued.n);
        }
        return again;
      });
      // Consent may have been withdrawn while the request was out.
      if (granted()) keep(left);
      flush();
      // Last: a callback that throws must not keep a confirmed event queued.
      if (again) log('retry', item.i, status);
      else settle(item.i, status > 299 && `HTTP ${status}`, result);
    });
    return fetch(url, { method: 'POST', keepalive: true, body: item.e }).then(
      (response) =>
        // Only the results, which the lean edition does not report, need the body.
        LEAN
          ? answer(response.status, response.headers.get('retry-after'))
          : response
              .json()
              .then((body: { results: TrackResult[] }) => body.results[0])
              .catch(() => undefined)
              .then((result) => answer(response.status, response.headers.get('retry-after'), result)),
      // Once the page is being hidden or left, the browser may fail the page's promise of a
      // keepalive request it still delivers (Chromium does, right after pagehide): that says
      // nothing, and calling it a failure would have the next beacon send the event again. It
      // stays under its lease; the next flush of a visible page judges failures again.
      () => leaving || answer(0),
    );
  };

  const track = (
    name: EventNameFor<Api>,
    props?: TrackProps | null,
    done?: TrackCallback,
  ): string | undefined => {
    props = props || {};
    const id = props.event_id || newId();
    if (!LEAN) callbacks[id] = done;
    // The npm build and whop.debug.js refuse before sending what neither of Whop's APIs takes: a
    // name that is no string of 1 to CUSTOM_NAME_MAX characters, `custom` without `custom_name`.
    // The rest depends on the API the proxy speaks (`purchase` and free names are the Events
    // API's alone), so the proxy refuses it with a 400 naming `event_name`; whop.min.js leaves
    // every check to the proxy. The queue drops a refused event.
    if (
      !LEAN &&
      (typeof name !== 'string' ||
        !name ||
        name.length > CUSTOM_NAME_MAX ||
        (name === 'custom' && !props.custom_name))
    )
      return void settle(id, `bad event ${name}`);
    const context = cookieContext() as Record<string, unknown>;
    const captured = current();
    for (const key in captured) context[key] = captured[key as keyof Attribution]![0];
    // What the caller set goes as given (the types check it, the proxy validates it); the
    // tracker's own fields come first as defaults, `event_id`, `context` and `user` last.
    const event: ConversionInput<Api> = {
      event_name: name,
      event_time: new Date().toJSON(),
      url: location.href,
      // An empty one is left out. (The older stub's `whop.r` held the same: it never changes.)
      referrer_url: document.referrer || undefined,
      ...props,
      event_id: id,
      context: { ...context, ...props.context },
      // Whop's own visitor id when its pixel keeps one, so Whop joins this to its page views.
      user: { ...identity, ...props.user, anonymous_id: whopVisitor() || aid! },
    };
    const body = JSON.stringify(event);
    const item: Item = { i: id, e: body, t: Date.now() };
    if (state === DENIED) settle(id, DENIED);
    else if (body[MAX_CHARS]) settle(id, 'too big');
    else if (granted()) {
      // Stored by the flush, at once, within the submit handler or click.
      queue().push(item);
      guard(flush)();
      // To Whop's pixel as well, unless turned off; its errors are its own.
      if (options.mirror !== false) guard(mirror)(event);
    } else held.push(item);
    return id;
  };

  const consent = (next: ConsentState) => {
    // Global Privacy Control is a standing opt-out that a consent banner cannot lift: denied
    // from the first moment, whatever is asked (pending too: nothing waits that can never go).
    state = gpc ? DENIED : next;
    if (granted()) persist();
    if (state === DENIED) {
      forget();
      removeCookie(PROBE, domain || options.cookieDomain);
      keep(null);
      if (!LEAN) for (const item of held) settle(item.i, DENIED);
      held = [];
    }
  };

  const init = (opts: InitOptions) => {
    if (options || !opts.endpoint) return log('drop', opts);
    options = opts;
    if (!LEAN) debug.on = debug.on || !!opts.debug || /whop_debug=1/.test(location.search);
    gpc =
      (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl! &&
      opts.respectGlobalPrivacyControl !== false;
    params = { ...PARAM_NAMES, ...opts.adParams };
    maxAge = (opts.attributionDays || 90) * 864e5;
    aid = getCookie(AID) || store(AID) || newId();
    attribution = store(ATTRIBUTION);
    identity = store(USER, undefined, true);
    // What the stub recorded (none with npm: then the page's URL, captured twice, harmlessly);
    // whatever an old page left in `whop.u` fails here alone.
    guard(capture)(landing.u as string);
    capture();
    // On window (the global object): visibilitychange bubbles up to it.
    const on = (type: string, fn: (event: Event) => unknown) => addEventListener(type, guard(fn));
    // Another tab wrote storage (the queue, most likely): read the queue again when next needed.
    on('storage', () => (q = 0));
    on('pagehide', () => flush(0, true));
    // Each reads the queue from storage again first (`q = 0`, passed as flush's first argument,
    // which it reads as `online`: 0 is not).
    // biome-ignore lint/suspicious/noAssignInExpressions: a block costs bytes in whop.min.js
    on('visibilitychange', () => flush((q = 0), document.hidden));
    // Also on the first pageshow, harmlessly: what is leased or waiting stays put.
    // biome-ignore lint/suspicious/noAssignInExpressions: as above
    on('pageshow', () => flush((q = 0)));
    on('popstate', () => capture());
    on('online', flush);
    // On the document: a page's own handler there that stops propagation (jQuery's
    // `return false`) still lets this one run.
    document.addEventListener(
      'submit',
      guard((event: Event) => {
        const form = event.target as HTMLFormElement;
        const name = form.dataset.whopTrack;
        if (name && submits(event, form))
          track(name, { custom_name: form.dataset.whopCustomName, user: formUser(form) });
      }),
    );
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method];
      // Both return undefined (the HTML standard), so the wrapper does too.
      history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
        original.apply(this, args);
        guard(capture)();
      };
    }
    // Calls made before init first, each on its own (one bad call must not cost the calls after
    // it): events wait in memory until consent is known. A consent call among them is the page's
    // latest word and wins over the option, before anything is stored or sent.
    for (const call of early) guard(call)();
    if (!state) consent(opts.consent || GRANTED);
  };

  // Calls made before `init` wait for it.
  const later =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A) =>
      options ? fn(...args) : void early.push(() => fn(...args));

  return {
    init,
    track: later(track),
    identify: later((user: ConversionUser) => {
      identity = { ...identity, ...user };
      if (granted()) store(USER, identity, true);
    }),
    consent: later(consent),
    reset: later(() => {
      forget();
      if (granted()) persist();
    }),
  };
};
