// The first-party cookies both the snippet and the proxy read, so both read them one way. Kept
// to a name and a plain function: this file is bundled into the browser script.
/** The first-party cookie that holds the snippet's `anonymous_id` (the proxy re-issues it). */
/**
 * The click id at dot-separated position `index` of an ad platform's cookie that starts with
 * `prefix`, allowing one optional trailing segment: `_fbc` = `fb.<i>.<ms>.<fbclid>[.<extra>]`
 * (Meta's newer tools append a fifth; the Events API also takes the whole cookie as `fbc`),
 * `_gcl_aw` = `GCL.<unix seconds>.<gclid>`. The one rule for the snippet and the proxy, kept as
 * small as the browser script needs: the segments before the id are not checked, and an empty id
 * comes back as `''` (callers treat it as none).
 */
const clickId = (value, prefix, index) => {
    // `undefined` (no cookie) splits into one word, which no prefix matches.
    const parts = `${value}`.split('.');
    if (parts[0] === prefix && parts.length - index < 3)
        return parts[index];
};

/**
 * The bodies of Whop's two server APIs as data — the single source of truth.
 * Types (./types.ts) and the runtime validator (./validate.ts) are both derived
 * from these tables; no other file lists field names.
 * Sources: Whop's API reference for POST /api/v1/conversions ("Create conversion", the default)
 * and for POST /api/v1/events (its successor). Both take the same body but for the fields marked
 * `only`.
 */
/** Whop's server APIs the proxy speaks: `conversions` (the default) or `events`. */
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

// A tiny cookie helper instead of js-cookie (859 B gzip; this file costs about 200 B): the
// snippet only needs get, set with max-age/domain, and remove. Values are written with
// encodeURIComponent and read with decodeURIComponent, as js-cookie does, so each reads the
// other's cookies (the unit tests use js-cookie as the oracle).
/**
 * Reads a cookie; undefined when absent, empty, undecodable, longer than 256 characters (what
 * the snippet reads is short: ids and the ad platforms' cookies), or when cookies are unavailable.
 */
const getCookie = (name) => {
    try {
        return decodeURIComponent(document.cookie.match(`(^|; )${name}=([^;]{1,256})(;|$)`)[2]);
    }
    catch (_a) { }
};
/**
 * Writes a cookie for `maxAge` seconds (negative removes it) on `domain`, or host-only when
 * `domain` is empty. No SameSite or Secure attribute: browsers default to Lax or treat these
 * first-party ids alike, and the proxy's Set-Cookie (SameSite=Lax, Secure on https) re-issues
 * `_whop_aid` anyway; the bytes matter more here.
 */
const setCookie = (name, value, maxAge, domain) => {
    try {
        // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is async and missing in Safari and Firefox; events are built synchronously
        document.cookie = `${name}=${encodeURIComponent(value)};path=/;max-age=${maxAge}${domain ? `;domain=${domain}` : ''}`;
    }
    catch (_a) { }
};
/**
 * The probe's cookie. It stays on the domain the probe found, holding that domain's name, so a
 * later page (on any subdomain) knows where the snippet's cookies live without probing again.
 */
const PROBE = '_whop_t';
/**
 * Removes a cookie where the snippet sets it: on `domain` (default: the one the probe found on an
 * earlier page, when there was one) and host-only. Never on another domain: Firefox reports every
 * write that it refuses (`com`, `co.uk`) as an error in the page's console. Needs no probing, so
 * it writes nothing new when consent is withdrawn.
 */
const removeCookie = (name, domain = getCookie(PROBE)) => {
    setCookie(name, '', -1, domain);
    setCookie(name, '', -1);
};
/**
 * The registrable domain of the page: the shortest parent domain on which the browser accepts a
 * cookie (`a.example.co.uk` → `example.co.uk`). Browsers refuse public suffixes (`co.uk`), so
 * probing upward from two labels never picks one. Empty for `localhost` and when cookies are
 * off: cookies are then host-only. What the probe found is kept in its cookie (1 year, removed
 * with the others when consent is withdrawn), so only a visitor's first page probes: where the
 * two-label domain is a public suffix (`co.uk`, `github.io`), that page's probe is the one write
 * a browser refuses (Firefox says so in the console), and no later page repeats it.
 */
