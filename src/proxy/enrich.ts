import { ANONYMOUS_ID_COOKIE, clickId } from '../schema/cookies.js';
import {
  ACCOUNT_FIELDS,
  COMPANY_FIELDS,
  CONTEXT_FIELDS,
  COOKIE_CONTEXT_FIELDS,
  USER_FIELDS,
} from '../schema/fields.js';
import type {
  Api,
  ConversionContext,
  ConversionInput,
  ConversionUser,
  UpstreamBody,
} from '../schema/types.js';
import { parseCookieHeader } from './cookies.js';
import type { RequestHead } from './incoming.js';
import type { LogEntry } from './logger.js';

/** What the server knows about the request that the browser must not be trusted with. */
export interface RequestFacts {
  /** The API the proxy speaks: the shape of the body. */
  api: Api;
  companyId: string;
  clientAddress?: string;
  userAgent?: string | null;
  cookieHeader?: string | null;
  /** The request's `Accept-Language` header: the visitor's language, for the Events API. */
  acceptLanguage?: string | null;
  /** ISO time of receipt, the default `event_time`. */
  receivedAt: string;
  newEventId: () => string;
}

/** The exact upstream body, and how many fields the caller sent that the API does not take. */
export interface Enriched {
  body: UpstreamBody;
  dropped: number;
}

/** The fbclid in an `_fbc` value, by the snippet's one rule; undefined for none or an empty one. */
const fbclidOf = (fbc: string | undefined) => clickId(fbc, 'fb', 3) || undefined;

// A BCP 47 tag as browsers send it first in Accept-Language (`en-US`, `zh-Hant-TW`).
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** The visitor's preferred language: the first tag of `Accept-Language`, if it is one. */
export function languageOf(header: string | null | undefined): string | undefined {
  const first = header?.split(',')[0].split(';')[0].trim();
  return first && LANGUAGE.test(first) && first.length <= CONTEXT_FIELDS.language.max ? first : undefined;
}

/** The body's keys copied apart (`context`, `user`) or never from the body (the company). */
const NESTED_OR_COMPANY = new Set(['context', 'user', ...COMPANY_FIELDS]);

/** For each API, the keys of a field group (`context`, `user`) that only the other API takes. */
function othersOnly(fields: Record<string, { max: number; only?: Api }>): Record<Api, ReadonlySet<string>> {
  const only = (api: Api) => new Set(Object.keys(fields).filter((key) => (fields[key].only ?? api) !== api));
  return { conversions: only('conversions'), events: only('events') };
}
const CONTEXT_NOT_TAKEN = othersOnly(CONTEXT_FIELDS);
const USER_NOT_TAKEN = othersOnly(USER_FIELDS);

