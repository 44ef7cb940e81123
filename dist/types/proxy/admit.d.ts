import { type BotOptions } from './bots.js';
import type { RequestHead } from './incoming.js';
import { type LogEntry } from './logger.js';
import { type Answer } from './responses.js';
import { type UserAgentInfo } from './user-agent.js';
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
export declare function admission(policy: AdmitPolicy): (request: RequestHead, log: LogEntry) => Promise<Admitted | Answer>;