const probeDomain = () => getCookie(PROBE) ||
    // Candidates shortest first from two labels: `co.uk`, `example.co.uk`, `a.example.co.uk`.
    location.hostname
        .split('.')
        .map((_, i, labels) => labels.slice(-1 - i).join('.'))
        .slice(1)
        .find((candidate) => {
        setCookie(PROBE, candidate, 31536e3, candidate);
        return getCookie(PROBE) === candidate;
    }) ||
    '';

// What a page tells us about the click that brought the visitor: URL parameters, and the ad
// platforms' cookies. Pure functions, except cookieContext which reads document.cookie.
/**
 * Default URL parameters read as a context key besides its own name. For the ad ids, the names
 * used in Meta (`campaign_id={{campaign.id}}`), Google ValueTrack (`{campaignid}`, `{adgroupid}`)
 * and TikTok URL templates (the `adParams` option replaces a field's list); for Snapchat's click
 * id `sccid`, its spelling in ad URLs, `ScCid` (one table: a second mechanism costs bytes).
 */
const PARAM_NAMES = {
    ad_campaign_id: ['campaign_id', 'campaignid'],
    ad_set_id: ['adset_id', 'adgroup_id', 'adgroupid'],
    ad_id: ['adid', 'creative_id'],
    sccid: ['ScCid'],
};
/**
 * The context keys a URL can carry besides those of PARAM_NAMES (the ad ids and `sccid`):
 * click ids and UTMs (one string: the names cost bytes in every visitor's download). The click
 * ids that only Whop's Events API takes (`gbraid` … `twclid`, `sccid`) are captured and sent
 * all the same: the browser cannot know which API the proxy speaks, and a proxy speaking
 * `/conversions` drops them.
 */
const URL_KEYS = 'fbclid gclid ttclid ig_sid gbraid wbraid msclkid li_fat_id rdt_cid twclid utm_source utm_medium utm_campaign utm_term utm_content utm_id'.split(' ');
/**
 * The longest value captured from a URL or a cookie: the API's cap for ad ids (click ids and
 * UTMs may have 500; real ones are far shorter). One cap keeps the bundle small.
 */
const MAX_VALUE = 256;
/** UTMs and ad ids describe one campaign and are replaced together; click ids one by one
 * (`utm_…` and `ad_…` are the only URL keys that start with u or a). */
const isCampaign = (key) => /^[ua]/.test(key);
/**
 * Attribution in a URL: click ids (`fbclid`, `gclid`, `ttclid`, `ig_sid`, and for the Events
 * API `gbraid`, `wbraid`, `msclkid`, `li_fat_id`, `rdt_cid`, `twclid`, `sccid`), UTMs and ad
 * ids. The cookie-sourced fields (`fbp`, `fbc`, `ga`, `ttp`) and the server's (`ip_address`,
 * `user_agent`) never come from a URL. A value over MAX_VALUE characters is left out (a cut
 * click id is a wrong one, and the proxy would refuse the whole event). `names`: the URL
 * parameters read for a key besides its own name (PARAM_NAMES with the `adParams` option over it).
 */
const fromUrl = (href, names) => {
    const out = {};
    const params = new URL(href).searchParams;
    for (const key of URL_KEYS.concat(Object.keys(names)))
        for (const name of [key].concat(names[key] || [])) {
            const value = params.get(name);
            // No character at index MAX_VALUE: at most MAX_VALUE long (shorter to write than `length`).
            if (value && !value[MAX_VALUE]) {
                out[key] = value;
                break;
            }
        }
    return out;
};
/**
 * Merges freshly captured values into stored attribution. A new click id replaces the old one
 * of its kind; any campaign value (UTM or ad id) replaces the whole stored campaign set, so one
 * visit's `utm_source` never mixes with another's `utm_campaign`. Values older than `maxAge` ms go.
 */
