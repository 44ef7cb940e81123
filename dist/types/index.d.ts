import { type WhopFunction } from './browser/command.js';
import { type ConsentState, type InitOptions, type TrackArgs, type TrackResult } from './browser/tracker.js';
import type { Api, ConversionUser, EventNameFor } from './schema/types.js';
export type { AdParams } from './browser/capture.js';
export type { WhopFunction } from './browser/command.js';
export type { ConsentState, InitOptions, TrackArgs, TrackProps, TrackPropsFor, TrackResult, } from './browser/tracker.js';
export { ACTION_SOURCES, CURRENCIES, EVENT_NAMES, EVENTS_API_EVENT_NAMES } from './schema/fields.js';
export type * from './schema/types.js';
/**
 * A typed tracker whose `track` says when the proxy confirmed the event. `A` is the Whop API the
 * proxy speaks (`conversions`, the default, or `events`): it decides which event names and props
 * `track` takes (see `createTracker`).
 */
export interface Tracker<A extends Api = 'conversions'> {
    /** Starts the tracker: captures attribution, restores identity, sends what earlier pages left queued. Later calls are ignored. */
    init(options: InitOptions): void;
    /**
     * Tracks a conversion. Resolves with the `event_id` (and Whop's `id`) once the proxy confirms
     * it; rejects on a bad call (an event name that is no string of 1 to 35 characters, `custom`
     * without `custom_name`), when consent is denied, or when the proxy refuses the event for good
     * (among others a name its API does not take, such as `purchase` sent to `/conversions`).
     * Calls made before `init` wait for it.
     */
    track<N extends EventNameFor<A>>(eventName: N, ...props: TrackArgs<N, A>): Promise<TrackResult>;
    /** Merges user fields into the `user` of later events, for this browser session. */
    identify(user: ConversionUser): void;
    /** Grants or denies consent; `denied` after `granted` stops sending and removes what the tracker stored. */
    consent(state: ConsentState): void;
    /** New `anonymous_id`; identity and attribution cleared (e.g. on logout). Queued events still go. */
    reset(): void;
}
/**
 * Creates an independent tracker. Nothing happens until its `init`. With a proxy that speaks
 * Whop's Events API, say so to the types: `createTracker<'events'>()` takes its standard names
 * (`purchase` with a `value`, `view_content`, `add_to_cart`, `initiate_checkout`) and free custom
 * names (`track('quiz_done')`). The browser sends the same either way; a proxy speaking
 * `/conversions` refuses those names with a 400 naming `event_name`.
 */
export declare function createTracker<A extends Api = 'conversions'>(): Tracker<A>;
/**
 * The command function, as on the script tag: `whop('init', { endpoint: '/whop' })`,
 * `whop('track', 'lead', { user: { email } })`. Creates its tracker on the first call.
 */
export declare const whop: WhopFunction;
