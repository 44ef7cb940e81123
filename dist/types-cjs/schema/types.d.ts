import type { ACCOUNT_FIELDS, ACTION_SOURCES, APIS, BODY_FIELDS, CONTEXT_FIELDS, CURRENCIES, EVENT_NAMES, EVENTS_API_EVENT_NAMES, USER_FIELDS } from './fields.js';
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
/** The value a body field's rule allows (`null` too where the API's page says so). */
type FieldValue<R> = (R extends {
    kind: 'enum';
    values: readonly (infer V)[];
} ? V : R extends {
    kind: 'number';
} ? number : R extends {
    kind: 'object';
    fields: infer F;
} ? {
    -readonly [K in keyof F]?: string;
} : string) | (R extends {
    nullable: true;
} ? null : never);
/** The body fields a caller sends: all but the company, which the proxy adds, and the event name, typed per API. */
type InputFields = Omit<typeof BODY_FIELDS, (typeof ACCOUNT_FIELDS)[Api] | 'event_name'>;
/**
 * What a browser or server caller sends to the proxy: the API body without the company, every
 * field but `event_name` optional. Derived from BODY_FIELDS (src/schema/fields.ts), whose doc
 * comments the editor shows on each field.
 */
export type ConversionInput<A extends Api = 'conversions'> = {
    event_name: EventNameFor<A>;
} & {
    -readonly [K in keyof InputFields]?: FieldValue<InputFields[K]>;
};
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
export {};
