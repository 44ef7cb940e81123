import { d as coreOf, w as withCore, t as toResponse, b as problem } from './shared-cNLbOj8P.mjs';

/**
 * `handler` served the way every server of this package with one endpoint serves it (the
 * Worker, `whop-pixel proxy`): `path` (matched exactly, any query string) and `/healthz` go to
 * `handler`, which answers the health check itself; any other path is `404 not_found`. It only
 * routes, so it keeps the core `handler` carries (see `core-entry.ts`).
 */
function atPath(path, handler) {
    const elsewhere = (url) => {
        const { pathname } = new URL(url);
        return pathname !== path && pathname !== '/healthz'
            ? problem(404, 'not_found', `no route; the conversions endpoint is ${path}`)
            : undefined;
    };
    const routed = async (request, conn) => {
        const notFound = elsewhere(request.url);
        return notFound ? toResponse(notFound) : handler(request, conn);
    };
    const core = coreOf(handler);
    if (!core)
        return routed;
    return withCore(routed, {
        handle: async (incoming, conn) => elsewhere(incoming.url) ?? core.handle(incoming, conn),
        sendUpstreamThrough: core.sendUpstreamThrough,
    });
}

export { atPath as a };
