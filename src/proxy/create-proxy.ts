import { BODY_FIELDS } from '../schema/fields.js';
import { validateBatch } from '../schema/validate.js';
import { isBot } from './bots.js';
import { normalizeAddress, resolveClientAddress } from './client-address.js';
import { corsHeaders, isOriginAllowed, preflightHeaders } from './cors.js';
import { enrich, type RequestFacts } from './enrich.js';
import { answerHealth } from './health.js';
import { anonymousIdCookie } from './identity-cookie.js';
import { loggedValue } from './logger.js';
import { mapLimit } from './map-limit.js';
import { resolveOptions } from './options.js';
import { callerFacts, checkEventIds } from './proxy-checks.js';
import { rateLimitBuckets, takeBuckets } from './rate-limit.js';
import { readBody } from './read-body.js';
import { redactBody } from './redact.js';
import { errorResponse, json, problem } from './responses.js';
import { SHARED_SECRET_HEADER, secretChecker } from './shared-secret.js';
import type { ConnInfo, LogEntry, ProxyHandler, ProxyOptions } from './types.js';
import { sendUpstream, type UpstreamResult } from './upstream.js';
import { upstreamSlots } from './upstream-slots.js';
import { describeUserAgent } from './user-agent.js';

/** Body fields that hold a page address, which a browser does not keep within the API's length. */
const PAGE_URL_FIELDS = ['url', 'referrer_url'] as const;

/** Events of one batch sent to Whop at the same time. */
const UPSTREAM_CONCURRENCY = 4;
const ACCEPTED_TYPES = new Set(['application/json', 'text/plain', '']);

/** Per-event answer in `results`. */
interface EventResult {
  event_id: string;
  status: number;
  id?: string;
}

// The client-facing status for a batch: any event still undelivered makes it retryable (5xx),
// else any event Whop refused makes it 422, else 200.
function batchStatus(results: UpstreamResult[]): number {
  const pending = results.find((r) => r.outcome === 'unavailable');
  if (pending)
    return pending.status === 504 ? 504 : pending.status === 503 || pending.status === 429 ? 503 : 502;
  return results.some((r) => r.outcome === 'rejected') ? 422 : 200;
}

/** The answer to a client over its rate limit: retry after the wait, in whole seconds. */
function rateLimited(retryAfterMs: number, cors: Record<string, string>): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return problem(429, 'rate_limited', `too many events from this address; retry in ${seconds} s`, {
    ...cors,
    'Retry-After': String(seconds),
  });
}

