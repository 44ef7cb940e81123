'use strict';

var createProxy = require('./shared-DMQgmUmU.cjs');
var proxy = require('./proxy.cjs');

/**
 * `whop-pixel/next`: the proxy as a Next.js App Router route. Runtime-neutral (it runs on the
 * Node.js and the Edge runtime alike), because a route handler already is `(Request) => Response`.
 *
 * ```ts
 * // app/whop/route.ts
 * import { createRouteHandlers, fromEnv } from 'whop-pixel/next';
 * export const { POST, OPTIONS } = createRouteHandlers(() => fromEnv(process.env));
 * // app/healthz/route.ts (optional): GET /healthz → {"ok":true}, as behind every adapter
 * export const { GET, HEAD } = createRouteHandlers(() => fromEnv(process.env));
 * ```
 */
const HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;
function firstValue(header) {
    return (header ?? '').split(',')[0].trim();
}
/**
 * The request as the browser addressed it. A self-hosted `next start` names every request
 * `http://localhost:<port>/…` whatever the site's domain, which would make the same-origin check,
 * the cookie's `Secure` flag and `?cd=` domain matching all wrong; Next.js (or the proxy in
 * front) records the real host and scheme in `X-Forwarded-Host` / `X-Forwarded-Proto`. Believing
 * them costs nothing: a browser cannot set them on a cross-origin post, and other clients can
 * forge `Origin` itself.
 */
function asAddressed(request) {
    const host = [firstValue(request.headers.get('x-forwarded-host')), request.headers.get('host') ?? ''].find((h) => HOST.test(h));
    const proto = firstValue(request.headers.get('x-forwarded-proto')).toLowerCase();
    const url = new URL(request.url);
    if (proto === 'http' || proto === 'https')
        url.protocol = proto;
    if (host) {
        url.port = ''; // a host without a port means the scheme's default, not the old port
        url.host = host;
    }
    if (url.href === request.url)
        return request;
    const init = { method: request.method, headers: request.headers, body: request.body, duplex: 'half' };
    return new Request(url, init);
}
/**
 * The App Router handlers for the first-party endpoint, in `app/whop/route.ts`:
 * `export const { POST, OPTIONS } = createRouteHandlers(() => fromEnv(process.env))`.
 *
 * Options as an object are checked here, when the module loads. As a function they are read on
 * the first request instead: `next build` loads route modules, and a build without the secrets
 * (CI, a Docker image configured at run time) must not fail. A bad configuration then answers
 * 500 and logs why, once.
 *
 * Route handlers get no socket address, so the client address comes from headers as
 * `trustProxy` allows (default `false`: none is sent upstream). On Vercel use `trustProxy: 1`
 * (what {@link fromEnv} picks there); behind your own reverse proxy that appends to
 * `X-Forwarded-For`, the number of such proxies (one that writes `Forwarded`: `{ proxies: 1,
 * header: 'forwarded' }`, `WHOP_TRUST_PROXY_HEADER=forwarded`). Without a socket the route cannot
 * check who wrote the header, so `next start` must be reachable only through that proxy.
 *
 * `GET` and `HEAD` are for a health route (`app/healthz/route.ts`): the proxy answers a path
 * ending in `/healthz` with `{"ok":true}` (`503 {"ok":false}` when misconfigured), any other
 * `GET` with `405`.
 */
function createRouteHandlers(options) {
    let proxy = typeof options === 'function' ? undefined : createProxy.createProxy(options);
    const route = async (request) => {
        if (!proxy) {
            try {
                proxy = createProxy.createProxy(options());
            }
            catch (error) {
                proxy = error;
                console.error(proxy.message);
            }
        }
        // The reason is in the server log; visitors need not learn which variable is missing.
        if (proxy instanceof Error)
            return createProxy.answerHealth(request, false) ?? createProxy.problem(500, 'misconfigured', 'the proxy is not configured');
        // Next passes a second (context) argument; the proxy's second parameter means something else.
        return proxy(asAddressed(request));
    };
    return { POST: route, OPTIONS: route, GET: route, HEAD: route };
}

exports.fromEnv = proxy.fromEnv;
exports.createRouteHandlers = createRouteHandlers;
