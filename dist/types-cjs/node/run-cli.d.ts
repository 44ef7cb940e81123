/** Where SIGTERM/SIGINT come from; `process` in the real CLI, an EventEmitter in tests. */
export interface SignalSource {
    once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
    off(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
}
/** The CLI's outside world, injectable so tests run it in-process. */
export interface CliIo {
    /** One line of normal output (no trailing newline). */
    stdout(line: string): void;
    /** One line of diagnostics. */
    stderr(line: string): void;
    /** Default: `process`. */
    signals?: SignalSource;
}
type Env = Record<string, string | undefined>;
export declare const USAGE = "Usage: whop-pixel <command>\n\nCommands:\n  proxy      Run the first-party conversions proxy (forwards to Whop with your API key).\n  mock-api   Run a local mock of Whop's POST /api/v1/conversions, for development and tests.\n\nwhop-pixel proxy, configured by environment:\n  WHOP_API_KEY          required  Whop API key; sent only upstream, never printed\n  WHOP_COMPANY_ID       required  company every conversion is recorded for (biz_...)\n  WHOP_API_URL                    upstream endpoint (default https://api.whop.com/api/v1/conversions)\n  WHOP_ALLOWED_ORIGINS            comma list of origins allowed to post, or * (default: same origin only)\n  WHOP_TRUST_PROXY                proxies in front: a hop count, cloudflare, or a comma list of\n                                  addresses/CIDRs/loopback/private (default: none)\n  WHOP_PROXY_PATH                 endpoint path (default /whop)\n  WHOP_RATE_LIMIT                 off, or <burst>/<perSecond> events per client address (default 120/20)\n  WHOP_BOTS                       on (default: crawlers answered 202, not forwarded), off, block-headless\n  WHOP_SHARED_SECRET              secret for server-to-server callers (header X-Whop-Pixel-Secret)\n  PORT, HOST                      where to listen (default 8787 on 0.0.0.0)\n\nwhop-pixel mock-api, configured by environment:\n  WHOP_API_KEY                    token the mock accepts (default test_key, for local use only)\n  PORT, HOST                      where to listen (default 8788 on 127.0.0.1)\n  Control: GET|DELETE /_mock/events, GET|POST|DELETE /_mock/faults, GET /_mock/stats\n\nStop either with SIGTERM or Ctrl-C: in-flight requests are finished first.";
/**
 * The `whop-pixel` command as a function: parses `argv` (without `node` and the script), reads
 * configuration from `env`, writes through `io`, and resolves with the exit code — 0 after a
 * graceful stop, 2 for usage or configuration errors, 1 when the server cannot start.
 */
export declare function runCli(argv: string[], env?: Env, io?: CliIo): Promise<number>;
export {};
