import type { Api, ConversionContext, ConversionInput, ConversionUser, EventNameFor } from '../schema/types.js';
import { type AdParams } from './capture.js';
/** `granted` (the default): store and send. `pending`: hold events in memory, write nothing. `denied`: send and keep nothing. */
export type ConsentState = 'granted' | 'pending' | 'denied';
/** Options of `init`. */
export interface InitOptions {
    /** The proxy's URL, on the site's own domain, e.g. `'/whop'`. Required. */
    endpoint: string;
    /** Log every capture, send, retry and drop to the console. Default `false`; `?whop_debug=1` also turns it on. */
    debug?: boolean;
    /** Consent at start. Default `'granted'`; use `'pending'` with a consent banner, then call `consent()`. */
    consent?: ConsentState;
    /** Treat `navigator.globalPrivacyControl === true` as `'denied'`, which `consent('granted')` cannot lift. Default `true`. */
    respectGlobalPrivacyControl?: boolean;
    /** Domain for the `_whop_aid` and `_fbc` cookies. Default: the registrable domain, found by probing. */
    cookieDomain?: string;
    /** How long captured click ids and UTMs are kept, in days. Default 90. */
    attributionDays?: number;
    /** URL parameters read as `ad_campaign_id`, `ad_set_id`, `ad_id` (each list replaces that field's default). */
    adParams?: AdParams;
    /**
     * When Whop's own pixel is on the page, also hand each tracked event to it (`whop.track`) with
     * the same `event_id`, so Whop counts it once through whichever channel gets through. Only
     * with consent granted, never under Global Privacy Control. Default `true`.
     */
    mirror?: boolean;
}
/**
 * Body fields a `track` call may set: the API body without `event_name` (one schema, no second
 * list). The tracker fills `url`, `referrer_url`, `event_time` (when `track` was called) and
 * `event_id` (reused on every retry), the proxy `action_source: 'website'`; what is given wins.
 * `context` and `user` are merged over what the snippet captured and `identify()` gave;
 * `context.ip_address` is never sent from a browser.
 */
export type TrackProps = Omit<ConversionInput, 'event_name' | 'context'> & {
    context?: Omit<ConversionContext, 'ip_address'>;
};
/**
 * `track` props for event `N` under API `A`: `custom` events must name themselves with
 * `custom_name`; the Events API's `purchase` needs its `value` (positive: Whop refuses it otherwise).
 */
export type TrackPropsFor<N, A extends Api = 'conversions'> = N extends 'custom' ? TrackProps & {
    custom_name: string;
} : A extends 'events' ? N extends 'purchase' ? TrackProps & {
    value: number;
} : TrackProps : TrackProps;
/** The props argument of `track` for event `N` under API `A`: required when they must name something. */
export type TrackArgs<N, A extends Api = 'conversions'> = N extends 'custom' | (A extends 'events' ? 'purchase' : never) ? [props: TrackPropsFor<N, A>] : [props?: TrackProps];
/** What the proxy confirmed for one event. */
export interface TrackResult {
    event_id: string;
    /** Whop's id of the recorded conversion, when the proxy passed it on. */
    id?: string;
}
/** Called once per event: with an error when the call was bad or the event was dropped. */
export type TrackCallback = (error: Error | undefined, result?: TrackResult) => void;
/** The commands; `createTracker` and the `whop()` function both wrap these. */
export interface Core {
    init(options: InitOptions): void;
    /**
     * Returns the `event_id`, or undefined when the call is bad (then `done` gets the error). Any
     * name either API takes: the browser cannot know which one the proxy speaks.
     */
    track(name: EventNameFor<Api>, props?: TrackProps, done?: TrackCallback): string | undefined;
    identify(user: ConversionUser): void;
    consent(state: ConsentState): void;
    reset(): void;
}
/** Runs `fn`, logging instead of throwing: every way into the tracker goes through this. */
export declare const guard: <A extends unknown[], R>(fn: (...args: A) => R) => ((...args: A) => R | undefined);
/**
 * Creates a tracker. `landing` is what the inline stub recorded before a router could rewrite
 * the URL: `u` the landing URL. (An arrow: terser inlines a function declaration into the
 * script-tag entry behind an extra `var`, 10 B gzip more.)
 */
export declare const createCore: (landing: {
    u?: unknown;
}) => Core;
