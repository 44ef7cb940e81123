import { HOST } from '../proxy/addressed.js';
import { incomingOf } from '../proxy/incoming.js';
import { readBody } from '../proxy/read-body.js';
import { type Answer, errorBody, json, problem, toResponse } from '../proxy/responses.js';
import { API_PATHS, APIS } from '../schema/fields.js';
import type { Api, ConversionBody, EventsApiBody, UpstreamBody, ValidationError } from '../schema/types.js';
import { validateConversion } from '../schema/validate.js';

/** The path Whop serves conversions on; the mock answers it exactly. */
export const CONVERSIONS_PATH = API_PATHS.conversions;
/** The path of Whop's Events API, the successor of conversions; the mock answers it too. */
export const EVENTS_PATH = API_PATHS.events;

/** Whop's Events API refuses an `event_time` further back than this. */
const MAX_EVENT_AGE_MS = 28 * 24 * 60 * 60 * 1000;

/**
 * One scripted misbehaviour, applied to the next `times` attempts on either API (before the token
 * is even checked, as a failing load balancer would). Faults run in list order.
 */
export interface MockFault {
  /** Answer with this status and a JSON error body instead of processing the request. */
  status?: number;
  /** `Retry-After` seconds sent with `status`. */
  retryAfter?: number;
  /** Wait this long first. Alone, the request is then processed normally: a slow upstream that still records the event. */
  delayMs?: number;
  /** Drop the connection without answering (the handler returns `Response.error()`). */
  drop?: boolean;
  /** How many attempts this fault applies to. Default 1. */
  times?: number;
}

/**
 * An accepted event as the mock recorded it, with the API it came through (`api` tells which
 * shape `body` has). The Authorization header is never kept. Neither body holds the other API's
 * company field (the validator refuses it): saying so lets `body.company_id` be read unnarrowed.
 */
export type RecordedEvent = RecordedFields &
  (
    | { api: 'conversions'; body: ConversionBody & { account_id?: never } }
    | { api: 'events'; body: EventsApiBody & { company_id?: never } }
  );

/** What {@link RecordedEvent} holds besides the API and its `body` (the exact JSON received). */
export interface RecordedFields {
  /** The id answered: `conv_…` for conversions, `<account_id>:<event_id>` for events. */
  id: string;
  /**
   * When the mock accepted it, ISO 8601. Whop clamps an Events API `event_time` in the future to
   * this moment; the mock keeps the body as sent, so this is the time such an event counts at.
   */
  received_at: string;
  /** The `Idempotency-Key` request header, if any. */
  idempotency_key: string | null;
  /** The `User-Agent` request header (the proxy's, not the visitor's). */
  user_agent_header: string | null;
  /** Which attempt since the last reset delivered it (1-based, faulted attempts included). */
  attempt: number;
}

/** Counters since the last reset. */
export interface MockStats {
  /** Every POST to either API path received, faulted ones included. */
  attempts: number;
  /** Events recorded, both APIs. */
  accepted: number;
  /**
   * Repeats answered from memory and not recorded again: an already recorded `event_id` (the
   * same id back), or an Events API `Idempotency-Key` replay (the first answer back).
   */
  duplicates: number;
  /** Answered 4xx by the mock's own checks (token, content type, validation). */
  rejected: number;
  /** Attempts a fault was applied to. */
  faults_served: number;
}

/** What an in-process observer (the demo's inspector) is told, as it happens. */
export type MockActivity =
  | { type: 'accepted'; event: RecordedEvent }
  | { type: 'duplicate'; id: string; event_id: string; attempt: number }
  | { type: 'replayed'; status: number; idempotency_key: string; attempt: number }
  | { type: 'rejected'; status: number; code: string; attempt: number }
  | { type: 'fault'; fault: Omit<MockFault, 'times'>; attempt: number };

/** A local stand-in for Whop's conversions and Events APIs, as a Web handler. */
export interface MockApi {
  /** `(Request) => Response`: serve it with `startMockApi`, or from any runtime. */
  handler(request: Request): Promise<Response>;
  /** Recorded events of both APIs, oldest first (copies). */
  events(): RecordedEvent[];
  /** Attempts on either API received since the last reset. */
  attempts(): number;
  stats(): MockStats;
  /** Replaces the fault queue; throws on a malformed fault. */
  setFaults(faults: MockFault[]): void;
  /**
   * Forgets events, dedup ids, idempotency keys, faults and counters; requests still waiting out
   * a delay are dropped.
   */
  reset(): void;
  /** Calls `listener` for each accepted, duplicate, replayed, rejected and faulted attempt; returns the unsubscribe. */
  subscribe(listener: (activity: MockActivity) => void): () => void;
}

