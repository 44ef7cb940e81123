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
 * Reads the body as UTF-8 text, refusing more than `maxBytes` without buffering the rest:
 * a declared Content-Length over the limit is refused before reading, and a stream that
 * grows past it is cancelled. Invalid UTF-8 is refused rather than silently replaced.
 */
export declare function readBody(request: Request, maxBytes: number): Promise<BodyResult>;
