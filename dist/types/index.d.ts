import { type WhopFunction } from './browser/command.js';
import { type ConsentState, type InitOptions, type TrackProps, type TrackResult } from './browser/tracker.js';
import type { ConversionUser, EventName } from './schema/types.js';
export type { AdParams } from './browser/capture.js';
export type { WhopFunction } from './browser/command.js';
export type { ConsentState, InitOptions, TrackProps, TrackResult } from './browser/tracker.js';
export { ACTION_SOURCES, CURRENCIES, EVENT_NAMES } from './schema/fields.js';
export type * from './schema/types.js';
/** `track` props for an event: `custom` events must name themselves with `custom_name`. */
export type TrackPropsFor<N extends EventName> = N extends 'custom' ? TrackProps & {
    custom_name: string;
} : TrackProps;
/** A typed tracker whose `track` says when the proxy confirmed the event. */
export interface Tracker {
    /** Starts the tracker: captures attribution, restores identity, sends what earlier pages left queued. Later calls are ignored. */
    init(options: InitOptions): void;
    /**
     * Tracks a conversion. Resolves with the `event_id` (and Whop's `id`) once the proxy confirms
     * it; rejects on a bad call (unknown event name, `custom` without `custom_name`), when consent
     * is denied, or when the proxy refuses the event for good. Calls made before `init` wait for it.
     */
    track<N extends EventName>(eventName: N, ...props: N extends 'custom' ? [TrackPropsFor<N>] : [TrackProps?]): Promise<TrackResult>;
    /** Merges user fields into the `user` of later events, for this browser session. */
    identify(user: ConversionUser): void;
    /** Grants or denies consent; `denied` after `granted` stops sending and removes what the tracker stored. */
    consent(state: ConsentState): void;
    /** New `anonymous_id`; identity and attribution cleared (e.g. on logout). Queued events still go. */
    reset(): void;
}
/** Creates an independent tracker. Nothing happens until its `init`. */
export declare function createTracker(): Tracker;
/**
 * The command function, as on the script tag: `whop('init', { endpoint: '/whop' })`,
 * `whop('track', 'lead', { user: { email } })`. Creates its tracker on the first call.
 */
export declare const whop: WhopFunction;
