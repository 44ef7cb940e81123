import type { Incoming } from './incoming.js';
/** What reading a request body can end in. */
export type BodyResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    status: 413 | 400;
    code: string;
    message: string;
};
/**
 * The read step, the one reader of `maxBodyBytes` whatever the adapter: reads the body as UTF-8
 * text, refusing more than `maxBytes` without buffering the rest. A declared Content-Length over
 * the limit is refused before reading, and a stream that grows past it is cancelled (either way
 * the body is cancelled, which tells an adapter to close the connection rather than read on).
 * Invalid UTF-8 is refused rather than silently replaced, and so is a body that breaks off (its
 * client gone, or cut off by a server timeout).
 */
export declare function readBody(request: Pick<Incoming, 'headers' | 'openBody'>, maxBytes: number): Promise<BodyResult>;
