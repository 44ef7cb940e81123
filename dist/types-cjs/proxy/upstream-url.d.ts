/**
 * Whether a URL's `hostname` is this machine: `localhost` and `*.localhost` (RFC 6761), 127.0.0.0/8
 * and `[::1]`. `URL` has already turned other spellings (`0x7f.1`, `2130706433`) into dotted quads.
 */
export declare function isLoopbackHost(hostname: string): boolean;
/**
 * Refuses an upstream URL that would expose the API key: one holding credentials
 * (`user:password@`, printed wherever the URL is), and plain http to a host that is not loopback
 * (the Bearer token would cross the network unencrypted) unless `allowInsecure`. Returns whether
 * the URL is such an allowed insecure one, for a warning at start. Messages never echo the URL.
 */
export declare function checkUpstreamUrl(url: URL, allowInsecure: boolean): boolean;
