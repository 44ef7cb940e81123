// The local site every browser part loads: pages, script files, collectors for the peers, and the
// whop-pixel proxy. Listens on 127.0.0.1 only. A gate can hold event requests until the runner
// says the next page committed (measuring-in-chromium.md: slow navigation flatters plain fetch);
// a held request whose connection the browser closed is counted as lost, never forwarded.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** How long after the next page committed a held request must still be open to count. */
const GRACE_MS = 150;

/**
 * The first script of every page a trial navigates to: wipes storage and cookies (no persisted
 * queue may replay into the next trial), then has the previous trial (`?prev=`) released.
 */
export const AFTER_TRIAL =
  "<script>(()=>{const q=new URLSearchParams(location.search),p=q.get('prev');localStorage.clear();sessionStorage.clear();" +
  "for(const c of document.cookie.split('; '))document.cookie=c.split('=')[0]+'=;max-age=0;path=/';" +
  "if(p)fetch('/release?trial='+encodeURIComponent(p)+'&run='+q.get('run')+(q.get('last')?'&last=1':''),{keepalive:true})})()</script>";

const TYPES = {
  js: 'text/javascript; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

function readAll(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * @param {{ proxy?: (req, res) => void }} options `proxy`: the node handler mounted on `/whop`.
 */
export async function startSite({ proxy } = {}) {
  const pages = new Map();
  const files = new Map();
  const json = new Map();
  /** Every request that reached a collector (`/c/<tool>/…`) after the gate. */
  const hits = [];
  /** Requests for paths nobody registered: lazy loads the peers attempted. */
  const misses = [];
  /** Every request, in order (path and method only). */
  const requests = [];
  /** Requests held per trial until `release(trial)`. */
  const held = new Map();
  const released = new Set();
  let inflight = 0;
  let idleWaiters = [];
  const gate = { on: false, aborted: 0 };

  const settle = () => {
    inflight--;
    if (inflight === 0) for (const resolve of idleWaiters.splice(0)) resolve();
  };

  async function collect(req, res, tool, url) {
    const raw = req.method === 'POST' ? await readAll(req) : Buffer.alloc(0);
    const body = raw.toString('utf8');
    hits.push({
      tool,
      path: url.pathname,
      method: req.method,
      body,
      raw,
      trial: trialOf(req),
      at: Date.now(),
    });
    const answer =
      tool === 'posthog' ? '{"featureFlags":{},"errorsWhileComputingFlags":false}' : '{"status":1}';
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(answer);
  }

  /** The trial a request belongs to: `?trial=` of the page that sent it (its Referer). */
  const trialOf = (req) => {
    try {
      return new URL(req.headers.referer || '').searchParams.get('trial');
    } catch {
      return null;
    }
  };

  function gated(req, res, run) {
    inflight++;
    let done = false;
    res.once('close', () => {
      if (!done) {
        done = true;
        settle();
      }
    });
    const trial = trialOf(req);
    if (!gate.on || !trial || released.has(trial)) return run();
    const item = { aborted: false, run, req };
    res.once('close', () => {
      if (!res.writableEnded) item.aborted = true;
    });
    if (!held.has(trial)) held.set(trial, []);
    held.get(trial).push(item);
  }

  /** Browser-driven trial runs: see `loop()`. */
  const loops = new Map();

  // The page after a trial has committed (its first script asks this): release that trial's
  // held requests, once the browser had time to abandon what it abandons at commit.
  function advance(params, res) {
    const trial = params.get('trial');
    if (trial) setTimeout(() => api.release(trial), GRACE_MS);
    const loop = loops.get(params.get('run'));
    if (loop && trial) {
      loop.ids.push(trial);
      if (params.get('last')) {
        loops.delete(params.get('run'));
        setTimeout(() => loop.done(loop.ids), GRACE_MS);
      }
    }
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = url.pathname;
    const fail = (error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    };
    requests.push({ path, method: req.method, at: Date.now(), trial: trialOf(req) });
    if (path === '/whop' && proxy) return gated(req, res, () => proxy(req, res));
    if (path.startsWith('/c/') && !files.has(path) && !(req.method === 'GET' && path.endsWith('.js'))) {
      const tool = path.split('/')[2];
      return gated(req, res, () => collect(req, res, tool, url).catch(fail));
    }
    if (pages.has(path)) {
      req.resume();
      res.writeHead(200, { 'content-type': TYPES.html, 'cache-control': 'no-store' });
      // A run past its deadline: the page's harness sends it to the last page instead.
      const loop = loops.get(url.searchParams.get('run'));
      const stop = loop && Date.now() > loop.deadline ? '<script>window.__stop=1</script>' : '';
      return res.end(stop + pages.get(path));
    }
    if (req.method === 'GET' && files.has(path)) {
      const file = files.get(path);
      res.writeHead(200, { 'content-type': TYPES.js, 'cache-control': 'max-age=3600' });
      return res.end(file);
    }
    if (json.has(path)) {
      res.writeHead(200, { 'content-type': TYPES.json });
      return res.end(JSON.stringify(json.get(path)));
    }
    if (path === '/release') return advance(url.searchParams, res);
    if (path === '/next') {
      // Read and drop a posted form body so the connection stays reusable.
      req.resume();
      res.writeHead(200, { 'content-type': TYPES.html, 'cache-control': 'no-store' });
      // The last page of a run: wipes storage and has the last trial released.
      return res.end(
        `<!doctype html><link rel="icon" href="data:,"><title>Thanks</title><p>Thanks!</p>${AFTER_TRIAL}`,
      );
    }
    misses.push({ path, method: req.method, at: Date.now() });
    req.resume();
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const api = {
    origin,
    hits,
    misses,
    requests,
    gate,
    /** Serves `html` at `path` (any query string). */
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    /** Serves a script file's contents (read once) or a string at `path`. */
    file(path, source, { text = false } = {}) {
      files.set(path, text ? source : readFileSync(source));
      return `${origin}${path}`;
    },
    json(path, value) {
      json.set(path, value);
    },
    /**
     * Lets the held requests of `trial` (every trial when omitted) go on: forwarded if the browser
     * still waits for the answer, else counted as lost. Later requests of a released trial pass.
     */
    release(trial) {
      for (const key of trial === undefined ? [...held.keys()] : [trial]) {
        released.add(key);
        for (const item of held.get(key) || []) {
          if (item.aborted || item.req.socket.destroyed) gate.aborted++;
          else item.run();
        }
        held.delete(key);
      }
    },
    /** Resolves when no gated request is held or in progress (bounded by `ms`). */
    idle(ms = 15_000) {
      if (inflight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        idleWaiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
    get inflight() {
      return inflight;
    },
    get held() {
      let n = 0;
      for (const list of held.values()) n += list.length;
      return n;
    },
    /**
     * Waits for a run of trials that the pages drive themselves: each page after a trial calls
     * `/release?trial=<id>&run=<run>` (with `&last=1` after the final one). Resolves with the
     * trial ids in the order they were released. Past `deadline`, pages end the run early.
     */
    loop(run, deadline = Number.POSITIVE_INFINITY) {
      return new Promise((done) => loops.set(run, { done, ids: [], deadline }));
    },
    close() {
      idleWaiters = [];
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
  return api;
}
