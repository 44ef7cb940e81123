import { b as problem } from './shared-BJMSSqgl.mjs';

/**
 * `handler` served the way every server of this package with one endpoint serves it (the
 * Worker, `whop-pixel proxy`): `path` (matched exactly, any query string) and `/healthz` go to
 * `handler`, which answers the health check itself; any other path is `404 not_found`.
 */
function atPath(path, handler) {
    return async (request, conn) => {
        const { pathname } = new URL(request.url);
        if (pathname !== path && pathname !== '/healthz')
            return problem(404, 'not_found', `no route; the conversions endpoint is ${path}`);
        return handler(request, conn);
    };
}

export { atPath as a };
