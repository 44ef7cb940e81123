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
export type EnvSource = WhopEnv | {
    readonly [name: string]: string | undefined;
};
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
export declare function fromEnv(env: EnvSource): ProxyOptions;
/**
 * `sharedSecret`, `rateLimit` and `bots` from `WHOP_SHARED_SECRET`, `WHOP_RATE_LIMIT`
 * (`off` or `<burst>/<perSecond>`) and `WHOP_BOTS` (`off`, `on`, `block-headless`).
 * Throws an Error naming the variable on a value it cannot read.
 */
export declare function abuseOptionsFromEnv(env: EnvSource): Pick<ProxyOptions, 'sharedSecret' | 'rateLimit' | 'bots'>;
