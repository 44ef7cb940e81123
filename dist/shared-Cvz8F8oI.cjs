'use strict';

/**
 * The bodies of Whop's two server APIs as data — the single source of truth.
 * Types (./types.ts) and the runtime validator (./validate.ts) are both derived
 * from these tables; no other file lists field names.
 * Sources: shared/whop-conversions-api.md (POST /api/v1/conversions, "Create conversion", the
 * default) and shared/whop-pixel-and-events-api.md (POST /api/v1/events, its successor). Both
 * take the same body but for the fields marked `only`.
 */
/** Whop's server APIs the proxy speaks: `conversions` (the default) or `events`. */
const APIS = ['conversions', 'events'];
/** Each API's path on Whop's host (and on the mock API). */
const API_PATHS = {
    conversions: '/api/v1/conversions',
    events: '/api/v1/events',
};
/** The body field naming the company: each API spells it its own way. */
const ACCOUNT_FIELDS = { conversions: 'company_id', events: 'account_id' };
const EVENT_NAMES = [
    'lead',
    'submit_application',
    'contact',
    'complete_registration',
    'schedule',
    'custom',
];
/**
 * Standard names only the Events API takes. It also takes any other name as a custom event
 * (at most CUSTOM_NAME_MAX characters, the limit of `custom_name`); `/conversions` takes only
 * EVENT_NAMES, with `custom` + `custom_name` for the rest.
 */
const EVENTS_API_EVENT_NAMES = [
    'view_content',
    'add_to_cart',
    'initiate_checkout',
    'purchase',
];
/** The longest custom event name Whop documents (`custom_name`, or a free Events API name). */
const CUSTOM_NAME_MAX = 35;
const ACTION_SOURCES = [
    'email',
    'website',
    'app',
    'phone_call',
    'chat',
    'physical_store',
    'system_generated',
    'business_messaging',
    'other',
];
// ISO 4217 (plus the crypto codes Whop accepts), lower case, in the API page's order.
// biome-ignore format: the compact table is easier to compare with the API page
const CURRENCIES = [
    'usd', 'sgd', 'inr', 'aud', 'brl', 'cad', 'dkk', 'eur', 'nok', 'gbp', 'sek', 'chf', 'hkd', 'huf',
    'jpy', 'mxn', 'myr', 'pln', 'czk', 'nzd', 'aed', 'eth', 'ape', 'cop', 'ron', 'thb', 'bgn', 'idr',
    'dop', 'php', 'try', 'krw', 'twd', 'vnd', 'pkr', 'clp', 'uyu', 'ars', 'zar', 'dzd', 'tnd', 'mad',
    'kes', 'kwd', 'jod', 'all', 'xcd', 'amd', 'bsd', 'bhd', 'bob', 'bam', 'khr', 'crc', 'xof', 'egp',
    'etb', 'gmd', 'ghs', 'gtq', 'gyd', 'ils', 'jmd', 'mop', 'mga', 'mur', 'mdl', 'mnt', 'nad', 'ngn',
    'mkd', 'omr', 'pyg', 'pen', 'qar', 'rwf', 'sar', 'rsd', 'lkr', 'tzs', 'ttd', 'uzs', 'rub', 'btc',
    'cny', 'usdt',
];
/**
 * `context` keys (all strings): the maximum length, and `only` for a key one API alone takes.
 * Click ids: Meta ignores fbclid values over 500 characters, so 500 is the cap for ids;
 * user agents get 1024 (real ones are under 400); IPv6 with zone fits in 64. The Events API's
 * `fingerprint` fields are left out: this project does not fingerprint visitors.
 */
const CONTEXT_FIELDS = {
    fbclid: { max: 500 },
    fbp: { max: 500 },
    ga: { max: 500 },
    gclid: { max: 500 },
    ig_sid: { max: 500 },
    ttclid: { max: 500 },
    ttp: { max: 500 },
    ip_address: { max: 64 },
    user_agent: { max: 1024 },
    ad_campaign_id: { max: 256 },
    ad_id: { max: 256 },
    ad_set_id: { max: 256 },
    utm_campaign: { max: 500 },
    utm_content: { max: 500 },
    utm_id: { max: 500 },
    utm_medium: { max: 500 },
    utm_source: { max: 500 },
    utm_term: { max: 500 },
    /** The raw `_fbc` cookie, `fb.1.<ms>.<fbclid>`. */
    fbc: { max: 500, only: 'events' },
    gbraid: { max: 500, only: 'events' },
    wbraid: { max: 500, only: 'events' },
    msclkid: { max: 500, only: 'events' },
    li_fat_id: { max: 500, only: 'events' },
    rdt_cid: { max: 500, only: 'events' },
    /** Snapchat's click id; its URL parameter is spelled `ScCid`. */
    sccid: { max: 500, only: 'events' },
    twclid: { max: 500, only: 'events' },
    /** A BCP 47 tag such as `en-US` (the proxy takes it from `Accept-Language`). */
    language: { max: 35, only: 'events' },
    /** An IANA zone such as `Europe/Paris`. */
    timezone: { max: 64, only: 'events' },
    /** `1920x1080`. */
    screen_resolution: { max: 32, only: 'events' },
};
/**
 * `user` keys (all strings) with their maximum lengths. 254 is the longest valid e-mail
 * address (RFC 5321 path limit); the rest get 256, `birthdate` is exactly `YYYY-MM-DD`. `only` marks a key one API alone takes.
 */
const USER_FIELDS = {
    anonymous_id: { max: 256 },
    external_id: { max: 256 },
    member_id: { max: 256 },
    membership_id: { max: 256 },
    user_id: { max: 256 },
    birthdate: { max: 10 },
    city: { max: 256 },
    country: { max: 256 },
    email: { max: 254 },
    first_name: { max: 256 },
    gender: { max: 256 },
    last_name: { max: 256 },
    name: { max: 256 },
    phone: { max: 256 },
    postal_code: { max: 256 },
    state: { max: 256 },
    username: { max: 256 },
    /** A second visitor id of the same person, e.g. another subdomain's, so Whop joins both. */
    linked_anonymous_id: { max: 256, only: 'events' },
    /** Another `_wuid` of the same person. */
    linked_wuid: { max: 256, only: 'events' },
};
/**
 * Top-level body fields: the kind of value, and the maximum length for strings.
 * `nullable` follows the API page's "| null". URLs get 4096: landing URLs carry
 * long click ids plus UTMs, and browsers send far longer than the old 2048 rule.
 * `custom_name` is capped at 35, the limit Whop documents for its events intake. `event_name` is
 * one of EVENT_NAMES for `/conversions`; the Events API also takes EVENTS_API_EVENT_NAMES and free
 * names (the validator applies that rule). The company goes as `company_id` or `account_id`
 * (ACCOUNT_FIELDS): with `event_name`, the only required fields. The Events API's page-view fields
 * (`title`, `resumed`, `duration`, `source`) are left out: the proxy forwards conversions.
 */
const BODY_FIELDS = {
    company_id: { kind: 'string', max: 256, nullable: false, only: 'conversions' },
    account_id: { kind: 'string', max: 256, nullable: false, only: 'events' },
    event_name: { kind: 'enum', values: EVENT_NAMES, nullable: false },
    action_source: { kind: 'enum', values: ACTION_SOURCES, nullable: true },
    context: { kind: 'object', fields: CONTEXT_FIELDS, nullable: false },
    currency: { kind: 'enum', values: CURRENCIES, nullable: true },
    custom_name: { kind: 'string', max: CUSTOM_NAME_MAX, nullable: true },
    event_id: { kind: 'string', max: 256, nullable: true },
    event_time: { kind: 'datetime', max: 64, nullable: true },
    plan_id: { kind: 'string', max: 256, nullable: true },
    product_id: { kind: 'string', max: 256, nullable: true },
    referrer_url: { kind: 'string', max: 4096, nullable: true },
    url: { kind: 'string', max: 4096, nullable: true },
    user: { kind: 'object', fields: USER_FIELDS, nullable: false },
    value: { kind: 'number', nullable: true },
};
/** The most events the proxy accepts in one request body. */
const MAX_BATCH_EVENTS = 50;

