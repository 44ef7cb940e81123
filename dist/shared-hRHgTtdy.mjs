import { A as API_PATHS, t as toResponse, b as problem, j as json, f as APIS, r as readBody, i as incomingOf, H as HOST, g as errorBody, v as validateConversion, h as timeoutError, d as coreOf, k as silentLogger, l as consoleLogger, c as createProxy } from './shared-cNLbOj8P.mjs';
import { a as atPath } from './shared-BpN8ND1L.mjs';
import { Registry, collectDefaultMetrics, Counter, Histogram } from 'prom-client';
import { createServer } from 'node:http';
import { Pool } from 'undici';

/** The path Whop serves conversions on; the mock answers it exactly. */
const CONVERSIONS_PATH = API_PATHS.conversions;
/** The path of Whop's Events API, the successor of conversions; the mock answers it too. */
const EVENTS_PATH = API_PATHS.events;
/** Whop's Events API refuses an `event_time` further back than this. */
const MAX_EVENT_AGE_MS = 28 * 24 * 60 * 60 * 1000;
const FAULT_KEYS = new Set(['status', 'retryAfter', 'delayMs', 'drop', 'times']);
/** The largest body taken: Whop's own limit is not documented; 1 MiB is far above any valid body. */
const MAX_BODY_BYTES = 1024 * 1024;
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
/**
 * Why a control request is refused, or undefined. The control endpoints take no token, so they
 * answer only what a local tool sends: a loopback `Host` (a DNS-rebinding page sends its own
 * name, resolved to 127.0.0.1, and could otherwise read the recorded events), and a POST or
 * DELETE without `Origin` or from the mock's own origin (any other is a page elsewhere: CSRF).
 */
function controlRefusal(request, hosts) {
    const url = new URL(request.url);
    const host = request.headers.get('host') ?? url.host;
    const name = HOST.exec(host)?.[1].toLowerCase();
    if (!name || !hosts.has(name)) {
        return problem(403, 'host_not_allowed', 'the control endpoints answer a loopback Host only (localhost, 127.0.0.1, [::1]), or one named in allowedHosts');
    }
    if (request.method === 'GET' || request.method === 'HEAD')
        return undefined;
    const site = request.headers.get('sec-fetch-site');
    const origin = request.headers.get('origin');
    let sameOrigin = origin === null;
    try {
        sameOrigin ||= new URL(origin).origin === new URL(`${url.protocol}//${host}`).origin;
    }
    catch {
        // An opaque or malformed Origin is no one's own.
    }
    if (sameOrigin && (!site || site === 'same-origin' || site === 'none'))
        return undefined;
    return problem(403, 'cross_origin', `${request.method} on the control endpoints is taken from their own origin only, or without Origin (curl)`);
}
function send(answer, headers) {
    return json(answer.status, answer.body, headers);
}
function oneError(code, message, path = '') {
    return [{ code, message, path }];
}
function isInt(value, min, max) {
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
/** Checks a fault list (from code or from `POST /_mock/faults`) and fills in `times`. */
function checkFaults(input) {
    if (!Array.isArray(input))
        throw new TypeError('faults must be a JSON array');
    return input.map((fault, i) => {
        const where = `faults[${i}]`;
        if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
            throw new TypeError(`${where} must be an object`);
        }
        for (const key of Object.keys(fault)) {
            if (!FAULT_KEYS.has(key))
                throw new TypeError(`${where}.${key} is not a fault option (${[...FAULT_KEYS].join(', ')})`);
        }
        const { status, retryAfter, delayMs, drop, times = 1 } = fault;
        if (status !== undefined && !isInt(status, 200, 599))
            throw new TypeError(`${where}.status must be an HTTP status 200-599`);
        if (retryAfter !== undefined && !isInt(retryAfter, 0, 86_400)) {
            throw new TypeError(`${where}.retryAfter must be whole seconds`);
        }
        if (delayMs !== undefined && !isInt(delayMs, 0, 600_000))
            throw new TypeError(`${where}.delayMs must be 0-600000`);
        if (drop !== undefined && typeof drop !== 'boolean')
            throw new TypeError(`${where}.drop must be a boolean`);
        if (!isInt(times, 1, 1_000_000))
            throw new TypeError(`${where}.times must be a positive integer`);
        if (status === undefined && delayMs === undefined && !drop) {
            throw new TypeError(`${where} needs status, delayMs or drop`);
        }
        return { ...fault, times };
    });
}
/** `conv_…`, `evnt_…`: a prefix and random hex, the shape of Whop's ids. */
function newId(prefix, length) {
    return prefix + crypto.randomUUID().replace(/-/g, '').slice(0, length);
}
/**
 * A mock of Whop's two server APIs, each as its page says. Both: bearer token (401),
 * `application/json` (415), a body of at most 1 MiB (413), strict validation of that API's body
 * (400; every error in the proxy's one shape, `{ error, errors }`), `200 {"id"}`, the same id
 * again for a repeated `event_id`. `POST /api/v1/conversions`: `company_id`, ids `conv_…`.
 * `POST /api/v1/events`: `account_id`, ids `<account_id>:<event_id>`, `event_time` at most 28
 * days old, and `Idempotency-Key`: a replay of the same body gets the first answer (4xx too) with
 * `Idempotent-Replayed: true`, the same key with another body a 400. Keys are kept until reset
 * (Whop: 24 h). Control endpoints for tests and demos: `GET|DELETE /_mock/events`,
 * `GET|POST|DELETE /_mock/faults`, `GET /_mock/stats`; they answer a loopback `Host` only (or one
 * in `allowedHosts`), and POST/DELETE only without `Origin` or from their own origin (403
 * otherwise), so a web page can neither read nor change them.
 * The token is compared, never stored in records nor returned.
 */