/**
 * Creates the first-party conversions endpoint: a Web-standard handler
 * `(request, conn?) => Promise<Response>` that validates what the browser posts, enriches it
 * with what only the server knows, and forwards it to Whop with the API key — which never
 * leaves the server. Mount it on the site's own domain (see `whop-pixel/node` for Node,
 * or export it from a Next.js route / Cloudflare Worker directly). A `GET` on a path ending in
 * `/healthz` is the health check: `200 {"ok":true}`, unlogged.
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  const config = resolveOptions(options);
  const upstream = { ...config };
  const checkSecret = secretChecker(config.sharedSecret);
  // Running totals since start, in each log line: cheap counters a log search can chart.
  const counts = { bots: 0, limited: 0 };
  let noAddressNoted = false;
  const slots = upstreamSlots(config.maxConcurrentUpstream);
  if (config.insecureUpstream) {
    config.logger.warn({
      msg: 'whop-pixel WARNING: the upstream is plain http on another machine, so the API key crosses the network unencrypted (allowInsecureUpstream is on)',
      upstream_host: new URL(config.apiUrl).host,
    });
  }

  /** Takes `cost` tokens for the client; undefined when allowed, else the wait in ms. */
  async function overLimit(clientAddress: string | undefined, cost: number, log: LogEntry) {
    const limit = config.rateLimit;
    if (!limit) return undefined;
    // An IPv6 client is charged against its /64 and its /48 together.
    const buckets = rateLimitBuckets(clientAddress, limit);
    if (buckets === undefined) {
      // Said once, in the first such request's line: sharing one bucket would throttle everyone.
      if (!noAddressNoted) log.rate_limit = 'off: client address unknown (set trustProxy)';
      noAddressNoted = true;
      return undefined;
    }
    try {
      // A batch larger than a bucket takes all of it, rather than waiting forever.
      const decision = await takeBuckets(limit.store, buckets, cost, Date.now());
      return decision.allowed ? undefined : decision.retryAfterMs;
    } catch (error) {
      log.rate_limit = `store error: ${(error as Error)?.name ?? 'unknown'}`;
      return undefined;
    }
  }

  async function handle(request: Request, conn: ConnInfo | undefined, log: LogEntry): Promise<Response> {
    const allowed = isOriginAllowed(request, config.allowedOrigins);
    if (request.method === 'OPTIONS') {
      return allowed
        ? new Response(null, { status: 204, headers: preflightHeaders(request) })
        : problem(403, 'origin_not_allowed', 'this origin may not post conversions here');
    }
    if (request.method !== 'POST') {
      return problem(405, 'method_not_allowed', 'use POST', { Allow: 'POST, OPTIONS' });
    }
    const secret = await checkSecret(request);
    if (secret === 'invalid') {
      log.auth = 'invalid';
      return problem(401, 'invalid_secret', `the ${SHARED_SECRET_HEADER} header is not this proxy's secret`);
    }
    const trusted = secret === 'valid';
    if (trusted) log.auth = 'secret';
    if (!allowed && !trusted) {
      log.origin = loggedValue(request.headers.get('origin'));
      return problem(403, 'origin_not_allowed', 'this origin may not post conversions here');
    }
    const cors = corsHeaders(request);
    const userAgent = request.headers.get('user-agent');
    const agent = describeUserAgent(userAgent);
    if (agent.line) log.ua = loggedValue(agent.line);
    if (agent.inApp) log.in_app = true;
    if (!trusted && config.bots && isBot(userAgent, agent.headless, config.bots)) {
      log.bot = true;
      log.bots = ++counts.bots;
      return json(202, { results: [], ignored: 'bot' }, cors);
    }
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!ACCEPTED_TYPES.has(type)) {
      return problem(415, 'unsupported_media_type', 'send application/json or text/plain', cors);
    }
    const body = await readBody(request, config.maxBodyBytes);
    if (!body.ok) return problem(body.status, body.code, body.message, cors);

    // Canonical form, and never a non-address an adapter might pass on.
    // An adapter that passes `conn` has decided, even when it found no address: falling back to
    // headers then would believe an X-Forwarded-For the adapter chose not to.
    const clientAddress = conn
      ? normalizeAddress(conn.clientAddress)
      : resolveClientAddress({ peer: undefined, headers: request.headers, trustProxy: config.trustProxy });
    /** Takes `cost` tokens from the client's bucket; the 429 answer when it is over its limit. */
    const limitedAnswer = async (cost: number) => {
      const waitMs = trusted ? undefined : await overLimit(clientAddress, cost, log);
      if (waitMs === undefined) return undefined;
      log.rate_limited = true;
      log.limited = ++counts.limited;
      return rateLimited(waitMs, cors);
    };
    // An invalid body costs one token: else a flood of them would cost the sender nothing.
    const invalid = async (answer: Response) => (await limitedAnswer(1)) ?? answer;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return invalid(
        problem(400, 'invalid_json', 'the body must be JSON: one conversion or an array of them', cors),
      );
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      if (!item || typeof item !== 'object') continue;
      // The company comes from the server's options; whatever a browser wrote there is ignored.
      for (const field of ['company_id', 'account_id']) if (Object.hasOwn(item, field)) delete item[field];
      // Tracking parameters alone can make a page's address longer than the API takes: it is
      // cut, not refused, so a long landing URL never costs a lead (the snippet sends it whole).
      for (const field of PAGE_URL_FIELDS)
        if (typeof item[field] === 'string') item[field] = item[field].slice(0, BODY_FIELDS[field].max);
    }
    const checked = validateBatch(parsed, { api: config.api, input: true });
    if (!checked.ok) {
      log.error_code = checked.errors[0].code;
      return invalid(errorResponse(400, checked.errors, cors));
    }
    const batch = Array.isArray(parsed);
    const own = trusted ? callerFacts(checked.value, batch) : { facts: [] };
    const refused = 'errors' in own ? own.errors : checkEventIds(checked.value, batch);
    if (refused.length) {
      log.error_code = refused[0].code;
      return invalid(errorResponse(400, refused, cors));
    }
    const limited = await limitedAnswer(checked.value.length);
    if (limited) return limited;
    // A trusted server caller's own address and agent are its backend's, not the visitor's: an
    // event it sends without them goes without them.
    const facts: RequestFacts = {
      api: config.api,
      companyId: config.companyId,
      clientAddress: trusted ? undefined : clientAddress,
      userAgent: trusted ? undefined : userAgent,
      cookieHeader: request.headers.get('cookie'),
      acceptLanguage: trusted ? undefined : request.headers.get('accept-language'),
      receivedAt: new Date().toISOString(),
      newEventId: () => crypto.randomUUID(),
    };
    const perEvent = 'facts' in own ? own.facts : [];
    const enriched = checked.value.map((input, i) => enrich(input, { ...facts, ...perEvent[i] }));
    const events = enriched.map((e) => e.body);
    // The browser cannot know which API the proxy speaks: what `/conversions` does not take goes.
    const dropped = enriched.reduce((sum, e) => sum + e.dropped, 0);
    if (dropped) log.dropped_fields = dropped;
    const taken = slots.take(Math.min(UPSTREAM_CONCURRENCY, events.length));
    if (!taken) {
      log.upstream_busy = true;
      // Every call in flight ends within one attempt's timeout, giving back its slot.
      const seconds = String(Math.max(1, Math.ceil(config.timeoutMs / 1000)));
      return problem(503, 'upstream_busy', 'too many conversions are on their way to Whop; retry later', {
        ...cors,
        'Retry-After': seconds,
      });
    }
    const started = Date.now();
    // One budget for the whole batch: past it, what is undelivered is answered as retryable.
    const deadline = started + config.maxRequestTimeMs;
    // A server caller may speak for a different browser in each event.
    const visitors = events.map((_, i) =>
      perEvent[i]?.userAgent ? describeUserAgent(perEvent[i].userAgent) : agent,
    );
    const outcomes = await mapLimit(events, taken, async (event) => {
      const sentAt = Date.now();
      const result = await sendUpstream(event, upstream, deadline);
      const visitor = visitors[events.indexOf(event)];
      try {
        config.onForward?.({
          body: event,
          outcome: result.outcome,
          status: result.status,
          id: result.id,
          attempts: result.attempts,
          ms: Date.now() - sentAt,
          ua: visitor.line,
          inApp: visitor.inApp,
        });
      } catch {
        // An observer must never break delivery.
      }
      return result;
    }).finally(() => slots.release(taken));
    log.events = events.length;
    log.upstream_ms = Date.now() - started;
    log.attempts = outcomes.reduce((sum, r) => sum + r.attempts, 0);
    log.accepted = outcomes.filter((r) => r.outcome === 'accepted').length;
    const failures = outcomes.filter((r) => r.outcome !== 'accepted');
    if (failures.length) log.upstream = [...new Set(failures.map((r) => r.reason))].slice(0, 3);

    const results: EventResult[] = outcomes.map((r, i) => {
      const result: EventResult = {
        event_id: String(events[i].event_id),
        status: r.outcome === 'accepted' ? 200 : r.status || 502,
      };
      if (r.id) result.id = r.id;
      return result;
    });
    const status = batchStatus(outcomes);
    const headers = new Headers(cors);
    const cookie = anonymousIdCookie(request, events[0].user?.anonymous_id);
    if (cookie) headers.append('Set-Cookie', cookie);
    if (status >= 500) {
      const waitMs = Math.max(...outcomes.map((r) => r.retryAfterMs ?? 0));
      headers.set('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
      return json(
        status,
        {
          error: {
            code: 'upstream_unavailable',
            message: 'Whop is not reachable now; retry later',
            path: '',
          },
          results,
        },
        headers,
      );
    }
    if (status === 422) {
      return json(
        status,
        { error: { code: 'upstream_rejected', message: 'Whop refused the conversion', path: '' }, results },
        headers,
      );
    }
    return json(200, { results }, headers);
  }

  return async (request, conn) => {
    // Every adapter passes `/healthz` through, so its answer is decided here, once. Probes come
    // every few seconds: they are not logged, which also keeps them out of the metrics.
    const health = answerHealth(request);
    if (health) return health;
    const started = Date.now();
    const log: LogEntry = { msg: 'whop-pixel request', method: request.method };
    let response: Response;
    try {
      // The last line of defence: no answer carries either secret, whatever path built it.
      response = await redactBody(await handle(request, conn, log), config.redact);
    } catch (error) {
      config.logger.error({ msg: 'whop-pixel internal error', error: (error as Error)?.name ?? 'unknown' });
      response = problem(500, 'internal', 'internal error');
    }
    config.logger[response.status >= 500 ? 'warn' : 'info']({
      ...log,
      status: response.status,
      ms: Date.now() - started,
    });
    return response;
  };
}
