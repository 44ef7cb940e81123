import type { ProxyOptions } from '../proxy/types.js';
export { type EnvSource, fromEnv, type WhopEnv } from '../proxy/from-env.js';
/** A route handler as Next.js calls it; the context argument is not needed. */
export type RouteHandler = (request: Request) => Promise<Response>;
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
export declare function createRouteHandlers(options: ProxyOptions | (() => ProxyOptions)): {
    POST: RouteHandler;
    OPTIONS: RouteHandler;
    GET: RouteHandler;
    HEAD: RouteHandler;
};
