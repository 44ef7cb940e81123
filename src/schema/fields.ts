/**
 * The Whop "Create conversion" body as data — the single source of truth.
 * Types (./types.ts) and the runtime validator (./validate.ts) are both derived
 * from these tables; no other file lists field names.
 * Source: shared/whop-conversions-api.md (POST /api/v1/conversions).
 */

export const EVENT_NAMES = [
  'lead',
  'submit_application',
  'contact',
  'complete_registration',
  'schedule',
  'custom',
] as const;

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
 * `context` keys (all strings) with their maximum lengths.
 * Click ids: Meta ignores fbclid values over 500 characters, so 500 is the cap for ids;
 * user agents get 1024 (real ones are under 400); IPv6 with zone fits in 64.
 */
export const CONTEXT_FIELDS = {
  fbclid: 500,
  fbp: 500,
  ga: 500,
  gclid: 500,
  ig_sid: 500,
  ttclid: 500,
  ttp: 500,
  ip_address: 64,
  user_agent: 1024,
  ad_campaign_id: 256,
  ad_id: 256,
  ad_set_id: 256,
  utm_campaign: 500,
  utm_content: 500,
  utm_id: 500,
  utm_medium: 500,
  utm_source: 500,
  utm_term: 500,
} as const;

/**
 * `user` keys (all strings) with their maximum lengths. 254 is the longest valid e-mail
 * address (RFC 5321 path limit); the rest get 256, `birthdate` is exactly `YYYY-MM-DD`.
 */
export const USER_FIELDS = {
  anonymous_id: 256,
  external_id: 256,
  member_id: 256,
  membership_id: 256,
  user_id: 256,
  birthdate: 10,
  city: 256,
  country: 256,
  email: 254,
  first_name: 256,
  gender: 256,
  last_name: 256,
  name: 256,
  phone: 256,
  postal_code: 256,
  state: 256,
  username: 256,
} as const;

/**
 * Top-level body fields: the kind of value, and the maximum length for strings.
 * `nullable` follows the API page's "| null". URLs get 4096: landing URLs carry
 * long click ids plus UTMs, and browsers send far longer than the old 2048 rule.
 * `custom_name` is capped at 35, the limit Whop documents for its events intake.
 */
export const BODY_FIELDS = {
  company_id: { kind: 'string', max: 256, nullable: false },
  event_name: { kind: 'enum', values: EVENT_NAMES, nullable: false },
  action_source: { kind: 'enum', values: ACTION_SOURCES, nullable: true },
  context: { kind: 'object', fields: CONTEXT_FIELDS, nullable: false },
  currency: { kind: 'enum', values: CURRENCIES, nullable: true },
  custom_name: { kind: 'string', max: 35, nullable: true },
  event_id: { kind: 'string', max: 256, nullable: true },
  event_time: { kind: 'datetime', max: 64, nullable: true },
  plan_id: { kind: 'string', max: 256, nullable: true },
  product_id: { kind: 'string', max: 256, nullable: true },
  referrer_url: { kind: 'string', max: 4096, nullable: true },
  url: { kind: 'string', max: 4096, nullable: true },
  user: { kind: 'object', fields: USER_FIELDS, nullable: false },
  value: { kind: 'number', nullable: true },
} as const;

/** Fields that must be present in the upstream body. */
export const REQUIRED_FIELDS = ['company_id', 'event_name'] as const;

/** The most events the proxy accepts in one request body. */
export const MAX_BATCH_EVENTS = 50;
