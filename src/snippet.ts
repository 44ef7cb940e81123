// Script-tag entry (dist/whop.min.js, IIFE) — the only module with side effects on load.
// The inline stub queued calls in `whop.q` and recorded the landing URL (`u`) and referrer
// (`r`); this replays the queue in order and takes over the global. Loaded twice, it sees its
// own function there (`v`) and does nothing.
import { commandFunction } from './browser/command.js';
import { createCore } from './browser/tracker.js';

try {
  const w = window as unknown as { whop?: { q?: ArrayLike<unknown>[]; u?: unknown; r?: unknown; v?: 1 } };
  const stub = w.whop;
  // biome-ignore lint/complexity/useOptionalChain: `?.` compiles to longer ES2017
  if (!(stub && stub.v)) {
    const whop = commandFunction(createCore(stub || {})) as unknown as typeof stub &
      ((...a: unknown[]) => void);
    whop!.v = 1;
    w.whop = whop;
    // A `q` that is no list of argument lists (an old global) throws here, after the takeover.
    // biome-ignore lint/complexity/useOptionalChain: `?.` compiles to longer ES2018
    for (const args of (stub && stub.q) || []) whop(...(args as unknown[]));
  }
} catch {}
