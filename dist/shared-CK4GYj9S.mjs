import { c as createProxy, t as toResponse, a as answerHealth, b as problem } from './shared-cNLbOj8P.mjs';

/**
 * A proxy built from `options()` on its first request rather than now, for a platform that loads
 * the code before its configuration is there (`next build` loads route modules; a Worker gets its
 * `env` with each request). A build that throws is remembered, its message written once with
 * `console.error`, and answered from then on without details (visitors need not learn which
 * variable is missing): `503 {"ok":false}` to the health check, `500 misconfigured` to the rest.
 */
function lazyProxy(options) {
    let proxy;
    return async (request, conn) => {
        if (!proxy) {
            try {
                proxy = createProxy(options());
            }
            catch (error) {
                proxy = error;
                console.error(proxy.message);
            }
        }
        if (proxy instanceof Error)
            return toResponse(answerHealth(request, false) ?? problem(500, 'misconfigured', 'the proxy is not configured'));
        return proxy(request, conn);
    };
}

export { lazyProxy as l };