const mergeAttribution = (stored, fresh, now, maxAge) => {
    const out = {};
    const newCampaign = Object.keys(fresh).some(isCampaign);
    for (const key in stored) {
        const entry = stored[key];
        if (entry && now - entry[1] < maxAge && !(newCampaign && isCampaign(key)))
            out[key] = entry;
    }
    for (const key in fresh)
        out[key] = [fresh[key], now];
    return out;
};
/**
 * Context from the ad platforms' cookies, read when an event is tracked (their tags may set
 * them after we load): `_fbp`, `_ga`, `_ttp`, `_fbc` as it is (the Events API's `fbc`, which
 * keeps Meta's click time), and the click ids in `_fbc` and `_gcl_aw`, which stand in when
 * neither the URL nor stored attribution has one. (`_fbc` is read twice: once costs more bytes.)
 */
const cookieContext = () => {
    return {
        fbp: getCookie('_fbp'),
        ga: getCookie('_ga'),
        ttp: getCookie('_ttp'),
        fbc: getCookie('_fbc'),
        fbclid: clickId(getCookie('_fbc'), 'fb', 3),
        gclid: clickId(getCookie('_gcl_aw'), 'GCL', 2),
    };
};

/**
 * The `user` fields a form may fill, each with the autocomplete tokens and input types that
 * spell it differently, as one string (bytes matter here). The ids are for code (`identify`);
 * `birthdate` is left out: a date field in a local format would make the proxy refuse the lead.
 */
const FORM_FIELDS = 'email,phone tel,first_name givenname,last_name familyname,name,username,city,state,postal_code,country,gender'.split(',');
/**
 * The user field an input's name, type or autocomplete attribute stands for, ignoring case and
 * punctuation (`firstName`, `first-name`, `given-name`, `tel`). Of an autocomplete list
 * (`section-x shipping family-name`) the last token counts: the field's name.
 */
const userField = (attribute) => {
    const token = `${attribute}`.toLowerCase().replace(/.* |[^a-z]/g, '');
    for (const spellings of FORM_FIELDS)
        if (spellings.replace('_', '').split(' ').includes(token))
            return spellings.split(' ')[0];
};
/**
 * User fields from a form's controls, matched by `autocomplete`, then `name`, then `type`; the
 * first filled control for a field wins. Passwords, unchecked boxes and values longer than
 * the API allows are never taken; nor are colours, ranges and reset buttons (`[cpr]`: no user
 * field has those types).
 */
const formUser = (formElement) => {
    const user = {};
    for (const el of formElement.elements) {
        // The first attribute that names a field, then the field it names.
        const key = (el.checked || !/^[cpr]/.test(el.type)) &&
            userField([el.autocomplete, el.name, el.type].find(userField));
        const value = (el.value || '').trim();
        // The API's cap for user fields is 256 (254 for an email address).
        if (key && value.length < 255)
            user[key] = user[key] || value;
    }
    return user;
};
/**
 * Whether a submit event (seen on the document, after the page's own handlers on the form) is
 * a submission to track. The browser fires none for an invalid form unless `novalidate` or
 * `formnovalidate` lets it through, and then it submits. So only a stopped event can be a refusal: a stopped
 * invalid form is the page's own validation saying no; a stopped valid one is a form the page
 * sends itself. Validity is checked only then, as checking fires `invalid` events.
 */
const submits = (submitEvent, formElement) => {
    return !submitEvent.defaultPrevented || formElement.checkValidity();
};

/**
 * A random id for `anonymous_id` and `event_id`: 128 bits from the platform's CSPRNG (which
 * http pages have too, unlike `crypto.randomUUID`), written as decimal digits.
 */
const newId = () => {
    return crypto.getRandomValues(new Uint32Array(4)).join('');
};

/** Debug switch shared by the browser modules; `init({ debug: true })` or `?whop_debug=1` sets it. */
const debug = { on: false };
/**
 * Logs to the console in debug mode only. One helper with short words keeps the bytes down:
 * `capture`, `queue`, `send`, `sent`, `retry`, `drop`, `skip`, `error`. The lean edition has no logs.
 */
function log(word, subject, detail) {
    if (debug.on)
        console.log('[whop]', word, subject, detail);
}

/** At most this many events wait; the oldest go first. */
const MAX_ITEMS = 100;
/** Events older than this are dropped: ad platforms ignore conversions older than 7 days. */
const MAX_AGE = 7 * 864e5;
/**
 * Characters of one request body at most (UTF-8 takes at most 3 bytes for each): keepalive
 * fetches and beacons share 64 KiB per page. A conversion is a few KB, so only a misuse comes
 * near this; such an event is dropped.
 */