function createMockApi(options) {
    if (typeof options?.apiKey !== 'string' || options.apiKey === '') {
        throw new TypeError('createMockApi: options.apiKey must be a non-empty string');
    }
    const expected = `Bearer ${options.apiKey}`;
    const hosts = new Set(LOOPBACK);
    for (const host of options.allowedHosts ?? []) {
        const name = host.toLowerCase();
        hosts.add(name.includes(':') && !name.startsWith('[') ? `[${name}]` : name);
    }
    let events = [];
    // `conversions <event_id>` or `events <account_id>:<event_id>` → the id answered.
    let ids = new Map();
    // Events API Idempotency-Key → the body it came with and the answer given.
    let answers = new Map();
    let faults = [];
    let stats = { attempts: 0, accepted: 0, duplicates: 0, rejected: 0, faults_served: 0 };
    let cancel = new AbortController();
    const listeners = new Set();
    const emit = (activity) => {
        for (const listener of listeners) {
            try {
                listener(activity);
            }
            catch {
                // An observer's bug must not change what the mock answers.
            }
        }
    };
    /** Counts and reports a 4xx of the mock's own checks; the body in the wire's error shape. */
    const refuse = (attempt, status, errors) => {
        stats.rejected++;
        emit({ type: 'rejected', status, code: errors[0].code, attempt });
        return { status, body: errorBody(errors) };
    };
    const reject = (attempt, status, code, message) => send(refuse(attempt, status, oneError(code, message)));
    function takeFault() {
        const head = faults[0];
        if (!head)
            return undefined;
        head.times--;
        if (head.times <= 0)
            faults.shift();
        const { times: _times, ...served } = head;
        return served;
    }
    // A `Response` only for a dropped connection (`Response.error()`).
    async function receive(api, request) {
        const attempt = ++stats.attempts;
        const fault = takeFault();
        if (fault) {
            stats.faults_served++;
            emit({ type: 'fault', fault, attempt });
            if (fault.delayMs) {
                const { signal } = cancel;
                const cancelled = await new Promise((resolve) => {
                    const timer = setTimeout(() => resolve(false), fault.delayMs);
                    signal.addEventListener('abort', () => {
                        clearTimeout(timer);
                        resolve(true);
                    }, { once: true });
                });
                if (cancelled)
                    return Response.error();
            }
            if (fault.drop)
                return Response.error();
            if (fault.status) {
                const headers = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
                return problem(fault.status, 'mock_fault', `injected fault: ${fault.status}`, headers);
            }
        }
        // 401 and 415 come before the Idempotency-Key is looked at: they are never kept under it.
        if (request.headers.get('authorization') !== expected) {
            return reject(attempt, 401, 'unauthorized', 'missing or invalid bearer token');
        }
        const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        if (type !== 'application/json') {
            return reject(attempt, 415, 'unsupported_media_type', 'Content-Type must be application/json');
        }
        const read = await readBody(incomingOf(request), MAX_BODY_BYTES);
        if (!read.ok)
            return send(refuse(attempt, read.status, oneError(read.code, read.message)));
        const { text } = read;
        const key = api === 'events' ? request.headers.get('idempotency-key') || undefined : undefined;
        const first = key === undefined ? undefined : answers.get(key);
        if (key !== undefined && first) {
            if (first.text !== text) {
                const shown = key.length > 80 ? `${key.slice(0, 80)}…` : key;
                const message = `Idempotency-Key "${shown}" was already used with a different body; send a new key for a new event`;
                return send(refuse(attempt, 400, oneError('idempotency_key_reused', message)));
            }
            stats.duplicates++;
            emit({ type: 'replayed', status: first.answer.status, idempotency_key: key, attempt });
            return send(first.answer, { 'idempotent-replayed': 'true' });
        }
        // Kept at once, before anything awaits, so that a concurrent retry with the key finds it.
        const answer = decide(api, text, request, attempt);
        if (key !== undefined)
            answers.set(key, { text, answer });
        return send(answer);
    }
    /** Parses, checks, dedups and records one body of `api`. */
    function decide(api, text, request, attempt) {
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            return refuse(attempt, 400, oneError('invalid_json', 'the body is not valid JSON'));
        }
        const checked = validateConversion(body, { api });
        if (!checked.ok)
            return refuse(attempt, 400, checked.errors);
        const sent = body;
        // A future event_time is accepted (Whop clamps it to now: see RecordedFields.received_at).
        if (api === 'events' && sent.event_time && Date.parse(sent.event_time) < Date.now() - MAX_EVENT_AGE_MS) {
            const message = `event_time must be within the last 28 days, got "${sent.event_time}"`;
            return refuse(attempt, 400, oneError('too_old', message, 'event_time'));
        }
        const eventId = sent.event_id || undefined;
        // An Events API id is `<account_id>:<event_id>` (the event_id generated when absent), so a
        // repeat of the event has the same id. A conversions id is random, remembered per event_id.
        const id = api === 'events'
            ? `${sent.account_id}:${eventId ?? newId('evnt_', 14)}`
            : newId('conv_', 20);
        const seenAs = eventId && `${api} ${api === 'events' ? id : eventId}`;
        const known = seenAs ? ids.get(seenAs) : undefined;
        if (known && eventId) {
            stats.duplicates++;
            emit({ type: 'duplicate', id: known, event_id: eventId, attempt });
            return { status: 200, body: { id: known } };
        }
        const event = {
            id,
            api,
            body: sent,
            received_at: new Date().toISOString(),
            idempotency_key: request.headers.get('idempotency-key'),
            user_agent_header: request.headers.get('user-agent'),
            attempt,
        };
        if (seenAs)
            ids.set(seenAs, event.id);
        events.push(event);
        stats.accepted++;
        emit({ type: 'accepted', event: structuredClone(event) });
        return { status: 200, body: { id: event.id } };
    }
    async function answerTo(request) {
        const { pathname } = new URL(request.url);
        const route = `${request.method} ${pathname}`;
        const target = APIS.find((name) => API_PATHS[name] === pathname);
        if (target) {
            return request.method === 'POST'
                ? receive(target, request)
                : problem(405, 'method_not_allowed', 'use POST', { allow: 'POST' });
        }
        if (pathname.startsWith('/_mock/')) {
            const refused = controlRefusal(request, hosts);
            if (refused)
                return refused;
        }
        switch (route) {
            case 'GET /_mock/events':
                return json(200, api.events());
            case 'DELETE /_mock/events':
                api.reset();
                return json(200, { ok: true });
            case 'GET /_mock/stats':
                return json(200, api.stats());
            case 'GET /_mock/faults':
                return json(200, faults);
            case 'DELETE /_mock/faults':
                faults = [];
                return json(200, { ok: true });
            case 'POST /_mock/faults':
                try {
                    api.setFaults(JSON.parse(await request.text()));
                }
                catch (e) {
                    return problem(400, 'invalid_faults', e instanceof SyntaxError ? 'the body is not valid JSON' : String(e.message));
                }
                return json(200, { ok: true, faults: faults.length });
            default:
                return problem(404, 'not_found', `no route ${route}`);
        }
    }
    const api = {
        handler: async (request) => {
            const answer = await answerTo(request);
            return answer instanceof Response ? answer : toResponse(answer);
        },
        events: () => structuredClone(events),
        attempts: () => stats.attempts,
        stats: () => ({ ...stats }),
        setFaults(list) {
            faults = checkFaults(list);
        },
        reset() {
            cancel.abort();
            cancel = new AbortController();
            events = [];
            ids = new Map();
            answers = new Map();
            faults = [];
            stats = { attempts: 0, accepted: 0, duplicates: 0, rejected: 0, faults_served: 0 };
        },
        subscribe(listener) {
            listeners.add(listener);
            return () => {
                listeners.delete(listener);
            };
        },
    };
    return api;
}

