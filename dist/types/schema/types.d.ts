import type { ACTION_SOURCES, APIS, CONTEXT_FIELDS, CURRENCIES, EVENT_NAMES, EVENTS_API_EVENT_NAMES, USER_FIELDS } from './fields.js';
/** Which of Whop's server APIs the proxy speaks. */
export type Api = (typeof APIS)[number];
/** One of the event names Whop's conversions API accepts. */
export type EventName = (typeof EVENT_NAMES)[number];
/**
 * The event names an API takes: EVENT_NAMES for `conversions`; for `events` also its standard
 * names and any custom name (`string & {}` keeps the editor's completion of the standard ones).
 */
export type EventNameFor<A extends Api> = A extends 'events' ? EventName | (typeof EVENTS_API_EVENT_NAMES)[number] | (string & {}) : EventName;
/** Where the conversion happened. */
export type ActionSource = (typeof ACTION_SOURCES)[number];
/** Lower-case ISO 4217 (or crypto) code from Whop's list. */
export type Currency = (typeof CURRENCIES)[number];
/**
 * Tracking and attribution context: every key is an optional string. A proxy that speaks
 * `conversions` drops the keys only the Events API takes before forwarding.
 */
export type ConversionContext = {
    -readonly [K in keyof typeof CONTEXT_FIELDS]?: string;
};
/** User identity and profile data: every key is an optional string. */
export type ConversionUser = {
    -readonly [K in keyof typeof USER_FIELDS]?: string;
};
/** What a browser or server caller sends to the proxy: the API body without the company. */
export interface ConversionInput<A extends Api = 'conversions'> {
    event_name: EventNameFor<A>;
    action_source?: ActionSource | null;
    context?: ConversionContext;
    currency?: Currency | null;
    /** Required when `event_name` is `custom`; at most 35 characters. */
    custom_name?: string | null;
    /** Deduplication key; the proxy generates one when absent. */
    event_id?: string | null;
    /** ISO 8601 date-time; defaults to now. */
    event_time?: string | null;
    plan_id?: string | null;
    product_id?: string | null;
    referrer_url?: string | null;
    url?: string | null;
    user?: ConversionUser;
    /** Monetary value, a finite number (positive for the Events API's `purchase`). */
    value?: number | null;
}
/** The body of `POST /api/v1/conversions`. */
export interface ConversionBody extends ConversionInput {
    company_id: string;
}
/** The body of `POST /api/v1/events`: the company as `account_id`, any event name. */
export interface EventsApiBody extends ConversionInput<'events'> {
    account_id: string;
}
/** What the proxy sends upstream, in the shape of the API it speaks. */
export type UpstreamBody = ConversionBody | EventsApiBody;
/** One problem found in a body: the same shape everywhere, on the wire too. */
export interface ValidationError {
    /** Machine-readable rule: `required`, `type`, `enum`, `max_length`, `format`, `unknown_key`, `forbidden_key`, `custom_name_required`, `value_required`, `too_many`, `empty`. */
    code: string;
    /** A sentence a person can act on: what was expected and what came. */
    message: string;
    /** Dotted path to the field, e.g. `user.birthdate` or `[2].event_name`; empty for the body itself. */
    path: string;
}
