import type { ProxyHandler, ProxyOptions } from './types.js';
/**
 * Creates the first-party conversions endpoint: a Web-standard handler
 * `(request, conn?) => Promise<Response>` that validates what the browser posts, enriches it
 * with what only the server knows, and forwards it to Whop with the API key — which never
 * leaves the server. Mount it on the site's own domain (see `whop-pixel/node` for Node,
 * or export it from a Next.js route / Cloudflare Worker directly). A `GET` on a path ending in
 * `/healthz` is the health check: `200 {"ok":true}`, unlogged.
 *
 * Each request goes through named steps, each in the file that owns it: admit (admit.ts: method,
 * secret, origin, bots, content type) → read (read-body.ts) → validate (validate-input.ts) →
 * rate limit (rate-limit.ts) → enrich (enrich.ts) → deliver (deliver.ts) → respond
 * (responses.ts); each writes its fields of the request's one log line.
 */
export declare function createProxy(options: ProxyOptions): ProxyHandler;