// JSON.parse turns "__proto__" into an own key; refusing these names by name (before the
// unknown-key rule) makes the error say why, and the validator never assigns them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 section 5.6, which OpenAPI's `date-time` (the page's type) means: seconds and the
// offset colon are required there, so anything looser could pass here and be refused upstream.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;
/** `null`, `array`, or the `typeof` name: how errors describe what came. */
function typeName(value) {
    return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isRealDate(year, month, day) {
    // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
    const d = new Date(0);
    d.setUTCFullYear(+year, +month - 1, +day);
    return d.getUTCFullYear() === +year && d.getUTCMonth() === +month - 1 && d.getUTCDate() === +day;
}
/** `YYYY-MM-DD` naming a day that exists. */
function isDate(value) {
    const m = DATE.exec(value);
    return m !== null && isRealDate(m[1], m[2], m[3]);
}
/**
 * An RFC 3339 date-time (the ISO 8601 profile: seconds and a `Z` or `±HH:MM` zone required),
 * naming a moment that exists.
 */
function isDateTime(value) {
    const m = DATE_TIME.exec(value);
    return m !== null && isRealDate(m[1], m[2], m[3]) && !Number.isNaN(Date.parse(value));
}
/** Whether a field (its rule's `only`) is part of the body being checked. */
function takes(rule, options) {
    const { only } = rule;
    return !only || options.input === true || only === (options.api ?? 'conversions');
}
function keyProblem(key, path, options) {
    // A hostile key can be kilobytes long: cap what is echoed back.
    if (path.length > 80)
        path = `${path.slice(0, 80)}…`;
    const api = options.input ? 'conversions or events' : (options.api ?? 'conversions');
    return FORBIDDEN_KEYS.has(key)
        ? { code: 'forbidden_key', message: `${path} is not allowed`, path }
        : { code: 'unknown_key', message: `${path} is not a field of Whop's ${api} API`, path };
}
function join(prefix, key) {
    return prefix ? `${prefix}.${key}` : key;
}
function checkString(value, path, max, errors) {
    if (typeof value !== 'string') {
        errors.push({ code: 'type', message: `${path} must be a string, got ${typeName(value)}`, path });
        return false;
    }
    if (value.length > max) {
        errors.push({
            code: 'max_length',
            message: `${path} must be at most ${max} characters, got ${value.length}`,
            path,
        });
        return false;
    }
    return true;
}
function checkStringMap(value, path, fields, options, errors, out) {
    if (!isPlainObject(value)) {
        errors.push({ code: 'type', message: `${path} must be an object, got ${typeName(value)}`, path });
        return;
    }
    for (const key of Object.keys(value)) {
        const keyPath = join(path, key);
        if (!Object.hasOwn(fields, key) || FORBIDDEN_KEYS.has(key) || !takes(fields[key], options)) {
            errors.push(keyProblem(key, keyPath, options));
            continue;
        }
        const item = value[key];
        if (item === undefined)
            continue;
        if (!checkString(item, keyPath, fields[key].max, errors))
            continue;
        if (key === 'birthdate' && !isDate(item)) {
            errors.push({ code: 'format', message: `${keyPath} must be YYYY-MM-DD, got "${item}"`, path: keyPath });
            continue;
        }
        out[key] = item;
    }
}
/**
 * `event_name` under the Events API: a standard name or any custom one, a non-empty string of
 * at most CUSTOM_NAME_MAX characters (every standard name fits).
 */
function checkFreeName(value, path, errors) {
    if (value === '') {
        errors.push({ code: 'empty', message: `${path} must not be empty`, path });
        return false;
    }
    return checkString(value, path, CUSTOM_NAME_MAX, errors);
}
/** Why `/conversions` refused a name: said for the names only the Events API takes, and free ones. */
function eventsApiHint(value) {
    return typeof value === 'string' && value.length <= CUSTOM_NAME_MAX
        ? ` (Whop's Events API takes it: set the proxy's api to 'events', WHOP_API=events${EVENTS_API_EVENT_NAMES.includes(value)
            ? ''
            : ', or send it as custom with custom_name'})`
        : '';
}
function checkField(key, value, path, options, errors, out) {
    const rule = BODY_FIELDS[key];
    if (key === 'event_name' && options.api === 'events') {
        if (checkFreeName(value, path, errors))
            out[key] = value;
        return;
    }
    if (value === null) {
        if (rule.nullable)
            out[key] = null;
        else
            errors.push({ code: 'type', message: `${path} must not be null`, path });
        return;
    }
    switch (rule.kind) {
        case 'string':
            if (checkString(value, path, rule.max, errors))
                out[key] = value;
            return;
        case 'datetime':
            if (!checkString(value, path, rule.max, errors))
                return;
            if (isDateTime(value))
                out[key] = value;
            else
                errors.push({
                    code: 'format',
                    message: `${path} must be an ISO 8601 date-time such as 2023-12-01T05:00:00.401Z, got "${value}"`,
                    path,
                });
            return;
        case 'enum':
            if (rule.values.includes(value))
                out[key] = value;
            else
                errors.push({
                    code: typeof value === 'string' ? 'enum' : 'type',
                    message: `${path} must be one of ${rule.values.join(', ')}; got ${typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeName(value)}${rule.values === EVENT_NAMES ? eventsApiHint(value) : ''}`,
                    path,
                });
            return;
        case 'number':
            if (typeof value === 'number' && Number.isFinite(value))
                out[key] = value;
            else
                errors.push({
                    code: 'type',
                    message: `${path} must be a finite number, got ${typeof value === 'number' ? String(value) : typeName(value)}`,
                    path,
                });
            return;
        case 'object': {
            const map = {};
            checkStringMap(value, path, rule.fields, options, errors, map);
            out[key] = map;
            return;
        }
    }
}
/**
 * Checks one body against the API's page: `/conversions` by default, the Events API with
 * `api: 'events'`. Strict: unknown and prototype keys are errors at every level, and so are the
 * fields of the other API (unless `input`). Returns a fresh object holding only the documented
 * fields. `prefix` is prepended to every error path (used for batches: `[2]`).
 */
function validateConversion(input, options = {}) {
    const prefix = options.prefix ?? '';
    const errors = [];
    if (!isPlainObject(input)) {
        return {
            ok: false,
            errors: [
                {
                    code: 'type',
                    message: `${prefix || 'body'} must be an object, got ${typeName(input)}`,
                    path: prefix,
                },
            ],
        };
    }
    // Own properties only: the loop below sees own keys, so the rules after it must too, or a
    // polluted Object.prototype could satisfy `required` for a field the output then lacks.
    const own = (key) => (Object.hasOwn(input, key) ? input[key] : undefined);
    const out = {};
    for (const key of Object.keys(input)) {
        const path = join(prefix, key);
        const known = Object.hasOwn(BODY_FIELDS, key) && !FORBIDDEN_KEYS.has(key);
        if (!known || !takes(BODY_FIELDS[key], options))
            errors.push(keyProblem(key, path, options));
        // `{ value: maybeUndefined }` from a JS caller means "absent", as it does in JSON.
        else if (input[key] === undefined)
            continue;
        else
            checkField(key, input[key], path, options, errors, out);
    }
    const account = ACCOUNT_FIELDS[options.api ?? 'conversions'];
    for (const key of options.input ? ['event_name'] : [account, 'event_name']) {
        if (own(key) === undefined) {
            const path = join(prefix, key);
            errors.push({ code: 'required', message: `${path} is required`, path });
        }
    }
    const customName = own('custom_name');
    if (own('event_name') === 'custom' && (typeof customName !== 'string' || customName === '')) {
        const path = join(prefix, 'custom_name');
        errors.push({
            code: 'custom_name_required',
            message: `${path} is required when event_name is "custom"`,
            path,
        });
    }
    const value = own('value');
    if (options.api === 'events' &&
        own('event_name') === 'purchase' &&
        !(typeof value === 'number' && value > 0)) {
        const path = join(prefix, 'value');
        errors.push({
            code: 'value_required',
            message: `${path} must be a positive number when event_name is "purchase"`,
            path,
        });
    }
    for (const key of ['event_id', account]) {
        if (own(key) === '') {
            const path = join(prefix, key);
            errors.push({ code: 'empty', message: `${path} must not be empty`, path });
        }
    }
    return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
/**
 * Checks what a caller posted to the proxy: one body or an array of 1..MAX_BATCH_EVENTS bodies.
 * All-or-nothing: any problem in any event fails the whole batch.
 */
function validateBatch(input, options = {}) {
    if (!Array.isArray(input)) {
        const one = validateConversion(input, options);
        return one.ok ? { ok: true, value: [one.value] } : one;
    }
    if (input.length === 0) {
        return { ok: false, errors: [{ code: 'empty', message: 'the batch holds no events', path: '' }] };
    }
    if (input.length > MAX_BATCH_EVENTS) {
        return {
            ok: false,
            errors: [
                {
                    code: 'too_many',
                    message: `a batch holds at most ${MAX_BATCH_EVENTS} events, got ${input.length}`,
                    path: '',
                },
            ],
        };
    }
    const values = [];
    const errors = [];
    // An index loop, not forEach: forEach skips the holes of a sparse array, which would pass a
    // batch whose results no longer line up with its indices.
    for (let i = 0; i < input.length; i++) {
        const one = validateConversion(input[i], { ...options, prefix: `[${i}]` });
        if (one.ok)
            values.push(one.value);
        else
            errors.push(...one.errors);
    }
    return errors.length ? { ok: false, errors } : { ok: true, value: values };
}

// src/patterns.json
var patterns_default = [
  " daum[ /]",
  " deusu/",
  "(?:^|[^g])news(?!sapphire)",
  "(?<! channel/|google/)google(?!(?:wv|app|/google| pixel))",
  "(?<! cu)bots?(?:\\b|_)",
  "(?<!cam)scan",
  "(?<!lib)http",
  "24x7",
  ";\\s\\w+;$",
  "@[a-z][\\w-]+\\.",
  "\\(\\)",
  "\\.com\\b",
  "\\b\\w+/1\\.0;",
  "\\bbw/",
  "\\bdlc\\b",
  "\\bort/",
  "\\bperl\\b",
  "\\btime/",
  "\\|",
  "^[<\\(;]",
  "^[\\w \\.\\-\\(?:\\):%]+(?:/v?\\d+(?:\\.\\d+)?(?:\\.\\d{1,10})*?)?(?:,|$)",
  "^[\\w\\-]+/[\\w]+$",
  "^[^ ]{50,}$",
  "^\\d+\\b",
  "^\\w*search\\b",
  "^\\w+/[\\w\\(\\)]*$",
  "^\\w+/\\d\\.\\d\\s\\([\\w@]+\\)$",
  "^active",
  "^ad muncher",
  "^amaya",
  "^apache/",
  "^avsdevicesdk/",
  "^azure",
  "^biglotron",
  "^blackbox exporter",
  "^bot",
  "^clamav[ /]",
  "^claude-code/",
  "^client/",
  "^cobweb/",
  "^custom",
  "^ddg[_-]android",
  "^discourse",
  "^dispatch/\\d",
  "^downcast/",
  "^duckduckgo",
  "^email",
  "^exodusmovement",
  "^facebook",
  "^getright/",
  "^gozilla/",
  "^hobbit",
  "^hotzonu",
  "^hwcdn/",
  "^igetter/",
  "^jeode/",
  "^jetty/",
  "^jigsaw",
  "^microsoft bits",
  "^movabletype",
  "^mozilla/\\d\\.\\d\\s[\\w\\.-]+$",
  "^mozilla/\\d\\.\\d\\s\\((?:compatible;)?(?:\\s?[\\w\\d-.]+[\\s/]\\d+\\.\\d+)?\\)$",
  "^navermailapp",
  "^netsurf",
  "^offline",
  "^openai/",
  "^owler",
  "^php",
  "^postman",
  "^ps_daily/",
  "^python",
  "^rank",
  "^read",
  "^reed",
  "^remove\\.bg/",
  "^rest",
  "^rss",
  "^snapchat",
  "^sora ",
  "^space bison",
  "^stape/",
  "^svn",
  "^swcd ",
  "^taringa",
  "^thumbor/",
  "^track",
  "^w3c",
  "^webbandit/",
  "^webcopier",
  "^wget",
  "^whatsapp",
  "^wordpress",
  "^xenu link sleuth",
  "^yahoo",
  "^yandex",
  "^zdm/\\d",
  "^zoom marketplace/",
  "abuse",
  "advisor",
  "agent\\b",
  "analyzer",
  "archive",
  "ask jeeves/teoma",
  "attracta",
  "audit",
  "bluecoat drtr",
  "browsex",
  "burpcollaborator",
  "capture",
  "catch",
  "check\\b",
  "checker",
  "chrome-lighthouse",
  "chromeframe",
  "classifier",
  "cloudflare",
  "collapsify\\b",
  "convertify",
  "cookiehubverify/",
  "crawl",
  "cursor/",
  "cypress/",
  "dareboost",
  "datanyze",
  "dejaclick",
  "detect",
  "discovery",
  "dmbrowser",
  "download",
  "exaleadcloudview",
  "feed",
  "firephp",
  "foregenix",
  "functionize",
  "grab",
  "hardenize\\b",
  "headless",
  "hotjar",
  "httrack",
  "hubspot marketing grader",
  "ibisbrowser",
  "infrawatch",
  "insight",
  "inspect",
  "iplabel",
  "java(?!;)",
  "library",
  "linkcheck",
  "linktiger",
  "mail\\.ru/",
  "manus-user/",
  "marketgoo/",
  "measure",
  "monitor\\b",
  "neustar wpm",
  "node\\b",
  "nutch",
  "offbyone",
  "openvas",
  "optimize",
  "pageburst",
  "pagespeed",
  "parser",
  "phantomjs",
  "pingdom",
  "playwright",
  "powermarks",
  "preview",
  "productfinder",
  "prospectingstudio",
  "proxy",
  "ptst[ /]\\d",
  "radar",
  "readable/",
  "retriever",
  "rexx;",
  "rigor",
  "rss\\b",
  "scrape",
  "securityheaders",
  "selenium",
  "server",
  "silktide",
  "sindup/",
  "sogou",
  "sparkler/",
  "speedcurve",
  "spider",
  "splash",
  "statuscake",
  "supercleaner",
  "synapse",
  "synthetic",
  "testlocally",
  "tools",
  "torrent",
  "transcoder",
  "url",
  "validator",
  "virtuoso",
  "wappalyzer",
  "watchtowr",
  "webglance",
  "webkit2png",
  "whatcms/",
  "xtate/"
];
var isNonEmptyString = (value) => typeof value === "string" && value !== "";
var list = patterns_default;
var createIsBotFromList = (list2) => {
  const pattern2 = new RegExp(list2.join("|"), "i");
  return (userAgent) => isNonEmptyString(userAgent) && pattern2.test(userAgent);
};
var createIsbotFromList = createIsBotFromList;

/**
 * Remembers the last results of a pure function of one string, up to `size` keys (the map is
 * emptied when full: cheap, and bounded whatever clients send). User agents repeat heavily in
 * real traffic, and parsing one with ua-parser-js or isbot's pattern costs far more than a lookup.
 */
function memo(fn, size = 1000) {
    const cache = new Map();
    return (key) => {
        let value = cache.get(key);
        if (value === undefined && !cache.has(key)) {
            if (cache.size >= size)
                cache.clear();
            value = fn(key);
            cache.set(key, value);
        }
        return value;
    };
}

/**
 * User agents that isbot counts as bots but this proxy does not: HTTP libraries a server-side
 * caller uses (a backend forwarding a lead is not a crawler) and browsers driven by test tools
 * (headless detection is the separate `blockHeadless` option). Every isbot pattern matching one
 * of these is dropped, so the list follows isbot's updates instead of naming its patterns.
 */
const NOT_BOTS = [
    'curl/8.5.0',
    'Wget/1.21.4',
    'node',
    'undici',
    'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
    'node-fetch',
    'axios/1.7.2',
    'python-requests/2.31.0',
    'Python-urllib/3.11',
    'python-httpx/0.27.0',
    'aiohttp/3.9.5',
    'Go-http-client/1.1',
    'Go-http-client/2.0',
    'okhttp/4.12.0',
    'Java-http-client/17.0.2',
    'Apache-HttpClient/4.5.14 (Java/17.0.8)',
    'GuzzleHttp/7',
    'PostmanRuntime/7.36.0',
    'Ruby',
    'Faraday v2.7.4',
    'HTTPie/3.2.2',
    'Deno/1.40.0',
    'Bun/1.1.0',
    'Mozilla/5.0',
    // An unknown agent of the `Mozilla/5.0 <word>` shape: isbot's guess, not a known crawler.
    'Mozilla/5.0 my-backend',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Cypress/13.6.0 Chrome/118.0.0.0 Electron/27.1.3 Safari/537.36',
];
/**
 * Crawlers and preview fetchers that isbot finds only through a generic pattern dropped above
 * (a URL in the agent, an `http` library name), added back by name.
 */
const RESTORED = ['mastodon/', 'iframely', 'embedly', 'vkshare', 'skypeuripreview', 'slurp', 'qwantify'];
let matcher;
/** The crawler and link-preview matcher: isbot's list minus {@link NOT_BOTS}, built on first use. */
function crawlerMatcher() {
    if (!matcher) {
        const kept = list.filter((pattern) => {
            const re = new RegExp(pattern, 'i');
            return !NOT_BOTS.some((userAgent) => re.test(userAgent));
        });
        matcher = createIsbotFromList([...kept, ...RESTORED]);
    }
    return matcher;
}
/**
 * Whether `userAgent` is a known crawler or link-preview fetcher (Googlebot, bingbot,
 * facebookexternalhit, Slackbot, Twitterbot, LinkedInBot, Discordbot, WhatsApp, TelegramBot…).
 * A missing, unknown or HTTP-library agent is not: server-to-server callers are welcome.
 */
function isCrawler(userAgent) {
    return Boolean(userAgent) && matchCrawler(userAgent);
}
const matchCrawler = memo((userAgent) => crawlerMatcher()(userAgent));
/**
 * Whether to turn a request away as a bot: an agent listed in `allow` never is; a crawler
 * always is; a headless browser (`headless`, from ua-parser-js) is with `blockHeadless`.
 */
function isBot(userAgent, headless, check = {}) {
    if (!userAgent)
        return false;
    const lower = userAgent.toLowerCase();
    if (check.allow?.some((part) => lower.includes(part.toLowerCase())))
        return false;
    return isCrawler(userAgent) || (check.blockHeadless === true && headless);
}

const KEYWORDS = {
    loopback: ['127.0.0.0/8', '::1/128'],
    private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
    linklocal: ['169.254.0.0/16', 'fe80::/10'],
};
function parseIPv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    const bytes = [];
    for (const part of parts) {
        // Leading zeros are refused: some stacks read them as octal, so their meaning is ambiguous.
        if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255)
            return undefined;
        bytes.push(Number(part));
    }
    return bytes;
}
function parseIPv6(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const groups = [[], []];
    for (let h = 0; h < halves.length; h++) {
        const parts = halves[h] === '' ? [] : halves[h].split(':');
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i];
            if (h === halves.length - 1 && i === parts.length - 1 && part.includes('.')) {
                const v4 = parseIPv4(part);
                if (!v4)
                    return undefined;
                groups[h].push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
            }
            else if (/^[0-9a-f]{1,4}$/i.test(part))
                groups[h].push(Number.parseInt(part, 16));
            else
                return undefined;
        }
    }
    const fill = 8 - groups[0].length - groups[1].length;
    if (halves.length === 1 ? fill !== 0 : fill < 1)
        return undefined;
    const all = [...groups[0], ...new Array(halves.length === 1 ? 0 : fill).fill(0), ...groups[1]];
    return all.flatMap((g) => [g >> 8, g & 0xff]);
}
/** Parses a bare IPv4/IPv6 address; IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes IPv4. */
function parseIp(text) {
    if (text.length > 64)
        return undefined;
    if (!text.includes(':'))
        return parseIPv4(text);
    const bytes = parseIPv6(text.replace(/%[\w.~-]+$/, '')); // a zone (`%eth0`) only means something locally
    if (bytes?.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
        return bytes.slice(12);
    }
    return bytes;
}
/** RFC 5952 text: lower case, no leading zeros, the longest run of zero groups as `::`. */
function formatIp(bytes) {
    if (bytes.length === 4)
        return bytes.join('.');
    const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
    let best = -1;
    let bestLength = 1;
    for (let i = 0; i < 8; i++) {
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength)
            [best, bestLength] = [i, j - i];
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}
/**
 * Canonical text of an address as a header or socket gives it: strips surrounding quotes,
 * `[…]` brackets and a port, maps `::ffff:1.2.3.4` to `1.2.3.4`. Undefined when what remains is
 * not an IP address — a client-written value is never passed on as-is.
 */
function normalizeAddress(raw) {
    if (raw === undefined)
        return undefined;
    let text = raw.trim();
    if (text.length > 100)
        return undefined;
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.slice(1, -1).trim();
    if (text.startsWith('[')) {
        const end = text.indexOf(']');
        if (end < 0 || !/^(:\d{1,5})?$/.test(text.slice(end + 1)))
            return undefined;
        text = text.slice(1, end);
    }
    else if (/^[\d.]+:\d{1,5}$/.test(text)) {
        text = text.slice(0, text.lastIndexOf(':'));
    }
    const bytes = parseIp(text);
    return bytes && formatIp(bytes);
}
function parseRange(entry) {
    const [ip, prefixText, extra] = entry.split('/');
    const base = extra === undefined ? parseIp(ip) : undefined;
    if (!base)
        return undefined;
    const bits = base.length * 8;
    if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const prefix = prefixText === undefined ? bits : Number(prefixText);
    if (prefix > bits)
        return undefined;
    return (address) => {
        if (address.length !== base.length)
            return false;
        for (let bit = 0; bit < prefix; bit += 8) {
            const mask = (0xff << (8 - Math.min(8, prefix - bit))) & 0xff;
            if ((address[bit / 8] & mask) !== (base[bit / 8] & mask))
                return false;
        }
        return true;
    };
}
/** One matcher per list; lists are read once, when first used. */
const compiled = new WeakMap();
function listMatcher(list, name) {
    let match = compiled.get(list);
    if (match)
        return match;
    const matchers = list.flatMap((entry) => {
        const word = entry.trim().toLowerCase();
        const ranges = (KEYWORDS[word] ?? [word]).map(parseRange);
        if (ranges.some((m) => m === undefined)) {
            throw new Error(`${name}: "${String(entry).slice(0, 60)}" is not an IP address, a CIDR range such as 10.0.0.0/8, or one of ${Object.keys(KEYWORDS).join(', ')}`);
        }
        return ranges;
    });
    match = (address) => matchers.some((m) => m(address));
    compiled.set(list, match);
    return match;
}
/**
 * Checks a `trustProxy` value and returns it; throws an Error naming `name` and the bad part.
 * Adapters call it at creation so a typo fails at start rather than on the first request.
 */
function checkTrustProxy(value, name = 'trustProxy') {
    if (value === undefined || value === false)
        return false;
    if (value === 'cloudflare')
        return value;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        listMatcher(value, name);
        return value;
    }
    throw new Error(`${name} must be false, a number of proxy hops, a list of proxy addresses/ranges, or "cloudflare"`);
}
/**
 * Reads `WHOP_TRUST_PROXY`: empty, `false` or `0` → `false`; digits → that many hops;
 * `cloudflare`; otherwise a comma list of addresses, CIDR ranges and the words `loopback`,
 * `private`, `linklocal`. Throws an Error naming WHOP_TRUST_PROXY on anything else.
 */
