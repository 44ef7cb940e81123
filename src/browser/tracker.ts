// The tracker behind both entries: commands, capture on load and SPA navigation, consent, and
// delivery through the persisted queue. Nothing runs until `init`; every way in is guarded so
// the host page never sees an exception from here.

import type { BODY_FIELDS } from '../schema/fields.js';
import { CONTEXT_FIELDS, EVENT_NAMES, USER_FIELDS } from '../schema/fields.js';
import type {
  ActionSource,
  ConversionContext,
  ConversionUser,
  Currency,
  EventName,
} from '../schema/types.js';
import {
  AD_PARAMS,
  type AdParams,
  type Attribution,
  cookieContext,
  fromUrl,
  mergeAttribution,
} from './capture.js';
import { clickId, formatFbc } from './click-ids.js';
import { getCookie, probeDomain, removeCookie, setCookie } from './cookies.js';
import { formUser, submits } from './forms.js';
import { newId } from './identity.js';
import { debug, log } from './log.js';
import { backoff, type Item, MAX_AGE, MAX_ITEMS, nextBatch, verdict } from './queue.js';
import { store } from './storage.js';

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
}

/** Body fields a `track` call may set; the tracker fills `event_name`, `context` and `user` itself. */
export interface TrackProps {
  value?: number | null;
  currency?: Currency | null;
  /** Required when the event is `custom`; at most 35 characters. */
  custom_name?: string | null;
  /** Deduplication key; generated when absent and reused on every retry. */
  event_id?: string | null;
  /** ISO 8601 date-time; default: when `track` was called. */
  event_time?: string | null;
  plan_id?: string | null;
  product_id?: string | null;
  /** Default `'website'`. */
  action_source?: ActionSource | null;
  /** Default: the page URL when `track` was called. */
  url?: string | null;
  /** Default: the page's referrer. */
  referrer_url?: string | null;
  /** Merged over what the snippet captured. `ip_address` is never sent from a browser. */
  context?: Omit<ConversionContext, 'ip_address'>;
  /** Merged over `identify()` and the `anonymous_id`. */
  user?: ConversionUser;
}

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
  /** Returns the `event_id`, or undefined when the call is bad (then `done` gets the error). */
  track(name: EventName, props?: TrackProps, done?: TrackCallback): string | undefined;
  identify(user: ConversionUser): void;
  consent(state: ConsentState): void;
  reset(): void;
}

/** Top-level fields copied from `track` props, typed against the schema table. */
export const PASSED_FIELDS = [
  'action_source',
  'currency',
  'custom_name',
  'event_id',
  'event_time',
  'plan_id',
  'product_id',
  'referrer_url',
  'url',
  'value',
] as const satisfies readonly (keyof typeof BODY_FIELDS)[];

/** `url` and `referrer_url` are cut to the API's length (the type checks it against the schema table). */
const URL_MAX: (typeof BODY_FIELDS)['url']['max'] = 4096;
const QUEUE = '_whop_q';
const ATTRIBUTION = '_whop_a';
const USER = '_whop_u';
/** The anonymous_id cookie and localStorage key; the proxy re-issues the same cookie. */
const AID = '_whop_aid';
const GRANTED = 'granted';
const DENIED = 'denied';
/**
 * How long a tab or a beacon owns the events it sends before another may send them again:
 * longer than the proxy spends on one request (its upstream retries stop after 10 s).
 */
const LEASE = 15e3;

type Body = Item['e'];

/** Runs `fn`, logging instead of throwing: every way into the tracker goes through this. */
export function guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      log('error', error);
    }
  };
}

/**
 * The documented keys of `table` with non-empty string values within the length cap; a
 * `birthdate` must be `YYYY-MM-DD`. Whatever fails is left out rather than make the proxy
 * refuse the whole event. `ip_address` is the server's to fill.
 */
function pick<T>(source: object, table: Record<string, number>): T {
  const out: Record<string, unknown> = {};
  // `table[key]` of an inherited name such as `constructor` is a function: `>=` is then false.
  for (const [key, value] of Object.entries(source))
    if (
      value === `${value}` &&
      value &&
      table[key] >= value.length &&
      key !== 'ip_address' &&
      (key !== 'birthdate' || /^\d{4}-\d\d-\d\d$/.test(value))
    )
      out[key] = value;
  return out as T;
}

/**
 * Creates a tracker. `landing` is what the inline stub recorded before a router could rewrite
 * the URL: `u` the landing URL, `r` the referrer.
 */