function timeout(value, name, fallback) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < 1)
        throw new TypeError(`serve: ${name} must be a positive integer`);
    return value;
}
/**
 * Serves a `node:http` listener with timeouts fit for the open internet: 10 s to send headers,
 * 15 s for the whole request, 5 s keep-alive. A client trickling bytes (a byte a second) is cut
 * off at those limits; waiting on it never blocks the event loop, so others are served meanwhile.
 */
async function serve(listener, options = {}) {
    const host = options.host ?? '127.0.0.1';
    const headersTimeout = timeout(options.headersTimeoutMs, 'headersTimeoutMs', 10_000);
    const requestTimeout = timeout(options.requestTimeoutMs, 'requestTimeoutMs', 15_000);
    if (headersTimeout > requestTimeout)
        throw new TypeError('serve: headersTimeoutMs must not exceed requestTimeoutMs');
    let closing;
    const open = new Set();
    // Node checks both timeouts only this often (30 s by default), which would let a slow client
    // hold its connection up to 30 s past them.
    const connectionsCheckingInterval = Math.min(1000, Math.ceil(headersTimeout / 4));
    const server = createServer({ connectionsCheckingInterval }, (req, res) => {
        open.add(res);
        res.once('close', () => open.delete(res));
        res.once('finish', () => closing && server.closeIdleConnections());
        // During shutdown every answer ends its connection, so nothing lingers in keep-alive.
        if (closing)
            res.setHeader('connection', 'close');
        listener(req, res);
    });
    server.headersTimeout = headersTimeout;
    server.requestTimeout = requestTimeout;
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject).listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    function close() {
        closing ??= new Promise((resolve) => {
            const deadline = setTimeout(() => server.closeAllConnections(), options.closeTimeoutMs ?? 10_000);
            deadline.unref();
            server.close(() => {
                clearTimeout(deadline);
                resolve();
            });
            server.closeIdleConnections();
            for (const res of open)
                if (!res.headersSent)
                    res.setHeader('connection', 'close');
        });
        return closing;
    }
    return { origin, server, close };
}

