import type { RequestHead } from './incoming.js';
import { type Answer } from './responses.js';
/**
 * The answer to a health check, the same from every adapter: `GET` → `200 {"ok":true}` (with
 * `ok` false, `503 {"ok":false}`: the adapter could not build the proxy), `HEAD` → the same
 * without a body, never cached; another method → `405`. Undefined when `request` is not one.
 */
export declare function answerHealth(request: Pick<RequestHead, 'method' | 'url'>, ok?: boolean): Answer | undefined;
