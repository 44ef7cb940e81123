import type { UpstreamSend } from '../proxy/upstream.js';
export declare const sendThroughPool: UpstreamSend;