/** Bytes of a body read ahead of the handler: a small body is in memory whole, as it arrives. */
const READ_AHEAD_BYTES = 64 * 1024;
/**
 * `req`'s body, chunk by chunk, as the proxy's read step takes it, without a Web stream (in Node
 * 20 each one costs more than the rest of a one-event request's reading). At most
 * {@link READ_AHEAD_BYTES} are read ahead of the handler, so a small body outlives a client that
 * leaves while the handler waits (a slow upstream's retry, say); past that, the socket is read
 * only as the handler asks, and its own limit decides how much. Cancelling stops reading, what is
 * left of the body staying on the wire.
 */
function nodeBodyReader(req) {
    const chunks = [];
    let queued = 0;
    let ended = false;
    let cancelled = false;
    let failure;
    let wake;
    const woken = () => {
        const resolve = wake;
        wake = undefined;
        resolve?.();
    };
    req.on('data', (chunk) => {
        if (cancelled)
            return;
        chunks.push(chunk);
        queued += chunk.byteLength;
        if (queued >= READ_AHEAD_BYTES)
            req.pause();
        woken();
    });
    req.once('end', () => {
        ended = true;
        woken();
    });
    req.once('error', (error) => {
        failure ??= error;
        woken();
    });
    // A client that disconnects mid-body may end the stream with neither 'end' nor 'error'.
    req.once('close', () => {
        if (!ended)
            failure ??= new Error('request closed before its body ended');
        woken();
    });
    return {
        async read() {
            while (!chunks.length && !ended && !failure && !cancelled) {
                req.resume();
                await new Promise((resolve) => {
                    wake = resolve;
                });
            }
            if (failure)
                throw failure;
            const value = chunks.shift();
            if (!value)
                return { done: true, value: undefined };
            queued -= value.byteLength;
            if (queued < READ_AHEAD_BYTES)
                req.resume();
            return { done: false, value };
        },
        async cancel() {
            cancelled = !ended;
            chunks.length = 0;
            req.pause();
            woken();
        },
        cancelled: () => cancelled,
    };
}
/** A reader of a body already in memory (one a body parser left), in one chunk. */
function bytesReader(bytes) {
    let read = false;
    return {
        async read() {
            if (read || !bytes.byteLength)
                return { done: true, value: undefined };
            read = true;
            return { done: false, value: bytes };
        },
        async cancel() {
            read = true;
        },
    };
}
/** A Web stream over `reader`, for a handler that takes a `Request`. */
function readerStream(reader) {
    return new ReadableStream({
        async pull(controller) {
            const { done, value } = await reader.read();
            if (done)
                controller.close();
            else
                controller.enqueue(value);
        },
        cancel: () => reader.cancel(),
    }, { highWaterMark: 0 });
}

