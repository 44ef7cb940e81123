// The inline stub (built to dist/stub.min.js; the README shows that file verbatim): what must
// exist before whop.min.js arrives, and nothing more. It runs in every page's <head>, so it is
// written for the minifier (budget: 500 B).
//
// `window.whop` is claimed by two pixels: ours is a function (`whop('track', …)`), Whop's own is
// an object (`whop.track(…)`, `whop.setScope(…)`) whose stub queues into `q` and whose script,
// s.js, may fill in methods on that object or assign a new one (its source is not public). So
// the global becomes one callable object: a Proxy over our function that reads and writes every
// other key on Whop's object, behind an accessor on `window`, so that when s.js assigns a new
// object our function stays and wraps that one instead.
// - Whop's stub came first: its object (queue, scopes, methods) is used as it is.
// - Ours came first: Whop's stub sees `window.whop`, returns early without loading s.js, and
//   calls `whop.setScope(…)` and `whop.track('page')` at once. Those land on a stand-in that
//   queues in Whop's documented format; whop.min.js loads s.js for it (src/browser/whop-pixel.ts).
//   Nothing else calls the stand-in, so a page without Whop's pixel never loads s.js.
// Our own keys on the function: `$c` the calls until whop.min.js replaces it with its handler,
// `$w` the stand-in (undefined when Whop's object was there), `u` the landing URL, recorded before
// a router can rewrite it. `$`: s.js may well add one-letter keys of its own, as Whop's stub has
// (q, t, s, o); ours must not take them (a `c` of Whop's would break every call of ours).
// (The older stub also kept `document.referrer`, which never changes.)

type Entry = unknown[];
type WhopObject = Record<string | symbol, unknown> & { q: Entry[]; s?: unknown[] };
type Stub = ((...args: unknown[]) => unknown) &
  Record<string, unknown> & { $c: unknown[][] & ((...args: unknown[]) => unknown); $w?: WhopObject };

// One arrow function whose parameters are its locals: no `let`s in the minified text.
((
  w: { whop?: WhopObject | Stub },
  pixel?: WhopObject | Stub,
  standIn?: WhopObject,
  own?: Stub,
  global?: Stub,
  wrap?: (whop: WhopObject) => Stub,
  queue?: (...entry: Entry) => unknown,
) => {
  pixel = w.whop;
  // A function there is ours already (this stub twice, the older stub, or whop.min.js): leave
  // it. Whop's pixel is an object.
  if (pixel && (pixel as { call?: unknown }).call) return;
  // Whop's queue entry: the call's time in ms, then its arguments. (The last field of Whop's stub
  // object, `o`, is added by whop.min.js when it loads s.js.)
  queue = (...entry) => standIn!.q.push([Date.now(), ...entry]);
  if (!pixel)
    pixel = standIn = {
      q: [],
      t: Date.now(),
      s: [],
      track: queue,
      // setScope also replaces the scopes.
      // biome-ignore lint/suspicious/noAssignInExpressions: bytes
      setScope: (...ids: Entry) => queue!('setScope', ...(standIn!.s = ids)),
      scope: (...ids: Entry) => ({
        track: (name: unknown, props: unknown) => queue!(name, props, { __scope: ids }),
      }),
    };
  // Until whop.min.js replaces `$c` with its handler, calls wait in it (and return nothing: the
  // event_id comes from the handler).
  own = ((...args: unknown[]) =>
    (own!.$c as unknown[]).map ? void own!.$c.push(args) : own!.$c(...args)) as Stub;
  own.$c = [] as never;
  own.$w = standIn;
  // biome-ignore lint/style/useTemplate: two bytes shorter
  own.u = location + '';
  // Our keys on our function, every other key on Whop's object.
  wrap = (
    whop,
    holder = (key: string | symbol) => (key in own! ? own! : whop) as Record<string | symbol, unknown>,
  ) =>
    new Proxy(own!, {
      get: (_, key) => holder(key)[key],
      set: (_, key, value) => {
        holder(key)[key] = value;
        return true;
      },
      has: (_, key) => key in holder(key),
    });
  global = wrap(pixel as WhopObject);
  // Reflect answers false instead of throwing when Whop's stub declared `var whop`, which cannot
  // be redefined: then a plain assignment (and s.js may replace the global).
  if (
    !Reflect.defineProperty(w, 'whop', {
      configurable: true,
      get: () => global,
      set: (next) => (global = wrap!(next)),
    })
  )
    w.whop = global;
})(window as never);
