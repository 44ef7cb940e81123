// Stand-ins for Whop's own pixel, written from the facts in shared/whop-pixel-and-events-api.md
// (Whop's code is neither copied nor fetched). The unit tests run them with `new Function`, the
// end-to-end tests serve them to Chromium; both read what Whop's script received from
// `window.__whopSeen`.

/** Whop's script URL, which its stub inserts (and whop-pixel inserts for it when ours came first). */
export const WHOP_SCRIPT_URL = 'https://t.whop.tw/s.js';

/**
 * Whop's inline stub as its docs give it: returns at once when `window.whop` is set to anything;
 * otherwise creates the object (`q`, `t`, `s`, `o` and three methods that only queue), inserts
 * s.js before the page's first script; then, outside that guard, calls `setScope` and
 * `track('page')` on whatever `window.whop` is. `declare` makes the global a `var` (then it cannot
 * be redefined, as with a stub that declares it).
 */
export function whopStub(companyId: string, declare: 'assign' | 'var' = 'assign'): string {
  return `${declare === 'var' ? 'var whop;' : ''}(function () {
  if (window.whop) return;
  var w = (window.whop = { q: [], t: Date.now(), s: [], o: 'https://t.whop.tw' });
  w.track = function () { w.q.push([Date.now()].concat([].slice.call(arguments))); };
  w.setScope = function () { w.s = [].slice.call(arguments); w.q.push([Date.now(), 'setScope'].concat(w.s)); };
  w.scope = function () {
    var ids = [].slice.call(arguments);
    return { track: function (name, props) { w.q.push([Date.now(), name, props, { __scope: ids }]); } };
  };
  var s = document.createElement('script');
  s.async = true;
  s.src = w.o + '/s.js';
  var first = document.getElementsByTagName('script')[0];
  first.parentNode.insertBefore(s, first);
})();
whop.setScope(${JSON.stringify(companyId)});
whop.track('page');`;
}

/**
 * Whop's script. Its source is not public, so it comes in both ways it could treat the stub's
 * object: `fill` puts real methods on that object and empties its queue; `replace` assigns a new
 * `window.whop`. Either way it replays the queue first. Every call that reaches it is recorded in
 * `window.__whopSeen` (and sessionStorage) as `[method, ...arguments]` (`scope` as `['scope', ids, name, props]`), and
 * each run counts in `window.__whopLoads`. A queue entry without a millisecond time is recorded
 * as `['bad-entry', entry]`.
 */
export function whopScript(mode: 'fill' | 'replace'): string {
  return `(function () {
  // Kept in sessionStorage too, so a test can read it after a form navigates away.
  var seen = (window.__whopSeen = window.__whopSeen || JSON.parse(sessionStorage.getItem('__whopSeen') || '[]'));
  window.__whopLoads = (window.__whopLoads || 0) + 1;
  var stub = window.whop;
  function record() {
    var call = [].slice.call(arguments);
    while (call.length && call[call.length - 1] === undefined) call.pop();
    seen.push(call);
    sessionStorage.setItem('__whopSeen', JSON.stringify(seen));
  }
  var api = {
    track: function (name, props) { record('track', name, props); },
    setScope: function () { record.apply(null, ['setScope'].concat([].slice.call(arguments))); },
    scope: function () {
      var ids = [].slice.call(arguments);
      return { track: function (name, props) { record('scope', ids, name, props); } };
    },
  };
  (stub.q || []).forEach(function (entry) {
    if (typeof entry[0] !== 'number' || Math.abs(Date.now() - entry[0]) > 6e5) record('bad-entry', entry);
    else if (entry[1] === 'setScope') api.setScope.apply(null, entry.slice(2));
    else if (entry[3] && entry[3].__scope) record('scope', entry[3].__scope, entry[1], entry[2]);
    else record('track', entry[1], entry[2]);
  });
  window.__whopScopes = stub.s;
  if (${JSON.stringify(mode)} === 'fill') {
    stub.q = [];
    stub.track = api.track;
    stub.setScope = api.setScope;
    stub.scope = api.scope;
  } else {
    window.whop = { o: stub.o, track: api.track, setScope: api.setScope, scope: api.scope };
  }
})();`;
}

/** What a test page reads back. */
export interface WhopSeen {
  __whopSeen?: unknown[][];
  __whopLoads?: number;
  __whopScopes?: unknown[];
}
