import { type UpstreamSend } from '../proxy/upstream.js';
/**
 * Upstream calls through undici's keep-alive `Pool`, at its lowest level (`dispatch`): the Node
 * adapter's way to Whop. `fetch` builds a `Request`, a `Response` and their Web streams for every
 * call, and `pool.request` a body stream and an abort listener; measured on the bench machine, a
 * call costs ~65 µs of CPU through `pool.request` and ~41 µs through `dispatch`. Like `fetch`
 * here it follows no redirect, and one timer bounds the whole call, answer read included. Idle
 * sockets do not keep the process alive. A process that routes HTTP its own way ({@link ownWay})
 * keeps it: its calls go through `fallback`, the proxy's own sender over `fetch`.
 */
export declare const poolSender: (fallback: UpstreamSend) => UpstreamSend;