/** One keep-alive pool per upstream origin, shared by every proxy of the process. */
const pools = new Map();
/** Each upstream URL, parsed once: a proxy calls one or two. */
const targets = new Map();
function targetOf(url) {
    let target = targets.get(url);
    if (!target) {
        const { origin, pathname, search } = new URL(url);
        let pool = pools.get(origin);
        if (!pool) {
            pool = new Pool(origin);
            pools.set(origin, pool);
        }
        target = { pool, origin, path: `${pathname}${search}` };
        targets.set(url, target);
    }
    return target;
}
/** Where undici (npm's and Node's own, which `fetch` uses) keeps the process's HTTP dispatcher. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
/** Node reads this once, at startup, to send `fetch` through the proxy variables; so do we. */
const USE_ENV_PROXY = Boolean(process.env.NODE_USE_ENV_PROXY);
/**
 * Whether the process sends HTTP its own way: a dispatcher other than the default `Agent` was
 * installed (an egress `ProxyAgent` or `EnvHttpProxyAgent`, a test's `MockAgent`), or Node is
 * told to use the proxy environment variables. Then calls go through `fetch`, which honours both.
 */
function ownWay() {
    const dispatcher = globalThis[GLOBAL_DISPATCHER];
    return USE_ENV_PROXY || (dispatcher !== undefined && dispatcher.constructor?.name !== 'Agent');
}
// As `fetch`'s `text()` reads an answer: UTF-8, a byte order mark dropped (else Whop's id is lost).
const UTF8 = new TextDecoder();
/**
 * Upstream calls through undici's keep-alive `Pool`, at its lowest level (`dispatch`): the Node
 * adapter's way to Whop. `fetch` builds a `Request`, a `Response` and their Web streams for every
 * call, and `pool.request` a body stream and an abort listener; measured on the bench machine, a
 * call costs ~65 µs of CPU through `pool.request` and ~41 µs through `dispatch`. Like `fetch`
 * here it follows no redirect, and one timer bounds the whole call, answer read included. Idle
 * sockets do not keep the process alive. A process that routes HTTP its own way ({@link ownWay})
 * keeps it: its calls go through `fallback`, the proxy's own sender over `fetch`.
 */
const poolSender = (fallback) => (url, call) => {
    if (ownWay())
        return fallback(url, call);
    const { pool, origin, path } = targetOf(url);
    return new Promise((resolve, reject) => {
        let settled = false;
        let abort;
        let status = 0;
        let retryAfter = null;
        const chunks = [];
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            reject(error);
        };
        // A call still queued for a connection has nothing to abort yet: it is refused when it starts.
        const timer = setTimeout(() => {
            const error = timeoutError(call.timeoutMs);
            fail(error);
            abort?.(error);
        }, call.timeoutMs);
        pool.dispatch({ origin, path, method: 'POST', headers: call.headers, body: call.body }, {
            onRequestStart(controller) {
                abort = (reason) => controller.abort(reason);
                if (settled)
                    controller.abort(timeoutError(call.timeoutMs));
            },
            onResponseStart(_controller, statusCode, headers) {
                // Called again after a 1xx: the last one is the answer.
                status = statusCode;
                const value = headers['retry-after'];
                retryAfter = value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
            onResponseData(_controller, chunk) {
                chunks.push(chunk);
            },
            onResponseEnd() {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve({ status, text: UTF8.decode(Buffer.concat(chunks)), retryAfter });
            },
            onResponseError(_controller, error) {
                fail(error);
            },
        });
    });
};

// Hop-by-hop, or no longer true of the bytes the handler gets: Node has already de-chunked the
// body, and a parser has decoded it. A parsed body's length is recomputed by `Request`.
const BODY_HEADERS = new Set(['transfer-encoding', 'content-encoding']);
// Methods `new Request` refuses (fetch's forbidden methods); of them Node's parser passes TRACE on.
const UNREQUESTABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
// What Express / Connect body parsers left in `req.body`, as bytes again.
function parsedBody(req) {
    if (req.body === undefined || !(req._body || req.readableEnded))
        return undefined;
    const { body } = req;
    if (Buffer.isBuffer(body))
        return body;
    return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
}
/**
 * The request's headers as the proxy reads them: Node's parsed headers as they are (no `Headers`
 * built per request), less those no longer true of the body the handler gets. Node joins a
 * repeated header as `Headers` does (`Cookie` with `; `), and keeps the first of one that may
 * appear once (`Host`, `Content-Type`, `User-Agent`…).
 */
