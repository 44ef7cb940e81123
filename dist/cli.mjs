#!/usr/bin/env node
import { fromEnv } from './proxy.mjs';
import { s as secretRedactor, D as DEFAULT_API_URLS, e as DEFAULT_API_URL } from './shared-cNLbOj8P.mjs';
import { a as startProxyServer, s as startMockApi } from './shared-hRHgTtdy.mjs';
import './shared-BpN8ND1L.mjs';
import 'prom-client';
import 'node:http';
import 'undici';

/** This package's version, as package.json says (test/unit/node/version.test.ts keeps them equal). */
const VERSION = '0.1.0';

const USAGE = `Usage: whop-pixel <command>
       whop-pixel --version | --help

Commands:
  proxy      Run the first-party conversions proxy (forwards to Whop with your API key).
  mock-api   Run a local mock of Whop's POST /api/v1/conversions and /api/v1/events, for development
             and tests.

whop-pixel proxy, configured by environment:
  WHOP_API_KEY          required  Whop API key; sent only upstream, never printed
  WHOP_COMPANY_ID       required  company every conversion is recorded for (biz_...)
  WHOP_API                        conversions (default: POST /api/v1/conversions) or events (Whop's
                                  Events API: more click ids, purchase, free event names)
  WHOP_API_URL                    upstream endpoint (default: Whop's, per WHOP_API, ${DEFAULT_API_URL})
  WHOP_ALLOW_HTTP_UPSTREAM        1 to allow a plain-http WHOP_API_URL on another machine (a mock in
                                  another container; the key crosses the network unencrypted)
  WHOP_ALLOWED_ORIGINS            comma list of origins allowed to post, or * (default: same origin only)
  WHOP_TRUST_PROXY                proxies in front: a hop count, cloudflare, or a comma list of
                                  addresses/CIDRs/loopback/private/cloudflare (default: none)
  WHOP_TRUST_PROXY_HEADER         the header they write: x-forwarded-for (default), forwarded,
                                  cf-connecting-ip
  WHOP_PROXY_PATH                 endpoint path (default /whop)
  WHOP_RATE_LIMIT                 off, or <burst>/<perSecond> events per client address (default 120/20)
  WHOP_BOTS                       on (default: crawlers answered 202, not forwarded), off, block-headless
  WHOP_SHARED_SECRET              secret for server-to-server callers (header X-Whop-Pixel-Secret)
  WHOP_METRICS                    on (default: Prometheus metrics at GET /metrics) or off
  PORT, HOST                      where to listen (default 8787 on 0.0.0.0)

whop-pixel mock-api, configured by environment:
  WHOP_API_KEY                    token the mock accepts (default test_key, for local use only)
  PORT, HOST                      where to listen (default 8788 on 127.0.0.1)
  Control: GET|DELETE /_mock/events, GET|POST|DELETE /_mock/faults, GET /_mock/stats

Stop either with SIGTERM or Ctrl-C: in-flight requests are finished first.`;
/** A problem with the configuration: exit code 2 with a message naming the variable. */
class ConfigError extends Error {
}
function defaultIo() {
    return {
        stdout: (line) => process.stdout.write(`${line}\n`),
        stderr: (line) => process.stderr.write(`${line}\n`),
    };
}
function port(env, fallback) {
    const text = env.PORT?.trim();
    if (!text)
        return fallback;
    if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
        throw new ConfigError(`PORT must be a port number from 0 to 65535; got "${text.slice(0, 20)}"`);
    }
    return Number(text);
}
/** The upstream URL as printed: without any credentials someone put in it. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return '(invalid URL)';
    }
}
/** `io` with every line put through the one redaction of both secrets the environment holds. */
function redactedIo(io, env) {
    const redact = secretRedactor(env.WHOP_API_KEY?.trim(), env.WHOP_SHARED_SECRET?.trim());
    return {
        ...io,
        stdout: (line) => io.stdout(redact(line)),
        stderr: (line) => io.stderr(redact(line)),
    };
}
/** One JSON line per entry, written through `io` (redacted, see {@link redactedIo}). */
function ioLogger(io) {
    const write = (level, entry) => {
        const line = JSON.stringify({ level, time: new Date().toISOString(), ...entry });
        (level === 'info' ? io.stdout : io.stderr)(line);
    };
    return {
        info: (entry) => write('info', entry),
        warn: (entry) => write('warn', entry),
        error: (entry) => write('error', entry),
    };
}
function untilSignal(signals) {
    return new Promise((resolve) => {
        const on = (signal) => () => {
            signals.off('SIGTERM', onTerm);
            signals.off('SIGINT', onInt);
            resolve(signal);
        };
        const onTerm = on('SIGTERM');
        const onInt = on('SIGINT');
        signals.once('SIGTERM', onTerm);
        signals.once('SIGINT', onInt);
    });
}
async function proxyCommand(env, io, signals) {
    // The same variables, read the same way, as the Next.js and Workers adapters.
    let options;
    try {
        options = fromEnv(env);
    }
    catch (error) {
        throw new ConfigError(error.message.replace('whop-pixel: ', ''));
    }
    const path = env.WHOP_PROXY_PATH?.trim() || '/whop';
    if (!path.startsWith('/'))
        throw new ConfigError(`WHOP_PROXY_PATH must start with "/"; got "${path.slice(0, 60)}"`);
    const { apiUrl, api = 'conversions' } = options;
    const metrics = env.WHOP_METRICS?.trim().toLowerCase() || 'on';
    if (metrics !== 'on' && metrics !== 'off')
        throw new ConfigError(`WHOP_METRICS must be "on" or "off"; got "${metrics.slice(0, 20)}"`);
    let server;
    try {
        server = await startProxyServer({
            ...options,
            port: port(env, 8787),
            host: env.HOST?.trim() || '0.0.0.0',
            path,
            metrics: metrics === 'on',
            logger: ioLogger(io),
        });
    }
    catch (error) {
        if (error.code)
            throw error; // cannot listen: not a configuration problem
        // createProxy's messages name the option; map them to the variable a CLI user sets.
        throw new ConfigError(error.message
            .replace('options.apiUrl', 'WHOP_API_URL')
            .replace('options.allowInsecureUpstream = true', 'WHOP_ALLOW_HTTP_UPSTREAM=1')
            .replace('options.api ', 'WHOP_API ')
            .replace(/options\.allowedOrigins(\[\d+\])?/, 'WHOP_ALLOWED_ORIGINS')
            .replace('options.companyId', 'WHOP_COMPANY_ID')
            .replace('options.apiKey', 'WHOP_API_KEY')
            .replace('options.sharedSecret', 'WHOP_SHARED_SECRET')
            .replace(/options\.rateLimit(\.\w+)?/, 'WHOP_RATE_LIMIT'));
    }
    io.stdout(`whop-pixel proxy listening on ${server.url} → ${displayUrl(apiUrl ?? DEFAULT_API_URLS[api])} (Whop's ${api} API)`);
    const signal = await untilSignal(signals);
    io.stdout(`whop-pixel proxy: ${signal}, finishing in-flight requests`);
    await server.close();
    return 0;
}
async function mockCommand(env, io, signals) {
    const fromEnv = env.WHOP_API_KEY?.trim();
    const mock = await startMockApi({
        apiKey: fromEnv || 'test_key',
        port: port(env, 8788),
        host: env.HOST?.trim() || '127.0.0.1',
    });
    mock.subscribe((activity) => {
        if (activity.type === 'accepted') {
            const { api, body, id, attempt } = activity.event;
            io.stdout(`mock-api: accepted ${body.event_name} event_id=${body.event_id ?? '-'} → ${id} (${api}, attempt ${attempt})`);
        }
        else if (activity.type === 'duplicate') {
            io.stdout(`mock-api: duplicate event_id=${activity.event_id} → ${activity.id}`);
        }
        else if (activity.type === 'replayed') {
            io.stdout(`mock-api: replayed ${activity.status} for Idempotency-Key ${activity.idempotency_key}`);
        }
        else if (activity.type === 'rejected') {
            io.stdout(`mock-api: rejected ${activity.status} ${activity.code}`);
        }
        else
            io.stdout(`mock-api: fault ${JSON.stringify(activity.fault)} (attempt ${activity.attempt})`);
    });
    const token = fromEnv
        ? 'token from WHOP_API_KEY'
        : 'accepting the local test token "test_key"; set WHOP_API_KEY to change it';
    io.stdout(`whop-pixel mock-api listening on ${mock.apiUrl} and ${mock.eventsApiUrl} (${token})`);
    await untilSignal(signals);
    await mock.close();
    return 0;
}
/**
 * The `whop-pixel` command as a function: parses `argv` (without `node` and the script), reads
 * configuration from `env`, writes through `io`, and resolves with the exit code — 0 after a
 * graceful stop, 2 for usage or configuration errors, 1 when the server cannot start.
 */
