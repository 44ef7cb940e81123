import { p as parseTrustProxy } from './shared-cNLbOj8P.mjs';
export { m as ANONYMOUS_ID_COOKIE, S as SHARED_SECRET_HEADER, c as createProxy, n as memoryRateLimitStore } from './shared-cNLbOj8P.mjs';

function read(env, name) {
    const value = env[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function required(env, name, hint) {
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
function fromEnv(env) {
    const origins = read(env, 'WHOP_ALLOWED_ORIGINS');
    const trust = read(env, 'WHOP_TRUST_PROXY') ?? (read(env, 'VERCEL') === '1' ? '1' : undefined);
    const api = read(env, 'WHOP_API')?.toLowerCase();
    if (api !== undefined && api !== 'conversions' && api !== 'events')
        throw new Error('whop-pixel: WHOP_API must be "conversions" or "events"');
    return {
        api: api,
        apiKey: required(env, 'WHOP_API_KEY', 'your Whop API key, kept as a secret'),
        companyId: required(env, 'WHOP_COMPANY_ID', 'e.g. biz_xxxxxxxxxxxxxx'),
        apiUrl: read(env, 'WHOP_API_URL'),
        ...insecureUpstreamFromEnv(env),
        allowedOrigins: origins === '*' ? '*' : origins?.split(',').map((origin) => origin.trim()),
        trustProxy: parseTrustProxy(trust, read(env, 'WHOP_TRUST_PROXY_HEADER')),
        ...abuseOptionsFromEnv(env),
    };
}
function insecureUpstreamFromEnv(env) {
    const value = read(env, 'WHOP_ALLOW_HTTP_UPSTREAM')?.toLowerCase();
    if (value === undefined)
        return {};
    if (value === '1' || value === 'true')
        return { allowInsecureUpstream: true };
    if (value === '0' || value === 'false')
        return { allowInsecureUpstream: false };
    throw new Error('whop-pixel: WHOP_ALLOW_HTTP_UPSTREAM must be "1" or "0"');
}
/**
 * `sharedSecret`, `rateLimit` and `bots` from `WHOP_SHARED_SECRET`, `WHOP_RATE_LIMIT`
 * (`off` or `<burst>/<perSecond>`) and `WHOP_BOTS` (`off`, `on`, `block-headless`).
 * Throws an Error naming the variable on a value it cannot read.
 */
function abuseOptionsFromEnv(env) {
    const options = {};
    const secret = read(env, 'WHOP_SHARED_SECRET');
    if (secret)
        options.sharedSecret = secret;
    const limit = read(env, 'WHOP_RATE_LIMIT')?.toLowerCase();
    if (limit === 'off' || limit === 'false')
        options.rateLimit = false;
    else if (limit) {
        const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(limit);
        if (!match)
            throw new Error(`whop-pixel: WHOP_RATE_LIMIT must be "off" or "<burst>/<perSecond>" such as "120/20"`);
        options.rateLimit = { burst: Number(match[1]), perSecond: Number(match[2]) };
    }
    const bots = read(env, 'WHOP_BOTS')?.toLowerCase();
    if (bots === 'off' || bots === 'false')
        options.bots = false;
    else if (bots === 'block-headless')
        options.bots = { blockHeadless: true };
    else if (bots && bots !== 'on' && bots !== 'true') {
        throw new Error('whop-pixel: WHOP_BOTS must be "on", "off" or "block-headless"');
    }
    return options;
}

export { fromEnv };