const MAX_CHARS = 2e4;
/**
 * Whether a request that got `status` (0: no answer) is worth sending again: network errors,
 * 408, 429 and 5xx. Any other 4xx is final (the proxy refused the event for good), and so is 2xx.
 */
const retryable = (httpStatus) => {
    return /^(0|408|429|5\d\d)$/.test(httpStatus);
};
/**
 * Milliseconds before the next try after `failures` failures: never sooner than the proxy's
 * `Retry-After` seconds, else 1 s × 2^failures capped at 60 s, with ±50% jitter (Math.random)
 * so many visitors do not retry in step.
 */
const backoff = (retryAfterSeconds, failures) => {
    return 1e3 * Math.max(+retryAfterSeconds || 0, Math.min(60, 2 ** failures) * (0.5 + Math.random()));
};

// First-party storage that never throws. localStorage can be missing or throw on every call
// (Safari private mode, sandboxed iframes, cookies blocked); a key whose write failed lives in
// memory instead, so the queue and attribution still work for the life of the page.
const memory = {};
/**
 * One accessor for localStorage (or sessionStorage when `session`), JSON-encoded:
 * `store(key)` reads (storage is read on every call, so other tabs' writes are seen),
 * `store(key, value)` writes, `store(key, null)` removes.
 */
// biome-ignore lint/suspicious/noExplicitAny: callers know the shape of what they stored
const store = (key, value, session) => {
    let text;
    // Kept in memory first: merely naming `localStorage` can throw.
    if (value !== undefined)
        memory[key] = JSON.stringify(value);
    try {
        const area = session ? sessionStorage : localStorage;
        if (value === undefined)
            text = area.getItem(key);
        else {
            if (value === null)
                area.removeItem(key);
            else
                area.setItem(key, memory[key]);
            // Storage has it: from now on, reads see other tabs' writes again.
            delete memory[key];
        }
    }
    catch (_a) { }
    try {
        // A write that failed (a full quota while reads still work) is what counts; null when
        // removed or never written.
        return JSON.parse(key in memory ? memory[key] : text);
    }
    catch (_b) { }
};

// The bridge to Whop's own pixel (`window.whop.track`, its `_wuid` visitor id) on pages that carry
// both, as Whop's pixel and Events API documentation describe them. The inline stub (src/stub.ts) makes the
// global one callable object over Whop's; this file does what can wait for whop.min.js.
/**
 * Whop's visitor id, `wuid_…`: the `_wuid` cookie, else the copy Whop keeps in localStorage under
 * the same name (raw or JSON-quoted). Sent as `user.anonymous_id`, so Whop joins the conversion to
 * the pixel's page views and ad clicks.
 */