function parseTrustProxy(text) {
    const value = (text ?? '').trim();
    if (value === '' || value === '0' || value.toLowerCase() === 'false')
        return false;
    if (/^\d+$/.test(value))
        return Number(value);
    if (value.toLowerCase() === 'cloudflare')
        return 'cloudflare';
    if (value.toLowerCase() === 'true') {
        throw new Error('WHOP_TRUST_PROXY=true would believe the left-most X-Forwarded-For address, which any client can write; ' +
            'give the number of proxies in front (e.g. 1) or their addresses (e.g. loopback,10.0.0.0/8)');
    }
    const list = value.split(',').map((item) => item.trim());
    if (list.some((item) => item === ''))
        throw new Error('WHOP_TRUST_PROXY: empty item in the list');
    return checkTrustProxy(list, 'WHOP_TRUST_PROXY');
}
/** Splits on `separator` outside double quotes (RFC 7239 values may be quoted). */
function splitOutsideQuotes(text, separator) {
    const parts = [];
    let quoted = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && quoted)
            i++;
        else if (c === '"')
            quoted = !quoted;
        else if (c === separator && !quoted) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts;
}
/**
 * The forwarding chain, left (farthest) to right (nearest). `X-Forwarded-For` is what nearly
 * every proxy appends to, so it wins when present; `Forwarded: for=` is read only without it.
 */
function forwardedChain(headers) {
    const xff = headers.get('x-forwarded-for');
    if (xff !== null)
        return xff.split(',');
    const forwarded = headers.get('forwarded');
    if (forwarded === null)
        return [];
    return splitOutsideQuotes(forwarded, ',').map((element) => {
        for (const pair of splitOutsideQuotes(element, ';')) {
            const eq = pair.indexOf('=');
            if (eq > 0 && pair.slice(0, eq).trim().toLowerCase() === 'for')
                return pair.slice(eq + 1);
        }
        return ''; // a hop that did not say who it forwarded for: unknown, stops the walk
    });
}
function isTrusted(trustProxy, address, depth) {
    if (typeof trustProxy === 'number')
        return depth < trustProxy;
    return listMatcher(trustProxy, 'trustProxy')(parseIp(address));
}
/**
 * The client's IP address, or undefined when it cannot be known. Starts from the connection's
 * peer and, only when `trustProxy` trusts that hop, walks `X-Forwarded-For` (or `Forwarded:
 * for=`) from the right, one trusted hop at a time; the first untrusted address is the client.
 * The left-most value is whatever the client wrote, so it is reached only when every hop to its
 * right is a trusted proxy. A hop that is not a valid IP ends the walk with undefined.
 */
function resolveClientAddress({ peer, headers, trustProxy = false, }) {
    const peerAddress = normalizeAddress(peer);
    if (trustProxy === false || trustProxy === 0)
        return peerAddress;
    if (trustProxy === 'cloudflare')
        return normalizeAddress(headers.get('cf-connecting-ip') ?? '') ?? peerAddress;
    if (peer !== undefined && (peerAddress === undefined || !isTrusted(trustProxy, peerAddress, 0))) {
        return peerAddress;
    }
    const chain = forwardedChain(headers);
    let client = peerAddress;
    for (let depth = 1; depth <= chain.length; depth++) {
        client = normalizeAddress(chain[chain.length - depth]);
        if (client === undefined || !isTrusted(trustProxy, client, depth))
            return client;
    }
    return client;
}
/**
 * Whether the connection's peer is a proxy `trustProxy` believes, so that its other
 * `X-Forwarded-*` headers (protocol, host) may be used too.
 */
function trustsPeer(peer, trustProxy = false) {
    if (trustProxy === false || trustProxy === 0)
        return false;
    if (trustProxy === 'cloudflare' || typeof trustProxy === 'number')
        return true;
    const address = normalizeAddress(peer);
    return address !== undefined && isTrusted(trustProxy, address, 0);
}

/** Lower-case scheme://host[:port] with no trailing slash, or '' when `value` is no origin. */
function normalizeOrigin(value) {
    try {
        const url = new URL(value);
        return url.origin === 'null' ? '' : url.origin.toLowerCase();
    }
    catch {
        return '';
    }
}
/**
 * Whether a browser request from `origin` may use the endpoint. No `Origin` header means a
 * server-to-server caller or a same-origin GET-like request: allowed. With no list configured,
 * only the site's own origin is allowed; `Sec-Fetch-Site: same-origin` counts too, because
 * behind a reverse proxy `request.url` may name an internal host while the page's origin is public.
 */
function isOriginAllowed(request, allowed) {
    const origin = request.headers.get('origin');
    if (origin === null)
        return true;
    if (allowed === '*')
        return true;
    const normalized = normalizeOrigin(origin);
    if (!normalized)
        return false;
    if (allowed)
        return allowed.includes(normalized);
    return (normalized === normalizeOrigin(request.url) || request.headers.get('sec-fetch-site') === 'same-origin');
}
/**
 * CORS headers for an allowed cross-origin caller. The origin is echoed (never `*`) with
 * credentials allowed, because `navigator.sendBeacon` always sends credentials and a
 * wildcard would make the browser discard the answer.
 */
function corsHeaders(request) {
    const origin = request.headers.get('origin');
    const headers = { Vary: 'Origin' };
    if (origin) {
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Allow-Credentials'] = 'true';
    }
    return headers;
}
/** The answer to an allowed `OPTIONS` preflight. */
function preflightHeaders(request) {
    return {
        ...corsHeaders(request),
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '7200',
    };
}

/** Parses a `Cookie` request header into name → value (first occurrence wins, values URI-decoded). */
function parseCookieHeader(header) {
    const cookies = new Map();
    if (!header)
        return cookies;
    for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        if (eq < 1)
            continue;
        const name = part.slice(0, eq).trim();
        if (cookies.has(name))
            continue;
        let value = part.slice(eq + 1).trim();
        if (value.startsWith('"') && value.endsWith('"'))
            value = value.slice(1, -1);
        try {
            value = decodeURIComponent(value);
        }
        catch {
            // A malformed %-sequence: keep the raw text, as js-cookie does.
        }
        cookies.set(name, value);
    }
    return cookies;
}
/**
 * The fbclid inside Meta's `_fbc` cookie: `fb.<subdomainIndex>.<ms>.<fbclid>`, with the
 * optional fifth segment Meta's newer tools append. Anything else yields undefined.
 */
function fbclidFromFbc(fbc) {
    if (!fbc)
        return undefined;
    const parts = fbc.split('.');
    if ((parts.length !== 4 && parts.length !== 5) || parts[0] !== 'fb')
        return undefined;
    if (!/^\d+$/.test(parts[1]) || !/^\d+$/.test(parts[2]) || !parts[3])
        return undefined;
    return parts[3];
}

/** The first-party cookie that holds the snippet's `anonymous_id`. */
const ANONYMOUS_ID_COOKIE = '_whop_aid';
/** One year: Chrome caps cookie lifetimes at 400 days anyway. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const ID = /^[A-Za-z0-9._-]{8,64}$/;
const HOSTNAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
/**
 * A `Set-Cookie` that re-issues the `anonymous_id` from the server, because Safari caps cookies
 * written by `document.cookie` at 7 days (24 hours after an ad click) but not those set by the
 * site's own server. The snippet names the registrable domain it probed in the `cd` query
 * parameter; it is used only when the page's host is that domain or below it (browsers refuse
 * public suffixes themselves). Returns undefined when there is nothing safe to set, and for
 * Whop's own visitor id (`wuid_…`, which the snippet sends when Whop's pixel keeps one): that is
 * Whop's cookie, not ours, and the snippet's own id must stay what it was.
 */
function anonymousIdCookie(request, anonymousId) {
    if (typeof anonymousId !== 'string' || !ID.test(anonymousId) || anonymousId.startsWith('wuid_'))
        return undefined;
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    let pageHost = url.hostname;
    let secure = url.protocol === 'https:';
    if (origin) {
        try {
            const page = new URL(origin);
            pageHost = page.hostname;
            secure = page.protocol === 'https:';
        }
        catch {
            return undefined;
        }
    }
    let cookie = `${ANONYMOUS_ID_COOKIE}=${anonymousId}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax`;
    const domain = url.searchParams.get('cd')?.toLowerCase();
    if (domain && HOSTNAME.test(domain) && (pageHost === domain || pageHost.endsWith(`.${domain}`))) {
        cookie += `; Domain=${domain}`;
    }
    return secure ? `${cookie}; Secure` : cookie;
}

// Ad cookies a same-site deployment receives even when the snippet could not read them.
const COOKIE_CONTEXT = { _fbp: 'fbp', _ga: 'ga', _ttp: 'ttp', _fbc: 'fbc' };
// A BCP 47 tag as browsers send it first in Accept-Language (`en-US`, `zh-Hant-TW`).
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
/** The visitor's preferred language: the first tag of `Accept-Language`, if it is one. */
function languageOf(header) {
    const first = header?.split(',')[0].split(';')[0].trim();
    return first && LANGUAGE.test(first) && first.length <= CONTEXT_FIELDS.language.max ? first : undefined;
}
/** Removes the keys of `map` that `api` does not take; returns how many went. */
function keep(map, fields, api) {
    let dropped = 0;
    for (const key of Object.keys(map))
        if (fields[key].only && fields[key].only !== api) {
            delete map[key];
            dropped++;
        }
    return dropped;
}
/**
 * Turns a validated caller body into the exact upstream body of the API the proxy speaks: the
 * company from the server's options (`company_id`, or `account_id` for the Events API),
 * `ip_address` and `user_agent` from the request (never from the body), defaults for
 * `action_source`, `event_id` and `event_time`, and attribution cookies where the body has none.
 * For `/conversions` the fields only the Events API takes are dropped (and counted); for the
 * Events API a `custom` event goes under its own name (as Whop's pixel sends it, so the pair is
 * counted once), with the visitor's language and, when the body carries Whop's visitor id, the
 * snippet's own id as `linked_anonymous_id`. Null fields are dropped: upstream treats absent and
 * null alike, and the body stays small.
 */
function enrich(input, facts) {
    const { context: inputContext, user: inputUser, ...rest } = input;
    const body = {};
    for (const [key, value] of Object.entries(rest))
        if (value !== null && value !== undefined && key !== 'company_id' && key !== 'account_id')
            body[key] = value;
    const context = { ...inputContext };
    const user = { ...inputUser };
    delete context.ip_address;
    delete context.user_agent;
    const events = facts.api === 'events';
    const cookies = parseCookieHeader(facts.cookieHeader ?? null);
    for (const [cookie, key] of Object.entries(COOKIE_CONTEXT)) {
        const value = cookies.get(cookie);
        if (!context[key] && value && value.length <= CONTEXT_FIELDS[key].max && (events || key !== 'fbc'))
            context[key] = value;
    }
    if (!context.fbclid) {
        const fbclid = fbclidFromFbc(context.fbc ?? cookies.get('_fbc'));
        if (fbclid && fbclid.length <= CONTEXT_FIELDS.fbclid.max)
            context.fbclid = fbclid;
    }
    // One click, not two: an `_fbc` written before the page's newer fbclid (the snippet rewrites
    // it only once consent allows) would credit the older ad.
    if (context.fbc && fbclidFromFbc(context.fbc) !== context.fbclid)
        delete context.fbc;
    if (facts.clientAddress)
        context.ip_address = facts.clientAddress;
    if (facts.userAgent)
        context.user_agent = facts.userAgent.slice(0, CONTEXT_FIELDS.user_agent.max);
    if (events) {
        const language = languageOf(facts.acceptLanguage);
        if (!context.language && language)
            context.language = language;
        // Whop's `_wuid` is host-only, the snippet's id spans the site: sending both joins them.
        const own = cookies.get(ANONYMOUS_ID_COOKIE);
        if (!user.linked_anonymous_id &&
            user.anonymous_id?.startsWith('wuid_') &&
            own &&
            own !== user.anonymous_id &&
            own.length <= USER_FIELDS.linked_anonymous_id.max)
            user.linked_anonymous_id = own;
    }
    const dropped = keep(context, CONTEXT_FIELDS, facts.api) + keep(user, USER_FIELDS, facts.api);
    const out = {
        [ACCOUNT_FIELDS[facts.api]]: facts.companyId,
        ...body,
        event_name: input.event_name,
        action_source: input.action_source ?? 'website',
        event_id: input.event_id ?? facts.newEventId(),
        event_time: input.event_time ?? facts.receivedAt,
    };
    if (events && out.event_name === 'custom') {
        out.event_name = out.custom_name;
        delete out.custom_name;
    }
    if (Object.keys(context).length)
        out.context = context;
    if (Object.keys(user).length)
        out.user = user;
    return { body: out, dropped };
}

/** Maps `items` through `fn` with at most `limit` calls in flight, keeping the order of results. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

/**
 * The default logger: one JSON line per entry on the console. As a last line of defence, any
 * occurrence of a `secret` (the API key, the shared secret) is replaced before the line is written.
 */
function consoleLogger(...secrets) {
    // Also as JSON escapes it, in case a secret holds a quote or a backslash.
    const redact = secrets
        .filter((secret) => Boolean(secret))
        .flatMap((secret) => [JSON.stringify(secret).slice(1, -1), secret]);
    const write = (level, entry) => {
        let line = JSON.stringify({ level, time: new Date().toISOString(), ...entry });
        for (const secret of redact)
            line = line.split(secret).join('[redacted]');
        (level === 'info' ? console.log : console.error)(line);
    };
    return {
        info: (entry) => write('info', entry),
        warn: (entry) => write('warn', entry),
        error: (entry) => write('error', entry),
    };
}
/** A logger that writes nothing (`logger: false`). */
const silentLogger = { info() { }, warn() { }, error() { } };

/**
 * Token buckets in a `Map` used as an LRU list (a touched key is moved to the end), capped at
 * `maxKeys`. Pure arithmetic on `now`, so tests pass the clock in.
 */
function memoryRateLimitStore(options = {}) {
    const maxKeys = options.maxKeys ?? 10_000;
    if (!Number.isInteger(maxKeys) || maxKeys < 1) {
        throw new TypeError('memoryRateLimitStore: maxKeys must be a positive integer');
    }
    const buckets = new Map();
    return {
        get size() {
            return buckets.size;
        },
        take(key, cost, { burst, perSecond }, now) {
            const bucket = buckets.get(key) ?? { tokens: burst, at: now };
            buckets.delete(key);
            // A clock that steps back must not mint tokens, nor make the bucket owe them.
            const elapsed = Math.max(0, now - bucket.at);
            bucket.tokens = Math.min(burst, bucket.tokens + (elapsed * perSecond) / 1000);
            bucket.at = Math.max(bucket.at, now);
            buckets.set(key, bucket);
            if (buckets.size > maxKeys)
                buckets.delete(buckets.keys().next().value);
            if (bucket.tokens >= cost) {
                bucket.tokens -= cost;
                return { allowed: true, retryAfterMs: 0 };
            }
            return { allowed: false, retryAfterMs: Math.ceil(((cost - bucket.tokens) * 1000) / perSecond) };
        },
    };
}
/** Expands RFC 5952 text (`2001:db8::1`) to its eight groups. */
function ipv6Groups(address) {
    const [head, tail] = address.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const zeros = tail === undefined ? [] : new Array(8 - left.length - right.length).fill('0');
    return [...left, ...zeros, ...right];
}
/**
 * The bucket key for a client address: the address itself for IPv4, the /64 network for IPv6,
 * because one subscriber usually holds a whole /64 and could otherwise rotate through 2^64
 * addresses, each with a fresh bucket. Undefined when there is no usable address.
 */
function rateLimitKey(address) {
    const normalized = normalizeAddress(address);
    if (normalized === undefined)
        return undefined;
    if (!normalized.includes(':'))
        return normalized;
    return `${ipv6Groups(normalized).slice(0, 4).join(':')}::/64`;
}

