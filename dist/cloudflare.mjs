import { a as atPath } from './shared-BpN8ND1L.mjs';
import { fromEnv } from './proxy.mjs';
import { l as lazyProxy } from './shared-CK4GYj9S.mjs';
import './shared-cNLbOj8P.mjs';

/**
 * `whop-pixel/cloudflare`: the proxy as a Cloudflare module Worker.
 *
 * ```ts
 * // src/worker.ts
 * import { createWorker } from 'whop-pixel/cloudflare';
 * export default createWorker();
 * ```
 */
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
function createWorker(options = {}) {
    const { path = '/whop', ...overrides } = options;
    // WHOP_TRUST_PROXY* and VERCEL are not read: the address is Cloudflare's to say.
    const ignored = { WHOP_TRUST_PROXY: undefined, WHOP_TRUST_PROXY_HEADER: undefined, VERCEL: undefined };
    const proxies = new WeakMap();
    const proxyFor = (env) => {
        let proxy = proxies.get(env);
        if (!proxy) {
            proxy = atPath(path, lazyProxy(() => ({ ...fromEnv({ ...env, ...ignored }), trustProxy: 'cloudflare', ...overrides })));
            proxies.set(env, proxy);
        }
        return proxy;
    };
    return { fetch: (request, env) => proxyFor(env)(request) };
}

export { createWorker };
