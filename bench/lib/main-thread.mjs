// Part 2: main-thread cost of loading and initialising each tool on a landing page with click
// ids, in real Chromium, from the DevTools protocol's Performance.getMetrics (CPU time of the
// page's main thread, not wall time: browser, helpers and Node share 2 cores here).
import { CLICK_QUERY, fmt, median, table, waitFor } from './common.mjs';

/** After the tool says it is initialised, this long is still counted (its async init work). */
const SETTLE_MS = 300;

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    script: get('ScriptDuration') * 1e3,
    task: get('TaskDuration') * 1e3,
    heap: get('JSHeapUsedSize'),
  };
}

/** One cold load: a fresh context (no cache, no storage), metrics at the end of the window. */
async function sample(browser, userAgent, tool) {
  const context = await browser.newContext({ userAgent });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${tool.url}?${CLICK_QUERY}`, { waitUntil: 'load', timeout: 15_000 });
    const ready = await waitFor(() => page.evaluate(tool.ready), 10_000, 10);
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    return { ...(await metrics(cdp)), ready: !!ready };
  } finally {
    await context.close();
  }
}

/**
 * Control run: one load per tool with its requests listed; each tool that should send must send
 * within 8 s (Mixpanel batches for 5 s). Also shows what each loads after its first file.
 */
async function control(browser, userAgent, site, stack, tools) {
  const rows = [];
  for (const tool of tools) {
    const context = await browser.newContext({ userAgent });
    const page = await context.newPage();
    const from = site.requests.length;
    const hitsFrom = site.hits.length;
    const eventsFrom = stack.mock.events().length;
    const start = Date.now();
    await page.goto(`${tool.url}?${CLICK_QUERY}`, { waitUntil: 'load', timeout: 15_000 });
    const ready = await waitFor(() => page.evaluate(tool.ready), 10_000, 10);
    let sent = null;
    if (tool.event) {
      sent = await waitFor(
        () =>
          tool.event === 'whop'
            ? stack.mock.events().length > eventsFrom
            : site.hits.slice(hitsFrom).some((h) => tool.event.test(h.path)),
        8000,
        20,
      );
    }
    const ms = Date.now() - start;
    const webdriver = await page.evaluate('navigator.webdriver');
    await site.idle(5000);
    await context.close();
    const requests = site.requests.slice(from).map((r) => `${r.method} ${r.path}`);
    rows.push({ tool, ready: !!ready, sent, ms, webdriver, requests });
  }
  return rows;
}

/**
 * @param {{ browser, userAgent, site, stack, tools, samples: number }} options
 */
export async function measureMainThread({ browser, userAgent, site, stack, tools, samples }) {
  const checks = await control(browser, userAgent, site, stack, tools);
  const results = new Map(tools.map((t) => [t.name, []]));
  for (let round = 0; round < samples; round++) {
    // Interleaved, in a different order each round, so drift hits every tool alike.
    const order = [...tools].sort(() => Math.random() - 0.5);
    for (const tool of order) results.get(tool.name).push(await sample(browser, userAgent, tool));
  }
  const blank = results.get('blank');
  const base = { script: median(blank.map((s) => s.script)), task: median(blank.map((s) => s.task)) };
  const summary = tools.map((tool) => {
    const list = results.get(tool.name);
    const script = median(list.map((s) => s.script)) - (tool.name === 'blank' ? 0 : base.script);
    const task = median(list.map((s) => s.task)) - (tool.name === 'blank' ? 0 : base.task);
    const heap =
      median(list.map((s) => s.heap)) - (tool.name === 'blank' ? 0 : median(blank.map((s) => s.heap)));
    return { tool, script, task, heap, n: list.length, notReady: list.filter((s) => !s.ready).length };
  });
  const whop = summary.find((s) => s.tool.name === 'whop');
  const markdown = [
    table(
      [
        'tool',
        'script ms (ScriptDuration − blank)',
        'main-thread task ms (TaskDuration − blank)',
        '× whop-pixel (task)',
        'JS heap KB − blank',
        'loads',
        'sent in control run',
      ],
      summary.map((s) => {
        const check = checks.find((c) => c.tool.name === s.tool.name);
        return [
          s.tool.name.startsWith('whop') ? `**${s.tool.label}**` : s.tool.label,
          s.tool.name === 'blank' ? `${fmt(s.script)} (absolute)` : fmt(s.script),
          s.tool.name === 'blank' ? `${fmt(s.task)} (absolute)` : fmt(s.task),
          s.tool.name === 'blank' || s.tool.name === 'whop' ? '' : fmt(s.task / whop.task, 1),
          s.tool.name === 'blank' ? '' : fmt(s.heap / 1024, 0),
          `${s.n}${s.notReady ? ` (${s.notReady} not ready)` : ''}`,
          check.sent === null ? '– (sends nothing on init)' : check.sent ? `yes, ${check.ms} ms` : '**NO**',
        ];
      }),
    ),
    '',
    `Medians of ${samples} cold loads per row (fresh browser context each), rows interleaved in random order, ` +
      `blank page median subtracted. Window: navigation to ${SETTLE_MS} ms after the tool reports itself ` +
      'initialised, then the next idle period. `navigator.webdriver` was ' +
      `${checks.every((c) => c.webdriver === false) ? 'false' : 'NOT false'} on every control page.`,
    '',
    'Requests per tool in the control run (after the page itself):',
    '',
    ...checks
      .filter((c) => c.tool.name !== 'blank')
      .map((c) => `- ${c.tool.label}: ${c.requests.slice(1).join(', ') || '(none)'}`),
  ].join('\n');
  return { summary, checks, markdown, whop };
}
