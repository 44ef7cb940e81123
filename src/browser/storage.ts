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
  const write = value !== undefined;
  // Kept in memory first: merely naming `localStorage` can throw.
  if (write) memory[key] = JSON.stringify(value);
  try {
    const area = session ? sessionStorage : localStorage;
    if (!write) memory[key] = area.getItem(key)!;
    else if (value === null) area.removeItem(key);
    else area.setItem(key, memory[key]);
  } catch {}
  try {
    // null when removed or never written.
    return JSON.parse(memory[key]);
  } catch {}
};