/** Options of {@link createMockApi}. */
export interface MockApiOptions {
  /** The only bearer token accepted. */
  apiKey: string;
  /**
   * Host names, besides `localhost`, `127.0.0.1` and `[::1]`, whose `Host` the control endpoints
   * (`/_mock/…`) answer, such as the name the mock listens on. Default none. The API paths answer
   * any `Host`.
   */
  allowedHosts?: string[];
}

const FAULT_KEYS = new Set(['status', 'retryAfter', 'delayMs', 'drop', 'times']);
/** The largest body taken: Whop's own limit is not documented; 1 MiB is far above any valid body. */
const MAX_BODY_BYTES = 1024 * 1024;

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Why a control request is refused, or undefined. The control endpoints take no token, so they
 * answer only what a local tool sends: a loopback `Host` (a DNS-rebinding page sends its own
 * name, resolved to 127.0.0.1, and could otherwise read the recorded events), and a POST or
 * DELETE without `Origin` or from the mock's own origin (any other is a page elsewhere: CSRF).
 */
function controlRefusal(request: Request, hosts: ReadonlySet<string>): Answer | undefined {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const name = HOST.exec(host)?.[1].toLowerCase();
  if (!name || !hosts.has(name)) {
    return problem(
      403,
      'host_not_allowed',
      'the control endpoints answer a loopback Host only (localhost, 127.0.0.1, [::1]), or one named in allowedHosts',
    );
  }
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  let sameOrigin = origin === null;
  try {
    sameOrigin ||= new URL(origin as string).origin === new URL(`${url.protocol}//${host}`).origin;
  } catch {
    // An opaque or malformed Origin is no one's own.
  }
  if (sameOrigin && (!site || site === 'same-origin' || site === 'none')) return undefined;
  return problem(
    403,
    'cross_origin',
    `${request.method} on the control endpoints is taken from their own origin only, or without Origin (curl)`,
  );
}

/** An answer not yet sent: the Events API keeps it under the request's `Idempotency-Key`. */
interface KeptAnswer {
  status: number;
  body: object;
}

function send(answer: KeptAnswer, headers?: Record<string, string>): Answer {
  return json(answer.status, answer.body, headers);
}

function oneError(code: string, message: string, path = ''): ValidationError[] {
  return [{ code, message, path }];
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Checks a fault list (from code or from `POST /_mock/faults`) and fills in `times`. */
export function checkFaults(input: unknown): Array<MockFault & { times: number }> {
  if (!Array.isArray(input)) throw new TypeError('faults must be a JSON array');
  return input.map((fault, i) => {
    const where = `faults[${i}]`;
    if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
      throw new TypeError(`${where} must be an object`);
    }
    for (const key of Object.keys(fault)) {
      if (!FAULT_KEYS.has(key))
        throw new TypeError(`${where}.${key} is not a fault option (${[...FAULT_KEYS].join(', ')})`);
    }
    const { status, retryAfter, delayMs, drop, times = 1 } = fault as MockFault;
    if (status !== undefined && !isInt(status, 200, 599))
      throw new TypeError(`${where}.status must be an HTTP status 200-599`);
    if (retryAfter !== undefined && !isInt(retryAfter, 0, 86_400)) {
      throw new TypeError(`${where}.retryAfter must be whole seconds`);
    }
    if (delayMs !== undefined && !isInt(delayMs, 0, 600_000))
      throw new TypeError(`${where}.delayMs must be 0-600000`);
    if (drop !== undefined && typeof drop !== 'boolean')
      throw new TypeError(`${where}.drop must be a boolean`);
    if (!isInt(times, 1, 1_000_000)) throw new TypeError(`${where}.times must be a positive integer`);
    if (status === undefined && delayMs === undefined && !drop) {
      throw new TypeError(`${where} needs status, delayMs or drop`);
    }
    return { ...(fault as MockFault), times };
  });
}

/** `conv_…`, `evnt_…`: a prefix and random hex, the shape of Whop's ids. */
function newId(prefix: string, length: number): string {
  return prefix + crypto.randomUUID().replace(/-/g, '').slice(0, length);
}

