import type { RequestHead } from './incoming.js';
import { type Answer, json, problem } from './responses.js';

/** Whether `pathname` is a health check's: `/healthz`, or `…/healthz` under a mount point. */
function isHealthPath(url: string): boolean {
  // Most requests are conversions: no URL is parsed for them.
  if (!url.includes('/healthz')) return false;
  const { pathname } = new URL(url);
  return pathname === '/healthz' || pathname.endsWith('/healthz');
}

/**
 * The answer to a health check, the same from every adapter: `GET` → `200 {"ok":true}` (with
 * `ok` false, `503 {"ok":false}`: the adapter could not build the proxy), `HEAD` → the same
 * without a body, never cached; another method → `405`. Undefined when `request` is not one.
 */
export function answerHealth(request: Pick<RequestHead, 'method' | 'url'>, ok = true): Answer | undefined {
  if (!isHealthPath(request.url)) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problem(405, 'method_not_allowed', 'use GET', { Allow: 'GET, HEAD' });
  }
  const response = json(ok ? 200 : 503, { ok });
  return request.method === 'HEAD' ? { ...response, text: null } : response;
}
