// npm entry: `whop()` and `createTracker()` for SPAs and bundlers. Importing it does nothing;
// the tracker starts on `init`.
import { commandFunction, type WhopFunction } from './browser/command.js';
import {
  type ConsentState,
  createCore,
  guard,
  type InitOptions,
  type TrackProps,
  type TrackResult,
} from './browser/tracker.js';
import type { ConversionUser, EventName } from './schema/types.js';

export type { AdParams } from './browser/capture.js';
export type { WhopFunction } from './browser/command.js';
export type { ConsentState, InitOptions, TrackProps, TrackResult } from './browser/tracker.js';
export { ACTION_SOURCES, CURRENCIES, EVENT_NAMES } from './schema/fields.js';
export type * from './schema/types.js';

/** `track` props for an event: `custom` events must name themselves with `custom_name`. */
export type TrackPropsFor<N extends EventName> = N extends 'custom'
  ? TrackProps & { custom_name: string }
  : TrackProps;

/** A typed tracker whose `track` says when the proxy confirmed the event. */
export interface Tracker {
  /** Starts the tracker: captures attribution, restores identity, sends what earlier pages left queued. Later calls are ignored. */
  init(options: InitOptions): void;
  /**
   * Tracks a conversion. Resolves with the `event_id` (and Whop's `id`) once the proxy confirms
   * it; rejects on a bad call (unknown event name, `custom` without `custom_name`), when consent
   * is denied, or when the proxy refuses the event for good. Calls made before `init` wait for it.
   */
  track<N extends EventName>(
    eventName: N,
    ...props: N extends 'custom' ? [TrackPropsFor<N>] : [TrackProps?]
  ): Promise<TrackResult>;
  /** Merges user fields into the `user` of later events, for this browser session. */
  identify(user: ConversionUser): void;
  /** Grants or denies consent; `denied` after `granted` stops sending and removes what the tracker stored. */
  consent(state: ConsentState): void;
  /** New `anonymous_id`; identity and attribution cleared (e.g. on logout). Queued events still go. */
  reset(): void;
}

/** Creates an independent tracker. Nothing happens until its `init`. */
export function createTracker(): Tracker {
  const core = createCore({});
  return {
    init: guard(core.init),
    track: (eventName, ...props) => {
      const result = new Promise<TrackResult>((resolve, reject) =>
        // A throw in here rejects the promise, as a bad call should.
        core.track(eventName, props[0], (error, confirmed) => (error ? reject(error) : resolve(confirmed!))),
      );
      // Nobody has to await it: with consent denied (every visitor with Global Privacy Control)
      // an unawaited rejection would surface on the host page as an unhandled rejection. Whoever
      // awaits `result` still sees it.
      result.catch(() => {});
      return result;
    },
    identify: guard(core.identify),
    consent: guard(core.consent),
    reset: guard(core.reset),
  };
}

let shared: WhopFunction | undefined;

/**
 * The command function, as on the script tag: `whop('init', { endpoint: '/whop' })`,
 * `whop('track', 'lead', { user: { email } })`. Creates its tracker on the first call.
 */
export const whop: WhopFunction = ((...args: unknown[]) => {
  if (!shared) shared = commandFunction(createCore({}));
  return (shared as (...a: unknown[]) => unknown)(...args);
}) as WhopFunction;