/** Whop's production host. */
const WHOP_API_ORIGIN = 'https://api.whop.com';
/** Whop's production endpoint of each API. */
const DEFAULT_API_URLS = {
    conversions: WHOP_API_ORIGIN + API_PATHS.conversions,
    events: WHOP_API_ORIGIN + API_PATHS.events,
};
/** Whop's production endpoint of the default API, `/conversions`. */
const DEFAULT_API_URL = DEFAULT_API_URLS.conversions;
/** Documented in {@link RateLimitOptions}. */
const DEFAULT_RATE_LIMIT = { burst: 120, perSecond: 20 };
function fail(field, expected, got) {
    const kind = got === null ? 'null' : Array.isArray(got) ? 'array' : typeof got;
    throw new TypeError(`createProxy: options.${field} must be ${expected}; got ${kind}`);
}
function integer(value, field, min, max, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        fail(field, `an integer from ${min} to ${max}`, value);
    }
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function resolveRateLimit(value) {
    if (value === false)
        return false;
    if (value !== undefined && !isObject(value))
        fail('rateLimit', 'false or an object', value);
    const { burst, perSecond, store } = value ?? {};
    if (perSecond !== undefined &&
        (typeof perSecond !== 'number' || !Number.isFinite(perSecond) || perSecond <= 0 || perSecond > 1e6)) {
        fail('rateLimit.perSecond', 'a number of events per second above 0', perSecond);
    }
    if (store !== undefined && (!isObject(store) || typeof store.take !== 'function')) {
        fail('rateLimit.store', 'an object with a take(key, cost, limit, now) method', store);
    }
    return {
        burst: integer(burst, 'rateLimit.burst', 1, 1_000_000, DEFAULT_RATE_LIMIT.burst),
        perSecond: perSecond ?? DEFAULT_RATE_LIMIT.perSecond,
        store: store ?? memoryRateLimitStore(),
    };
}
function resolveBots(value) {
    if (value === false)
        return false;
    if (value !== undefined && !isObject(value))
        fail('bots', 'false or an object', value);
    const { blockHeadless = false, allow = [] } = value ?? {};
    if (typeof blockHeadless !== 'boolean')
        fail('bots.blockHeadless', 'a boolean', blockHeadless);
    if (!Array.isArray(allow) || allow.some((part) => typeof part !== 'string' || part.trim() === '')) {
        fail('bots.allow', 'a list of non-empty strings', allow);
    }
    return { blockHeadless, allow: [...allow] };
}
// Never echoes the value: it is a credential.
function resolveSecret(value, apiKey) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        fail('sharedSecret', 'a string', value);
    const problem = value.length < 16
        ? 'must be at least 16 characters'
        : /[\s\0]/.test(value)
            ? 'must not contain whitespace'
            : value === apiKey
                ? 'must not be the API key'
                : undefined;
    if (problem)
        throw new TypeError(`createProxy: options.sharedSecret ${problem}`);
    return value;
}
/**
 * Checks `createProxy` options once, at creation, so a misconfigured deployment fails at start
 * rather than on the first visitor. Messages name the option and never echo the API key.
 */
function resolveOptions(options) {
    if (typeof options !== 'object' || options === null)
        fail('', 'an object', options);
    const { apiKey, companyId } = options;
    if (typeof apiKey !== 'string' || apiKey.trim() === '')
        fail('apiKey', 'a non-empty string', apiKey);
    // A newline in the key would let it split the Authorization header.
    if (/[\s\0]/.test(apiKey))
        throw new TypeError('createProxy: options.apiKey must not contain whitespace');
    if (typeof companyId !== 'string' || companyId.trim() === '') {
        fail('companyId', 'a non-empty string such as "biz_xxxxxxxxxxxxxx"', companyId);
    }
    const api = options.api ?? 'conversions';
    if (!APIS.includes(api))
        fail('api', `"conversions" or "events"`, api);
    const apiUrl = options.apiUrl ?? DEFAULT_API_URLS[api];
    if (typeof apiUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(apiUrl))
        fail('apiUrl', 'an http(s) URL', apiUrl);
    let path;
    try {
        path = new URL(apiUrl).pathname;
    }
    catch {
        fail('apiUrl', 'an http(s) URL', apiUrl);
    }
    // The other API's path with this API's body would be refused upstream on every event.
    const other = api === 'events' ? 'conversions' : 'events';
    if (path.endsWith(API_PATHS[other]))
        throw new TypeError(`createProxy: options.apiUrl ends in ${API_PATHS[other]}, Whop's ${other} API, but options.api is "${api}"; set api: "${other}" or point apiUrl at ${API_PATHS[api]}`);
    let allowedOrigins;
    const origins = options.allowedOrigins;
    if (origins === '*' || origins === undefined)
        allowedOrigins = origins;
    else if (Array.isArray(origins)) {
        allowedOrigins = origins.map((origin, i) => {
            if (typeof origin !== 'string')
                fail(`allowedOrigins[${i}]`, 'a string such as "https://example.com"', origin);
            let parsed;
            try {
                parsed = new URL(origin);
            }
            catch {
                throw new TypeError(`createProxy: options.allowedOrigins[${i}] must be an origin such as "https://example.com"; got "${origin}"`);
            }
            return parsed.origin.toLowerCase();
        });
    }
    else
        fail('allowedOrigins', 'a list of origins or "*"', origins);
    // Checks list entries too (`10.0.0.0/33` fails here, not on every request later).
    const trustProxy = checkTrustProxy(options.trustProxy, 'createProxy: options.trustProxy');
    // Wrapped, not referenced: Workers throw "Illegal invocation" when fetch is called with
    // another object as `this`.
    const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    if (typeof fetchImpl !== 'function')
        fail('fetch', 'a function', fetchImpl);
    const logger = options.logger;
    if (logger !== undefined &&
        logger !== false &&
        (typeof logger !== 'object' ||
            logger === null ||
            ['info', 'warn', 'error'].some((m) => typeof logger[m] !== 'function'))) {
        fail('logger', 'an object with info, warn and error methods, or false', logger);
    }
    if (options.onForward !== undefined && typeof options.onForward !== 'function') {
        fail('onForward', 'a function', options.onForward);
    }
    const sharedSecret = resolveSecret(options.sharedSecret, apiKey);
    return {
        onForward: options.onForward,
        rateLimit: resolveRateLimit(options.rateLimit),
        bots: resolveBots(options.bots),
        sharedSecret,
        api,
        apiKey,
        companyId,
        apiUrl,
        allowedOrigins,
        trustProxy,
        maxBodyBytes: integer(options.maxBodyBytes, 'maxBodyBytes', 1024, 10 * 1024 * 1024, 64 * 1024),
        timeoutMs: integer(options.timeoutMs, 'timeoutMs', 1, 120_000, 3000),
        retries: integer(options.retries, 'retries', 0, 10, 3),
        maxRetryTimeMs: integer(options.maxRetryTimeMs, 'maxRetryTimeMs', 0, 600_000, 10_000),
        fetch: fetchImpl,
        logger: logger === false ? silentLogger : (logger ?? consoleLogger(apiKey, sharedSecret)),
    };
}

// The event_id also travels as the `Idempotency-Key` header, and `Headers` refuses anything but
// Latin-1 without CR, LF and NUL. Printable ASCII is the portable subset.
const HEADER_SAFE = /^[\x20-\x7e]*$/;
const at = (batch, i, path) => `${batch ? `[${i}].` : ''}${path}`;
/**
 * Rules the proxy adds to the API page's: an `event_id` must be printable ASCII. Found by
 * fuzzing: an id such as "é𝄞" made every upstream attempt fail before it was sent (the header
 * could not be built), so the browser was told 502 and retried it forever; now it gets 400.
 */
function checkEventIds(inputs, batch) {
    const errors = [];
    inputs.forEach((input, i) => {
        if (typeof input.event_id === 'string' && !HEADER_SAFE.test(input.event_id)) {
            const path = at(batch, i, 'event_id');
            errors.push({
                code: 'format',
                message: `${path} must be printable ASCII (it is sent as a header)`,
                path,
            });
        }
    });
    return errors;
}
/**
 * The visitor facts a trusted server caller wrote in the body: `context.ip_address` (which must
 * be an IP address; it is sent in canonical form) and `context.user_agent`. Returns the errors
 * when an address is not one.
 */
function callerFacts(inputs, batch) {
    const errors = [];
    const facts = inputs.map((input, i) => {
        const { ip_address: ip, user_agent: userAgent } = input.context ?? {};
        const clientAddress = normalizeAddress(ip ?? undefined);
        if (ip != null && clientAddress === undefined) {
            const path = at(batch, i, 'context.ip_address');
            errors.push({ code: 'format', message: `${path} must be an IPv4 or IPv6 address`, path });
        }
        const own = {};
        if (clientAddress)
            own.clientAddress = clientAddress;
        if (userAgent)
            own.userAgent = userAgent;
        return own;
    });
    return errors.length ? { errors } : { facts };
}

/**
 * Reads the body as UTF-8 text, refusing more than `maxBytes` without buffering the rest:
 * a declared Content-Length over the limit is refused before reading, and a stream that
 * grows past it is cancelled. Invalid UTF-8 is refused rather than silently replaced.
 */
async function readBody(request, maxBytes) {
    const tooLarge = {
        ok: false,
        status: 413,
        code: 'too_large',
        message: `the body must be at most ${maxBytes} bytes`,
    };
    const declared = Number(request.headers.get('content-length'));
    if (declared > maxBytes)
        return tooLarge;
    if (!request.body)
        return { ok: true, text: '' };
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > maxBytes) {
            await reader.cancel().catch(() => { });
            return tooLarge;
        }
        chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
    }
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        return { ok: false, status: 400, code: 'invalid_encoding', message: 'the body must be UTF-8 text' };
    }
}

/** A JSON response; `headers` are added to (not replacing) the content type. */
function json(status, body, headers) {
    const h = new Headers(headers);
    h.set('Content-Type', 'application/json; charset=utf-8');
    h.set('Cache-Control', 'no-store');
    return new Response(JSON.stringify(body), { status, headers: h });
}
/** The one error shape on the wire: `{ error: {code,message,path}, errors: [...] }`. */
function errorResponse(status, errors, headers) {
    return json(status, { error: errors[0], errors }, headers);
}
/** Shorthand for a single error with no field path. */
function problem(status, code, message, headers) {
    return errorResponse(status, [{ code, message, path: '' }], headers);
}

/** The request header a server-to-server caller puts the shared secret in. */
const SHARED_SECRET_HEADER = 'X-Whop-Pixel-Secret';
const encoder = new TextEncoder();
const digest = async (text) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
/**
 * A checker for the `X-Whop-Pixel-Secret` header. The comparison runs on SHA-256 digests, byte
 * by byte without an early exit, so its time says nothing about how much of a guess was right,
 * nor how long the secret is (Web Crypto has no `timingSafeEqual`; this works on every runtime).
 * A header sent to a proxy without a secret is `invalid`: the caller believes it is trusted, and
 * silently treating it as a browser would drop the visitor address it sends.
 */
function secretChecker(secret) {
    let expected;
    return async (request) => {
        const presented = request.headers.get(SHARED_SECRET_HEADER);
        if (presented === null)
            return 'none';
        if (secret === undefined)
            return 'invalid';
        expected ??= digest(secret);
        const [a, b] = await Promise.all([expected, digest(presented)]);
        let difference = 0;
        for (let i = 0; i < a.length; i++)
            difference |= a[i] ^ b[i];
        return difference === 0 ? 'valid' : 'invalid';
    };
}

/**
 * Delay before retry number `attempt` (0 for the first retry): exponential from `baseMs`,
 * capped at `capMs`, with "equal jitter" (between half and all of the step) so a burst of
 * failed requests does not retry in lock-step. `random` is injectable for tests.
 */
function backoffDelay(attempt, baseMs = 250, capMs = 4000, random = Math.random) {
    const step = Math.min(capMs, baseMs * 2 ** attempt);
    return Math.round(step / 2 + (random() * step) / 2);
}
/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (relative to `now`).
 * Returns undefined when absent or unreadable; negative dates count as 0.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An HTTP date always names a weekday or month; this keeps "-3" from parsing as a year.
    const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// 401/403: the token or company is wrong — an operator fixes that, so the browser keeps the event.
