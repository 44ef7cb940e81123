/**
 * Whether a URL's `hostname` is this machine: `localhost` and `*.localhost` (RFC 6761), 127.0.0.0/8
 * and `[::1]`. `URL` has already turned other spellings (`0x7f.1`, `2130706433`) into dotted quads.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * Refuses an upstream URL that would expose the API key: one holding credentials
 * (`user:password@`, printed wherever the URL is), and plain http to a host that is not loopback
 * (the Bearer token would cross the network unencrypted) unless `allowInsecure`. Returns whether
 * the URL is such an allowed insecure one, for a warning at start. Messages never echo the URL.
 */
export function checkUpstreamUrl(url: URL, allowInsecure: boolean): boolean {
  if (url.username || url.password) {
    throw new TypeError(
      'createProxy: options.apiUrl must not hold credentials (user:password@); the key goes in options.apiKey, sent as a Bearer token',
    );
  }
  const insecure = url.protocol === 'http:' && !isLoopbackHost(url.hostname);
  if (insecure && !allowInsecure) {
    throw new TypeError(
      'createProxy: options.apiUrl is plain http to a host that is not loopback, so the API key would cross the network unencrypted; use https, or opt in with options.allowInsecureUpstream = true',
    );
  }
  return insecure;
}
