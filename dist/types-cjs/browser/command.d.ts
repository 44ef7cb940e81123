import type { ConversionUser, EventName } from '../schema/types.js';
import { type ConsentState, type Core, type InitOptions, type TrackProps } from './tracker.js';
/** The `whop()` command function. Never throws; `track` returns the event's `event_id`. */
export interface WhopFunction {
    (command: 'init', options: InitOptions): void;
    (command: 'track', eventName: EventName, props?: TrackProps): string | undefined;
    (command: 'identify', user: ConversionUser): void;
    (command: 'consent', state: ConsentState): void;
    (command: 'reset'): void;
}
/** Wraps a tracker in the command function; unknown commands and bad arguments are ignored. */
export declare function commandFunction(core: Core): WhopFunction;
