import { parseTrustProxy } from './client-address.js';
import type { ProxyOptions } from './types.js';

/** The environment variables {@link fromEnv} reads. Values that are not strings count as unset. */
export interface WhopEnv {
  /** Required. Whop API key; set it as a secret, never in code. */
  WHOP_API_KEY?: string;
  /** Required. The company conversions are recorded for, e.g. `biz_xxxxxxxxxxxxxx`. */
  WHOP_COMPANY_ID?: string;
  /** `conversions` (the default) or `events`: which of Whop's server APIs the proxy speaks. */
  WHOP_API?: string;
  /** Upstream endpoint; default Whop's production URL of `WHOP_API`. Point it at a mock API in tests. */
  WHOP_API_URL?: string;
  /** `1` to allow a plain-http `WHOP_API_URL` on another machine (a mock in another container); warned about at start. */
  WHOP_ALLOW_HTTP_UPSTREAM?: string;
  /** Comma-separated origins allowed to post cross-origin, or `*`. Default: same origin only. */
  WHOP_ALLOWED_ORIGINS?: string;
  /** `false`, a hop count, `cloudflare`, or a comma list of proxy addresses / CIDR ranges. */
  WHOP_TRUST_PROXY?: string;
  /** The header those proxies write: `x-forwarded-for` (the default), `forwarded` or `cf-connecting-ip`. */
  WHOP_TRUST_PROXY_HEADER?: string;
  /** Set to `1` by Vercel on every deployment; makes `WHOP_TRUST_PROXY` default to `1`. */
  VERCEL?: string;
  /** Optional secret for server-to-server callers (header `X-Whop-Pixel-Secret`); at least 16 characters. */
  WHOP_SHARED_SECRET?: string;
  /** `off`, or `<burst>/<perSecond>` events per client address, e.g. `120/20` (the default). */
  WHOP_RATE_LIMIT?: string;
  /** `off` (forward crawlers too), `on` (the default) or `block-headless` (also drop headless browsers). */
  WHOP_BOTS?: string;
}

/** `process.env`, a Worker's `env`, or a plain object. */
export type EnvSource = WhopEnv | { readonly [name: string]: string | undefined };

function read(env: EnvSource, name: keyof WhopEnv): string | undefined {
  const value = (env as WhopEnv)[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function required(env: EnvSource, name: keyof WhopEnv, hint: string): string {
  const value = read(env, name);
  if (value === undefined)
    throw new Error(`whop-pixel: the environment variable ${name} is not set (${hint})`);
  return value;
}

/**
 * Proxy options from environment variables (`process.env` in Next.js, the Worker `env` on
 * Cloudflare). Throws an Error naming the first missing required variable; never echoes values.
 *
 * Without `WHOP_TRUST_PROXY`, trust is `1` on Vercel (`VERCEL=1`) and `false` elsewhere: Vercel's
 * edge overwrites `X-Forwarded-For` with the address it saw, so its one value is the client;
 * `next start` on its own keeps whatever `X-Forwarded-For` a client sent, so there the header is
 * believed only when you say how many proxies in front append to it. `WHOP_TRUST_PROXY_HEADER`
 * names the header those proxies write, when it is not `X-Forwarded-For`.
 */
export function fromEnv(env: EnvSource): ProxyOptions {
  const origins = read(env, 'WHOP_ALLOWED_ORIGINS');
  const trust = read(env, 'WHOP_TRUST_PROXY') ?? (read(env, 'VERCEL') === '1' ? '1' : undefined);
  const api = read(env, 'WHOP_API')?.toLowerCase();
  if (api !== undefined && api !== 'conversions' && api !== 'events')
    throw new Error('whop-pixel: WHOP_API must be "conversions" or "events"');
  return {
    api: api as ProxyOptions['api'],
    apiKey: required(env, 'WHOP_API_KEY', 'your Whop API key, kept as a secret'),
    companyId: required(env, 'WHOP_COMPANY_ID', 'e.g. biz_xxxxxxxxxxxxxx'),
    apiUrl: read(env, 'WHOP_API_URL'),
    ...insecureUpstreamFromEnv(env),
    allowedOrigins: origins === '*' ? '*' : origins?.split(',').map((origin) => origin.trim()),
    trustProxy: parseTrustProxy(trust, read(env, 'WHOP_TRUST_PROXY_HEADER')),
    ...abuseOptionsFromEnv(env),
  };
}

function insecureUpstreamFromEnv(env: EnvSource): Pick<ProxyOptions, 'allowInsecureUpstream'> {
  const value = read(env, 'WHOP_ALLOW_HTTP_UPSTREAM')?.toLowerCase();
  if (value === undefined) return {};
  if (value === '1' || value === 'true') return { allowInsecureUpstream: true };
  if (value === '0' || value === 'false') return { allowInsecureUpstream: false };
  throw new Error('whop-pixel: WHOP_ALLOW_HTTP_UPSTREAM must be "1" or "0"');
}

/**
 * `sharedSecret`, `rateLimit` and `bots` from `WHOP_SHARED_SECRET`, `WHOP_RATE_LIMIT`
 * (`off` or `<burst>/<perSecond>`) and `WHOP_BOTS` (`off`, `on`, `block-headless`).
 * Throws an Error naming the variable on a value it cannot read.
 */
export function abuseOptionsFromEnv(
  env: EnvSource,
): Pick<ProxyOptions, 'sharedSecret' | 'rateLimit' | 'bots'> {
  const options: Pick<ProxyOptions, 'sharedSecret' | 'rateLimit' | 'bots'> = {};
  const secret = read(env, 'WHOP_SHARED_SECRET');
  if (secret) options.sharedSecret = secret;
  const limit = read(env, 'WHOP_RATE_LIMIT')?.toLowerCase();
  if (limit === 'off' || limit === 'false') options.rateLimit = false;
  else if (limit) {
    const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(limit);
    if (!match)
      throw new Error(`whop-pixel: WHOP_RATE_LIMIT must be "off" or "<burst>/<perSecond>" such as "120/20"`);
    options.rateLimit = { burst: Number(match[1]), perSecond: Number(match[2]) };
  }
  const bots = read(env, 'WHOP_BOTS')?.toLowerCase();
  if (bots === 'off' || bots === 'false') options.bots = false;
  else if (bots === 'block-headless') options.bots = { blockHeadless: true };
  else if (bots && bots !== 'on' && bots !== 'true') {
    throw new Error('whop-pixel: WHOP_BOTS must be "on", "off" or "block-headless"');
  }
  return options;
}
