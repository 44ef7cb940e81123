// `whop('track', 'lead', {...})`: the one-function API of the script tag, also exported for npm.
import type { ConversionUser, EventName } from '../schema/types.js';
import { type ConsentState, type Core, guard, type InitOptions, type TrackProps } from './tracker.js';

/** The `whop()` command function. Never throws; `track` returns the event's `event_id`. */
export interface WhopFunction {
  (command: 'init', options: InitOptions): void;
  (command: 'track', eventName: EventName, props?: TrackProps): string | undefined;
  (command: 'identify', user: ConversionUser): void;
  (command: 'consent', state: ConsentState): void;
  (command: 'reset'): void;
}

/** Wraps a tracker in the command function; unknown commands and bad arguments are ignored. */
export function commandFunction(core: Core): WhopFunction {
  return guard((command: keyof Core, ...args: unknown[]) =>
    (core[command] as (...a: unknown[]) => unknown)(...args),
  ) as WhopFunction;
}