const whopVisitor = () => {
    try {
        // No match (nothing stored, or no id of Whop's shape) throws: undefined.
        return /wuid_[^"]+/.exec(getCookie('_wuid') || localStorage._wuid)[0];
    }
    catch (_a) { }
};
/**
 * Hands a conversion to Whop's pixel too, with the same `event_id`: Whop counts the pair once,
 * so the lead counts through whichever channel gets through (ad blockers stop Whop's domain,
 * not the site's own proxy). Props in the pixel's shape: customer fields flat, `plan_id` as
 * `variant_id`, a `custom` event under its `custom_name`. Only when Whop's pixel is on the page:
 * Whop's object, or the stub's stand-in once Whop's stub has called it (s.js loaded, `o` set).
 */
const mirror = (event) => {
    const pixel = window.whop;
    // biome-ignore lint/complexity/useOptionalChain: `?.` compiles to longer ES2018
    if (!(pixel && pixel.track && !(pixel.$w && !pixel.$w.o)))
        return;
    // The customer fields the pixel takes are the API's user fields but for anonymous_id, member_id,
    // membership_id, user_id, birthdate, gender and username (exactly those starting with a, m, u,
    // b or g) and the Events API's linked_anonymous_id and linked_wuid (the only ones with a k, a
    // byte cheaper than `^li`). A unit test holds this to the list; the props above match none of
    // it. Absent fields are left out rather than sent as null or undefined.
    const fields = Object.assign({ event_id: event.event_id, value: event.value, currency: event.currency, product_id: event.product_id, variant_id: event.plan_id }, event.user);
    const props = {};
    for (const key in fields)
        if (fields[key] != null && !/^[ambgu]|k/.test(key))
            props[key] = fields[key];
    // The name as given (the proxy, not the browser, knows which names its API takes); a `custom`
    // event without its name is nothing the pixel could count.
    const name = event.event_name === 'custom' ? event.custom_name : event.event_name;
    if (name)
        pixel.track(name, props);
};

// The tracker behind both entries: commands, capture on load and SPA navigation, consent, and
// delivery through the persisted queue. Nothing runs until `init`; every way in is guarded so
// the host page never sees an exception from here.
const QUEUE = '_whop_q';
const ATTRIBUTION = '_whop_a';
const USER = '_whop_u';
/** The anonymous_id cookie and localStorage key; the proxy re-issues the same cookie. */
const AID = '_whop_aid';
const GRANTED = 'granted';
const DENIED = 'denied';
/**
 * How long a tab or a beacon owns the event it sends before another may send it again:
 * longer than the proxy spends on one request (its upstream retries stop after 10 s).
 */
const LEASE = 15e3;
/** Runs `fn`, logging instead of throwing: every way into the tracker goes through this. */
const guard = (fn) => (...args) => {
    try {
        return fn(...args);
    }
    catch (error) {
        log('error', error);
    }
};
/**
 * Creates a tracker. `landing` is what the inline stub recorded before a router could rewrite
 * the URL: `u` the landing URL. (An arrow: terser inlines a function declaration into the
 * script-tag entry behind an extra `var`, 10 B gzip more.)
 */
const createCore = (landing) => {
    let options;
    let state;
    let gpc;
    let domain;
    /** The proxy's URL with `cd`, known once the cookie domain is (on the first `persist`). */
    let url;
    /** The URL parameters read for a context key besides its own name. */
    let params;
    let maxAge;
    /** null while identity is being forgotten (storing null removes). */
    let aid;
    let attribution;
    let identity;
    /** The fbclid that arrived in a URL on this page: what `_fbc` should hold. */
    let click;
    let timer;
    /** The last flush was for a page being hidden or left (`pagehide`, `visibilitychange`). */
    let leaving;
    let held = [];
    /**
     * The queue as this tracker last read or wrote it; localStorage is its write-through copy, read
     * again once another tab wrote it (the `storage` event) and whenever the page comes into view
     * (`pageshow`, `visibilitychange`: a page restored from the back/forward cache missed the writes
     * made meanwhile). Reading and parsing the whole queue on every `track` and answer cost most of
     * a `track` call. One tracker per page: a second one keeps its own copy, and the storage event
     * does not reach the page that wrote.
     */
    let q;
    const early = [];
    const callbacks = {};
    const granted = () => state === GRANTED;
    const queue = () => (q = q || store(QUEUE) || []);
    // Null removes it; the next `queue()` then finds it empty.
    // biome-ignore lint/suspicious/noAssignInExpressions: the block form costs 3 B gzip in whop.min.js
    const keep = (items) => store(QUEUE, (q = items));
    // The attribution to use now: storage's (another tab may have seen a newer click) unless
    // consent keeps it in memory.
    const current = (fresh = {}) => (attribution = mergeAttribution(granted() ? store(ATTRIBUTION) : attribution, fresh, Date.now(), maxAge));
    // An event's end: confirmed, or dropped with the reason. The lean edition has nobody to tell.
    const settle = (id, error, result = { event_id: id }) => {
        const done = callbacks[id];
        delete callbacks[id];
        log(error ? 'drop' : 'sent', id, error || result);
        // Guarded: a callback that throws must not stop the queue's bookkeeping around it.
        if (done)
            guard(done)(error ? Error(error) : undefined, result);
    };
    const capture = (href = location.href) => {
        const fresh = fromUrl(href, params);
        log('capture', fresh);
        current(fresh);
        click = fresh.fbclid || click;
        if (granted())
            persist();
    };
    // Stores what is held in memory and sends what is queued: on init with consent, when consent
    // is given, after a capture or a reset.
    const persist = () => {
        // Probed only now: probing writes a cookie, which needs consent. `cd` names the domain on
        // which the proxy re-issues `_whop_aid` with Set-Cookie (the proxy checks that it fits the page).
        if (!url) {
            domain = (options.cookieDomain || probeDomain()).replace(/^\./, '');
            url = `${options.endpoint + (/\?/.test(options.endpoint) ? '&' : '?')}cd=${domain}`;
        }
        setCookie(AID, aid, 31536e3, domain);
        save();
        // Meta's format, `fb.<subdomainIndex>.<ms>.<fbclid>`: the index is the label count of the
        // cookie's domain minus one (`example.com` 1, `example.co.uk` 2, host-only 0), the time when
        // the cookie is written, as Meta's pixel does (consent may come later than the click).
        if (click && clickId(getCookie('_fbc'), 'fb', 3) !== click)
            setCookie('_fbc', `fb.${domain.split('.').length - 1}.${Date.now()}.${click}`, 7776e3, domain);
        keep(queue().concat(held));
        held = [];
        flush();
    };
    // Writes identity and attribution to storage (null removes them).
    const save = () => {
        store(AID, aid);
        store(ATTRIBUTION, attribution);
        store(USER, identity, true);
    };
    // Identity and attribution go; queued events stay (reset) unless consent is withdrawn. The
    // cookies go only where they were set (the probe's cookie last: it says where that was).
    const forget = () => {
        for (const name of [AID, '_fbc'])
            removeCookie(name, domain || options.cookieDomain);
        aid = attribution = identity = click = null;
        save();
        aid = newId();
    };
    /**
     * Sends the first free event (neither leased nor waiting for a retry) by fetch; each answer
     * flushes again, so a queue drains one request at a time per tab. `online` (the browser's
     * `online` event): what waited out a backoff while offline goes now. `hidden`: the page is being
     * hidden or left, and whatever is not already on its way goes by beacon (waiting for a retry
     * does not matter then). What a beacon took stays queued under a lease, and a later page
     * sends it again if nobody confirmed it: the proxy and Whop deduplicate on event_id. While
     * anything is queued, a timer looks again every second (leases and backoffs end).
     */
    const flush = (online, hidden) => {
        leaving = hidden;
        clearTimeout(timer);
        if (!granted())
            return;
        const now = Date.now();
        const items = queue();
        if (online)
            for (const item of items)
                item.r = 0;
        const over = items.splice(0, items.length - MAX_ITEMS);
        for (const item of over)
                settle(item.i, 'queue full');
        // Queued in time order, so the expired ones come first.
        while (items[0] && now - items[0].t > MAX_AGE)
            settle(items.shift().i, 'too old');
        try {
            // Offline, a fetch fails at once and the backoff grows; the `online` listener undoes that.
            for (const item of items)
                if (!(item.l > now || (!hidden && item.r > now))) {
                    log('send', item.i);
                    // A refused beacon means the page's 64 KiB budget is spent: the rest waits.
                    if (hidden ? !navigator.sendBeacon(url, item.e) : !send(item))
                        break;
                    // Leased only once the browser has taken the request.
                    item.l = now + LEASE;
                    if (!hidden)
                        break;
                }
        }
        finally {
            // Stored however sending went (a page may replace fetch with one that throws), within the
            // task that tracked: nothing waits for a navigation.
            keep(items);
            // `items[0]` and `body[MAX_CHARS]` below say what `length` would, in fewer bytes.
            if (items[0])
                timer = setTimeout(guard(flush), 1e3);
        }
    };
    // One event per request: its answer is its fate, and a bad event never holds back another.
    const send = (item) => {
        // The event's fate, from the proxy's answer (status 0: none came: offline, blocked, CORS).
        const answer = guard((status, retryAfter, result) => {
            const again = retryable(status);
            const left = queue().filter((queued) => {
                if (queued.i !== item.i)
                    return true;
                if (again) {
                    queued.l = 0;
                    queued.n = -~queued.n; // undefined counts as 0
                    queued.r = Date.now() + backoff(retryAfter, queued.n);
                }
                return again;
            });
            // Consent may have been withdrawn while the request was out.
            if (granted())
                keep(left);
            flush();
            // Last: a callback that throws must not keep a confirmed event queued.
            if (again)
                log('retry', item.i, status);
            else
                settle(item.i, status > 299 && `HTTP ${status}`, result);
        });
        return fetch(url, { method: 'POST', keepalive: true, body: item.e }).then((response) => 
        // Only the results, which the lean edition does not report, need the body.
        response
                .json()
                .then((body) => body.results[0])
                .catch(() => undefined)
                .then((result) => answer(response.status, response.headers.get('retry-after'), result)), 
        // Once the page is being hidden or left, the browser may fail the page's promise of a
        // keepalive request it still delivers (Chromium does, right after pagehide): that says
        // nothing, and calling it a failure would have the next beacon send the event again. It
        // stays under its lease; the next flush of a visible page judges failures again.
        () => leaving || answer(0));
    };
    const track = (name, props, done) => {
        props = props || {};
        const id = props.event_id || newId();
        callbacks[id] = done;
        // The npm build and whop.debug.js refuse before sending what neither of Whop's APIs takes: a
        // name that is no string of 1 to CUSTOM_NAME_MAX characters, `custom` without `custom_name`.
        // The rest depends on the API the proxy speaks (`purchase` and free names are the Events
        // API's alone), so the proxy refuses it with a 400 naming `event_name`; whop.min.js leaves
        // every check to the proxy. The queue drops a refused event.
        if ((typeof name !== 'string' ||
                !name ||
                name.length > CUSTOM_NAME_MAX ||
                (name === 'custom' && !props.custom_name)))
            return void settle(id, `bad event ${name}`);
        const context = cookieContext();
        const captured = current();
        for (const key in captured)
            context[key] = captured[key][0];
        // What the caller set goes as given (the types check it, the proxy validates it); the
        // tracker's own fields come first as defaults, `event_id`, `context` and `user` last.
        const event = Object.assign(Object.assign({ event_name: name, event_time: new Date().toJSON(), url: location.href, 
            // An empty one is left out. (The older stub's `whop.r` held the same: it never changes.)
            referrer_url: document.referrer || undefined }, props), { event_id: id, context: Object.assign(Object.assign({}, context), props.context), 
            // Whop's own visitor id when its pixel keeps one, so Whop joins this to its page views.
            user: Object.assign(Object.assign(Object.assign({}, identity), props.user), { anonymous_id: whopVisitor() || aid }) });
        const body = JSON.stringify(event);
        const item = { i: id, e: body, t: Date.now() };
        if (state === DENIED)
            settle(id, DENIED);
        else if (body[MAX_CHARS])
            settle(id, 'too big');
        else if (granted()) {
            // Stored by the flush, at once, within the submit handler or click.
            queue().push(item);
            guard(flush)();
            // To Whop's pixel as well, unless turned off; its errors are its own.
            if (options.mirror !== false)
                guard(mirror)(event);
        }
        else
            held.push(item);
        return id;
    };
    const consent = (next) => {
        // Global Privacy Control is a standing opt-out that a consent banner cannot lift: denied
        // from the first moment, whatever is asked (pending too: nothing waits that can never go).
        state = gpc ? DENIED : next;
        if (granted())
            persist();
        if (state === DENIED) {
            forget();
            removeCookie(PROBE, domain || options.cookieDomain);
            keep(null);
            for (const item of held)
                    settle(item.i, DENIED);
            held = [];
        }
    };
    const init = (opts) => {
        if (options || !opts.endpoint)
            return log('drop', opts);
        options = opts;
        debug.on = debug.on || !!opts.debug || /whop_debug=1/.test(location.search);
        gpc =
            navigator.globalPrivacyControl &&
                opts.respectGlobalPrivacyControl !== false;
        params = Object.assign(Object.assign({}, PARAM_NAMES), opts.adParams);
        maxAge = (opts.attributionDays || 90) * 864e5;
        aid = getCookie(AID) || store(AID) || newId();
        attribution = store(ATTRIBUTION);
        identity = store(USER, undefined, true);
        // What the stub recorded (none with npm: then the page's URL, captured twice, harmlessly);
        // whatever an old page left in `whop.u` fails here alone.
        guard(capture)(landing.u);
        capture();
        // On window (the global object): visibilitychange bubbles up to it.
        const on = (type, fn) => addEventListener(type, guard(fn));
        // Another tab wrote storage (the queue, most likely): read the queue again when next needed.
        on('storage', () => (q = 0));
        on('pagehide', () => flush(0, true));
        // Each reads the queue from storage again first (`q = 0`, passed as flush's first argument,
        // which it reads as `online`: 0 is not).
        // biome-ignore lint/suspicious/noAssignInExpressions: a block costs bytes in whop.min.js
        on('visibilitychange', () => flush((q = 0), document.hidden));
        // Also on the first pageshow, harmlessly: what is leased or waiting stays put.
        // biome-ignore lint/suspicious/noAssignInExpressions: as above
        on('pageshow', () => flush((q = 0)));
        on('popstate', () => capture());
        on('online', flush);
        // On the document: a page's own handler there that stops propagation (jQuery's
        // `return false`) still lets this one run.
        document.addEventListener('submit', guard((event) => {
            const form = event.target;
            const name = form.dataset.whopTrack;
            if (name && submits(event, form))
                track(name, { custom_name: form.dataset.whopCustomName, user: formUser(form) });
        }));
        for (const method of ['pushState', 'replaceState']) {
            const original = history[method];
            // Both return undefined (the HTML standard), so the wrapper does too.
            history[method] = function (...args) {
                original.apply(this, args);
                guard(capture)();
            };
        }
        // Calls made before init first, each on its own (one bad call must not cost the calls after
        // it): events wait in memory until consent is known. A consent call among them is the page's
        // latest word and wins over the option, before anything is stored or sent.
        for (const call of early)
            guard(call)();
        if (!state)
            consent(opts.consent || GRANTED);
    };
    // Calls made before `init` wait for it.
    const later = (fn) => (...args) => options ? fn(...args) : void early.push(() => fn(...args));
    return {
        init,
        track: later(track),
        identify: later((user) => {
            identity = Object.assign(Object.assign({}, identity), user);
            if (granted())
                store(USER, identity, true);
        }),
        consent: later(consent),
        reset: later(() => {
            forget();
            if (granted())
                persist();
        }),
    };
};

/** Wraps a tracker in the command function; unknown commands and bad arguments are ignored. */
function commandFunction(core) {
    return guard((command, ...args) => core[command](...args));
}

// npm entry: `whop()` and `createTracker()` for SPAs and bundlers. Importing it does nothing;
// the tracker starts on `init`.
/**
 * Creates an independent tracker. Nothing happens until its `init`. With a proxy that speaks
 * Whop's Events API, say so to the types: `createTracker<'events'>()` takes its standard names
 * (`purchase` with a `value`, `view_content`, `add_to_cart`, `initiate_checkout`) and free custom
 * names (`track('quiz_done')`). The browser sends the same either way; a proxy speaking
 * `/conversions` refuses those names with a 400 naming `event_name`.
 */
function createTracker() {
    const core = createCore({});
    return {
        init: guard(core.init),
        track: (eventName, ...props) => {
            const result = new Promise((resolve, reject) => 
            // A throw in here rejects the promise, as a bad call should.
            core.track(eventName, props[0], (error, confirmed) => (error ? reject(error) : resolve(confirmed))));
            // Nobody has to await it: with consent denied (every visitor with Global Privacy Control)
            // an unawaited rejection would surface on the host page as an unhandled rejection. Whoever
            // awaits `result` still sees it.
            result.catch(() => { });
            return result;
        },
        identify: guard(core.identify),
        consent: guard(core.consent),
        reset: guard(core.reset),
    };
}
let shared;
/**
 * The command function, as on the script tag: `whop('init', { endpoint: '/whop' })`,
 * `whop('track', 'lead', { user: { email } })`. Creates its tracker on the first call.
 */
const whop = ((...args) => {
    if (!shared)
        shared = commandFunction(createCore({}));
    return shared(...args);
});

export { ACTION_SOURCES, CURRENCIES, EVENTS_API_EVENT_NAMES, EVENT_NAMES, createTracker, whop };
