import type { ConversionBody } from '../schema/types.js';
import { validateConversion } from '../schema/validate.js';

/** The path Whop serves conversions on; the mock answers it exactly. */
export const CONVERSIONS_PATH = '/api/v1/conversions';

/**
 * One scripted misbehaviour, applied to the next `times` conversion attempts (before the token
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

/** An accepted conversion as the mock recorded it. The Authorization header is never kept. */
export interface RecordedEvent {
  /** The id answered, `conv_…`. */
  id: string;
  /** The exact JSON body received. */
  body: ConversionBody;
  /** When the mock accepted it, ISO 8601. */
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
  /** Every `POST /api/v1/conversions` received, faulted ones included. */
  attempts: number;
  /** Conversions recorded. */
  accepted: number;
  /** Repeats of an already recorded `event_id` (answered with the same id, not recorded again). */
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
  | { type: 'rejected'; status: number; code: string; attempt: number }
  | { type: 'fault'; fault: Omit<MockFault, 'times'>; attempt: number };

/** A local stand-in for Whop's conversions API, as a Web handler. */
export interface MockApi {
  /** `(Request) => Response`: serve it with `startMockApi`, or from any runtime. */
  handler(request: Request): Promise<Response>;
  /** Recorded conversions, oldest first (copies). */
  events(): RecordedEvent[];
  /** Conversion attempts received since the last reset. */
  attempts(): number;
  stats(): MockStats;
  /** Replaces the fault queue; throws on a malformed fault. */
  setFaults(faults: MockFault[]): void;
  /** Forgets events, dedup ids, faults and counters; requests still waiting out a delay are dropped. */
  reset(): void;
  /** Calls `listener` for each accepted, duplicate, rejected and faulted attempt; returns the unsubscribe. */
  subscribe(listener: (activity: MockActivity) => void): () => void;
}

/** Options of {@link createMockApi}. */
export interface MockApiOptions {
  /** The only bearer token accepted. */
  apiKey: string;
}

const FAULT_KEYS = new Set(['status', 'retryAfter', 'delayMs', 'drop', 'times']);

function json(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function error(status: number, code: string, message: string, headers?: Record<string, string>): Response {
  const problem = { code, message, path: '' };
  return json(status, { error: problem, errors: [problem] }, headers);
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

function newId(): string {
  return `conv_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}

/**
 * A mock of Whop's `POST /api/v1/conversions` that behaves as the API page says: bearer token
 * (401), `application/json` (415), strict validation with `company_id` required (400), `200
 * {"id"}`, the same id again for a repeated `event_id`. Control endpoints for tests and demos:
 * `GET|DELETE /_mock/events`, `GET|POST|DELETE /_mock/faults`, `GET /_mock/stats`.
 * The token is compared, never stored in records nor returned.
 */
export function createMockApi(options: MockApiOptions): MockApi {
  if (typeof options?.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('createMockApi: options.apiKey must be a non-empty string');
  }
  const expected = `Bearer ${options.apiKey}`;
  let events: RecordedEvent[] = [];
  let ids = new Map<string, string>();
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
  const reject = (attempt: number, status: number, code: string, message: string) => {
    stats.rejected++;
    emit({ type: 'rejected', status, code, attempt });
    return error(status, code, message);
  };

  function takeFault(): MockFault | undefined {
    const head = faults[0];
    if (!head) return undefined;
    head.times--;
    if (head.times <= 0) faults.shift();
    const { times: _times, ...served } = head;
    return served;
  }

  async function conversion(request: Request): Promise<Response> {
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
        return error(fault.status, 'mock_fault', `injected fault: ${fault.status}`, headers);
      }
    }
    if (request.headers.get('authorization') !== expected) {
      return reject(attempt, 401, 'unauthorized', 'missing or invalid bearer token');
    }
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return reject(attempt, 415, 'unsupported_media_type', 'Content-Type must be application/json');
    }
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      return reject(attempt, 400, 'invalid_json', 'the body is not valid JSON');
    }
    const checked = validateConversion(body, { requireCompanyId: true });
    if (!checked.ok) {
      stats.rejected++;
      emit({ type: 'rejected', status: 400, code: checked.errors[0].code, attempt });
      return json(400, { error: checked.errors[0], errors: checked.errors });
    }
    const eventId = (body as ConversionBody).event_id;
    const known = eventId ? ids.get(eventId) : undefined;
    if (known && eventId) {
      stats.duplicates++;
      emit({ type: 'duplicate', id: known, event_id: eventId, attempt });
      return json(200, { id: known });
    }
    const event: RecordedEvent = {
      id: newId(),
      body: body as ConversionBody,
      received_at: new Date().toISOString(),
      idempotency_key: request.headers.get('idempotency-key'),
      user_agent_header: request.headers.get('user-agent'),
      attempt,
    };
    if (eventId) ids.set(eventId, event.id);
    events.push(event);
    stats.accepted++;
    emit({ type: 'accepted', event: structuredClone(event) });
    return json(200, { id: event.id });
  }

  const api: MockApi = {
    async handler(request) {
      const { pathname } = new URL(request.url);
      const route = `${request.method} ${pathname}`;
      if (pathname === CONVERSIONS_PATH) {
        return request.method === 'POST'
          ? conversion(request)
          : error(405, 'method_not_allowed', 'use POST', { allow: 'POST' });
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
            return error(
              400,
              'invalid_faults',
              e instanceof SyntaxError ? 'the body is not valid JSON' : String((e as Error).message),
            );
          }
          return json(200, { ok: true, faults: faults.length });
        default:
          return error(404, 'not_found', `no route ${route}`);
      }
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
