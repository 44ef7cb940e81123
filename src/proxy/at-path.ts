import { problem } from './responses.js';
import type { ProxyHandler } from './types.js';

/**
 * `handler` served the way every server of this package with one endpoint serves it (the
 * Worker, `whop-pixel proxy`): `path` (matched exactly, any query string) and `/healthz` go to
 * `handler`, which answers the health check itself; any other path is `404 not_found`.
 */
export function atPath(path: string, handler: ProxyHandler): ProxyHandler {
  return async (request, conn) => {
    const { pathname } = new URL(request.url);
    if (pathname !== path && pathname !== '/healthz')
      return problem(404, 'not_found', `no route; the conversions endpoint is ${path}`);
    return handler(request, conn);
  };
}
