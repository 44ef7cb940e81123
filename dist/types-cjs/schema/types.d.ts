import type { ACTION_SOURCES, CONTEXT_FIELDS, CURRENCIES, EVENT_NAMES, USER_FIELDS } from './fields.js';
/** One of the conversion event names Whop accepts. */
export type EventName = (typeof EVENT_NAMES)[number];
/** Where the conversion happened. */
export type ActionSource = (typeof ACTION_SOURCES)[number];
/** Lower-case ISO 4217 (or crypto) code from Whop's list. */
export type Currency = (typeof CURRENCIES)[number];
/** Tracking and attribution context: every key is an optional string. */
export type ConversionContext = {
    -readonly [K in keyof typeof CONTEXT_FIELDS]?: string;
};
/** User identity and profile data: every key is an optional string. */
export type ConversionUser = {
    -readonly [K in keyof typeof USER_FIELDS]?: string;
};
/** What a browser or server caller sends to the proxy: the API body without `company_id`. */
export interface ConversionInput {
    event_name: EventName;
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
    /** Monetary value, a finite number. */
    value?: number | null;
}
/** The exact body of `POST /api/v1/conversions`. */
export interface ConversionBody extends ConversionInput {
    company_id: string;
}
/** One problem found in a body: the same shape everywhere, on the wire too. */
export interface ValidationError {
    /** Machine-readable rule: `required`, `type`, `enum`, `max_length`, `format`, `unknown_key`, `forbidden_key`, `custom_name_required`, `too_many`, `empty`. */
    code: string;
    /** A sentence a person can act on: what was expected and what came. */
    message: string;
    /** Dotted path to the field, e.g. `user.birthdate` or `[2].event_name`; empty for the body itself. */
    path: string;
}
