import { c as createProxy } from './shared-cNLbOj8P.mjs';
import { l as lazyProxy } from './shared-CK4GYj9S.mjs';
export { fromEnv } from './proxy.mjs';

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
/**
 * The App Router handlers for the first-party endpoint, in `app/whop/route.ts`:
 * `export const { POST, OPTIONS } = createRouteHandlers(() => fromEnv(process.env))`.
 *
 * Options as an object are checked here, when the module loads. As a function they are read on
 * the first request instead: `next build` loads route modules, and a build without the secrets
 * (CI, a Docker image configured at run time) must not fail. A bad configuration then answers
 * 500 and logs why, once.
 *
 * The request is seen as the browser addressed it: a self-hosted `next start` names every request
 * `http://localhost:<port>/…` whatever the site's domain, and Next.js (or the proxy in front)
 * records the real host and scheme in `X-Forwarded-Host` / `-Proto`, which the proxy believes on
 * every runtime without a socket (see `asAddressed`).
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
    const proxy = typeof options === 'function' ? lazyProxy(options) : createProxy(options);
    // Next passes a second (context) argument; the proxy's second parameter means something else.
    const route = (request) => proxy(request);
    return { POST: route, OPTIONS: route, GET: route, HEAD: route };
}

export { createRouteHandlers };
