import { Pool } from 'undici';
import type { UpstreamSend } from '../proxy/upstream.js';

/**
 * Upstream calls through undici's keep-alive `Pool`, one per origin, shared by every proxy of the
 * process: the Node adapter's way to Whop (`fetch` builds a `Request`, a `Response` and their Web
 * streams for every call; on Node that was most of a forwarded event's CPU time). Like the
 * proxy's `fetch` call it follows no redirect (a 3xx is answered, and the Bearer token goes
 * nowhere else), and the call's signal aborts it. Idle sockets do not keep the process alive.
 */
const pools = new Map<string, Pool>();

export const sendThroughPool: UpstreamSend = async (url, init) => {
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
