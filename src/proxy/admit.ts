import { type BotOptions, isBot } from './bots.js';
import { corsHeaders, isOriginAllowed, preflightHeaders } from './cors.js';
import type { RequestHead } from './incoming.js';
import { type LogEntry, loggedValue } from './logger.js';
import { type Answer, json, problem } from './responses.js';
import { SHARED_SECRET_HEADER, secretChecker } from './shared-secret.js';
import { describeUserAgent, type UserAgentInfo } from './user-agent.js';

/** Content types a conversion may come in: the snippet's beacons send `text/plain`. */
const ACCEPTED_TYPES = new Set(['application/json', 'text/plain', '']);

/** What the admit step lets through, and what it learnt on the way. */
export interface Admitted {
  /** A server caller with the shared secret: no origin check, rate limit nor bot filter. */
  trusted: boolean;
  /** The CORS headers every answer to this request carries. */
  cors: Record<string, string>;
  /** The `User-Agent` header, and what it says. */
  userAgent: string | null;
  agent: UserAgentInfo;
}

/** What admitting a request depends on, from the proxy's options. */
export interface AdmitPolicy {
  allowedOrigins?: string[] | '*';
  sharedSecret?: string;
  bots: false | BotOptions;
}

/**
 * The admit step: a function that decides whether a request may post conversions at all, before
 * its body is read. In order: an `OPTIONS` preflight is answered (`204`, or `403` for an origin
 * not allowed); any method but `POST` is `405`; a wrong shared secret `401`; an origin not
 * allowed `403` (unless the secret is right); a known bot `202 {"results":[],"ignored":"bot"}`
 * (unless the secret is right); a content type other than JSON or text `415`. Each such answer
 * is returned; an admitted request gets {@link Admitted}. Writes the log fields `auth`, `origin`,
 * `ua`, `in_app`, `bot` and `bots` (the running count of bots since start).
 */
export function admission(policy: AdmitPolicy) {
  const checkSecret = secretChecker(policy.sharedSecret);
  let bots = 0;
  return async (request: RequestHead, log: LogEntry): Promise<Admitted | Answer> => {
    const allowed = isOriginAllowed(request, policy.allowedOrigins);
    if (request.method === 'OPTIONS') {
      return allowed
        ? { status: 204, headers: preflightHeaders(request), text: null }
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
    if (!trusted && policy.bots && isBot(userAgent, agent.headless, policy.bots)) {
      log.bot = true;
      log.bots = ++bots;
      return json(202, { results: [], ignored: 'bot' }, cors);
    }
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!ACCEPTED_TYPES.has(type)) {
      return problem(415, 'unsupported_media_type', 'send application/json or text/plain', cors);
    }
    return { trusted, cors, userAgent, agent };
  };
}
