import { Pool } from 'undici';
import { timeoutError, type UpstreamSend } from '../proxy/upstream.js';

/** An upstream URL as the pool calls it: its pool (one per origin) and its path. */
interface Target {
  pool: Pool;
  origin: string;
  path: string;
}

/** One keep-alive pool per upstream origin, shared by every proxy of the process. */
const pools = new Map<string, Pool>();
/** Each upstream URL, parsed once: a proxy calls one or two. */
const targets = new Map<string, Target>();

function targetOf(url: string): Target {
  let target = targets.get(url);
  if (!target) {
    const { origin, pathname, search } = new URL(url);
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin);
      pools.set(origin, pool);
    }
    target = { pool, origin, path: `${pathname}${search}` };
    targets.set(url, target);
  }
  return target;
}

/** Where undici (npm's and Node's own, which `fetch` uses) keeps the process's HTTP dispatcher. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/** Node reads this once, at startup, to send `fetch` through the proxy variables; so do we. */
const USE_ENV_PROXY = Boolean(process.env.NODE_USE_ENV_PROXY);

/**
 * Whether the process sends HTTP its own way: a dispatcher other than the default `Agent` was
 * installed (an egress `ProxyAgent` or `EnvHttpProxyAgent`, a test's `MockAgent`), or Node is
 * told to use the proxy environment variables. Then calls go through `fetch`, which honours both.
 */
function ownWay(): boolean {
  const dispatcher = (globalThis as Record<symbol, { constructor?: { name?: string } } | undefined>)[
    GLOBAL_DISPATCHER
  ];
  return USE_ENV_PROXY || (dispatcher !== undefined && dispatcher.constructor?.name !== 'Agent');
}

// As `fetch`'s `text()` reads an answer: UTF-8, a byte order mark dropped (else Whop's id is lost).
const UTF8 = new TextDecoder();

/**
 * Upstream calls through undici's keep-alive `Pool`, at its lowest level (`dispatch`): the Node
 * adapter's way to Whop. `fetch` builds a `Request`, a `Response` and their Web streams for every
 * call, and `pool.request` a body stream and an abort listener; measured on the bench machine, a
 * call costs ~65 µs of CPU through `pool.request` and ~41 µs through `dispatch`. Like `fetch`
 * here it follows no redirect, and one timer bounds the whole call, answer read included. Idle
 * sockets do not keep the process alive. A process that routes HTTP its own way ({@link ownWay})
 * keeps it: its calls go through `fallback`, the proxy's own sender over `fetch`.
 */
export const poolSender =
  (fallback: UpstreamSend): UpstreamSend =>
  (url, call) => {
    if (ownWay()) return fallback(url, call);
    const { pool, origin, path } = targetOf(url);
    return new Promise((resolve, reject) => {
      let settled = false;
      let abort: ((reason: Error) => void) | undefined;
      let status = 0;
      let retryAfter: string | null = null;
      const chunks: Buffer[] = [];
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      };
      // A call still queued for a connection has nothing to abort yet: it is refused when it starts.
      const timer = setTimeout(() => {
        const error = timeoutError(call.timeoutMs);
        fail(error);
        abort?.(error);
      }, call.timeoutMs);
      pool.dispatch(
        { origin, path, method: 'POST', headers: call.headers, body: call.body },
        {
          onRequestStart(controller) {
            abort = (reason) => controller.abort(reason);
            if (settled) controller.abort(timeoutError(call.timeoutMs));
          },
          onResponseStart(_controller, statusCode, headers) {
            // Called again after a 1xx: the last one is the answer.
            status = statusCode;
            const value = headers['retry-after'];
            retryAfter = value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
          },
          onResponseData(_controller, chunk) {
            chunks.push(chunk);
          },
          onResponseEnd() {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            resolve({ status, text: UTF8.decode(Buffer.concat(chunks)), retryAfter });
          },
          onResponseError(_controller, error) {
            fail(error);
          },
        },
      );
    });
  };