function headerReader(req, reparsed) {
    return {
        get(name) {
            const key = name.toLowerCase();
            if (BODY_HEADERS.has(key) || (reparsed && key === 'content-length'))
                return null;
            const value = req.headers[key];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
    };
}
/**
 * The request's head as the proxy reads it: the URL from the socket's scheme and the `Host`
 * header (what the client addressed this server as; the proxy weighs `X-Forwarded-*` itself) and
 * its headers ({@link headerReader}).
 */
function headOf(req, reparsed) {
    const protocol = req.socket.encrypted ? 'https' : 'http';
    const host = HOST.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
    // Appended, not resolved: `new URL('//evil.com/whop', base)` would make evil.com the host, and
    // the same-origin check would then accept a post from evil.com.
    const path = req.originalUrl ?? req.url ?? '/';
    const url = new URL(`${protocol}://${host}${path.startsWith('/') ? path : `/${path}`}`).href;
    return { method: req.method ?? 'GET', url, headers: headerReader(req, reparsed) };
}
/** Resolves when `res` can take more data, or is gone. */
function writable(res) {
    return new Promise((resolve) => {
        const done = () => {
            res.off('drain', done).off('close', done);
            resolve();
        };
        res.on('drain', done).on('close', done);
    });
}
/** `cookies` after those an Express/Connect middleware already set: writeHead would replace them. */
function withEarlierCookies(res, cookies) {
    const before = res.getHeader('set-cookie') ?? [];
    return [...(Array.isArray(before) ? before : [String(before)]), ...cookies];
}
/** Writes an answer the package built: its text whole, with its length, in one write. */
function writeAnswer(res, answer) {
    if (res.destroyed)
        return; // the client left while the handler ran
    const headers = {};
    for (const name in answer.headers) {
        if (name.toLowerCase() === 'set-cookie') {
            headers['set-cookie'] = withEarlierCookies(res, [answer.headers[name]]);
        }
        else
            headers[name] = answer.headers[name];
    }
    if (answer.text === null) {
        res.writeHead(answer.status, headers);
        res.end();
        return;
    }
    headers['content-length'] = String(Buffer.byteLength(answer.text));
    res.writeHead(answer.status, headers);
    res.end(answer.text);
}
/** Writes a Web `Response` (from a handler `createProxy` did not make), streaming its body. */
async function writeResponse(res, response) {
    if (response.type === 'error') {
        // `Response.error()` is a network error: the closest Node has is dropping the connection.
        res.socket?.destroy();
        return;
    }
    if (res.destroyed)
        return response.body?.cancel(); // the client left while the handler ran
    const headers = {};
    response.headers.forEach((value, name) => {
        if (name !== 'set-cookie')
            headers[name] = value;
    });
    const cookies = withEarlierCookies(res, response.headers.getSetCookie());
    if (cookies.length)
        headers['set-cookie'] = cookies;
    res.writeHead(response.status, headers);
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
        if (res.destroyed)
            return reader?.cancel();
        if (!res.write(chunk.value))
            await writable(res);
    }
    res.end();
}
/**
 * Adapts a Web handler (`createProxy(...)`) to `node:http`, Express and Connect:
 * `http.createServer(toNodeHandler(handler))` or `app.post('/whop', toNodeHandler(handler))`.
 * It only converts: the handler gets the request (URL from the socket's scheme and `Host`) and
 * the socket's remote address as `conn.peer`; which proxies in front to believe (`trustProxy`)
 * and how large a body may be (`maxBodyBytes`) are options of `createProxy`, decided there.
 * A handler `createProxy` made is given the request without a `Request` or a Web stream being
 * built, and sends upstream through a keep-alive undici pool instead of `fetch` (unless its
 * options name a `fetch`): the same steps, at a fraction of the cost (see `core-entry.ts`).
 *
 * Mount it before any body parser: then the body is streamed to the handler, which reads only
 * what its limit allows. After `express.json()`/`express.text()` it still works, from the parsed
 * `req.body` (re-serialized). A body the handler did not read to its end (one refused as too
 * large) is still on the wire: the connection is closed after the answer rather than read on.
 * A throw in the handler is answered `500` without details.
 */
