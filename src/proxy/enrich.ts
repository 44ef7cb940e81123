import { CONTEXT_FIELDS } from '../schema/fields.js';
import type { ConversionBody, ConversionContext, ConversionInput } from '../schema/types.js';
import { fbclidFromFbc, parseCookieHeader } from './cookies.js';

/** What the server knows about the request that the browser must not be trusted with. */
export interface RequestFacts {
  companyId: string;
  clientAddress?: string;
  userAgent?: string | null;
  cookieHeader?: string | null;
  /** ISO time of receipt, the default `event_time`. */
  receivedAt: string;
  newEventId: () => string;
}

// Ad cookies a same-site deployment receives even when the snippet could not read them.
const COOKIE_CONTEXT = { _fbp: 'fbp', _ga: 'ga', _ttp: 'ttp' } as const;

/**
 * Turns a validated caller body into the exact upstream body: `company_id` from the server's
 * options, `ip_address` and `user_agent` from the request (never from the body), defaults for
 * `action_source`, `event_id` and `event_time`, and attribution cookies where the body has none.
 * Null fields are dropped: upstream treats absent and null alike, and the body stays small.
 */
export function enrich(input: ConversionInput, facts: RequestFacts): ConversionBody {
  const { context: inputContext, user, company_id: _ignored, ...rest } = input as ConversionBody;
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest))
    if (value !== null && value !== undefined) body[key] = value;

  const context: ConversionContext = { ...inputContext };
  delete context.ip_address;
  delete context.user_agent;
  const cookies = parseCookieHeader(facts.cookieHeader ?? null);
  for (const [cookie, key] of Object.entries(COOKIE_CONTEXT)) {
    const value = cookies.get(cookie);
    if (!context[key] && value && value.length <= CONTEXT_FIELDS[key]) context[key] = value;
  }
  if (!context.fbclid) {
    const fbclid = fbclidFromFbc(cookies.get('_fbc'));
    if (fbclid && fbclid.length <= CONTEXT_FIELDS.fbclid) context.fbclid = fbclid;
  }
  if (facts.clientAddress) context.ip_address = facts.clientAddress;
  if (facts.userAgent) context.user_agent = facts.userAgent.slice(0, CONTEXT_FIELDS.user_agent);

  const out = {
    company_id: facts.companyId,
    ...body,
    event_name: input.event_name,
    action_source: input.action_source ?? 'website',
    event_id: input.event_id ?? facts.newEventId(),
    event_time: input.event_time ?? facts.receivedAt,
  } as ConversionBody;
  if (Object.keys(context).length) out.context = context;
  if (user && Object.keys(user).length) out.user = user;
  return out;
}