/**
 * A mock of Whop's two server APIs, each as its page says. Both: bearer token (401),
 * `application/json` (415), a body of at most 1 MiB (413), strict validation of that API's body
 * (400; every error in the proxy's one shape, `{ error, errors }`), `200 {"id"}`, the same id
 * again for a repeated `event_id`. `POST /api/v1/conversions`: `company_id`, ids `conv_…`.
 * `POST /api/v1/events`: `account_id`, ids `<account_id>:<event_id>`, `event_time` at most 28
 * days old, and `Idempotency-Key`: a replay of the same body gets the first answer (4xx too) with
 * `Idempotent-Replayed: true`, the same key with another body a 400. Keys are kept until reset
 * (Whop: 24 h). Control endpoints for tests and demos: `GET|DELETE /_mock/events`,
 * `GET|POST|DELETE /_mock/faults`, `GET /_mock/stats`; they answer a loopback `Host` only (or one
 * in `allowedHosts`), and POST/DELETE only without `Origin` or from their own origin (403
 * otherwise), so a web page can neither read nor change them.
 * The token is compared, never stored in records nor returned.
 */
export function createMockApi(options: MockApiOptions): MockApi {
  if (typeof options?.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('createMockApi: options.apiKey must be a non-empty string');
  }
  const expected = `Bearer ${options.apiKey}`;
  const hosts = new Set(LOOPBACK);
  for (const host of options.allowedHosts ?? []) {
    const name = host.toLowerCase();
    hosts.add(name.includes(':') && !name.startsWith('[') ? `[${name}]` : name);
  }
  let events: RecordedEvent[] = [];
  // `conversions <event_id>` or `events <account_id>:<event_id>` → the id answered.
  let ids = new Map<string, string>();
  // Events API Idempotency-Key → the body it came with and the answer given.
  let answers = new Map<string, { text: string; answer: KeptAnswer }>();
  let faults: Array<MockFault & { times: number }> = [];
  let stats: MockStats = { attempts: 0, accepted: 0, duplicates: 0, rejected: 0, faults_served: 0 };
  let cancel = new AbortController();
  const listeners = new Set<(activity: MockActivity) => void>();

  const emit = (activity: MockActivity) => {
    for (const listener of listeners) {
      try {
        listener(activity);
      } catch {
        // An observer's bug must not change what the mock answers.
      }
    }
  };
  /** Counts and reports a 4xx of the mock's own checks; the body in the wire's error shape. */
  const refuse = (attempt: number, status: number, errors: ValidationError[]): KeptAnswer => {
    stats.rejected++;
    emit({ type: 'rejected', status, code: errors[0].code, attempt });
    return { status, body: errorBody(errors) };
  };
  const reject = (attempt: number, status: number, code: string, message: string) =>
    send(refuse(attempt, status, oneError(code, message)));

  function takeFault(): MockFault | undefined {
    const head = faults[0];
    if (!head) return undefined;
    head.times--;
    if (head.times <= 0) faults.shift();
    const { times: _times, ...served } = head;
    return served;
  }

  // A `Response` only for a dropped connection (`Response.error()`).
  async function receive(api: Api, request: Request): Promise<Answer | Response> {
    const attempt = ++stats.attempts;
    const fault = takeFault();
    if (fault) {
      stats.faults_served++;
      emit({ type: 'fault', fault, attempt });
      if (fault.delayMs) {
        const { signal } = cancel;
        const cancelled = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), fault.delayMs);
          signal.addEventListener(
            'abort',
            () => {
              clearTimeout(timer);
              resolve(true);
            },
            { once: true },
          );
        });
        if (cancelled) return Response.error();
      }
      if (fault.drop) return Response.error();
      if (fault.status) {
        const headers: Record<string, string> =
          fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
        return problem(fault.status, 'mock_fault', `injected fault: ${fault.status}`, headers);
      }
    }
    // 401 and 415 come before the Idempotency-Key is looked at: they are never kept under it.
    if (request.headers.get('authorization') !== expected) {
      return reject(attempt, 401, 'unauthorized', 'missing or invalid bearer token');
    }
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return reject(attempt, 415, 'unsupported_media_type', 'Content-Type must be application/json');
    }
    const read = await readBody(incomingOf(request), MAX_BODY_BYTES);
    if (!read.ok) return send(refuse(attempt, read.status, oneError(read.code, read.message)));
    const { text } = read;
    const key = api === 'events' ? request.headers.get('idempotency-key') || undefined : undefined;
    const first = key === undefined ? undefined : answers.get(key);
    if (key !== undefined && first) {
      if (first.text !== text) {
        const shown = key.length > 80 ? `${key.slice(0, 80)}…` : key;
        const message = `Idempotency-Key "${shown}" was already used with a different body; send a new key for a new event`;
        return send(refuse(attempt, 400, oneError('idempotency_key_reused', message)));
      }
      stats.duplicates++;
      emit({ type: 'replayed', status: first.answer.status, idempotency_key: key, attempt });
      return send(first.answer, { 'idempotent-replayed': 'true' });
    }
    // Kept at once, before anything awaits, so that a concurrent retry with the key finds it.
    const answer = decide(api, text, request, attempt);
    if (key !== undefined) answers.set(key, { text, answer });
    return send(answer);
  }

  /** Parses, checks, dedups and records one body of `api`. */
  function decide(api: Api, text: string, request: Request, attempt: number): KeptAnswer {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(attempt, 400, oneError('invalid_json', 'the body is not valid JSON'));
    }
    const checked = validateConversion(body, { api });
    if (!checked.ok) return refuse(attempt, 400, checked.errors);
    const sent = body as UpstreamBody;
    // A future event_time is accepted (Whop clamps it to now: see RecordedFields.received_at).
    if (api === 'events' && sent.event_time && Date.parse(sent.event_time) < Date.now() - MAX_EVENT_AGE_MS) {
      const message = `event_time must be within the last 28 days, got "${sent.event_time}"`;
      return refuse(attempt, 400, oneError('too_old', message, 'event_time'));
    }
    const eventId = sent.event_id || undefined;
    // An Events API id is `<account_id>:<event_id>` (the event_id generated when absent), so a
    // repeat of the event has the same id. A conversions id is random, remembered per event_id.
    const id =
      api === 'events'
        ? `${(sent as EventsApiBody).account_id}:${eventId ?? newId('evnt_', 14)}`
        : newId('conv_', 20);
    const seenAs = eventId && `${api} ${api === 'events' ? id : eventId}`;
    const known = seenAs ? ids.get(seenAs) : undefined;
    if (known && eventId) {
      stats.duplicates++;
      emit({ type: 'duplicate', id: known, event_id: eventId, attempt });
      return { status: 200, body: { id: known } };
    }
    const event = {
      id,
      api,
      body: sent,
      received_at: new Date().toISOString(),
      idempotency_key: request.headers.get('idempotency-key'),
      user_agent_header: request.headers.get('user-agent'),
      attempt,
    } as RecordedEvent;
    if (seenAs) ids.set(seenAs, event.id);
    events.push(event);
    stats.accepted++;
    emit({ type: 'accepted', event: structuredClone(event) });
    return { status: 200, body: { id: event.id } };
  }

  async function answerTo(request: Request): Promise<Answer | Response> {
    const { pathname } = new URL(request.url);
    const route = `${request.method} ${pathname}`;
    const target = APIS.find((name) => API_PATHS[name] === pathname);
    if (target) {
      return request.method === 'POST'
        ? receive(target, request)
        : problem(405, 'method_not_allowed', 'use POST', { allow: 'POST' });
    }
    if (pathname.startsWith('/_mock/')) {
      const refused = controlRefusal(request, hosts);
      if (refused) return refused;
    }
    switch (route) {
      case 'GET /_mock/events':
        return json(200, api.events());
      case 'DELETE /_mock/events':
        api.reset();
        return json(200, { ok: true });
      case 'GET /_mock/stats':
        return json(200, api.stats());
      case 'GET /_mock/faults':
        return json(200, faults);
      case 'DELETE /_mock/faults':
        faults = [];
        return json(200, { ok: true });
      case 'POST /_mock/faults':
        try {
          api.setFaults(JSON.parse(await request.text()));
        } catch (e) {
          return problem(
            400,
            'invalid_faults',
            e instanceof SyntaxError ? 'the body is not valid JSON' : String((e as Error).message),
          );
        }
        return json(200, { ok: true, faults: faults.length });
      default:
        return problem(404, 'not_found', `no route ${route}`);
    }
  }

  const api: MockApi = {
    handler: async (request) => {
      const answer = await answerTo(request);
      return answer instanceof Response ? answer : toResponse(answer);
    },
    events: () => structuredClone(events),
    attempts: () => stats.attempts,
    stats: () => ({ ...stats }),
    setFaults(list) {
      faults = checkFaults(list);
    },
    reset() {
      cancel.abort();
      cancel = new AbortController();
      events = [];
      ids = new Map();
      answers = new Map();
      faults = [];
      stats = { attempts: 0, accepted: 0, duplicates: 0, rejected: 0, faults_served: 0 };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return api;
}
