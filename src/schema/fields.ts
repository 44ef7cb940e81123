/**
 * The bodies of Whop's two server APIs as data — the single source of truth.
 * Types (./types.ts) and the runtime validator (./validate.ts) are both derived
 * from these tables; no other file lists field names.
 * Sources: Whop's API reference for POST /api/v1/conversions ("Create conversion", the default)
 * and for POST /api/v1/events (its successor). Both take the same body but for the fields marked
 * `only`.
 */

/** Whop's server APIs the proxy speaks: `conversions` (the default) or `events`. */
export const APIS = ['conversions', 'events'] as const;

/** Each API's path on Whop's host (and on the mock API). */
export const API_PATHS = {
  conversions: '/api/v1/conversions',
  events: '/api/v1/events',
} as const;

/** The body field naming the company: each API spells it its own way. */
export const ACCOUNT_FIELDS = { conversions: 'company_id', events: 'account_id' } as const;

/** Both APIs' company fields: a caller's body needs none, since the proxy writes its own. */
export const COMPANY_FIELDS: readonly string[] = /* @__PURE__ */ Object.values(ACCOUNT_FIELDS);

export const EVENT_NAMES = [
  'lead',
  'submit_application',
  'contact',
  'complete_registration',
  'schedule',
  'custom',
] as const;

/**
 * Standard names only the Events API takes. It also takes any other name as a custom event
 * (at most CUSTOM_NAME_MAX characters, the limit of `custom_name`); `/conversions` takes only
 * EVENT_NAMES, with `custom` + `custom_name` for the rest.
 */
export const EVENTS_API_EVENT_NAMES = [
  'view_content',
  'add_to_cart',
  'initiate_checkout',
  'purchase',
] as const;

/** The longest custom event name Whop documents (`custom_name`, or a free Events API name). */
export const CUSTOM_NAME_MAX = 35;

export const ACTION_SOURCES = [
  'email',
  'website',
  'app',
  'phone_call',
  'chat',
  'physical_store',
  'system_generated',
  'business_messaging',
  'other',
] as const;

// ISO 4217 (plus the crypto codes Whop accepts), lower case, in the API page's order.
// biome-ignore format: the compact table is easier to compare with the API page
export const CURRENCIES = [
  'usd', 'sgd', 'inr', 'aud', 'brl', 'cad', 'dkk', 'eur', 'nok', 'gbp', 'sek', 'chf', 'hkd', 'huf',
  'jpy', 'mxn', 'myr', 'pln', 'czk', 'nzd', 'aed', 'eth', 'ape', 'cop', 'ron', 'thb', 'bgn', 'idr',
  'dop', 'php', 'try', 'krw', 'twd', 'vnd', 'pkr', 'clp', 'uyu', 'ars', 'zar', 'dzd', 'tnd', 'mad',
  'kes', 'kwd', 'jod', 'all', 'xcd', 'amd', 'bsd', 'bhd', 'bob', 'bam', 'khr', 'crc', 'xof', 'egp',
  'etb', 'gmd', 'ghs', 'gtq', 'gyd', 'ils', 'jmd', 'mop', 'mga', 'mur', 'mdl', 'mnt', 'nad', 'ngn',
  'mkd', 'omr', 'pyg', 'pen', 'qar', 'rwf', 'sar', 'rsd', 'lkr', 'tzs', 'ttd', 'uzs', 'rub', 'btc',
  'cny', 'usdt',
] as const;

/**
 * `context` keys (all strings): the maximum length, `only` for a key one API alone takes, and
 * `cookie` for a key whose value an ad platform's own first-party cookie also holds (the snippet
 * reads it in the page, the proxy from the `Cookie` header when the body has none).
 * Click ids: Meta ignores fbclid values over 500 characters, so 500 is the cap for ids;
 * user agents get 1024 (real ones are under 400); IPv6 with zone fits in 64. The Events API's
 * `fingerprint` fields are left out: this project does not fingerprint visitors.
 */
export const CONTEXT_FIELDS = {
  fbclid: { max: 500 },
  fbp: { max: 500, cookie: '_fbp' },
  ga: { max: 500, cookie: '_ga' },
  gclid: { max: 500 },
  ig_sid: { max: 500 },
  ttclid: { max: 500 },
  ttp: { max: 500, cookie: '_ttp' },
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
  fbc: { max: 500, only: 'events', cookie: '_fbc' },
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
} as const;

/**
 * `user` keys (all strings) with their maximum lengths. 254 is the longest valid e-mail
 * address (RFC 5321 path limit); the rest get 256. `only` marks a key one API alone takes,
 * `format: 'date'` one that must be a `YYYY-MM-DD` day that exists.
 */