export function createCore(landing: { u?: unknown; r?: unknown } = {}): Core {
  let options: InitOptions;
  let state: ConsentState | undefined;
  let gpc: boolean;
  let domain: string | undefined;
  let adParams: AdParams;
  let maxAge: number;
  let aid: string;
  let attribution: Attribution | undefined;
  let identity: ConversionUser | undefined;
  /** The fbclid that arrived in a URL on this page, and when: what `_fbc` should hold. */
  let click: [string, number] | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let held: Body[] = [];
  const early: (() => void)[] = [];
  const callbacks: Record<string, TrackCallback | undefined> = {};

  const granted = () => state === GRANTED;
  // Every storage write goes through here: nothing is stored unless consent is granted.
  const put = (key: string, value: unknown, session?: boolean) => granted() && store(key, value, session);
  const queue = (): Item[] => {
    const q = store(QUEUE);
    return Array.isArray(q) ? q : [];
  };
  // The attribution to use now: storage's (another tab may have seen a newer click) unless
  // consent keeps it in memory.
  const current = (fresh = {}) => {
    attribution = mergeAttribution(granted() ? store(ATTRIBUTION) : attribution, fresh, Date.now(), maxAge);
    return attribution;
  };
  const cookieDomain = () => {
    if (domain == null) domain = (options.cookieDomain || probeDomain()).replace(/^\./, '');
    return domain;
  };
  // `cd` names the domain on which the proxy re-issues `_whop_aid` with Set-Cookie (the proxy
  // checks that it fits the page).
  const endpoint = () =>
    options.endpoint + (cookieDomain() && (/\?/.test(options.endpoint) ? '&cd=' : '?cd=') + cookieDomain());
  const bodies = (batch: Item[]) => JSON.stringify(batch.map((item) => item.e));

  function settle(id: string, error?: string | 0, result: TrackResult = { event_id: id }) {
    const done = callbacks[id];
    delete callbacks[id];
    log(error ? 'drop' : 'sent', id, error || result);
    if (done) done(error ? Error(error) : undefined, result);
  }

  function writeFbc() {
    if (click && clickId(getCookie('_fbc'), 'fb', 3) !== click[0])
      setCookie(
        '_fbc',
        formatFbc(cookieDomain() || location.hostname, click[1], click[0]),
        7776e3,
        cookieDomain(),
      );
  }

  function capture(href: string) {
    const fresh = fromUrl(href, adParams);
    log('capture', fresh);
    current(fresh);
    if (fresh.fbclid) click = [fresh.fbclid, Date.now()];
    if (granted()) persist();
  }

  // Stores what is held in memory and sends what is queued: on init with consent, when consent
  // is given, after a capture or a reset.
  function persist() {
    setCookie(AID, aid, 31536e3, cookieDomain());
    store(AID, aid);
    store(ATTRIBUTION, attribution);
    store(USER, identity, true);
    writeFbc();
    store(QUEUE, queue().concat(held.map((e) => ({ e, t: Date.now() }))));
    held = [];
    flush();
  }

  // Identity and attribution go; queued events stay (reset) unless consent is withdrawn.
  function forget() {
    removeCookie(AID);
    removeCookie('_fbc');
    store(AID, null);
    store(ATTRIBUTION, null);
    store(USER, null, true);
    aid = newId();
    attribution = identity = click = undefined;
  }

  function flush() {
    clearTimeout(timer);
    if (!granted()) return;
    const now = Date.now();
    // `settle` returns nothing, so expired events are filtered out once reported.
    const q = queue().filter((item) => now - item.t < MAX_AGE || settle(item.e.event_id, 'too old'));
    for (const item of q.splice(0, q.length - MAX_ITEMS)) settle(item.e.event_id, 'queue full');
    const batch = nextBatch(q, now);
    if (batch.length) send(batch, now);
    put(QUEUE, q);
    const wake = Math.min(...q.map((item) => Math.max(item.l || 0, item.r || 0)).filter((at) => at > now));
    if (wake < 1e15) timer = setTimeout(guard(flush), wake - now);
  }

  function send(batch: Item[], now: number) {
    const ids = batch.map((item) => item.e.event_id);
    let status = 0;
    let retryAfter: string | null;
    log('send', ids);
    fetch(endpoint(), { method: 'POST', keepalive: true, body: bodies(batch) })
      .then((response) => {
        status = response.status;
        retryAfter = response.headers.get('retry-after');
        return response.json();
      })
      .catch(() => {})
      .then(
        guard(
          (
            answer: {
              results?: (TrackResult & { status: number })[];
              errors?: { path: string }[];
              error?: { message: string };
            } = {},
          ) => {
            const paths = `${(answer.errors || []).map((error) => error.path)}`;
            const q = queue();
            ids.forEach((id, i) => {
              const result = (answer.results || []).find((r) => r.event_id === id);
              const outcome = verdict(result ? result.status : status, result ? '' : paths, i);
              const item = q.find((queued) => queued.e.event_id === id);
              if (outcome < 2) {
                if (item) q.splice(q.indexOf(item), 1);
                // biome-ignore lint/complexity/useOptionalChain: `?.` compiles to longer ES2017
                settle(id, outcome && ((answer.error && answer.error.message) || `HTTP ${status}`), result);
              } else if (item) {
                item.l = 0;
                if (outcome < 3) {
                  item.n = (item.n || 0) + 1;
                  item.r = Date.now() + backoff(item.n, retryAfter);
                  log('retry', id, status, item.r);
                }
              }
            });
            put(QUEUE, q);
            flush();
          },
        ),
      );
    // Leased only once fetch has taken the request: had it thrown, the events would stay free.
    for (const item of batch) item.l = now + LEASE;
  }

  // The page is being hidden or left: what is not already on its way (not leased; waiting for a
  // retry is fine) goes by beacon. It stays queued under a lease, and a later page sends it again if
  // nobody confirmed it: the proxy and Whop deduplicate on event_id.
  function hide() {
    if (!granted()) return;
    const q = queue();
    const now = Date.now();
    let rest = q.filter((item) => !(item.l! > now));
    while (rest.length) {
      const batch = nextBatch(rest, 1 / 0);
      if (!navigator.sendBeacon(endpoint(), bodies(batch))) break;
      log('send', batch);
      for (const item of batch) item.l = now + LEASE;
      rest = rest.slice(batch.length);
    }
    put(QUEUE, q);
  }

  function track(name: EventName, props: TrackProps = {}, done?: TrackCallback): string | undefined {
    const id = props.event_id || newId();
    callbacks[id] = done;
    if (!EVENT_NAMES.includes(name) || (name === 'custom' && !props.custom_name))
      return void settle(id, `bad event ${name}`);
    const body = {
      event_name: name,
      event_id: id,
      event_time: new Date().toISOString(),
      action_source: 'website',
      url: location.href.slice(0, URL_MAX),
      referrer_url: `${landing.r || document.referrer}`.slice(0, URL_MAX) || undefined,
    } as Body;
    for (const key of PASSED_FIELDS)
      if (props[key] != null) (body as unknown as Record<string, unknown>)[key] = props[key];
    const context = cookieContext() as Record<string, unknown>;
    for (const [key, entry] of Object.entries(current())) context[key] = entry[0];
    body.context = pick(Object.assign(context, props.context), CONTEXT_FIELDS);
    body.user = pick(Object.assign({}, identity, props.user, { anonymous_id: aid }), USER_FIELDS);
    if (state === DENIED) settle(id, DENIED);
    else if (granted()) {
      put(QUEUE, queue().concat({ e: body, t: Date.now() }));
      log('queue', body);
      // Sent after the current task, so calls made together share a request; microtasks run
      // before a form submission navigates away.
      Promise.resolve().then(guard(flush));
    } else held.push(body);
    return id;
  }

  function consent(next: ConsentState) {
    // Global Privacy Control is a standing opt-out that a consent banner cannot lift.
    state = gpc && next === GRANTED ? DENIED : next;
    if (granted()) persist();
    if (state === DENIED) {
      forget();
      store(QUEUE, null);
      for (const body of held) settle(body.event_id, DENIED);
      held = [];
    }
  }

  function init(opts: InitOptions) {
    if (options || !opts.endpoint) return log('drop', opts);
    options = opts;
    debug.on = debug.on || !!opts.debug || /[?&]whop_debug=1/.test(location.search);
    gpc =
      !!(navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl &&
      opts.respectGlobalPrivacyControl !== false;
    adParams = Object.assign({}, AD_PARAMS, opts.adParams);
    maxAge = (opts.attributionDays || 90) * 864e5;
    aid = getCookie(AID) || store(AID) || newId();
    attribution = store(ATTRIBUTION);
    identity = store(USER, undefined, true);
    if (typeof landing.u === 'string') capture(landing.u);
    capture(location.href);
    const on = (target: EventTarget, type: string, fn: (event: Event) => unknown) =>
      target.addEventListener(type, guard(fn));
    on(window, 'pagehide', hide);
    on(document, 'visibilitychange', () => document.hidden && hide());
    // Also on the first pageshow, harmlessly: what is leased or waiting stays put.
    on(window, 'online', flush);
    on(window, 'pageshow', flush);
    on(window, 'popstate', () => capture(location.href));
    on(document, 'submit', (event) => {
      const form = event.target as HTMLFormElement;
      const name = form.getAttribute('data-whop-track');
      if (name && submits(form, event))
        track(name as EventName, {
          custom_name: form.getAttribute('data-whop-custom-name'),
          user: formUser(form),
        });
    });
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method];
      history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        guard(capture)(location.href);
        return result;
      };
    }
    consent(opts.consent || GRANTED);
    for (const call of early.splice(0)) call();
  }

  // Calls made before `init` wait for it.
  const later =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A) =>
      options ? fn(...args) : void early.push(() => fn(...args));

  return {
    init,
    track: later(track),
    identify: later((user: ConversionUser) => {
      identity = Object.assign({}, identity, pick<ConversionUser>(user, USER_FIELDS));
      put(USER, identity, true);
    }),
    consent: later(consent),
    reset: later(() => {
      forget();
      if (granted()) persist();
    }),
  };
}
