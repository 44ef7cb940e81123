// biome-ignore-all lint/suspicious/noDocumentCookie: the tests set up cookies exactly as other tags and browsers do
// Shared set-up for the browser unit tests (happy-dom): a fake proxy behind `fetch`, and
// isolation between tests — trackers add listeners to window/document and wrap history methods,
// so each test removes what it added and clears cookies and storage.
import { afterEach, beforeEach, vi } from 'vitest';
import { debug } from '../../../src/browser/log.js';

// biome-ignore lint/suspicious/noExplicitAny: events are JSON bodies under test
export type Sent = Record<string, any>;

/** One request the tracker made: its URL and the one event in its body. */
export interface Call {
  url: string;
  init: RequestInit;
  event: Sent;
}

type Handler = (event: Sent, call: number) => Response | Promise<Response>;

/** The answer the real proxy gives when the event is accepted. */
export function accepted(event: Sent): Response {
  return json(200, { results: [{ event_id: event.event_id, status: 200, id: `conv_${event.event_id}` }] });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Parses a request body, which must be one conversion object (never an array). */
function single(body: unknown): Sent {
  const event = JSON.parse(String(body));
  if (Array.isArray(event) || typeof event !== 'object') throw new Error(`not one event: ${body}`);
  return event;
}

/** Replaces `fetch` with a stand-in proxy; `handler` answers each request (default: accepted). */
export function fakeProxy(handler: Handler = accepted): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const event = single(init.body);
      calls.push({ url, init, event });
      return handler(event, calls.length);
    }),
  );
  return calls;
}

/** Replaces `navigator.sendBeacon`; returns the bodies it was given. */
export function fakeBeacon(result = true): { url: string; event: Sent }[] {
  const beacons: { url: string; event: Sent }[] = [];
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, body: string) => {
      if (result) beacons.push({ url, event: single(body) });
      return result;
    },
  });
  return beacons;
}

/** Lets queued microtasks and due fake timers run. */
export async function tick(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

const HOSTS = ['www.example.com', 'app.example.com', 'a.example.co.uk', 'b.example.co.uk', 'localhost'];

/** Points the page at `url` (happy-dom keeps one cookie jar across URLs, like a browser). */
export function visit(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** The queue the tracker persisted (`e` parsed). */
export function storedQueue(): { i: string; e: Sent; t: number; l?: number; r?: number; n?: number }[] {
  return JSON.parse(localStorage.getItem('_whop_q') || '[]').map((item: { e: string }) => ({
    ...item,
    e: JSON.parse(item.e),
  }));
}

const STORAGE_DESCRIPTORS = ['localStorage', 'sessionStorage'].map(
  (name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const,
);

/**
 * A Storage stand-in (happy-dom's Storage ignores spies on Storage.prototype, so tests replace
 * the object): writes and removals throw QuotaExceededError while `failWrites` is set, reads
 * throw SecurityError while `failReads` is.
 */
export function standInStorage(how: { failWrites?: boolean; failReads?: boolean } = {}) {
  const items = new Map<string, string>();
  const area = {
    ...how,
    get length() {
      return items.size;
    },
    getItem(key: string) {
      if (area.failReads) throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (area.failWrites) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem(key: string) {
      if (area.failWrites) throw new DOMException('full', 'QuotaExceededError');
      items.delete(key);
    },
    clear() {
      if (area.failWrites) throw new DOMException('full', 'QuotaExceededError');
      items.clear();
    },
  };
  return area;
}

/**
 * localStorage as several tabs of one origin share it: a stand-in whose every write is announced
 * with a `storage` event, as a browser tells each other tab (here, every tracker on the page
 * plays a tab). Returns the stand-in, whose methods tests may spy on.
 */
export function sharedStorage() {
  const area = standInStorage();
  const write = area.setItem;
  area.setItem = (key: string, value: string) => {
    write(key, value);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
  };
  replaceStorage(() => area);
  return area;
}

/**
 * Replaces `window.localStorage` (and `sessionStorage` with `both`) by what `get` returns or
 * throws; `isolate()` puts the real ones back after the test.
 */
export function replaceStorage(get: () => unknown, both = false): void {
  for (const [name] of STORAGE_DESCRIPTORS.slice(0, both ? 2 : 1))
    Object.defineProperty(window, name, { configurable: true, get });
}

/** Storage that throws on every call, as in Safari private mode or a sandboxed frame. */
export function breakStorage(): void {
  const broken = standInStorage({ failWrites: true, failReads: true });
  replaceStorage(() => broken, true);
}

/** When every test starts (fake clock). */
const START = new Date('2025-03-01T12:00:00.000Z');

/** Installs per-test isolation: call once at the top of a test file. */
export function isolate(): void {
  const added: [EventTarget, string, EventListenerOrEventListenerObject][] = [];
  const addWindow = window.addEventListener;
  const addDocument = document.addEventListener;
  const { pushState, replaceState } = history;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(START);
    window.addEventListener = function (this: Window, type: string, fn: EventListenerOrEventListenerObject) {
      added.push([window, type, fn]);
      addWindow.call(this, type, fn);
    } as typeof window.addEventListener;
    document.addEventListener = function (
      this: Document,
      type: string,
      fn: EventListenerOrEventListenerObject,
    ) {
      added.push([document, type, fn]);
      addDocument.call(this, type, fn);
    } as typeof document.addEventListener;
  });

  afterEach(() => {
    for (const [target, type, fn] of added.splice(0)) target.removeEventListener(type, fn);
    // Back to the start, so every cookie the test set is still alive, seen and removed (the
    // next test starts at this time again, and a cookie that had merely expired would return).
    vi.setSystemTime(START);
    window.addEventListener = addWindow;
    document.addEventListener = addDocument;
    history.pushState = pushState;
    history.replaceState = replaceState;
    for (const host of HOSTS) {
      visit(`https://${host}/`);
      for (const pair of document.cookie.split('; ')) {
        const name = pair.split('=')[0];
        if (!name) continue;
        const labels = host.split('.');
        for (let i = 0; i <= labels.length; i++) {
          const domain = labels.slice(i).join('.');
          document.cookie = `${name}=;path=/;max-age=-1${domain ? `;domain=${domain}` : ''}`;
        }
      }
    }
    for (const [name, descriptor] of STORAGE_DESCRIPTORS)
      if (descriptor) Object.defineProperty(window, name, descriptor);
    localStorage.clear();
    sessionStorage.clear();
    debug.on = false;
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
    Reflect.deleteProperty(navigator, 'sendBeacon');
    Reflect.deleteProperty(navigator, 'globalPrivacyControl');
    // The stub's global (an accessor on window) and any script it had loaded.
    Reflect.deleteProperty(window, 'whop');
    for (const script of document.querySelectorAll('script')) script.remove();
  });
}

/**
 * Records every `document.cookie` write while `fn` runs, as `name@domain` (`name@` when
 * host-only): what a browser would be asked to store, refused or not.
 */
export function cookieWrites(fn: () => void): string[] {
  const seen: string[] = [];
  let proto: object | null = document;
  let accessor: PropertyDescriptor | undefined;
  while (proto && !accessor) {
    accessor = Object.getOwnPropertyDescriptor(proto, 'cookie');
    proto = Object.getPrototypeOf(proto);
  }
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => accessor!.get!.call(document),
    set: (value: string) => {
      seen.push(`${value.split('=')[0]}@${/;domain=([^;]*)/.exec(value)?.[1] ?? ''}`);
      accessor!.set!.call(document, value);
    },
  });
  try {
    fn();
  } finally {
    Reflect.deleteProperty(document, 'cookie');
  }
  return seen;
}
