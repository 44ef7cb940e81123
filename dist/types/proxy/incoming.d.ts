/**
 * What the proxy's steps read of a request's headers: one by name, several values joined, null
 * when absent. `Headers` is one; the Node adapter's reads the socket's parsed headers as they are.
 */
export interface HeaderReader {
    get(name: string): string | null;
}
/** What the proxy's steps read of a request before its body: a `Request` is one. */
export interface RequestHead {
    readonly method: string;
    readonly url: string;
    readonly headers: HeaderReader;
}
/** A body read chunk by chunk: a Web stream's reader is one; the Node adapter's reads the socket. */
export interface BodyReader {
    read(): Promise<ReadableStreamReadResult<Uint8Array>>;
    cancel(): Promise<void>;
}
/**
 * A request as the core takes it: its head and a way to read its body (undefined: no body). The
 * public handler makes one of a `Request`; the Node adapter makes one of the socket's request
 * without building a `Request` or a Web stream (see `core-entry.ts`).
 */
export interface Incoming extends RequestHead {
    openBody(): BodyReader | undefined;
}
/** A Web `Request` as the core takes it: its body's reader is opened only when it is read. */
export declare function incomingOf(request: Request): Incoming;
