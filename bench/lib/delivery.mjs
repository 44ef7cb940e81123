// Part 3: events delivered when the page navigates away at once — a form submit, and a link
// click right after `track`. Every event request is held at the collector until the next page
// has loaded (so a slow navigation cannot flatter plain fetch), then forwarded only if the
// browser still waits for the answer. whop-pixel posts to the real proxy, which forwards to the
// mock Whop API; what the mock recorded is what counts.
import { gunzipSync } from 'node:zlib';
import { fmt, table, waitFor, within } from './common.mjs';
import { AFTER_TRIAL } from './site.mjs';
import { landing, whopHead } from './tools.mjs';

const FORM =
  '<form action="/next" method="post" {attrs}><input name="email" type="email" value="ada@example.com"><button id="go">Get the guide</button></form>';
const LINK = '<a id="go" href="/next">Get the guide</a>';

/** What each way of sending does on submit / click; `{send}` is the call. */
const BASELINES = {
  fetch:
    "fetch('/c/naive', { method: 'POST', body: JSON.stringify({ trial: new URLSearchParams(location.search).get('trial') }) })",
  sendBeacon:
    "navigator.sendBeacon('/c/beacon', JSON.stringify({ trial: new URLSearchParams(location.search).get('trial') }))",
};

/**
 * The harness part of each landing page, the same for every sender: once the page has loaded,
 * point the form or link at the next trial's landing page (or `/next` after the last) and click
 * it — `element.click()`, an untrusted click, so that the browser runs the trials without a
 * round trip to Node per trial. The page it lands on first wipes storage (AFTER_TRIAL).
 */
const HARNESS =
  "<script>addEventListener('load', () => { const since = Date.now(); const go = () => { " +
  // Peers that initialise asynchronously are given up to 5 s to be ready first (`__ready`).
  'if (window.__ready && !window.__ready() && Date.now() - since < 5000) return setTimeout(go, 10); ' +
  "const q = new URLSearchParams(location.search), t = q.get('trial'), run = q.get('run'), n = +q.get('n'), i = +t.split('-').pop(); " +
  "const next = i + 1 < n && !window.__stop ? location.pathname + '?trial=' + run + '-' + (i + 1) + '&run=' + run + '&n=' + n + '&prev=' + t : '/next?prev=' + t + '&run=' + run + '&last=1'; " +
  "const el = document.getElementById('go'); if (el.form) el.form.action = next; else el.href = next; el.click(); }; setTimeout(go); });</script>";

/** How each peer tracks a custom event in a submit handler (their documented calls). */
const PEER_CALLS = {
  plausible: "window.plausible('bench_signup')",
  mixpanel: "mixpanel.track('bench_signup')",
  segment: "analytics.track('bench_signup')",
  posthog: "posthog.capture('bench_signup')",
};

function pages(site, tools) {
  const body = (html, script) =>
    landing(`${AFTER_TRIAL}${script}${HARNESS}`).replace(/<form[\s\S]*<\/form>/, html);
  // Submit events are dispatched at the form; listening on the document sees every one.
  const on = (type, call) =>
    type === 'submit'
      ? `<script>document.addEventListener('submit', () => { ${call}; });</script>`
      : `<script>document.addEventListener('DOMContentLoaded', () => document.getElementById('go').addEventListener('click', () => { ${call}; }));</script>`;
  return {
    whop: {
      form: site.page(
        '/p/d-whop-form.html',
        body(FORM.replace('{attrs}', 'data-whop-track="lead"'), whopHead()),
      ),
      link: site.page(
        '/p/d-whop-link.html',
        body(LINK, whopHead() + on('click', "whop('track', 'lead', { user: { email: 'ada@example.com' } })")),
      ),
    },
    fetch: {
      form: site.page(
        '/p/d-fetch-form.html',
        body(FORM.replace('{attrs}', ''), on('submit', BASELINES.fetch)),
      ),
      link: site.page('/p/d-fetch-link.html', body(LINK, on('click', BASELINES.fetch))),
    },
    ...Object.fromEntries(
      tools
        .filter((tool) => PEER_CALLS[tool.name])
        .map((tool) => [
          tool.name,
          {
            label: tool.label,
            form: site.page(
              `/p/d-${tool.name}-form.html`,
              body(
                FORM.replace('{attrs}', ''),
                `${tool.head}<script>window.__ready = () => ${tool.ready};</script>${on('submit', PEER_CALLS[tool.name])}`,
              ),
            ),
          },
        ]),
    ),
    sendBeacon: {
      form: site.page(
        '/p/d-beacon-form.html',
        body(FORM.replace('{attrs}', ''), on('submit', BASELINES.sendBeacon)),
      ),
      link: site.page('/p/d-beacon-link.html', body(LINK, on('click', BASELINES.sendBeacon))),
    },
  };
}