const isTransient = (status) => status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;
async function attempt(body, eventId, config) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    try {
        const send = config.fetch;
        const response = await send(config.apiUrl, {
            method: 'POST',
            headers: {
                Authorization: `Bearer ${config.apiKey}`,
                'Content-Type': 'application/json',
                Accept: 'application/json',
                'User-Agent': 'whop-pixel',
                'Idempotency-Key': eventId,
            },
            body,
            // Never carry the Bearer token to wherever a redirect points: a 3xx is answered, not followed.
            redirect: 'manual',
            signal: controller.signal,
        });
        // Read the body under the same timeout: a server can stall after the headers.
        const text = await response.text();
        return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
    }
    catch (error) {
        const timedOut = controller.signal.aborted;
        return {
            status: timedOut ? 504 : 0,
            text: '',
            retryAfter: null,
            reason: timedOut ? `timeout after ${config.timeoutMs} ms` : `network error: ${error.name}`,
        };
    }
    finally {
        clearTimeout(timer);
    }
}
function readId(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed.id === 'string' ? parsed.id : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Sends one conversion to Whop with a per-attempt timeout, retrying transient failures with
 * exponential backoff and jitter, honouring `Retry-After`, within `retries` and `maxRetryTimeMs`.
 * Every attempt carries the same `event_id` and `Idempotency-Key`, so retries never duplicate, and
 * the same bytes: the body is serialised once (the Events API answers 400 to a key it has seen
 * with a different body).
 */
async function sendUpstream(body, config) {
    const now = config.now ?? Date.now;
    const sleep = config.sleep ?? sleepFor;
    const deadline = now() + config.maxRetryTimeMs;
    const text = JSON.stringify(body);
    const eventId = String(body.event_id);
    for (let n = 0;; n++) {
        const result = await attempt(text, eventId, config);
        const attempts = n + 1;
        if (result.status >= 200 && result.status < 300) {
            return { outcome: 'accepted', status: result.status, id: readId(result.text), attempts };
        }
        const reason = result.reason ?? `upstream status ${result.status}`;
        if (result.status !== 0 && !isTransient(result.status)) {
            return { outcome: 'rejected', status: result.status, attempts, reason };
        }
        const retryAfterMs = parseRetryAfter(result.retryAfter, now());
        const waitMs = retryAfterMs ?? backoffDelay(n, 250, 4000, config.random);
        const noRetry = result.status === 401 || result.status === 403;
        if (noRetry || n >= config.retries || now() + waitMs >= deadline) {
            return { outcome: 'unavailable', status: result.status, attempts, retryAfterMs, reason };
        }
        await sleep(waitMs);
    }
}

var module$1 = { exports: {} }, exports$1 = module$1.exports;
/////////////////////////////////////////////////////////////////////////////////
/* UAParser.js v1.0.41
   Copyright © 2012-2025 Faisal Salman <f@faisalman.com>
   MIT License *//*
   Detect Browser, Engine, OS, CPU, and Device type/model from User-Agent data.
   Supports browser & node.js environment. 
   Demo   : https://faisalman.github.io/ua-parser-js
   Source : https://github.com/faisalman/ua-parser-js */
/////////////////////////////////////////////////////////////////////////////////

(function (window, undefined$1) {

    //////////////
    // Constants
    /////////////


    var LIBVERSION  = '1.0.41',
        EMPTY       = '',
        UNKNOWN     = '?',
        FUNC_TYPE   = 'function',
        UNDEF_TYPE  = 'undefined',
        OBJ_TYPE    = 'object',
        STR_TYPE    = 'string',
        MAJOR       = 'major',
        MODEL       = 'model',
        NAME        = 'name',
        TYPE        = 'type',
        VENDOR      = 'vendor',
        VERSION     = 'version',
        ARCHITECTURE= 'architecture',
        CONSOLE     = 'console',
        MOBILE      = 'mobile',
        TABLET      = 'tablet',
        SMARTTV     = 'smarttv',
        WEARABLE    = 'wearable',
        EMBEDDED    = 'embedded',
        UA_MAX_LENGTH = 500;

    var AMAZON  = 'Amazon',
        APPLE   = 'Apple',
        ASUS    = 'ASUS',
        BLACKBERRY = 'BlackBerry',
        BROWSER = 'Browser',
        CHROME  = 'Chrome',
        EDGE    = 'Edge',
        FIREFOX = 'Firefox',
        GOOGLE  = 'Google',
        HONOR   = 'Honor',
        HUAWEI  = 'Huawei',
        LENOVO  = 'Lenovo',
        LG      = 'LG',
        MICROSOFT = 'Microsoft',
        MOTOROLA  = 'Motorola',
        NVIDIA  = 'Nvidia',
        ONEPLUS = 'OnePlus',
        OPERA   = 'Opera',
        OPPO    = 'OPPO',
        SAMSUNG = 'Samsung',
        SHARP   = 'Sharp',
        SONY    = 'Sony',
        XIAOMI  = 'Xiaomi',
        ZEBRA   = 'Zebra',
        FACEBOOK    = 'Facebook',
        CHROMIUM_OS = 'Chromium OS',
        MAC_OS  = 'Mac OS',
        SUFFIX_BROWSER = ' Browser';

    ///////////
    // Helper
    //////////

    var extend = function (regexes, extensions) {
            var mergedRegexes = {};
            for (var i in regexes) {
                if (extensions[i] && extensions[i].length % 2 === 0) {
                    mergedRegexes[i] = extensions[i].concat(regexes[i]);
                } else {
                    mergedRegexes[i] = regexes[i];
                }
            }
            return mergedRegexes;
        },
        enumerize = function (arr) {
            var enums = {};
            for (var i=0; i<arr.length; i++) {
                enums[arr[i].toUpperCase()] = arr[i];
            }
            return enums;
        },
        has = function (str1, str2) {
            return typeof str1 === STR_TYPE ? lowerize(str2).indexOf(lowerize(str1)) !== -1 : false;
        },
        lowerize = function (str) {
            return str.toLowerCase();
        },
        majorize = function (version) {
            return typeof(version) === STR_TYPE ? version.replace(/[^\d\.]/g, EMPTY).split('.')[0] : undefined$1;
        },
        trim = function (str, len) {
            if (typeof(str) === STR_TYPE) {
                str = str.replace(/^\s\s*/, EMPTY);
                return typeof(len) === UNDEF_TYPE ? str : str.substring(0, UA_MAX_LENGTH);
            }
    };

    ///////////////
    // Map helper
    //////////////

    var rgxMapper = function (ua, arrays) {

            var i = 0, j, k, p, q, matches, match;

            // loop through all regexes maps
            while (i < arrays.length && !matches) {

                var regex = arrays[i],       // even sequence (0,2,4,..)
                    props = arrays[i + 1];   // odd sequence (1,3,5,..)
                j = k = 0;

                // try matching uastring with regexes
                while (j < regex.length && !matches) {

                    if (!regex[j]) { break; }
                    matches = regex[j++].exec(ua);

                    if (!!matches) {
                        for (p = 0; p < props.length; p++) {
                            match = matches[++k];
                            q = props[p];
                            // check if given property is actually array
                            if (typeof q === OBJ_TYPE && q.length > 0) {
                                if (q.length === 2) {
                                    if (typeof q[1] == FUNC_TYPE) {
                                        // assign modified match
                                        this[q[0]] = q[1].call(this, match);
                                    } else {
                                        // assign given value, ignore regex match
                                        this[q[0]] = q[1];
                                    }
                                } else if (q.length === 3) {
                                    // check whether function or regex
                                    if (typeof q[1] === FUNC_TYPE && !(q[1].exec && q[1].test)) {
                                        // call function (usually string mapper)
                                        this[q[0]] = match ? q[1].call(this, match, q[2]) : undefined$1;
                                    } else {
                                        // sanitize match using given regex
                                        this[q[0]] = match ? match.replace(q[1], q[2]) : undefined$1;
                                    }
                                } else if (q.length === 4) {
                                        this[q[0]] = match ? q[3].call(this, match.replace(q[1], q[2])) : undefined$1;
                                }
                            } else {
                                this[q] = match ? match : undefined$1;
                            }
                        }
                    }
                }
                i += 2;
            }
        },

        strMapper = function (str, map) {

            for (var i in map) {
                // check if current value is array
                if (typeof map[i] === OBJ_TYPE && map[i].length > 0) {
                    for (var j = 0; j < map[i].length; j++) {
                        if (has(map[i][j], str)) {
                            return (i === UNKNOWN) ? undefined$1 : i;
                        }
                    }
                } else if (has(map[i], str)) {
                    return (i === UNKNOWN) ? undefined$1 : i;
                }
            }
            return map.hasOwnProperty('*') ? map['*'] : str;
    };

    ///////////////
    // String map
    //////////////

    // Safari < 3.0
    var oldSafariMap = {
            '1.0'   : '/8',
            '1.2'   : '/1',
            '1.3'   : '/3',
            '2.0'   : '/412',
            '2.0.2' : '/416',
            '2.0.3' : '/417',
            '2.0.4' : '/419',
            '?'     : '/'
        },
        windowsVersionMap = {
            'ME'        : '4.90',
            'NT 3.11'   : 'NT3.51',
            'NT 4.0'    : 'NT4.0',
            '2000'      : 'NT 5.0',
            'XP'        : ['NT 5.1', 'NT 5.2'],
            'Vista'     : 'NT 6.0',
            '7'         : 'NT 6.1',
            '8'         : 'NT 6.2',
            '8.1'       : 'NT 6.3',
            '10'        : ['NT 6.4', 'NT 10.0'],
            'RT'        : 'ARM'
    };

    //////////////
    // Regex map
    /////////////

    var regexes = {

        browser : [[

            /\b(?:crmo|crios)\/([\w\.]+)/i                                      // Chrome for Android/iOS
            ], [VERSION, [NAME, 'Chrome']], [
            /edg(?:e|ios|a)?\/([\w\.]+)/i                                       // Microsoft Edge
            ], [VERSION, [NAME, 'Edge']], [

            // Presto based
            /(opera mini)\/([-\w\.]+)/i,                                        // Opera Mini
            /(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,                 // Opera Mobi/Tablet
            /(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i                           // Opera
            ], [NAME, VERSION], [
            /opios[\/ ]+([\w\.]+)/i                                             // Opera mini on iphone >= 8.0
            ], [VERSION, [NAME, OPERA+' Mini']], [
            /\bop(?:rg)?x\/([\w\.]+)/i                                          // Opera GX
            ], [VERSION, [NAME, OPERA+' GX']], [
            /\bopr\/([\w\.]+)/i                                                 // Opera Webkit
            ], [VERSION, [NAME, OPERA]], [

            // Mixed
            /\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i            // Baidu
            ], [VERSION, [NAME, 'Baidu']], [
            /\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i                       // Maxthon
            ], [VERSION, [NAME, 'Maxthon']], [
            /(kindle)\/([\w\.]+)/i,                                             // Kindle
            /(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,      
                                                                                // Lunascape/Maxthon/Netfront/Jasmine/Blazer/Sleipnir
            // Trident based
            /(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,        // Avant/IEMobile/SlimBrowser/SlimBoat/Slimjet
            /(?:ms|\()(ie) ([\w\.]+)/i,                                         // Internet Explorer

            // Blink/Webkit/KHTML based                                         // Flock/RockMelt/Midori/Epiphany/Silk/Skyfire/Bolt/Iron/Iridium/PhantomJS/Bowser/QupZilla/Falkon
            /(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|brave|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon)\/([-\w\.]+)/i,
                                                                                // Rekonq/Puffin/Brave/Whale/QQBrowserLite/QQ//Vivaldi/DuckDuckGo/Klar/Helio/Dragon
            /(heytap|ovi|115)browser\/([\d\.]+)/i,                              // HeyTap/Ovi/115
            /(weibo)__([\d\.]+)/i                                               // Weibo
            ], [NAME, VERSION], [
            /quark(?:pc)?\/([-\w\.]+)/i                                         // Quark
            ], [VERSION, [NAME, 'Quark']], [
            /\bddg\/([\w\.]+)/i                                                 // DuckDuckGo
            ], [VERSION, [NAME, 'DuckDuckGo']], [
            /(?:\buc? ?browser|(?:juc.+)ucweb)[\/ ]?([\w\.]+)/i                 // UCBrowser
            ], [VERSION, [NAME, 'UC'+BROWSER]], [
            /microm.+\bqbcore\/([\w\.]+)/i,                                     // WeChat Desktop for Windows Built-in Browser
            /\bqbcore\/([\w\.]+).+microm/i,
            /micromessenger\/([\w\.]+)/i                                        // WeChat
            ], [VERSION, [NAME, 'WeChat']], [
            /konqueror\/([\w\.]+)/i                                             // Konqueror
            ], [VERSION, [NAME, 'Konqueror']], [
            /trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i                       // IE11
            ], [VERSION, [NAME, 'IE']], [
            /ya(?:search)?browser\/([\w\.]+)/i                                  // Yandex
            ], [VERSION, [NAME, 'Yandex']], [
            /slbrowser\/([\w\.]+)/i                                             // Smart Lenovo Browser
            ], [VERSION, [NAME, 'Smart Lenovo '+BROWSER]], [
            /(avast|avg)\/([\w\.]+)/i                                           // Avast/AVG Secure Browser
            ], [[NAME, /(.+)/, '$1 Secure '+BROWSER], VERSION], [
            /\bfocus\/([\w\.]+)/i                                               // Firefox Focus
            ], [VERSION, [NAME, FIREFOX+' Focus']], [
            /\bopt\/([\w\.]+)/i                                                 // Opera Touch
            ], [VERSION, [NAME, OPERA+' Touch']], [
            /coc_coc\w+\/([\w\.]+)/i                                            // Coc Coc Browser
            ], [VERSION, [NAME, 'Coc Coc']], [
            /dolfin\/([\w\.]+)/i                                                // Dolphin
            ], [VERSION, [NAME, 'Dolphin']], [
            /coast\/([\w\.]+)/i                                                 // Opera Coast
            ], [VERSION, [NAME, OPERA+' Coast']], [
            /miuibrowser\/([\w\.]+)/i                                           // MIUI Browser
            ], [VERSION, [NAME, 'MIUI' + SUFFIX_BROWSER]], [
            /fxios\/([\w\.-]+)/i                                                // Firefox for iOS
            ], [VERSION, [NAME, FIREFOX]], [
            /\bqihoobrowser\/?([\w\.]*)/i                                       // 360
            ], [VERSION, [NAME, '360']], [
            /\b(qq)\/([\w\.]+)/i                                                // QQ
            ], [[NAME, /(.+)/, '$1Browser'], VERSION], [
            /(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i
            ], [[NAME, /(.+)/, '$1' + SUFFIX_BROWSER], VERSION], [              // Oculus/Sailfish/HuaweiBrowser/VivoBrowser/PicoBrowser
            /samsungbrowser\/([\w\.]+)/i                                        // Samsung Internet
            ], [VERSION, [NAME, SAMSUNG + ' Internet']], [
            /metasr[\/ ]?([\d\.]+)/i                                            // Sogou Explorer
            ], [VERSION, [NAME, 'Sogou Explorer']], [
            /(sogou)mo\w+\/([\d\.]+)/i                                          // Sogou Mobile
            ], [[NAME, 'Sogou Mobile'], VERSION], [
            /(electron)\/([\w\.]+) safari/i,                                    // Electron-based App
            /(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,                   // Tesla
            /m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i   // QQ/2345
            ], [NAME, VERSION], [
            /(lbbrowser|rekonq)/i,                                              // LieBao Browser/Rekonq
            /\[(linkedin)app\]/i                                                // LinkedIn App for iOS & Android
            ], [NAME], [
            /ome\/([\w\.]+) \w* ?(iron) saf/i,                                  // Iron
            /ome\/([\w\.]+).+qihu (360)[es]e/i                                  // 360
            ], [VERSION, NAME], [

            // WebView
            /((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i       // Facebook App for iOS & Android
            ], [[NAME, FACEBOOK], VERSION], [
            /(Klarna)\/([\w\.]+)/i,                                             // Klarna Shopping Browser for iOS & Android
            /(kakao(?:talk|story))[\/ ]([\w\.]+)/i,                             // Kakao App
            /(naver)\(.*?(\d+\.[\w\.]+).*\)/i,                                  // Naver InApp
            /(daum)apps[\/ ]([\w\.]+)/i,                                        // Daum App
            /safari (line)\/([\w\.]+)/i,                                        // Line App for iOS
            /\b(line)\/([\w\.]+)\/iab/i,                                        // Line App for Android
            /(alipay)client\/([\w\.]+)/i,                                       // Alipay
            /(twitter)(?:and| f.+e\/([\w\.]+))/i,                               // Twitter
            /(chromium|instagram|snapchat)[\/ ]([-\w\.]+)/i                     // Chromium/Instagram/Snapchat
            ], [NAME, VERSION], [
            /\bgsa\/([\w\.]+) .*safari\//i                                      // Google Search Appliance on iOS
            ], [VERSION, [NAME, 'GSA']], [
            /musical_ly(?:.+app_?version\/|_)([\w\.]+)/i                        // TikTok
            ], [VERSION, [NAME, 'TikTok']], [

            /headlesschrome(?:\/([\w\.]+)| )/i                                  // Chrome Headless
            ], [VERSION, [NAME, CHROME+' Headless']], [

            / wv\).+(chrome)\/([\w\.]+)/i                                       // Chrome WebView
            ], [[NAME, CHROME+' WebView'], VERSION], [

            /droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i           // Android Browser
            ], [VERSION, [NAME, 'Android '+BROWSER]], [

            /(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i       // Chrome/OmniWeb/Arora/Tizen/Nokia
            ], [NAME, VERSION], [

            /version\/([\w\.\,]+) .*mobile\/\w+ (safari)/i                      // Mobile Safari
            ], [VERSION, [NAME, 'Mobile Safari']], [
            /version\/([\w(\.|\,)]+) .*(mobile ?safari|safari)/i                // Safari & Safari Mobile
            ], [VERSION, NAME], [
            /webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i                      // Safari < 3.0
            ], [NAME, [VERSION, strMapper, oldSafariMap]], [

            /(webkit|khtml)\/([\w\.]+)/i
            ], [NAME, VERSION], [

            // Gecko based
            /(navigator|netscape\d?)\/([-\w\.]+)/i                              // Netscape
            ], [[NAME, 'Netscape'], VERSION], [
            /(wolvic|librewolf)\/([\w\.]+)/i                                    // Wolvic/LibreWolf
            ], [NAME, VERSION], [
            /mobile vr; rv:([\w\.]+)\).+firefox/i                               // Firefox Reality
            ], [VERSION, [NAME, FIREFOX+' Reality']], [
            /ekiohf.+(flow)\/([\w\.]+)/i,                                       // Flow
            /(swiftfox)/i,                                                      // Swiftfox
            /(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,
                                                                                // IceDragon/Iceweasel/Camino/Chimera/Fennec/Maemo/Minimo/Conkeror
            /(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w\.]+)$/i,
                                                                                // Firefox/SeaMonkey/K-Meleon/IceCat/IceApe/Firebird/Phoenix
            /(firefox)\/([\w\.]+)/i,                                            // Other Firefox-based
            /(mozilla)\/([\w\.]+) .+rv\:.+gecko\/\d+/i,                         // Mozilla

            // Other
            /(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,
                                                                                // Polaris/Lynx/Dillo/iCab/Doris/Amaya/w3m/NetSurf/Obigo/Mosaic/Go/ICE/UP.Browser/Ladybird
            /\b(links) \(([\w\.]+)/i                                            // Links
            ], [NAME, [VERSION, /_/g, '.']], [
            
            /(cobalt)\/([\w\.]+)/i                                              // Cobalt
            ], [NAME, [VERSION, /master.|lts./, ""]]
        ],

        cpu : [[

            /\b((amd|x|x86[-_]?|wow|win)64)\b/i                                 // AMD64 (x64)
            ], [[ARCHITECTURE, 'amd64']], [

            /(ia32(?=;))/i,                                                     // IA32 (quicktime)
            /\b((i[346]|x)86)(pc)?\b/i                                          // IA32 (x86)
            ], [[ARCHITECTURE, 'ia32']], [

            /\b(aarch64|arm(v?[89]e?l?|_?64))\b/i                               // ARM64
            ], [[ARCHITECTURE, 'arm64']], [

            /\b(arm(v[67])?ht?n?[fl]p?)\b/i                                     // ARMHF
            ], [[ARCHITECTURE, 'armhf']], [

            // PocketPC mistakenly identified as PowerPC
            /( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i
            ], [[ARCHITECTURE, 'arm']], [

            /((ppc|powerpc)(64)?)( mac|;|\))/i                                  // PowerPC
            ], [[ARCHITECTURE, /ower/, EMPTY, lowerize]], [

            / sun4\w[;\)]/i                                                     // SPARC
            ], [[ARCHITECTURE, 'sparc']], [

            /\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i
                                                                                // IA64, 68K, ARM/64, AVR/32, IRIX/64, MIPS/64, SPARC/64, PA-RISC
            ], [[ARCHITECTURE, lowerize]]
        ],

        device : [[

            //////////////////////////
            // MOBILES & TABLETS
            /////////////////////////

            // Samsung
            /\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i
            ], [MODEL, [VENDOR, SAMSUNG], [TYPE, TABLET]], [
            /\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,
            /samsung[- ]((?!sm-[lr])[-\w]+)/i,
            /sec-(sgh\w+)/i
            ], [MODEL, [VENDOR, SAMSUNG], [TYPE, MOBILE]], [

            // Apple
            /(?:\/|\()(ip(?:hone|od)[\w, ]*)(?:\/|;)/i                          // iPod/iPhone
            ], [MODEL, [VENDOR, APPLE], [TYPE, MOBILE]], [
            /\((ipad);[-\w\),; ]+apple/i,                                       // iPad
            /applecoremedia\/[\w\.]+ \((ipad)/i,
            /\b(ipad)\d\d?,\d\d?[;\]].+ios/i
            ], [MODEL, [VENDOR, APPLE], [TYPE, TABLET]], [
            /(macintosh);/i
            ], [MODEL, [VENDOR, APPLE]], [

            // Sharp
            /\b(sh-?[altvz]?\d\d[a-ekm]?)/i
            ], [MODEL, [VENDOR, SHARP], [TYPE, MOBILE]], [

            // Honor
            /\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i
            ], [MODEL, [VENDOR, HONOR], [TYPE, TABLET]], [
            /honor([-\w ]+)[;\)]/i
            ], [MODEL, [VENDOR, HONOR], [TYPE, MOBILE]], [

            // Huawei
            /\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i
            ], [MODEL, [VENDOR, HUAWEI], [TYPE, TABLET]], [
            /(?:huawei)([-\w ]+)[;\)]/i,
            /\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d\/s)/i
            ], [MODEL, [VENDOR, HUAWEI], [TYPE, MOBILE]], [

            // Xiaomi
            /oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,
            /\b((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i                                // Mi Pad tablets
            ],[[MODEL, /_/g, ' '], [VENDOR, XIAOMI], [TYPE, TABLET]], [

            /\b(poco[\w ]+|m2\d{3}j\d\d[a-z]{2})(?: bui|\))/i,                  // Xiaomi POCO
            /\b; (\w+) build\/hm\1/i,                                           // Xiaomi Hongmi 'numeric' models
            /\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,                             // Xiaomi Hongmi
            /\b(redmi[\-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))/i,                   // Xiaomi Redmi
            /oid[^\)]+; (m?[12][0-389][01]\w{3,6}[c-y])( bui|; wv|\))/i,        // Xiaomi Redmi 'numeric' models
            /\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite|pro)?)(?: bui|\))/i, // Xiaomi Mi
            / ([\w ]+) miui\/v?\d/i
            ], [[MODEL, /_/g, ' '], [VENDOR, XIAOMI], [TYPE, MOBILE]], [

            // OPPO
            /; (\w+) bui.+ oppo/i,
            /\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i
            ], [MODEL, [VENDOR, OPPO], [TYPE, MOBILE]], [
            /\b(opd2(\d{3}a?))(?: bui|\))/i
            ], [MODEL, [VENDOR, strMapper, { 'OnePlus' : ['304', '403', '203'], '*' : OPPO }], [TYPE, TABLET]], [

            // Vivo
            /vivo (\w+)(?: bui|\))/i,
            /\b(v[12]\d{3}\w?[at])(?: bui|;)/i
            ], [MODEL, [VENDOR, 'Vivo'], [TYPE, MOBILE]], [

            // Realme
            /\b(rmx[1-3]\d{3})(?: bui|;|\))/i
            ], [MODEL, [VENDOR, 'Realme'], [TYPE, MOBILE]], [

            // Motorola
            /\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,
            /\bmot(?:orola)?[- ](\w*)/i,
            /((?:moto(?! 360)[\w\(\) ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i
            ], [MODEL, [VENDOR, MOTOROLA], [TYPE, MOBILE]], [
            /\b(mz60\d|xoom[2 ]{0,2}) build\//i
            ], [MODEL, [VENDOR, MOTOROLA], [TYPE, TABLET]], [

            // LG
            /((?=lg)?[vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i
            ], [MODEL, [VENDOR, LG], [TYPE, TABLET]], [
            /(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,
            /\blg[-e;\/ ]+((?!browser|netcast|android tv|watch)\w+)/i,
            /\blg-?([\d\w]+) bui/i
            ], [MODEL, [VENDOR, LG], [TYPE, MOBILE]], [

            // Lenovo
            /(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,
            /lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i
            ], [MODEL, [VENDOR, LENOVO], [TYPE, TABLET]], [

            // Nokia
            /(nokia) (t[12][01])/i
            ], [VENDOR, MODEL, [TYPE, TABLET]], [
            /(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,
            /nokia[-_ ]?(([-\w\. ]*))/i
            ], [[MODEL, /_/g, ' '], [TYPE, MOBILE], [VENDOR, 'Nokia']], [

            // Google
            /(pixel (c|tablet))\b/i                                             // Google Pixel C/Tablet
            ], [MODEL, [VENDOR, GOOGLE], [TYPE, TABLET]], [
            /droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i                         // Google Pixel
            ], [MODEL, [VENDOR, GOOGLE], [TYPE, MOBILE]], [

            // Sony
            /droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i
            ], [MODEL, [VENDOR, SONY], [TYPE, MOBILE]], [
            /sony tablet [ps]/i,
            /\b(?:sony)?sgp\w+(?: bui|\))/i
            ], [[MODEL, 'Xperia Tablet'], [VENDOR, SONY], [TYPE, TABLET]], [

            // OnePlus
            / (kb2005|in20[12]5|be20[12][59])\b/i,
            /(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i
            ], [MODEL, [VENDOR, ONEPLUS], [TYPE, MOBILE]], [

            // Amazon
            /(alexa)webm/i,
            /(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,                           // Kindle Fire without Silk / Echo Show
            /(kf[a-z]+)( bui|\)).+silk\//i                                      // Kindle Fire HD
            ], [MODEL, [VENDOR, AMAZON], [TYPE, TABLET]], [
            /((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i                     // Fire Phone
            ], [[MODEL, /(.+)/g, 'Fire Phone $1'], [VENDOR, AMAZON], [TYPE, MOBILE]], [

            // BlackBerry
            /(playbook);[-\w\),; ]+(rim)/i                                      // BlackBerry PlayBook
            ], [MODEL, VENDOR, [TYPE, TABLET]], [
            /\b((?:bb[a-f]|st[hv])100-\d)/i,
            /\(bb10; (\w+)/i                                                    // BlackBerry 10
            ], [MODEL, [VENDOR, BLACKBERRY], [TYPE, MOBILE]], [

            // Asus
            /(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i
            ], [MODEL, [VENDOR, ASUS], [TYPE, TABLET]], [
            / (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i
            ], [MODEL, [VENDOR, ASUS], [TYPE, MOBILE]], [

            // HTC
            /(nexus 9)/i                                                        // HTC Nexus 9
            ], [MODEL, [VENDOR, 'HTC'], [TYPE, TABLET]], [
            /(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,                         // HTC

            // ZTE
            /(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,
            /(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i         // Alcatel/GeeksPhone/Nexian/Panasonic/Sony
            ], [VENDOR, [MODEL, /_/g, ' '], [TYPE, MOBILE]], [

            // TCL
            /droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])\w*(\)| bui)/i
            ], [MODEL, [VENDOR, 'TCL'], [TYPE, TABLET]], [

            // itel
            /(itel) ((\w+))/i
            ], [[VENDOR, lowerize], MODEL, [TYPE, strMapper, { 'tablet' : ['p10001l', 'w7001'], '*' : 'mobile' }]], [

            // Acer
            /droid.+; ([ab][1-7]-?[0178a]\d\d?)/i
            ], [MODEL, [VENDOR, 'Acer'], [TYPE, TABLET]], [

            // Meizu
            /droid.+; (m[1-5] note) bui/i,
            /\bmz-([-\w]{2,})/i
            ], [MODEL, [VENDOR, 'Meizu'], [TYPE, MOBILE]], [
                
            // Ulefone
            /; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i
            ], [MODEL, [VENDOR, 'Ulefone'], [TYPE, MOBILE]], [

            // Energizer
            /; (energy ?\w+)(?: bui|\))/i,
            /; energizer ([\w ]+)(?: bui|\))/i
            ], [MODEL, [VENDOR, 'Energizer'], [TYPE, MOBILE]], [

            // Cat
            /; cat (b35);/i,
            /; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i
            ], [MODEL, [VENDOR, 'Cat'], [TYPE, MOBILE]], [

            // Smartfren
            /((?:new )?andromax[\w- ]+)(?: bui|\))/i
            ], [MODEL, [VENDOR, 'Smartfren'], [TYPE, MOBILE]], [

            // Nothing
            /droid.+; (a(?:015|06[35]|142p?))/i
            ], [MODEL, [VENDOR, 'Nothing'], [TYPE, MOBILE]], [

            // Archos
            /; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,
            /archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i
            ], [MODEL, [VENDOR, 'Archos'], [TYPE, TABLET]], [
            /archos ([\w ]+)( b|\))/i,
            /; (ac[3-6]\d\w{2,8})( b|\))/i 
            ], [MODEL, [VENDOR, 'Archos'], [TYPE, MOBILE]], [

            // MIXED
            /(imo) (tab \w+)/i,                                                 // IMO
            /(infinix) (x1101b?)/i                                              // Infinix XPad
            ], [VENDOR, MODEL, [TYPE, TABLET]], [

            /(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|infinix|tecno|micromax|advan)[-_ ]?([-\w]*)/i,
                                                                                // BlackBerry/BenQ/Palm/Sony-Ericsson/Acer/Asus/Dell/Meizu/Motorola/Polytron/Infinix/Tecno/Micromax/Advan
            /; (hmd|imo) ([\w ]+?)(?: bui|\))/i,                                // HMD/IMO
            /(hp) ([\w ]+\w)/i,                                                 // HP iPAQ
            /(microsoft); (lumia[\w ]+)/i,                                      // Microsoft Lumia
            /(lenovo)[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i,                          // Lenovo
            /(oppo) ?([\w ]+) bui/i                                             // OPPO
            ], [VENDOR, MODEL, [TYPE, MOBILE]], [

            /(kobo)\s(ereader|touch)/i,                                         // Kobo
            /(hp).+(touchpad(?!.+tablet)|tablet)/i,                             // HP TouchPad
            /(kindle)\/([\w\.]+)/i,                                             // Kindle
            /(nook)[\w ]+build\/(\w+)/i,                                        // Nook
            /(dell) (strea[kpr\d ]*[\dko])/i,                                   // Dell Streak
            /(le[- ]+pan)[- ]+(\w{1,9}) bui/i,                                  // Le Pan Tablets
            /(trinity)[- ]*(t\d{3}) bui/i,                                      // Trinity Tablets
            /(gigaset)[- ]+(q\w{1,9}) bui/i,                                    // Gigaset Tablets
            /(vodafone) ([\w ]+)(?:\)| bui)/i                                   // Vodafone
            ], [VENDOR, MODEL, [TYPE, TABLET]], [

            /(surface duo)/i                                                    // Surface Duo
            ], [MODEL, [VENDOR, MICROSOFT], [TYPE, TABLET]], [
            /droid [\d\.]+; (fp\du?)(?: b|\))/i                                 // Fairphone
            ], [MODEL, [VENDOR, 'Fairphone'], [TYPE, MOBILE]], [
            /(u304aa)/i                                                         // AT&T
            ], [MODEL, [VENDOR, 'AT&T'], [TYPE, MOBILE]], [
            /\bsie-(\w*)/i                                                      // Siemens
            ], [MODEL, [VENDOR, 'Siemens'], [TYPE, MOBILE]], [
            /\b(rct\w+) b/i                                                     // RCA Tablets
            ], [MODEL, [VENDOR, 'RCA'], [TYPE, TABLET]], [
            /\b(venue[\d ]{2,7}) b/i                                            // Dell Venue Tablets
            ], [MODEL, [VENDOR, 'Dell'], [TYPE, TABLET]], [
            /\b(q(?:mv|ta)\w+) b/i                                              // Verizon Tablet
            ], [MODEL, [VENDOR, 'Verizon'], [TYPE, TABLET]], [
            /\b(?:barnes[& ]+noble |bn[rt])([\w\+ ]*) b/i                       // Barnes & Noble Tablet
            ], [MODEL, [VENDOR, 'Barnes & Noble'], [TYPE, TABLET]], [
            /\b(tm\d{3}\w+) b/i
            ], [MODEL, [VENDOR, 'NuVision'], [TYPE, TABLET]], [
            /\b(k88) b/i                                                        // ZTE K Series Tablet
            ], [MODEL, [VENDOR, 'ZTE'], [TYPE, TABLET]], [
            /\b(nx\d{3}j) b/i                                                   // ZTE Nubia
            ], [MODEL, [VENDOR, 'ZTE'], [TYPE, MOBILE]], [
            /\b(gen\d{3}) b.+49h/i                                              // Swiss GEN Mobile
            ], [MODEL, [VENDOR, 'Swiss'], [TYPE, MOBILE]], [
            /\b(zur\d{3}) b/i                                                   // Swiss ZUR Tablet
            ], [MODEL, [VENDOR, 'Swiss'], [TYPE, TABLET]], [
            /\b((zeki)?tb.*\b) b/i                                              // Zeki Tablets
            ], [MODEL, [VENDOR, 'Zeki'], [TYPE, TABLET]], [
            /\b([yr]\d{2}) b/i,
            /\b(dragon[- ]+touch |dt)(\w{5}) b/i                                // Dragon Touch Tablet
            ], [[VENDOR, 'Dragon Touch'], MODEL, [TYPE, TABLET]], [
            /\b(ns-?\w{0,9}) b/i                                                // Insignia Tablets
            ], [MODEL, [VENDOR, 'Insignia'], [TYPE, TABLET]], [
            /\b((nxa|next)-?\w{0,9}) b/i                                        // NextBook Tablets
            ], [MODEL, [VENDOR, 'NextBook'], [TYPE, TABLET]], [
            /\b(xtreme\_)?(v(1[045]|2[015]|[3469]0|7[05])) b/i                  // Voice Xtreme Phones
            ], [[VENDOR, 'Voice'], MODEL, [TYPE, MOBILE]], [
            /\b(lvtel\-)?(v1[12]) b/i                                           // LvTel Phones
            ], [[VENDOR, 'LvTel'], MODEL, [TYPE, MOBILE]], [
            /\b(ph-1) /i                                                        // Essential PH-1
            ], [MODEL, [VENDOR, 'Essential'], [TYPE, MOBILE]], [
            /\b(v(100md|700na|7011|917g).*\b) b/i                               // Envizen Tablets
            ], [MODEL, [VENDOR, 'Envizen'], [TYPE, TABLET]], [
            /\b(trio[-\w\. ]+) b/i                                              // MachSpeed Tablets
            ], [MODEL, [VENDOR, 'MachSpeed'], [TYPE, TABLET]], [
            /\btu_(1491) b/i                                                    // Rotor Tablets
            ], [MODEL, [VENDOR, 'Rotor'], [TYPE, TABLET]], [
            /((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i              // Nvidia Tablets
            ], [MODEL, [VENDOR, NVIDIA], [TYPE, TABLET]], [
            /(sprint) (\w+)/i                                                   // Sprint Phones
            ], [VENDOR, MODEL, [TYPE, MOBILE]], [
            /(kin\.[onetw]{3})/i                                                // Microsoft Kin
            ], [[MODEL, /\./g, ' '], [VENDOR, MICROSOFT], [TYPE, MOBILE]], [
            /droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i             // Zebra
            ], [MODEL, [VENDOR, ZEBRA], [TYPE, TABLET]], [
            /droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i
            ], [MODEL, [VENDOR, ZEBRA], [TYPE, MOBILE]], [

            ///////////////////
            // SMARTTVS
            ///////////////////

            /smart-tv.+(samsung)/i                                              // Samsung
            ], [VENDOR, [TYPE, SMARTTV]], [
            /hbbtv.+maple;(\d+)/i
            ], [[MODEL, /^/, 'SmartTV'], [VENDOR, SAMSUNG], [TYPE, SMARTTV]], [
            /(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i        // LG SmartTV
            ], [[VENDOR, LG], [TYPE, SMARTTV]], [
            /(apple) ?tv/i                                                      // Apple TV
            ], [VENDOR, [MODEL, APPLE+' TV'], [TYPE, SMARTTV]], [
            /crkey/i                                                            // Google Chromecast
            ], [[MODEL, CHROME+'cast'], [VENDOR, GOOGLE], [TYPE, SMARTTV]], [
            /droid.+aft(\w+)( bui|\))/i                                         // Fire TV
            ], [MODEL, [VENDOR, AMAZON], [TYPE, SMARTTV]], [
            /(shield \w+ tv)/i                                                  // Nvidia Shield TV
            ], [MODEL, [VENDOR, NVIDIA], [TYPE, SMARTTV]], [
            /\(dtv[\);].+(aquos)/i,
            /(aquos-tv[\w ]+)\)/i                                               // Sharp
            ], [MODEL, [VENDOR, SHARP], [TYPE, SMARTTV]],[
            /(bravia[\w ]+)( bui|\))/i                                              // Sony
            ], [MODEL, [VENDOR, SONY], [TYPE, SMARTTV]], [
            /(mi(tv|box)-?\w+) bui/i                                            // Xiaomi
            ], [MODEL, [VENDOR, XIAOMI], [TYPE, SMARTTV]], [
            /Hbbtv.*(technisat) (.*);/i                                         // TechniSAT
            ], [VENDOR, MODEL, [TYPE, SMARTTV]], [
            /\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,                          // Roku
            /hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i         // HbbTV devices
            ], [[VENDOR, trim], [MODEL, trim], [TYPE, SMARTTV]], [
                                                                                // SmartTV from Unidentified Vendors
            /droid.+; ([\w- ]+) (?:android tv|smart[- ]?tv)/i
            ], [MODEL, [TYPE, SMARTTV]], [
            /\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i
            ], [[TYPE, SMARTTV]], [

            ///////////////////
            // CONSOLES
            ///////////////////

            /(ouya)/i,                                                          // Ouya
            /(nintendo) ([wids3utch]+)/i                                        // Nintendo
            ], [VENDOR, MODEL, [TYPE, CONSOLE]], [
            /droid.+; (shield)( bui|\))/i                                       // Nvidia Portable
            ], [MODEL, [VENDOR, NVIDIA], [TYPE, CONSOLE]], [
            /(playstation \w+)/i                                                // Playstation
            ], [MODEL, [VENDOR, SONY], [TYPE, CONSOLE]], [
            /\b(xbox(?: one)?(?!; xbox))[\); ]/i                                // Microsoft Xbox
            ], [MODEL, [VENDOR, MICROSOFT], [TYPE, CONSOLE]], [

            ///////////////////
            // WEARABLES
            ///////////////////

            /\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i                       // Samsung Galaxy Watch
            ], [MODEL, [VENDOR, SAMSUNG], [TYPE, WEARABLE]], [
            /((pebble))app/i,                                                   // Pebble
            /(asus|google|lg|oppo) ((pixel |zen)?watch[\w ]*)( bui|\))/i        // Asus ZenWatch / LG Watch / Pixel Watch
            ], [VENDOR, MODEL, [TYPE, WEARABLE]], [
            /(ow(?:19|20)?we?[1-3]{1,3})/i                                      // Oppo Watch
            ], [MODEL, [VENDOR, OPPO], [TYPE, WEARABLE]], [
            /(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i                              // Apple Watch
            ], [MODEL, [VENDOR, APPLE], [TYPE, WEARABLE]], [
            /(opwwe\d{3})/i                                                     // OnePlus Watch
            ], [MODEL, [VENDOR, ONEPLUS], [TYPE, WEARABLE]], [
            /(moto 360)/i                                                       // Motorola 360
            ], [MODEL, [VENDOR, MOTOROLA], [TYPE, WEARABLE]], [
            /(smartwatch 3)/i                                                   // Sony SmartWatch
            ], [MODEL, [VENDOR, SONY], [TYPE, WEARABLE]], [
            /(g watch r)/i                                                      // LG G Watch R
            ], [MODEL, [VENDOR, LG], [TYPE, WEARABLE]], [
            /droid.+; (wt63?0{2,3})\)/i
            ], [MODEL, [VENDOR, ZEBRA], [TYPE, WEARABLE]], [

            ///////////////////
            // XR
            ///////////////////

            /droid.+; (glass) \d/i                                              // Google Glass
            ], [MODEL, [VENDOR, GOOGLE], [TYPE, WEARABLE]], [
            /(pico) (4|neo3(?: link|pro)?)/i                                    // Pico
            ], [VENDOR, MODEL, [TYPE, WEARABLE]], [
            /; (quest( \d| pro)?)/i                                             // Oculus Quest
            ], [MODEL, [VENDOR, FACEBOOK], [TYPE, WEARABLE]], [

            ///////////////////
            // EMBEDDED
            ///////////////////

            /(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i                              // Tesla
            ], [VENDOR, [TYPE, EMBEDDED]], [
            /(aeobc)\b/i                                                        // Echo Dot
            ], [MODEL, [VENDOR, AMAZON], [TYPE, EMBEDDED]], [
            /(homepod).+mac os/i                                                // Apple HomePod
            ], [MODEL, [VENDOR, APPLE], [TYPE, EMBEDDED]], [
            /windows iot/i
            ], [[TYPE, EMBEDDED]], [

            ////////////////////
            // MIXED (GENERIC)
            ///////////////////

            /droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew).+? mobile safari/i    // Android Phones from Unidentified Vendors
            ], [MODEL, [TYPE, MOBILE]], [
            /droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari/i       // Android Tablets from Unidentified Vendors
            ], [MODEL, [TYPE, TABLET]], [
            /\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i                      // Unidentifiable Tablet
            ], [[TYPE, TABLET]], [
            /(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i    // Unidentifiable Mobile
            ], [[TYPE, MOBILE]], [
            /droid .+?; ([\w\. -]+)( bui|\))/i                                  // Generic Android Device
            ], [MODEL, [VENDOR, 'Generic']]
        ],

        engine : [[

            /windows.+ edge\/([\w\.]+)/i                                       // EdgeHTML
            ], [VERSION, [NAME, EDGE+'HTML']], [

            /(arkweb)\/([\w\.]+)/i                                              // ArkWeb
            ], [NAME, VERSION], [

            /webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i                         // Blink
            ], [VERSION, [NAME, 'Blink']], [

            /(presto)\/([\w\.]+)/i,                                             // Presto
            /(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i, // WebKit/Trident/NetFront/NetSurf/Amaya/Lynx/w3m/Goanna/Servo
            /ekioh(flow)\/([\w\.]+)/i,                                          // Flow
            /(khtml|tasman|links)[\/ ]\(?([\w\.]+)/i,                           // KHTML/Tasman/Links
            /(icab)[\/ ]([23]\.[\d\.]+)/i,                                      // iCab

            /\b(libweb)/i                                                       // LibWeb
            ], [NAME, VERSION], [
            /ladybird\//i
            ], [[NAME, 'LibWeb']], [

            /rv\:([\w\.]{1,9})\b.+(gecko)/i                                     // Gecko
            ], [VERSION, NAME]
        ],

        os : [[

            // Windows
            /microsoft (windows) (vista|xp)/i                                   // Windows (iTunes)
            ], [NAME, VERSION], [
            /(windows (?:phone(?: os)?|mobile|iot))[\/ ]?([\d\.\w ]*)/i         // Windows Phone
            ], [NAME, [VERSION, strMapper, windowsVersionMap]], [
            /windows nt 6\.2; (arm)/i,                                          // Windows RT
            /windows[\/ ]([ntce\d\. ]+\w)(?!.+xbox)/i,
            /(?:win(?=3|9|n)|win 9x )([nt\d\.]+)/i
            ], [[VERSION, strMapper, windowsVersionMap], [NAME, 'Windows']], [

            // iOS/macOS
            /[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,             // iOS
            /(?:ios;fbsv\/|iphone.+ios[\/ ])([\d\.]+)/i,
            /cfnetwork\/.+darwin/i
            ], [[VERSION, /_/g, '.'], [NAME, 'iOS']], [
            /(mac os x) ?([\w\. ]*)/i,
            /(macintosh|mac_powerpc\b)(?!.+haiku)/i                             // Mac OS
            ], [[NAME, MAC_OS], [VERSION, /_/g, '.']], [

            // Mobile OSes
            /droid ([\w\.]+)\b.+(android[- ]x86|harmonyos)/i                    // Android-x86/HarmonyOS
            ], [VERSION, NAME], [                                               
            /(ubuntu) ([\w\.]+) like android/i                                  // Ubuntu Touch
            ], [[NAME, /(.+)/, '$1 Touch'], VERSION], [
                                                                                // Android/Blackberry/WebOS/QNX/Bada/RIM/KaiOS/Maemo/MeeGo/S40/Sailfish OS/OpenHarmony/Tizen
            /(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen|webos)\w*[-\/; ]?([\d\.]*)/i
            ], [NAME, VERSION], [
            /\(bb(10);/i                                                        // BlackBerry 10
            ], [VERSION, [NAME, BLACKBERRY]], [
            /(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i       // Symbian
            ], [VERSION, [NAME, 'Symbian']], [
            /mozilla\/[\d\.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w\.]+)/i // Firefox OS
            ], [VERSION, [NAME, FIREFOX+' OS']], [
            /web0s;.+rt(tv)/i,
            /\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i                              // WebOS
            ], [VERSION, [NAME, 'webOS']], [
            /watch(?: ?os[,\/]|\d,\d\/)([\d\.]+)/i                              // watchOS
            ], [VERSION, [NAME, 'watchOS']], [

            // Google Chromecast
            /crkey\/([\d\.]+)/i                                                 // Google Chromecast
            ], [VERSION, [NAME, CHROME+'cast']], [
            /(cros) [\w]+(?:\)| ([\w\.]+)\b)/i                                  // Chromium OS
            ], [[NAME, CHROMIUM_OS], VERSION],[

            // Smart TVs
            /panasonic;(viera)/i,                                               // Panasonic Viera
            /(netrange)mmh/i,                                                   // Netrange
            /(nettv)\/(\d+\.[\w\.]+)/i,                                         // NetTV

            // Console
            /(nintendo|playstation) ([wids345portablevuch]+)/i,                 // Nintendo/Playstation
            /(xbox); +xbox ([^\);]+)/i,                                         // Microsoft Xbox (360, One, X, S, Series X, Series S)

            // Other
            /\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,                            // Joli/Palm
            /(mint)[\/\(\) ]?(\w*)/i,                                           // Mint
            /(mageia|vectorlinux)[; ]/i,                                        // Mageia/VectorLinux
            /([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,
                                                                                // Ubuntu/Debian/SUSE/Gentoo/Arch/Slackware/Fedora/Mandriva/CentOS/PCLinuxOS/RedHat/Zenwalk/Linpus/Raspbian/Plan9/Minix/RISCOS/Contiki/Deepin/Manjaro/elementary/Sabayon/Linspire
            /(hurd|linux)(?: arm\w*| x86\w*| ?)([\w\.]*)/i,                     // Hurd/Linux
            /(gnu) ?([\w\.]*)/i,                                                // GNU
            /\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i, // FreeBSD/NetBSD/OpenBSD/PC-BSD/GhostBSD/DragonFly
            /(haiku) (\w+)/i                                                    // Haiku
            ], [NAME, VERSION], [
            /(sunos) ?([\w\.\d]*)/i                                             // Solaris
            ], [[NAME, 'Solaris'], VERSION], [
            /((?:open)?solaris)[-\/ ]?([\w\.]*)/i,                              // Solaris
            /(aix) ((\d)(?=\.|\)| )[\w\.])*/i,                                  // AIX
            /\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux|serenityos)/i, // BeOS/OS2/AmigaOS/MorphOS/OpenVMS/Fuchsia/HP-UX/SerenityOS
            /(unix) ?([\w\.]*)/i                                                // UNIX
            ], [NAME, VERSION]
        ]
    };

    /////////////////
    // Constructor
    ////////////////

    var UAParser = function (ua, extensions) {

        if (typeof ua === OBJ_TYPE) {
            extensions = ua;
            ua = undefined$1;
        }

        if (!(this instanceof UAParser)) {
            return new UAParser(ua, extensions).getResult();
        }

        var _navigator = (typeof window !== UNDEF_TYPE && window.navigator) ? window.navigator : undefined$1;
        var _ua = ua || ((_navigator && _navigator.userAgent) ? _navigator.userAgent : EMPTY);
        var _uach = (_navigator && _navigator.userAgentData) ? _navigator.userAgentData : undefined$1;
        var _rgxmap = extensions ? extend(regexes, extensions) : regexes;
        var _isSelfNav = _navigator && _navigator.userAgent == _ua;

        this.getBrowser = function () {
            var _browser = {};
            _browser[NAME] = undefined$1;
            _browser[VERSION] = undefined$1;
            rgxMapper.call(_browser, _ua, _rgxmap.browser);
            _browser[MAJOR] = majorize(_browser[VERSION]);
            // Brave-specific detection
            if (_isSelfNav && _navigator && _navigator.brave && typeof _navigator.brave.isBrave == FUNC_TYPE) {
                _browser[NAME] = 'Brave';
            }
            return _browser;
        };
        this.getCPU = function () {
            var _cpu = {};
            _cpu[ARCHITECTURE] = undefined$1;
            rgxMapper.call(_cpu, _ua, _rgxmap.cpu);
            return _cpu;
        };
        this.getDevice = function () {
            var _device = {};
            _device[VENDOR] = undefined$1;
            _device[MODEL] = undefined$1;
            _device[TYPE] = undefined$1;
            rgxMapper.call(_device, _ua, _rgxmap.device);
            if (_isSelfNav && !_device[TYPE] && _uach && _uach.mobile) {
                _device[TYPE] = MOBILE;
            }
            // iPadOS-specific detection: identified as Mac, but has some iOS-only properties
            if (_isSelfNav && _device[MODEL] == 'Macintosh' && _navigator && typeof _navigator.standalone !== UNDEF_TYPE && _navigator.maxTouchPoints && _navigator.maxTouchPoints > 2) {
                _device[MODEL] = 'iPad';
                _device[TYPE] = TABLET;
            }
            return _device;
        };
        this.getEngine = function () {
            var _engine = {};
            _engine[NAME] = undefined$1;
            _engine[VERSION] = undefined$1;
            rgxMapper.call(_engine, _ua, _rgxmap.engine);
            return _engine;
        };
        this.getOS = function () {
            var _os = {};
            _os[NAME] = undefined$1;
            _os[VERSION] = undefined$1;
            rgxMapper.call(_os, _ua, _rgxmap.os);
            if (_isSelfNav && !_os[NAME] && _uach && _uach.platform && _uach.platform != 'Unknown') {
                _os[NAME] = _uach.platform  
                                    .replace(/chrome os/i, CHROMIUM_OS)
                                    .replace(/macos/i, MAC_OS);           // backward compatibility
            }
            return _os;
        };
        this.getResult = function () {
            return {
                ua      : this.getUA(),
                browser : this.getBrowser(),
                engine  : this.getEngine(),
                os      : this.getOS(),
                device  : this.getDevice(),
                cpu     : this.getCPU()
            };
        };
        this.getUA = function () {
            return _ua;
        };
        this.setUA = function (ua) {
            _ua = (typeof ua === STR_TYPE && ua.length > UA_MAX_LENGTH) ? trim(ua, UA_MAX_LENGTH) : ua;
            return this;
        };
        this.setUA(_ua);
        return this;
    };

    UAParser.VERSION = LIBVERSION;
    UAParser.BROWSER =  enumerize([NAME, VERSION, MAJOR]);
    UAParser.CPU = enumerize([ARCHITECTURE]);
    UAParser.DEVICE = enumerize([MODEL, VENDOR, TYPE, CONSOLE, MOBILE, SMARTTV, TABLET, WEARABLE, EMBEDDED]);
    UAParser.ENGINE = UAParser.OS = enumerize([NAME, VERSION]);

    ///////////
    // Export
    //////////

    // check js environment
    if (typeof(exports$1) !== UNDEF_TYPE) {
        // nodejs env
        if (typeof module$1 !== UNDEF_TYPE && module$1.exports) {
            exports$1 = module$1.exports = UAParser;
        }
        exports$1.UAParser = UAParser;
    } else {
        // requirejs env (optional)
        if (typeof(define) === FUNC_TYPE && define.amd) {
            define(function () {
                return UAParser;
            });
        } else if (typeof window !== UNDEF_TYPE) {
            // browser env
            window.UAParser = UAParser;
        }
    }

    // jQuery/Zepto specific (optional)
    // Note:
    //   In AMD env the global scope should be kept clean, but jQuery is an exception.
    //   jQuery always exports to global scope, unless jQuery.noConflict(true) is used,
    //   and we should catch that.
    var $ = typeof window !== UNDEF_TYPE && (window.jQuery || window.Zepto);
    if ($ && !$.ua) {
        var parser = new UAParser();
        $.ua = parser.getResult();
        $.ua.get = function () {
            return parser.getUA();
        };
        $.ua.set = function (ua) {
            parser.setUA(ua);
            var result = parser.getResult();
            for (var prop in result) {
                $.ua[prop] = result[prop];
            }
        };
    }

})(typeof window === 'object' ? window : undefined);

var UAParser = module$1.exports;

// ua-parser-js 1.x names in-app browsers like any other browser; these are the apps.
const IN_APP = new Set([
    'facebook',
    'instagram',
    'tiktok',
    'snapchat',
    'twitter',
    'linkedin',
    'line',
    'wechat',
    'kakaotalk',
    'kakaostory',
    'naver',
    'daum',
]);
const HEADLESS = new Set(['chrome headless', 'phantomjs']);
/**
 * Describes a `User-Agent` with ua-parser-js: browser and major version, OS and version, device
 * type (`desktop` when a browser names none). Never the raw string, which can be long and is
 * written by the client; a non-browser gets its first product token, at most 40 characters.
 */
function describeUserAgent(userAgent) {
    if (!userAgent)
        return { inApp: false, headless: false };
    return { ...describeMemo(userAgent) };
}
const describeMemo = memo((userAgent) => {
    const { browser, os, device } = UAParser(userAgent);
    const name = browser.name?.toLowerCase() ?? '';
    const info = { inApp: IN_APP.has(name), headless: HEADLESS.has(name) };
    if (browser.name) {
        const parts = [[browser.name, browser.major].filter(Boolean).join(' ')];
        if (os.name)
            parts.push([os.name, os.version].filter(Boolean).join(' '));
        parts.push(device.type ?? 'desktop');
        info.line = parts.join(' · ');
    }
    else {
        info.line = userAgent.trim().split(/\s/, 1)[0].slice(0, 40) || undefined;
    }
    return info;
});

/** Body fields that hold a page address, which a browser does not keep within the API's length. */
const PAGE_URL_FIELDS = ['url', 'referrer_url'];
/** Events of one batch sent to Whop at the same time. */
const UPSTREAM_CONCURRENCY = 4;
const ACCEPTED_TYPES = new Set(['application/json', 'text/plain', '']);
// The client-facing status for a batch: any event still undelivered makes it retryable (5xx),
// else any event Whop refused makes it 422, else 200.
function batchStatus(results) {
    const pending = results.find((r) => r.outcome === 'unavailable');
    if (pending)
        return pending.status === 504 ? 504 : pending.status === 503 || pending.status === 429 ? 503 : 502;
    return results.some((r) => r.outcome === 'rejected') ? 422 : 200;
}
/** The answer to a client over its rate limit: retry after the wait, in whole seconds. */
function rateLimited(retryAfterMs, cors) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return problem(429, 'rate_limited', `too many events from this address; retry in ${seconds} s`, {
        ...cors,
        'Retry-After': String(seconds),
    });
}
/**
 * Creates the first-party conversions endpoint: a Web-standard handler
 * `(request, conn?) => Promise<Response>` that validates what the browser posts, enriches it
 * with what only the server knows, and forwards it to Whop with the API key — which never
 * leaves the server. Mount it on the site's own domain (see `whop-pixel/node` for Node,
 * or export it from a Next.js route / Cloudflare Worker directly).
 */
function createProxy(options) {
    const config = resolveOptions(options);
    const upstream = { ...config };
    const checkSecret = secretChecker(config.sharedSecret);
    // Running totals since start, in each log line: cheap counters a log search can chart.
    const counts = { bots: 0, limited: 0 };
    let noAddressNoted = false;
    /** Takes `cost` tokens for the client; undefined when allowed, else the wait in ms. */
    async function overLimit(clientAddress, cost, log) {
        const limit = config.rateLimit;
        if (!limit)
            return undefined;
        const key = rateLimitKey(clientAddress);
        if (key === undefined) {
            // Said once, in the first such request's line: sharing one bucket would throttle everyone.
            if (!noAddressNoted)
                log.rate_limit = 'off: client address unknown (set trustProxy)';
            noAddressNoted = true;
            return undefined;
        }
        try {
            // A batch larger than the bucket takes all of it, rather than waiting forever.
            const decision = await limit.store.take(key, Math.min(cost, limit.burst), limit, Date.now());
            return decision.allowed ? undefined : Math.max(0, Number(decision.retryAfterMs) || 0);
        }
        catch (error) {
            log.rate_limit = `store error: ${error?.name ?? 'unknown'}`;
            return undefined;
        }
    }
    async function handle(request, conn, log) {
        const allowed = isOriginAllowed(request, config.allowedOrigins);
        if (request.method === 'OPTIONS') {
            return allowed
                ? new Response(null, { status: 204, headers: preflightHeaders(request) })
                : problem(403, 'origin_not_allowed', 'this origin may not post conversions here');
        }
        if (request.method !== 'POST') {
            return problem(405, 'method_not_allowed', 'use POST', { Allow: 'POST, OPTIONS' });
        }
        const secret = await checkSecret(request);
        if (secret === 'invalid') {
            log.auth = 'invalid';
            return problem(401, 'invalid_secret', `the ${SHARED_SECRET_HEADER} header is not this proxy's secret`);
        }
        const trusted = secret === 'valid';
        if (trusted)
            log.auth = 'secret';
        if (!allowed && !trusted) {
            log.origin = request.headers.get('origin');
            return problem(403, 'origin_not_allowed', 'this origin may not post conversions here');
        }
        const cors = corsHeaders(request);
        const userAgent = request.headers.get('user-agent');
        const agent = describeUserAgent(userAgent);
        if (agent.line)
            log.ua = agent.line;
        if (agent.inApp)
            log.in_app = true;
        if (!trusted && config.bots && isBot(userAgent, agent.headless, config.bots)) {
            log.bot = true;
            log.bots = ++counts.bots;
            return json(202, { results: [], ignored: 'bot' }, cors);
        }
        const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        if (!ACCEPTED_TYPES.has(type)) {
            return problem(415, 'unsupported_media_type', 'send application/json or text/plain', cors);
        }
        const body = await readBody(request, config.maxBodyBytes);
        if (!body.ok)
            return problem(body.status, body.code, body.message, cors);
        let parsed;
        try {
            parsed = JSON.parse(body.text);
        }
        catch {
            return problem(400, 'invalid_json', 'the body must be JSON: one conversion or an array of them', cors);
        }
        for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
            if (!item || typeof item !== 'object')
                continue;
            // The company comes from the server's options; whatever a browser wrote there is ignored.
            for (const field of ['company_id', 'account_id'])
                if (Object.hasOwn(item, field))
                    delete item[field];
            // Tracking parameters alone can make a page's address longer than the API takes: it is
            // cut, not refused, so a long landing URL never costs a lead (the snippet sends it whole).
            for (const field of PAGE_URL_FIELDS)
                if (typeof item[field] === 'string')
                    item[field] = item[field].slice(0, BODY_FIELDS[field].max);
        }
        const checked = validateBatch(parsed, { api: config.api, input: true });
        if (!checked.ok) {
            log.error_code = checked.errors[0].code;
            return errorResponse(400, checked.errors, cors);
        }
        const batch = Array.isArray(parsed);
        const own = trusted ? callerFacts(checked.value, batch) : { facts: [] };
        const refused = 'errors' in own ? own.errors : checkEventIds(checked.value, batch);
        if (refused.length) {
            log.error_code = refused[0].code;
            return errorResponse(400, refused, cors);
        }
        // Canonical form, and never a non-address an adapter might pass on.
        // An adapter that passes `conn` has decided, even when it found no address: falling back to
        // headers then would believe an X-Forwarded-For the adapter chose not to.
        const clientAddress = conn
            ? normalizeAddress(conn.clientAddress)
            : resolveClientAddress({ peer: undefined, headers: request.headers, trustProxy: config.trustProxy });
        const waitMs = trusted ? undefined : await overLimit(clientAddress, checked.value.length, log);
        if (waitMs !== undefined) {
            log.rate_limited = true;
            log.limited = ++counts.limited;
            return rateLimited(waitMs, cors);
        }
        // A trusted server caller's own address and agent are its backend's, not the visitor's: an
        // event it sends without them goes without them.
        const facts = {
            api: config.api,
            companyId: config.companyId,
            clientAddress: trusted ? undefined : clientAddress,
            userAgent: trusted ? undefined : userAgent,
            cookieHeader: request.headers.get('cookie'),
            acceptLanguage: trusted ? undefined : request.headers.get('accept-language'),
            receivedAt: new Date().toISOString(),
            newEventId: () => crypto.randomUUID(),
        };
        const perEvent = 'facts' in own ? own.facts : [];
        const enriched = checked.value.map((input, i) => enrich(input, { ...facts, ...perEvent[i] }));
        const events = enriched.map((e) => e.body);
        // The browser cannot know which API the proxy speaks: what `/conversions` does not take goes.
        const dropped = enriched.reduce((sum, e) => sum + e.dropped, 0);
        if (dropped)
            log.dropped_fields = dropped;
        const started = Date.now();
        // A server caller may speak for a different browser in each event.
        const visitors = events.map((_, i) => perEvent[i]?.userAgent ? describeUserAgent(perEvent[i].userAgent) : agent);
        const outcomes = await mapLimit(events, UPSTREAM_CONCURRENCY, async (event) => {
            const sentAt = Date.now();
            const result = await sendUpstream(event, upstream);
            const visitor = visitors[events.indexOf(event)];
            try {
                config.onForward?.({
                    body: event,
                    outcome: result.outcome,
                    status: result.status,
                    id: result.id,
                    attempts: result.attempts,
                    ms: Date.now() - sentAt,
                    ua: visitor.line,
                    inApp: visitor.inApp,
                });
            }
            catch {
                // An observer must never break delivery.
            }
            return result;
        });
        log.events = events.length;
        log.upstream_ms = Date.now() - started;
        log.attempts = outcomes.reduce((sum, r) => sum + r.attempts, 0);
        log.accepted = outcomes.filter((r) => r.outcome === 'accepted').length;
        const failures = outcomes.filter((r) => r.outcome !== 'accepted');
        if (failures.length)
            log.upstream = failures.map((r) => r.reason).slice(0, 3);
        const results = outcomes.map((r, i) => {
            const result = {
                event_id: String(events[i].event_id),
                status: r.outcome === 'accepted' ? 200 : r.status || 502,
            };
            if (r.id)
                result.id = r.id;
            return result;
        });
        const status = batchStatus(outcomes);
        const headers = new Headers(cors);
        const cookie = anonymousIdCookie(request, events[0].user?.anonymous_id);
        if (cookie)
            headers.append('Set-Cookie', cookie);
        if (status >= 500) {
            const waitMs = Math.max(...outcomes.map((r) => r.retryAfterMs ?? 0));
            headers.set('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
            return json(status, {
                error: {
                    code: 'upstream_unavailable',
                    message: 'Whop is not reachable now; retry later',
                    path: '',
                },
                results,
            }, headers);
        }
        if (status === 422) {
            return json(status, { error: { code: 'upstream_rejected', message: 'Whop refused the conversion', path: '' }, results }, headers);
        }
        return json(200, { results }, headers);
    }
    return async (request, conn) => {
        const started = Date.now();
        const log = { msg: 'whop-pixel request', method: request.method };
        let response;
        try {
            response = await handle(request, conn, log);
        }
        catch (error) {
            config.logger.error({ msg: 'whop-pixel internal error', error: error?.name ?? 'unknown' });
            response = problem(500, 'internal', 'internal error');
        }
        config.logger[response.status >= 500 ? 'warn' : 'info']({
            ...log,
            status: response.status,
            ms: Date.now() - started,
        });
        return response;
    };
}

exports.ANONYMOUS_ID_COOKIE = ANONYMOUS_ID_COOKIE;
exports.APIS = APIS;
exports.API_PATHS = API_PATHS;
exports.DEFAULT_API_URL = DEFAULT_API_URL;
exports.DEFAULT_API_URLS = DEFAULT_API_URLS;
exports.SHARED_SECRET_HEADER = SHARED_SECRET_HEADER;
exports.checkTrustProxy = checkTrustProxy;
exports.createProxy = createProxy;
exports.json = json;
exports.memoryRateLimitStore = memoryRateLimitStore;
exports.parseTrustProxy = parseTrustProxy;
exports.problem = problem;
exports.resolveClientAddress = resolveClientAddress;
exports.trustsPeer = trustsPeer;
exports.validateConversion = validateConversion;