async function runCli(argv, env = process.env, raw = defaultIo()) {
    // Every line printed, by any command, goes through the one redaction of both secrets.
    const io = redactedIo(raw, env);
    const [command, ...rest] = argv;
    const signals = io.signals ?? process;
    if (argv.some((arg) => arg === '--help' || arg === '-h') || command === 'help') {
        io.stdout(USAGE);
        return 0;
    }
    if (argv.some((arg) => arg === '--version' || arg === '-v') || command === 'version') {
        io.stdout(VERSION);
        return 0;
    }
    if (command !== 'proxy' && command !== 'mock-api') {
        io.stderr(command === undefined ? 'whop-pixel: no command given' : `whop-pixel: unknown command "${command}"`);
        io.stderr(USAGE);
        return 2;
    }
    if (rest.length) {
        io.stderr(`whop-pixel ${command}: takes no arguments (configure it with environment variables)`);
        io.stderr(USAGE);
        return 2;
    }
    try {
        return command === 'proxy' ? await proxyCommand(env, io, signals) : await mockCommand(env, io, signals);
    }
    catch (error) {
        io.stderr(`whop-pixel ${command}: ${error.message}`);
        return error instanceof ConfigError ? 2 : 1;
    }
}

// The `whop-pixel` bin: the only module here with side effects. All logic is in run-cli.ts.
runCli(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`whop-pixel: ${error?.message ?? 'failed'}\n`);
    process.exitCode = 1;
});
