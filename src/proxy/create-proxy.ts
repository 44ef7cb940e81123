import { addressedUrl } from './addressed.js';
import { admission } from './admit.js';
import { type ConnInfo, clientAddressOf } from './client-address.js';
import { withCore } from './core-entry.js';
import { deliverer } from './deliver.js';
import { enrichBatch } from './enrich.js';
import { answerHealth } from './health.js';
import { anonymousIdCookie } from './identity-cookie.js';
import { type Incoming, incomingOf } from './incoming.js';
import type { LogEntry } from './logger.js';
import { resolveOptions } from './options.js';
import { clientLimiter } from './rate-limit.js';
import { readBody } from './read-body.js';
import { redactBody } from './redact.js';
import {
  type Answer,
  batchAnswer,
  errorResponse,
  isAnswer,
  problem,
  rateLimited,
  toResponse,
  upstreamBusy,
} from './responses.js';
import type { ProxyHandler, ProxyOptions } from './types.js';
import { describeUserAgent } from './user-agent.js';
import { validateInput } from './validate-input.js';

/**
 * Creates the first-party conversions endpoint: a Web-standard handler
 * `(request, conn?) => Promise<Response>` that validates what the browser posts, enriches it
 * with what only the server knows, and forwards it to Whop with the API key — which never
 * leaves the server. Mount it on the site's own domain (see `whop-pixel/node` for Node,
 * or export it from a Next.js route / Cloudflare Worker directly). A `GET` on a path ending in
 * `/healthz` is the health check: `200 {"ok":true}`, unlogged.
 *
 * Each request goes through named steps, each in the file that owns it: admit (admit.ts: method,
 * secret, origin, bots, content type) → read (read-body.ts) → validate (validate-input.ts) →
 * rate limit (rate-limit.ts) → enrich (enrich.ts) → deliver (deliver.ts) → respond
 * (responses.ts); each writes its fields of the request's one log line.
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  const config = resolveOptions(options);
  const admit = admission(config);
  const overLimit = clientLimiter(config.rateLimit);
  const deliver = deliverer(config);
  if (config.insecureUpstream) {
    config.logger.warn({
      msg: 'whop-pixel WARNING: the upstream is plain http on another machine, so the API key crosses the network unencrypted (allowInsecureUpstream is on)',
      upstream_host: new URL(config.apiUrl).host,
    });
  }

  async function handle(
    request: Incoming,
    clientAddress: string | undefined,
    log: LogEntry,
  ): Promise<Answer> {
    const admitted = await admit(request, log);
    if (isAnswer(admitted)) return admitted;
    const { trusted, cors, agent } = admitted;

    const body = await readBody(request, config.maxBodyBytes);
    if (!body.ok) return problem(body.status, body.code, body.message, cors);

    /** Takes `cost` tokens from the client's buckets; the 429 answer when it is over its limit. */
    const limited = async (cost: number) => {
      const waitMs = trusted ? undefined : await overLimit(clientAddress, cost, log);
      return waitMs === undefined ? undefined : rateLimited(waitMs, cors);
    };
    const checked = validateInput(body.text, config.api, trusted, log);
    // An invalid body costs one token: else a flood of them would cost the sender nothing.
    if (!checked.ok) return (await limited(1)) ?? errorResponse(400, checked.errors, cors);
    const over = await limited(checked.inputs.length);
    if (over) return over;

    const events = enrichBatch(
      checked.inputs,
      request,
      {
        api: config.api,
        companyId: config.companyId,
        clientAddress,
        trusted,
        callerFacts: checked.callerFacts,
      },
      log,
    );
    // A server caller may speak for a different browser in each event.
    const visitors = events.map((_, i) => {
      const userAgent = checked.callerFacts[i]?.userAgent;
      return userAgent ? describeUserAgent(userAgent) : agent;
    });
    const outcomes = await deliver(events, visitors, log);
    // Every call in flight ends within one attempt's timeout, giving back its slot.
    if (!outcomes) return upstreamBusy(config.timeoutMs, cors);

    const cookie = anonymousIdCookie(request, events[0].user?.anonymous_id);
    const headers = cookie ? { ...cors, 'Set-Cookie': cookie } : cors;
    return batchAnswer(
      events.map((event) => String(event.event_id)),
      outcomes,
      headers,
    );
  }

  async function answer(received: Incoming, conn?: ConnInfo): Promise<Answer> {
    // Every adapter passes `/healthz` through, so its answer is decided here, once. Probes come
    // every few seconds: they are not logged, which also keeps them out of the metrics.
    const health = answerHealth(received);
    if (health) return health;
    const started = Date.now();
    const log: LogEntry = { msg: 'whop-pixel request', method: received.method };
    let response: Answer;
    try {
      // What the proxies in front say is weighed here, once, whatever the adapter.
      const request = { ...received, url: addressedUrl(received, conn, config.trustProxy) };
      const clientAddress = clientAddressOf(request, conn, config.trustProxy);
      // The last line of defence: no answer carries either secret, whatever path built it.
      response = redactBody(await handle(request, clientAddress, log), config.redact);
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
  }

  return withCore(async (request, conn) => toResponse(await answer(incomingOf(request), conn)), {
    handle: answer,
    sendUpstreamThrough(faster) {
      if (!config.ownFetch) config.send = faster(config.send);
    },
  });
}