function toNodeHandler(handler, ...options) {
    if (options.length) {
        throw new TypeError('toNodeHandler takes no options: pass trustProxy and maxBodyBytes to createProxy, which decides both');
    }
    const core = coreOf(handler);
    core?.sendUpstreamThrough(poolSender);
    return (req, res) => {
        (async () => {
            // The handler cannot be asked about a method it cannot be given; no Web handler serves it.
            if (UNREQUESTABLE_METHODS.has(req.method ?? '')) {
                return writeAnswer(res, problem(405, 'method_not_allowed', `${req.method} is not served here`));
            }
            const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
            const parsed = hasBody ? parsedBody(req) : undefined;
            // A body someone read without parsing it is gone: the handler gets an empty one.
            const streamed = hasBody && !parsed && !req.readableEnded ? nodeBodyReader(req) : undefined;
            const reader = parsed ? bytesReader(parsed) : streamed;
            const head = headOf(req, parsed !== undefined);
            const conn = { peer: req.socket.remoteAddress };
            if (core) {
                const answer = await core.handle({ ...head, openBody: () => reader }, conn);
                if (streamed?.cancelled() || !req.complete)
                    res.setHeader('connection', 'close');
                return writeAnswer(res, answer);
            }
            const response = await handler(toRequest(req, head, reader, hasBody), conn);
            if (streamed?.cancelled() || !req.complete)
                res.setHeader('connection', 'close');
            await writeResponse(res, response);
        })().catch(() => {
            if (res.headersSent)
                res.destroy();
            else {
                try {
                    writeAnswer(res, problem(500, 'internal', 'internal error'));
                }
                catch {
                    res.destroy();
                }
            }
        });
    };
}
/** A Web `Request` of the head and body, for a handler that `createProxy` did not make. */
function toRequest(req, head, reader, hasBody) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || name.startsWith(':') || head.headers.get(name) === null)
            continue;
        for (const item of Array.isArray(value) ? value : [value])
            headers.append(name, item);
    }
    const body = reader ? readerStream(reader) : hasBody ? new Uint8Array() : undefined;
    const init = { method: head.method, headers, body, duplex: 'half' };
    return new Request(head.url, init);
}

/**
 * Serves the mock Whop API on loopback. A `drop` fault destroys the socket without an answer,
 * which is what a proxy sees when Whop's side resets the connection.
 */
async function startMockApi(options) {
    // A wildcard address is no name a client sends as Host.
    const named = options.host && !['0.0.0.0', '::', '[::]'].includes(options.host);
    const mock = createMockApi({ apiKey: options.apiKey, allowedHosts: named ? [options.host] : [] });
    const served = await serve(toNodeHandler(mock.handler), { port: options.port ?? 0, host: options.host });
    return {
        ...mock,
        url: served.origin,
        apiUrl: served.origin + CONVERSIONS_PATH,
        eventsApiUrl: served.origin + EVENTS_PATH,
        server: served.server,
        close: served.close,
    };
}

/** The reason of a refusal whose log entry names no error code, by its status. */
const REFUSED_BY_STATUS = {
    400: 'invalid_body',
    401: 'invalid_secret',
    403: 'origin_not_allowed',
    405: 'method_not_allowed',
    413: 'too_large',
    415: 'unsupported_media_type',
    429: 'rate_limited',
    500: 'internal',
};
const OUTCOMES = ['accepted', 'rejected', 'unavailable'];
function isLogger(value) {
    const logger = value;
    return (typeof logger === 'object' &&
        logger !== null &&
        ['info', 'warn', 'error'].every((m) => typeof logger[m] === 'function'));
}
/** A label value from a log field: error codes are short snake_case words; anything else is `other`. */
function code(value) {
    if (typeof value !== 'string')
        return undefined;
    return /^[a-z][a-z0-9_]{0,39}$/.test(value) ? value : 'other';
}
/**
 * Creates the metrics of one proxy (one registry each, so two servers in a process never mix):
 * - `whop_pixel_requests_total{status}`: every request the proxy answered (health checks aside);
 * - `whop_pixel_events_forwarded_total{outcome}`: each event sent to Whop, by Whop's answer —
 *   `accepted`, `rejected` (Whop refused it) or `unavailable` (undelivered after the retries);
 * - `whop_pixel_requests_refused_total{reason}`: requests the proxy refused without forwarding
 *   anything, by error code (`invalid_json`, `origin_not_allowed`, `rate_limited`, …);
 * - `whop_pixel_requests_dropped_total{reason}`: requests answered but not forwarded (`bot`);
 * - `whop_pixel_fields_dropped_total`: fields left out because the upstream API does not take them;
 * - `whop_pixel_rate_limited_total`: requests answered 429 for their client address's rate limit;
 * - `whop_pixel_upstream_duration_seconds{outcome}`: time upstream per event, retries included.
 */
