// Part 4b: the proxy's Web-standard handler alone — no sockets, a fake upstream `fetch` — next to
// the floor it is compared with: a bare Web-standard handler that reads the text body, parses it,
// builds the upstream `Request`, awaits the same fake `fetch` and answers a `Response`. Both take
// a fresh `Request` per call, one call at a time, in interleaved rounds so that both see the same
// machine. Then a CPU profile of the proxy's one-event loop names where its time goes.
import { COMPANY_ID, fmt, int, MOCK_KEY, median, ROOT, startCpuProfile, table, topCosts } from './common.mjs';
import { benchProxyOptions } from './stack.mjs';
import { batchBody } from './throughput.mjs';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const UPSTREAM_URL = 'http://127.0.0.1:9/api/v1/conversions';
const ANSWER = '{"id":"conv_bench0000000000000000"}';

const upstream = async () =>
  new Response(ANSWER, { status: 200, headers: { 'content-type': 'application/json' } });

/** The floor: what any Web-standard forwarder must do for a one-event request, and nothing else. */
async function bareHandler(request) {
  const events = JSON.parse(await request.text());
  const event = Array.isArray(events) ? events[0] : events;
  const outgoing = new Request(UPSTREAM_URL, {
    method: 'POST',
    headers: { authorization: `Bearer ${MOCK_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...event, company_id: COMPANY_ID }),
  });
  const answer = await upstream(outgoing);
  const { id } = JSON.parse(await answer.text());
  return new Response(JSON.stringify({ results: [{ event_id: event.event_id, status: 200, id }] }), {
    headers: { 'content-type': 'application/json' },
  });
}

let sequence = 0;
const post = (size) =>
  new Request('http://127.0.0.1/whop', {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      origin: 'http://127.0.0.1',
      'user-agent': CHROME_UA,
    },
    body: batchBody(size, `h${sequence++}`),
  });

/** Calls `handler` for `ms`; µs per request and how many answers were not 200. */
async function loop(handler, size, ms) {
  let n = 0;
  let bad = 0;
  const start = performance.now();
  const end = start + ms;
  while (performance.now() < end) {
    const response = await handler(post(size), { peer: '203.0.113.7' });
    if (response.status !== 200) bad++;
    await response.arrayBuffer();
    n++;
  }
  return { us: ((performance.now() - start) * 1000) / n, n, bad };
}

/** @param {{ seconds: number }} o */
export async function measureHandler(o) {
  const { createProxy } = await import(`${ROOT}dist/proxy.mjs`);
  const proxy = createProxy({
    apiKey: MOCK_KEY,
    companyId: COMPANY_ID,
    apiUrl: UPSTREAM_URL,
    fetch: upstream,
    logger: false,
    ...benchProxyOptions(),
  });
  // Warm-up, not counted: first-use builds (bot patterns, UA parser) and JIT.
  await loop(proxy, 1, 400);
  await loop(bareHandler, 1, 400);

  // Paired rounds, each pair in turn order A B then B A: this machine's speed drifts by up to 1.7×
  // within a minute, so a ratio is only worth the pair it comes from; the verdict takes the median
  // of the pairs' ratios.
  const rounds = 12;
  const ms = (o.seconds * 1000) / rounds;
  const proxyRuns = [];
  const bareRuns = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2) bareRuns.push(await loop(bareHandler, 1, ms));
    proxyRuns.push(await loop(proxy, 1, ms));
    if (!(i % 2)) bareRuns.push(await loop(bareHandler, 1, ms));
  }
  const proxyUs = median(proxyRuns.map((r) => r.us));
  const bareUs = median(bareRuns.map((r) => r.us));
  const ratios = proxyRuns.map((r, i) => r.us / bareRuns[i].us);
  const batches = [];
  for (const size of [10, 50]) batches.push({ size, ...(await loop(proxy, size, ms)) });

  const stopProfile = await startCpuProfile();
  await loop(proxy, 1, Math.max(500, ms));
  const top = topCosts(await stopProfile());

  const bad = proxyRuns.reduce((sum, r) => sum + r.bad, 0);
  const ratio = median(ratios);
  const markdown = [
    'The handler alone: `createProxy` with a fake upstream `fetch`, no sockets, one request at a time, next to ' +
      'the floor it is compared with — a bare Web-standard handler that reads the text body, parses it, builds ' +
      `the upstream \`Request\`, awaits the same fake \`fetch\` and answers a \`Response\` (medians of ${rounds} ` +
      'paired rounds, each pair run back to back):',
    '',
    table(
      ['handler', 'events per request', 'µs per request', 'requests/s', 'µs per event', 'non-200'],
      [
        ['bare Web-standard handler (the floor)', 1, fmt(bareUs, 1), int(1e6 / bareUs), fmt(bareUs, 1), 0],
        ['**whop-pixel** `createProxy`', 1, fmt(proxyUs, 1), int(1e6 / proxyUs), fmt(proxyUs, 1), bad],
        ...batches.map((b) => [
          '**whop-pixel** `createProxy`',
          b.size,
          fmt(b.us, 1),
          int(1e6 / b.us),
          fmt(b.us / b.size, 1),
          b.bad,
        ]),
      ],
    ),
    '',
    `**Handler ÷ bare handler time: ${fmt(ratio, 2)}×** (goal ≤ 1.25×): the median of the ${rounds} pairs' ratios ` +
      `(from ${fmt(Math.min(...ratios), 2)}× to ${fmt(Math.max(...ratios), 2)}×).`,
    '',
    'Where the one-event handler’s time goes (CPU profile of the loop above, self time, the five largest):',
    '',
    table(
      ['function (file:line in dist/ or Node)', 'share of busy time'],
      top.map((t) => [`\`${t.name}\``, `${fmt(t.share * 100, 1)} %`]),
    ),
  ].join('\n');
  return { proxyUs, bareUs, ratio, batches, top, markdown };
}
