import type { UpstreamSend } from '../proxy/upstream.js';
/**
 * Upstream calls through undici's keep-alive `Pool`: the Node adapter's way to Whop (`fetch`
 * builds a `Request`, a `Response` and their Web streams for every call; on Node that was most of
 * a forwarded event's CPU time). Like the proxy's `fetch` call it follows no redirect (a 3xx is
 * answered, and the Bearer token goes nowhere else), and the call's signal aborts it. Idle
 * sockets do not keep the process alive. A process that routes HTTP its own way ({@link ownWay})
 * keeps it: its calls go through `fetch`.
 */
export declare const sendThroughPool: UpstreamSend;