function proxyMetrics() {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const registers = [registry];
    const requests = new Counter({
        name: 'whop_pixel_requests_total',
        help: 'Requests answered by the proxy, by HTTP status (health checks are not counted).',
        labelNames: ['status'],
        registers,
    });
    const forwarded = new Counter({
        name: 'whop_pixel_events_forwarded_total',
        help: "Events sent to Whop, by Whop's answer: accepted, rejected, or unavailable after the retries.",
        labelNames: ['outcome'],
        registers,
    });
    const refused = new Counter({
        name: 'whop_pixel_requests_refused_total',
        help: 'Requests the proxy refused without forwarding anything, by error code.',
        labelNames: ['reason'],
        registers,
    });
    const dropped = new Counter({
        name: 'whop_pixel_requests_dropped_total',
        help: 'Requests answered without forwarding their events, by reason (bot: a known crawler).',
        labelNames: ['reason'],
        registers,
    });
    const droppedFields = new Counter({
        name: 'whop_pixel_fields_dropped_total',
        help: 'Event fields left out because the upstream API does not take them.',
        registers,
    });
    const rateLimited = new Counter({
        name: 'whop_pixel_rate_limited_total',
        help: 'Requests answered 429 because their client address was over its rate limit.',
        registers,
    });
    const upstream = new Histogram({
        name: 'whop_pixel_upstream_duration_seconds',
        help: 'Time spent upstream on one event, retries and their waits included.',
        labelNames: ['outcome'],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers,
    });
    // Every series a dashboard plots exists from the start, at 0.
    for (const outcome of OUTCOMES)
        forwarded.inc({ outcome }, 0);
    dropped.inc({ reason: 'bot' }, 0);
    function count(entry) {
        const { status } = entry;
        if (entry.msg !== 'whop-pixel request' || typeof status !== 'number')
            return;
        requests.inc({ status: String(status) });
        if (entry.rate_limited === true)
            rateLimited.inc();
        if (typeof entry.dropped_fields === 'number')
            droppedFields.inc(entry.dropped_fields);
        if (entry.bot === true)
            dropped.inc({ reason: 'bot' });
        else if (status >= 400 && entry.events === undefined) {
            const reason = code(entry.error_code) ??
                (entry.rate_limited === true ? 'rate_limited' : (REFUSED_BY_STATUS[status] ?? `http_${status}`));
            refused.inc({ reason });
        }
    }
    function countForward(record) {
        const outcome = OUTCOMES.includes(record.outcome) ? record.outcome : 'unavailable';
        forwarded.inc({ outcome });
        if (Number.isFinite(record.ms))
            upstream.observe({ outcome }, Math.max(0, record.ms) / 1000);
    }
    function observe(options) {
        const { logger, onForward } = options;
        // The proxy's own default, so leaving `logger` out still logs (and is still counted).
        const base = logger === false
            ? silentLogger
            : logger === undefined
                ? consoleLogger(options.apiKey, options.sharedSecret)
                : logger;
        // Anything else is left as it came, for createProxy to refuse with its own message.
        if (!isLogger(base) || (onForward !== undefined && typeof onForward !== 'function'))
            return options;
        const tee = (level) => (entry) => {
            try {
                count(entry);
            }
            catch {
                // Counting must never cost a request its log line.
            }
            base[level](entry);
        };
        return {
            ...options,
            logger: { info: tee('info'), warn: tee('warn'), error: tee('error') },
            onForward: (record) => {
                countForward(record);
                onForward?.(record);
            },
        };
    }
    return { registry, observe };
}
/** The answer to a scrape: `registry` in Prometheus' text format, never cached; `GET` and `HEAD` only. */
async function answerMetrics(request, registry) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
        return toResponse(problem(405, 'method_not_allowed', 'use GET', { Allow: 'GET, HEAD' }));
    }
    const text = await registry.metrics();
    const headers = { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' };
    return new Response(request.method === 'HEAD' ? null : text, { headers });
}

/** The path of a request target (`/metrics?x` → `/metrics`). */
const pathOf = (target = '/') => target.split('?')[0];
/**
 * Starts the standalone first-party proxy: `path` and `/healthz` → the proxy (which answers
 * `GET /healthz` with `{"ok":true}`), `GET /metrics` → Prometheus metrics, anything else → 404,
 * as the Worker answers them (see `atPath`). This is what `whop-pixel proxy` runs. The proxy
 * options (`trustProxy`, `maxBodyBytes`…) go to `createProxy`, which decides with the socket's
 * address that `toNodeHandler` passes on.
 */
async function startProxyServer(options) {
    const { port = 8787, host, path = '/whop', handler, headersTimeoutMs, requestTimeoutMs, metrics = true, ...proxyOptions } = options;
    if (!path.startsWith('/'))
        throw new Error(`startProxyServer: path must start with "/"; got "${path}"`);
    // Metrics are drawn from what createProxy reports (its log entries and onForward records).
    const observed = metrics ? proxyMetrics() : undefined;
    const proxy = atPath(path, handler ?? createProxy(observed?.observe(proxyOptions) ?? proxyOptions));
    const proxyListener = toNodeHandler(proxy);
    const metricsListener = observed && toNodeHandler(async (request) => answerMetrics(request, observed.registry));
    const listener = (req, res) => metricsListener && pathOf(req.url) === '/metrics' ? metricsListener(req, res) : proxyListener(req, res);
    const served = await serve(listener, { port, host, headersTimeoutMs, requestTimeoutMs });
    return { url: served.origin + path, server: served.server, close: served.close };
}

export { startProxyServer as a, createMockApi as c, startMockApi as s, toNodeHandler as t };
