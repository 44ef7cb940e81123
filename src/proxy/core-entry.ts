import type { ConnInfo } from './client-address.js';
import type { Incoming } from './incoming.js';
import type { Answer } from './responses.js';
import type { ProxyHandler } from './types.js';
import type { UpstreamSend } from './upstream.js';

/**
 * The proxy's own way in, for an adapter that can skip the Web objects a `ProxyHandler` takes: the
 * Node adapter hands the socket's request over as an {@link Incoming} (no `Request`, no Web
 * stream) and sends upstream through a keep-alive pool instead of `fetch`. Both decide nothing:
 * the steps and their policy are the same as through the handler.
 */
export interface ProxyCore {
  handle(incoming: Incoming, conn?: ConnInfo): Promise<Answer>;
  /**
   * Sends upstream through `faster(fetchSend)` from now on, unless the options named their own
   * `fetch`; `fetchSend`, the proxy's sender over `fetch`, is what `faster` falls back on.
   */
  sendUpstreamThrough(faster: (fetchSend: UpstreamSend) => UpstreamSend): void;
}

// Registered, so that a handler made by one copy of the package (ESM) is known to another (CJS).
// Numbered: a copy that speaks another version of this interface does not take it for its own.
const CORE = Symbol.for('whop-pixel.core.2');

/** `handler`, carrying `core` for the adapters that use it. */
export function withCore(handler: ProxyHandler, core: ProxyCore): ProxyHandler {
  Object.defineProperty(handler, CORE, { value: core });
  return handler;
}

/** The core a handler carries: one `createProxy` made (or a wrapper that only routes); else undefined. */
export function coreOf(handler: ProxyHandler): ProxyCore | undefined {
  return (handler as ProxyHandler & { [CORE]?: ProxyCore })[CORE];
}
