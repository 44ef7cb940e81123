// Script-tag entry (dist/whop.min.js, IIFE) — the only module with side effects on load.
// The inline stub (src/stub.ts) queued calls in `whop.$c` and recorded the landing URL (`u`) and
// referrer (`r`); this replays the queue in order and puts the handler in its place. The stub's
// global stays: it is also Whop's pixel object (src/browser/whop-pixel.ts). Loaded twice, the
// script finds its handler there and does nothing.
// Pages with the older stub (a plain function queueing into `q`) still work: the script takes
// over the global as it always did. An object that is not ours there (Whop's pixel, with no stub
// of ours) is left alone.
import { commandFunction } from './browser/command.js';
import { createCore } from './browser/tracker.js';
import { adoptStandIn } from './browser/whop-pixel.js';

type Global = ((...a: unknown[]) => unknown) & {
  $c?: unknown;
  q?: ArrayLike<unknown>[];
  u?: unknown;
  r?: unknown;
  $w?: Parameters<typeof adoptStandIn>[0];
  call?: unknown;
};

try {
  const w = window as unknown as { whop?: Global };
  const stub = w.whop;
  // biome-ignore lint/complexity/useOptionalChain: `?.` compiles to longer ES2018
  const calls = stub && stub.$c;
  const current = Array.isArray(calls);
  if (current || (!calls && (!stub || stub.call))) {
    // First: a track among the calls is handed to Whop's pixel only once it is known to be there.
    if (current) adoptStandIn(stub!.$w);
    const whop = commandFunction(createCore(stub || {})) as Global;
    // The handler in the stub's `$c`; an older stub is replaced by a function marked the same
    // way, so that a second load finds a handler and does nothing.
    if (current) stub!.$c = whop;
    else w.whop = whop.$c = whop;
    // An older global's `q` that is no list of argument lists throws here, after the takeover.
    // biome-ignore lint/complexity/useOptionalChain: `?.` compiles to longer ES2018
    for (const args of (current ? calls : stub && stub.q) || []) whop(...(args as unknown[]));
  }
} catch {}