/**
 * One tab running up to `trials` navigations of one (variant, scenario), driven by the pages
 * themselves (see `site.loop`); storage is wiped on every next page.
 */
async function runTrials({ browser, userAgent, site, url, prefix, trials, deadline }) {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    const finished = site.loop(prefix, deadline);
    await page.goto(`${url}?trial=${prefix}-0&run=${prefix}&n=${trials}`, { waitUntil: 'commit' });
    const ids = await within(finished, deadline - Date.now() + 30_000, `delivery ${prefix}`);
    // Keep the tab open until every held request has been answered (closing it kills beacons).
    await site.idle(15_000);
    if (errors.length) throw new Error(`delivery ${prefix}: page error ${errors[0]}`);
    return ids;
  } finally {
    await context.close();
  }
}

/**
 * The trials whose `bench_signup` event a peer's request carries, read from its own wire format:
 * gzip (PostHog), `data=<base64 JSON>` form bodies (Mixpanel, PostHog), or JSON (Segment,
 * Plausible); the trial is in the URL of the page the event was tracked on.
 */
export function signupTrials(raw) {
  let text;
  try {
    text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
    if (text.startsWith('data=')) {
      const data = new URLSearchParams(text).get('data');
      text = /^[[{]/.test(data) ? data : Buffer.from(data, 'base64').toString('utf8');
    }
    const parsed = JSON.parse(text);
    const events = [];
    const walk = (value) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        if (value.event === 'bench_signup' || value.n === 'bench_signup') events.push(value);
        else Object.values(value).forEach(walk);
      }
    };
    walk(parsed);
    return events
      .map((e) => e.properties?.$current_url ?? e.context?.page?.url ?? e.u ?? e.url ?? '')
      .map((url) => /[?&]trial=([\w-]+)/.exec(url)?.[1])
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Distinct trials seen: at the mock API (whop-pixel) or at the collector (baselines). */
function delivered(site, stack, variant, ids) {
  const wanted = new Set(ids);
  const seen = new Set();
  if (variant === 'whop') {
    for (const event of stack.mock.events()) {
      const trial = new URL(event.body.url).searchParams.get('trial');
      if (wanted.has(trial)) seen.add(trial);
    }
  } else if (PEER_CALLS[variant]) {
    for (const hit of site.hits) {
      if (hit.tool !== variant) continue;
      for (const trial of signupTrials(hit.raw)) if (wanted.has(trial)) seen.add(trial);
    }
  } else {
    const tool = variant === 'fetch' ? 'naive' : 'beacon';
    for (const hit of site.hits) {
      if (hit.tool !== tool) continue;
      try {
        const { trial } = JSON.parse(hit.body);
        if (wanted.has(trial)) seen.add(trial);
      } catch {}
    }
  }
  return seen.size;
}

/**
 * @param {{ browser, userAgent, site, stack, tools, trials: number, beaconTrials: number, peerTrials: number, timeoutMs: number }} options
 * `timeoutMs` caps the whole part (5/12 for each whop-pixel scenario, 1/6 for the peers); a run past
 * its share stops early (the table then shows fewer trials).
 * Variants run side by side in their own tabs (one per variant), scenarios one after the other.
 */
export async function measureDelivery({
  browser,
  userAgent,
  site,
  stack,
  tools,
  trials,
  beaconTrials,
  peerTrials,
  timeoutMs,
}) {
  const urls = pages(site, tools);
  const peers = Object.keys(PEER_CALLS).filter((name) => urls[name]);
  site.gate.on = true;
  const rows = [];
  try {
    for (const scenario of ['form', 'link', 'peers']) {
      const variants = (
        scenario === 'peers'
          ? peers.map((name) => [name, peerTrials])
          : [
              ['whop', trials],
              ['fetch', trials],
              ['sendBeacon', beaconTrials],
            ]
      ).filter(([, n]) => n > 0);
      const page = scenario === 'peers' ? 'form' : scenario;
      const runs = await Promise.all(
        variants.map(([variant, n]) =>
          runTrials({
            browser,
            userAgent,
            site,
            url: urls[variant][page],
            prefix: `${scenario}-${variant}`,
            trials: n,
            deadline: Date.now() + (scenario === 'peers' ? timeoutMs / 6 : (timeoutMs * 5) / 12),
          }).then((ids) => ({ variant, ids })),
        ),
      );
      site.release();
      await within(site.idle(20_000), 25_000, 'delivery: held requests');
      // The proxy answers the browser after the mock recorded the event; give stragglers a moment.
      await waitFor(() => site.inflight === 0, 2000);
      for (const { variant, ids } of runs) {
        const got = delivered(site, stack, variant, ids);
        const path = { whop: '/whop', fetch: '/c/naive', sendBeacon: '/c/beacon' }[variant];
        const sent = path
          ? site.requests.filter((r) => r.path === path && r.trial?.startsWith(`${scenario}-${variant}-`))
              .length
          : Number.NaN;
        rows.push({
          scenario,
          variant,
          tracked: ids.length,
          delivered: got,
          rate: (100 * got) / ids.length,
          sent,
        });
      }
    }
  } finally {
    site.gate.on = false;
    site.release();
  }
  const label = {
    whop: '**whop-pixel** (fetch keepalive → proxy → mock API)',
    fetch: 'plain `fetch` (no keepalive)',
    sendBeacon: '`navigator.sendBeacon`',
  };
  for (const name of peers) label[name] = urls[name].label;
  const what = {
    form: 'form submit that navigates',
    link: 'link click right after `track`',
    peers: 'form submit that navigates (peer’s own `track` in the submit handler)',
  };
  const markdown = [
    table(
      [
        'scenario',
        'sender',
        'tracked',
        'delivered (distinct)',
        'delivered %',
        'requests that reached the server per event',
      ],
      rows.map((r) => [
        what[r.scenario],
        label[r.variant],
        r.tracked,
        r.delivered,
        `${fmt(r.rate, 1)} %`,
        fmt(r.sent / r.tracked, 2),
      ]),
    ),
    '',
    'Each event request was held at the collector until the next page had loaded, then forwarded only if the ' +
      `browser was still waiting for it (requests the browser had abandoned: ${site.gate.aborted}). ` +
      'Storage and cookies wiped after every trial; the next page runs no script, so nothing is replayed from a ' +
      'persisted queue. whop-pixel counts what the mock API recorded behind the real proxy (it deduplicates on ' +
      '`event_id`, so an event sent twice — say, again after an answer was lost — counts once; the last column ' +
      'counts every request that reached the server). ' +
      'Clicks are `element.click()` from a script after `load`, the same for every sender, so that the browser ' +
      'runs the trials without a round trip to Node per trial.' +
      ' Peers send their own wire format to local collectors; an event counts when a request from its page carries ' +
      'the tracked event (`bench_signup`). Before clicking, the harness waits until the peer reports itself ' +
      'initialised.' +
      (rows.some(
        (r) =>
          r.tracked <
          (r.scenario === 'peers' ? peerTrials : r.variant === 'sendBeacon' ? beaconTrials : trials),
      )
        ? ' **Some runs hit the time cap and ran fewer trials than asked.**'
        : ''),
  ].join('\n');
  return { rows, markdown };
}
