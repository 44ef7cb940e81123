// First-party storage that never throws. localStorage can be missing or throw on every call
// (Safari private mode, sandboxed iframes, cookies blocked); a key whose write failed lives in
// memory instead, so the queue and attribution still work for the life of the page.

const memory: Record<string, string> = {};

/**
 * One accessor for localStorage (or sessionStorage when `session`), JSON-encoded:
 * `store(key)` reads (storage is read on every call, so other tabs' writes are seen),
 * `store(key, value)` writes, `store(key, null)` removes.
 */
// biome-ignore lint/suspicious/noExplicitAny: callers know the shape of what they stored
export const store = (key: string, value?: unknown, session?: boolean): any => {
  let text: string | null | undefined;
  // Kept in memory first: merely naming `localStorage` can throw.
  if (value !== undefined) memory[key] = JSON.stringify(value);
  try {
    const area = session ? sessionStorage : localStorage;
    if (value === undefined) text = area.getItem(key);
    else {
      if (value === null) area.removeItem(key);
      else area.setItem(key, memory[key]);
      // Storage has it: from now on, reads see other tabs' writes again.
      delete memory[key];
    }
  } catch {}
  try {
    // A write that failed (a full quota while reads still work) is what counts; null when
    // removed or never written.
    return JSON.parse(key in memory ? memory[key] : text!);
  } catch {}
};