export const USER_FIELDS = {
  anonymous_id: { max: 256 },
  external_id: { max: 256 },
  member_id: { max: 256 },
  membership_id: { max: 256 },
  user_id: { max: 256 },
  birthdate: { max: 10, format: 'date' },
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
} as const;

/**
 * Top-level body fields: the kind of value, and the maximum length for strings.
 * `nullable` follows the API page's "| null"; `required` marks the fields a body must have,
 * `nonEmpty` the strings that must not be `""`. URLs get 4096: landing URLs carry
 * long click ids plus UTMs, and browsers send far longer than the old 2048 rule; `cut` marks
 * them as page addresses, which the proxy cuts to `max` rather than refuse (tracking parameters
 * alone can make one longer, and a long landing URL must never cost a lead).
 * `custom_name` is capped at 35, the limit Whop documents for its events intake. `event_name` is
 * one of EVENT_NAMES for `/conversions`; the Events API also takes EVENTS_API_EVENT_NAMES and free
 * names (the validator applies that rule). The company goes as `company_id` or `account_id`
 * (ACCOUNT_FIELDS): with `event_name`, the only required fields. The Events API's page-view fields
 * (`title`, `resumed`, `duration`, `source`) are left out: the proxy forwards conversions.
 * The doc comments below are what editors show on the fields of `ConversionInput`.
 */
export const BODY_FIELDS = {
  /** The company, on `/conversions`: the proxy's own, whatever a caller sends. */
  company_id: {
    kind: 'string',
    max: 256,
    nullable: false,
    only: 'conversions',
    required: true,
    nonEmpty: true,
  },
  /** The company, on the Events API: the proxy's own, whatever a caller sends. */
  account_id: { kind: 'string', max: 256, nullable: false, only: 'events', required: true, nonEmpty: true },
  event_name: { kind: 'enum', values: EVENT_NAMES, nullable: false, required: true },
  /** Where the conversion happened; the proxy sends `website` when absent. */
  action_source: { kind: 'enum', values: ACTION_SOURCES, nullable: true },
  /** Tracking and attribution context. */
  context: { kind: 'object', fields: CONTEXT_FIELDS, nullable: false },
  currency: { kind: 'enum', values: CURRENCIES, nullable: true },
  /** Required when `event_name` is `custom`; at most 35 characters. */
  custom_name: { kind: 'string', max: CUSTOM_NAME_MAX, nullable: true },
  /** Deduplication key; the proxy generates one when absent. */
  event_id: { kind: 'string', max: 256, nullable: true, nonEmpty: true },
  /** ISO 8601 date-time; defaults to now. */
  event_time: { kind: 'datetime', max: 64, nullable: true },
  plan_id: { kind: 'string', max: 256, nullable: true },
  product_id: { kind: 'string', max: 256, nullable: true },
  /** The page's referrer. */
  referrer_url: { kind: 'string', max: 4096, nullable: true, cut: true },
  /** The page's address. */
  url: { kind: 'string', max: 4096, nullable: true, cut: true },
  /** User identity and profile data. */
  user: { kind: 'object', fields: USER_FIELDS, nullable: false },
  /** Monetary value, a finite number (positive for the Events API's `purchase`). */
  value: { kind: 'number', nullable: true },
} as const;

/** The most events the proxy accepts in one request body. */
export const MAX_BATCH_EVENTS = 50;

/** Every column some rule of `table` has. */
type Columns<T> = T[keyof T] extends infer R ? (R extends unknown ? keyof R : never) : never;
/** The keys of `table` whose rule has `column`. */
type KeysWith<T, C extends PropertyKey> = {
  [K in keyof T]: T[K] extends { [P in C]: unknown } ? K : never;
}[keyof T];

/** The keys of `table` whose rule has `column`, in table order: a field list derived from a table. */
function keysWith<T extends object, C extends PropertyKey>(
  table: T,
  column: C & Columns<T>,
): KeysWith<T, C>[] {
  return (Object.keys(table) as Array<keyof T>).filter((key) => column in (table[key] as object)) as KeysWith<
    T,
    C
  >[];
}

/** `context` keys an ad platform's cookie also holds (`cookie` names it). */
export const COOKIE_CONTEXT_FIELDS = /* @__PURE__ */ keysWith(CONTEXT_FIELDS, 'cookie');
/** Body fields a body must have (a caller's body to the proxy: `event_name` alone). */
export const REQUIRED_FIELDS = /* @__PURE__ */ keysWith(BODY_FIELDS, 'required');
/** Body strings that must not be empty. */
export const NON_EMPTY_FIELDS = /* @__PURE__ */ keysWith(BODY_FIELDS, 'nonEmpty');
/** Page addresses, which the proxy cuts to their `max` rather than refuse. */
export const CUT_FIELDS = /* @__PURE__ */ keysWith(BODY_FIELDS, 'cut');
