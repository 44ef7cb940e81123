import { coreOf, withCore } from './core-entry.js';
import { problem, toResponse } from './responses.js';
import type { ProxyHandler } from './types.js';

/**
 * `handler` served the way every server of this package with one endpoint serves it (the
 * Worker, `whop-pixel proxy`): `path` (matched exactly, any query string) and `/healthz` go to
 * `handler`, which answers the health check itself; any other path is `404 not_found`. It only
 * routes, so it keeps the core `handler` carries (see `core-entry.ts`).
 */
export function atPath(path: string, handler: ProxyHandler): ProxyHandler {
  const elsewhere = (url: string) => {
    const { pathname } = new URL(url);
    return pathname !== path && pathname !== '/healthz'
      ? problem(404, 'not_found', `no route; the conversions endpoint is ${path}`)
      : undefined;
  };
  const routed: ProxyHandler = async (request, conn) => {
    const notFound = elsewhere(request.url);
    return notFound ? toResponse(notFound) : handler(request, conn);
  };
  const core = coreOf(handler);
  if (!core) return routed;
  return withCore(routed, {
    handle: async (incoming, conn) => elsewhere(incoming.url) ?? core.handle(incoming, conn),
    sendUpstreamThrough: core.sendUpstreamThrough,
  });
}
