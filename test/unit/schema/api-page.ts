/**
 * The API page (shared/whop-conversions-api.md), copied by hand: the independent oracle the
 * schema tables are checked against. Deliberately not derived from src/schema/fields.ts.
 */

/** Body fields in the page's table order. */
export const PAGE_BODY_KEYS = [
  'company_id',
  'event_name',
  'action_source',
  'context',
  'currency',
  'custom_name',
  'event_id',
  'event_time',
  'plan_id',
  'product_id',
  'referrer_url',
  'url',
  'user',
  'value',
];

/** Body fields the page marks "| null". */
export const PAGE_NULLABLE_KEYS = [
  'action_source',
  'currency',
  'custom_name',
  'event_id',
  'event_time',
  'plan_id',
  'product_id',
  'referrer_url',
  'url',
  'value',
];

/** Body fields the page marks required. */
export const PAGE_REQUIRED_KEYS = ['company_id', 'event_name'];

const words = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

export const PAGE_CONTEXT_KEYS = words(`
  fbclid, fbp, ga, gclid, ig_sid, ttclid, ttp, ip_address, user_agent,
  ad_campaign_id, ad_id, ad_set_id,
  utm_campaign, utm_content, utm_id, utm_medium, utm_source, utm_term
`);

export const PAGE_USER_KEYS = words(`
  anonymous_id, external_id, member_id, membership_id, user_id,
  birthdate, city, country, email, first_name, gender,
  last_name, name, phone, postal_code, state, username
`);

export const PAGE_EVENT_NAMES = words(
  'lead, submit_application, contact, complete_registration, schedule, custom',
);

export const PAGE_ACTION_SOURCES = words(`
  email, website, app, phone_call, chat, physical_store, system_generated, business_messaging, other
`);

export const PAGE_CURRENCIES = words(`
  usd, sgd, inr, aud, brl, cad, dkk, eur, nok, gbp, sek, chf, hkd, huf, jpy, mxn, myr, pln, czk, nzd, aed, eth, ape,
  cop, ron, thb, bgn, idr, dop, php, try, krw, twd, vnd, pkr, clp, uyu, ars, zar, dzd, tnd, mad, kes, kwd, jod, all,
  xcd, amd, bsd, bhd, bob, bam, khr, crc, xof, egp, etb, gmd, ghs, gtq, gyd, ils, jmd, mop, mga, mur, mdl, mnt, nad,
  ngn, mkd, omr, pyg, pen, qar, rwf, sar, rsd, lkr, tzs, ttd, uzs, rub, btc, cny, usdt
`);

/** The page's "Full example body", verbatim as JSON text (placeholders included). */
export const PAGE_EXAMPLE_JSON = `{
  "company_id": "biz_xxxxxxxxxxxxxx",
  "event_name": "lead",
  "action_source": "website",
  "context": {
    "fbclid": "…", "fbp": "…", "ga": "…", "gclid": "…", "ig_sid": "…", "ttclid": "…", "ttp": "…",
    "ip_address": "…", "user_agent": "…",
    "ad_campaign_id": "…", "ad_id": "…", "ad_set_id": "…",
    "utm_campaign": "…", "utm_content": "…", "utm_id": "…", "utm_medium": "…", "utm_source": "…", "utm_term": "…"
  },
  "currency": "usd",
  "custom_name": null,
  "event_id": "evnt_xxxxxxxxxxxxx",
  "event_time": "2023-12-01T05:00:00.401Z",
  "plan_id": "plan_xxxxxxxxxxxxx",
  "product_id": "prod_xxxxxxxxxxxxx",
  "referrer_url": "https://…",
  "url": "https://…",
  "user": { "anonymous_id": "…", "email": "…", "first_name": "…", "birthdate": "1990-01-15" },
  "value": 6.9
}`;

/** A fresh copy of the example body for each test to change. */
export function exampleBody(): Record<string, unknown> {
  return JSON.parse(PAGE_EXAMPLE_JSON);
}

/** The smallest valid upstream body. */
export function minimalBody(): Record<string, unknown> {
  return { company_id: 'biz_xxxxxxxxxxxxxx', event_name: 'lead' };
}

/**
 * The Events API's additions (shared/whop-pixel-and-events-api.md, "Body differences from
 * `/conversions`"), copied by hand, less what the project leaves out on purpose: the
 * `fingerprint` fields (no fingerprinting) and the page-view fields (`title`, `resumed`,
 * `duration`, `source`: the proxy forwards conversions, not page views).
 */
export const EVENTS_PAGE_CONTEXT_KEYS = words(`
  fbc, gbraid, wbraid, msclkid, li_fat_id, rdt_cid, sccid, twclid, language, timezone, screen_resolution
`);
export const EVENTS_PAGE_USER_KEYS = words('linked_anonymous_id, linked_wuid');
export const EVENTS_PAGE_EVENT_NAMES = words('view_content, add_to_cart, initiate_checkout, purchase');
