/** Slots for upstream deliveries in flight, shared by every request of one proxy instance. */
export interface UpstreamSlots {
  /** Takes up to `wanted` free slots and says how many it took: 0 when all are in use. */
  take(wanted: number): number;
  /** Gives back slots taken earlier. */
  release(count: number): void;
}

/**
 * At most `max` upstream deliveries at once. Without a global cap, an upstream that stops
 * answering lets every new request open more sockets, each held until its timeout.
 */
export function upstreamSlots(max: number): UpstreamSlots {
  let used = 0;
  return {
    take(wanted) {
      const taken = Math.max(0, Math.min(wanted, max - used));
      used += taken;
      return taken;
    },
    release(count) {
      used = Math.max(0, used - count);
    },
  };
}
