import type { Api, ConversionUser, EventNameFor } from '../schema/types.js';
import { type ConsentState, type Core, type InitOptions, type TrackArgs } from './tracker.js';
/**
 * The `whop()` command function. Never throws; `track` returns the event's `event_id`.
 *
 * `A` is the Whop API the proxy speaks (`conversions`, the default, or `events`). It only decides
 * which event names and props the types take: the browser sends the same either way.
 * An app whose proxy speaks the Events API says so once:
 * `const w = whop as WhopFunction<'events'>;`, then `w('track', 'purchase', { value: 49 })` and
 * free names such as `w('track', 'quiz_done')` compile. `custom` needs `custom_name` under both.
 */
export interface WhopFunction<A extends Api = 'conversions'> {
    (command: 'init', options: InitOptions): void;
    <N extends EventNameFor<A>>(command: 'track', eventName: N, ...props: TrackArgs<N, A>): string | undefined;
    (command: 'identify', user: ConversionUser): void;
    (command: 'consent', state: ConsentState): void;
    (command: 'reset'): void;
}
/** Wraps a tracker in the command function; unknown commands and bad arguments are ignored. */
export declare function commandFunction(core: Core): WhopFunction;