/** Removes the keys of `map` that are `notTaken`; returns how many went. */
function keep(map: Record<string, string>, notTaken: ReadonlySet<string>): number {
  let dropped = 0;
  for (const key in map)
    if (notTaken.has(key)) {
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
export function enrich(input: ConversionInput<Api>, facts: RequestFacts): Enriched {
  // The company first, then the body's own fields in their order: built in place, not spread.
  const out: Record<string, unknown> = { [ACCOUNT_FIELDS[facts.api]]: facts.companyId };
  const fields = input as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value !== null && value !== undefined && !NESTED_OR_COMPANY.has(key)) out[key] = value;
  }
  const context: ConversionContext = { ...input.context };
  const user: ConversionUser = { ...input.user };
  // The visitor's address and agent come from the request, never from the body.
  if (context.ip_address !== undefined) delete context.ip_address;
  if (context.user_agent !== undefined) delete context.user_agent;
  const events = facts.api === 'events';
  const cookies = parseCookieHeader(facts.cookieHeader ?? null);
  // Ad cookies a same-site deployment receives even when the snippet could not read them.
  for (const key of COOKIE_CONTEXT_FIELDS) {
    const rule: { max: number; cookie: string; only?: Api } = CONTEXT_FIELDS[key];
    const value = cookies.get(rule.cookie);
    if (!context[key] && value && value.length <= rule.max && (!rule.only || rule.only === facts.api))
      context[key] = value;
  }
  if (!context.fbclid) {
    const fbclid = fbclidOf(context.fbc ?? cookies.get(CONTEXT_FIELDS.fbc.cookie));
    if (fbclid && fbclid.length <= CONTEXT_FIELDS.fbclid.max) context.fbclid = fbclid;
  }
  // One click, not two: an `_fbc` written before the page's newer fbclid (the snippet rewrites
  // it only once consent allows) would credit the older ad.
  if (context.fbc && fbclidOf(context.fbc) !== context.fbclid) delete context.fbc;
  if (facts.clientAddress) context.ip_address = facts.clientAddress;
  if (facts.userAgent) context.user_agent = facts.userAgent.slice(0, CONTEXT_FIELDS.user_agent.max);
  if (events) {
    const language = languageOf(facts.acceptLanguage);
    if (!context.language && language) context.language = language;
    // Whop's `_wuid` is host-only, the snippet's id spans the site: sending both joins them.
    const own = cookies.get(ANONYMOUS_ID_COOKIE);
    if (
      !user.linked_anonymous_id &&
      user.anonymous_id?.startsWith('wuid_') &&
      own &&
      own !== user.anonymous_id &&
      own.length <= USER_FIELDS.linked_anonymous_id.max
    )
      user.linked_anonymous_id = own;
  }
  const dropped = keep(context, CONTEXT_NOT_TAKEN[facts.api]) + keep(user, USER_NOT_TAKEN[facts.api]);

  out.event_name = input.event_name;
  out.action_source = input.action_source ?? 'website';
  out.event_id = input.event_id ?? facts.newEventId();
  out.event_time = input.event_time ?? facts.receivedAt;
  if (events && out.event_name === 'custom') {
    out.event_name = out.custom_name;
    delete out.custom_name;
  }
  if (Object.keys(context).length) out.context = context;
  if (Object.keys(user).length) out.user = user;
  return { body: out as unknown as UpstreamBody, dropped };
}

/** What the enrich step needs to know of the request, besides its headers. */
export interface BatchFacts {
  api: Api;
  companyId: string;
  /** The client's address, as `trustProxy` lets it be known. */
  clientAddress: string | undefined;
  /** A server caller with the shared secret: its own address and agent are not the visitor's. */
  trusted: boolean;
  /** Per event, the visitor facts a trusted caller wrote in the body (see `validateInput`). */
  callerFacts: Array<Partial<RequestFacts>>;
}

const newEventId = () => crypto.randomUUID();

/**
 * The enrich step: every event of a request as its exact upstream body ({@link enrich}), with
 * the request's facts: its client address, `User-Agent`, `Cookie` and `Accept-Language`, and the
 * time it came. A trusted server caller's own address, agent and language are its backend's,
 * not the visitor's: an event it sends without them goes without them. Writes the log field
 * `dropped_fields`: what the browser sent that the API the proxy speaks does not take.
 */
export function enrichBatch(
  inputs: ConversionInput<Api>[],
  request: RequestHead,
  batch: BatchFacts,
  log: LogEntry,
): UpstreamBody[] {
  const { trusted } = batch;
  const facts: RequestFacts = {
    api: batch.api,
    companyId: batch.companyId,
    clientAddress: trusted ? undefined : batch.clientAddress,
    userAgent: trusted ? undefined : request.headers.get('user-agent'),
    cookieHeader: request.headers.get('cookie'),
    acceptLanguage: trusted ? undefined : request.headers.get('accept-language'),
    receivedAt: new Date().toISOString(),
    newEventId,
  };
  const enriched = inputs.map((input, i) => {
    const own = batch.callerFacts[i];
    return enrich(input, own ? { ...facts, ...own } : facts);
  });
  // The browser cannot know which API the proxy speaks: what `/conversions` does not take goes.
  const dropped = enriched.reduce((sum, e) => sum + e.dropped, 0);
  if (dropped) log.dropped_fields = dropped;
  return enriched.map((e) => e.body);
}
