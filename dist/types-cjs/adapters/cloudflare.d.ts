import { type WhopEnv } from '../proxy/from-env.js';
import type { ProxyOptions } from '../proxy/types.js';
export type { WhopEnv } from '../proxy/from-env.js';
/** Options of {@link createWorker}; proxy options given here win over the environment. */
export interface WorkerOptions extends Partial<ProxyOptions> {
    /** The path the proxy answers on; every other path but `/healthz` is 404. Default `/whop`. */
    path?: string;
}
/** A module Worker: `export default createWorker()`. */
export interface WhopWorker {
    fetch(request: Request, env: WhopEnv, ctx?: unknown): Promise<Response>;
}
/**
 * A module Worker serving the proxy at `options.path` and `GET /healthz` (200, or 503 when a
 * required variable is missing), `404` elsewhere, as `whop-pixel proxy` does (see `atPath`).
 * Configuration comes from the Worker's `env`: secrets `WHOP_API_KEY` and `WHOP_COMPANY_ID`, vars
 * `WHOP_API_URL` and `WHOP_ALLOWED_ORIGINS`. The client address is `CF-Connecting-IP`, which
 * Cloudflare's edge sets and a client cannot forge (`trustProxy: 'cloudflare'`;
 * `WHOP_TRUST_PROXY*` are not read): a Worker has no socket peer, the request comes from the edge
 * itself. The proxy is built once per isolate (per `env` object), on its first request, not per
 * request; a missing variable is logged once and answered `500` without details (see `lazyProxy`).
 */
export declare function createWorker(options?: WorkerOptions): WhopWorker;
