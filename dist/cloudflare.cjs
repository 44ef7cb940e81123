'use strict';

var createProxy = require('./shared-DMQgmUmU.cjs');
var proxy = require('./proxy.cjs');

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
 * required variable is missing). Configuration comes from the Worker's `env`: secrets
 * `WHOP_API_KEY` and `WHOP_COMPANY_ID`, vars `WHOP_API_URL` and `WHOP_ALLOWED_ORIGINS`.
 * The client address is `CF-Connecting-IP`, which Cloudflare's edge sets and a client cannot
 * forge (`trustProxy: 'cloudflare'`; `WHOP_TRUST_PROXY*` are not read): a Worker has no socket
 * peer, the request comes from the edge itself. The proxy is built once per isolate (per `env`
 * object), not per request.
 */
function createWorker(options = {}) {
    const { path = '/whop', ...overrides } = options;
    const proxies = new WeakMap();
    function proxyFor(env) {
        let proxy$1 = proxies.get(env);
        if (!proxy$1) {
            try {
                const ignored = {
                    WHOP_TRUST_PROXY: undefined,
                    WHOP_TRUST_PROXY_HEADER: undefined,
                    VERCEL: undefined,
                };
                const fromVars = proxy.fromEnv({ ...env, ...ignored });
                proxy$1 = createProxy.createProxy({ ...fromVars, trustProxy: 'cloudflare', ...overrides });
            }
            catch (error) {
                proxy$1 = error;
                console.error(proxy$1.message);
            }
            proxies.set(env, proxy$1);
        }
        return proxy$1;
    }
    return {
        async fetch(request, env) {
            const { pathname } = new URL(request.url);
            // The proxy answers `/healthz` itself, as behind every other adapter.
            if (pathname !== path && pathname !== '/healthz')
                return createProxy.problem(404, 'not_found', `the conversions endpoint is ${path}`);
            const proxy = proxyFor(env);
            // The reason is in the Worker's log; visitors need not learn which variable is missing.
            if (proxy instanceof Error)
                return createProxy.answerHealth(request, false) ?? createProxy.problem(500, 'misconfigured', 'the proxy is not configured');
            return proxy(request);
        },
    };
}

exports.createWorker = createWorker;
