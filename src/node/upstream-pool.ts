import { Pool } from 'undici';
import type { UpstreamSend } from '../proxy/upstream.js';

/** One keep-alive pool per upstream origin, shared by every proxy of the process. */
const pools = new Map<string, Pool>();

/** Where undici (npm's and Node's own, which `fetch` uses) keeps the process's HTTP dispatcher. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/**
 * Whether the process sends HTTP its own way: a dispatcher other than the default `Agent` was
 * installed (an egress `ProxyAgent` or `EnvHttpProxyAgent`, a test's `MockAgent`), or Node is
 * told to use the proxy environment variables. Then calls go through `fetch`, which honours both.
 */
function ownWay(): boolean {
  const dispatcher = (globalThis as Record<symbol, { constructor?: { name?: string } } | undefined>)[
    GLOBAL_DISPATCHER
  ];
  const installed = dispatcher !== undefined && dispatcher.constructor?.name !== 'Agent';
  return installed || Boolean(process.env.NODE_USE_ENV_PROXY);
}

/**
 * Upstream calls through undici's keep-alive `Pool`: the Node adapter's way to Whop (`fetch`
 * builds a `Request`, a `Response` and their Web streams for every call; on Node that was most of
 * a forwarded event's CPU time). Like the proxy's `fetch` call it follows no redirect (a 3xx is
 * answered, and the Bearer token goes nowhere else), and the call's signal aborts it. Idle
 * sockets do not keep the process alive. A process that routes HTTP its own way ({@link ownWay})
 * keeps it: its calls go through `fetch`.
 */
export const sendThroughPool: UpstreamSend = async (url, init) => {
  if (ownWay()) return fetch(url, init);
  const target = new URL(url);
  let pool = pools.get(target.origin);
  if (!pool) {
    pool = new Pool(target.origin);
    pools.set(target.origin, pool);
  }
  const { statusCode, headers, body } = await pool.request({
    path: `${target.pathname}${target.search}`,
    method: init.method,
    headers: init.headers,
    body: init.body,
    signal: init.signal,
  });
  return {
    status: statusCode,
    headers: {
      get(name) {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: () => body.text(),
  };
};
