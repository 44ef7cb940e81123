// Property-based fuzzing of createProxy with fast-check: thousands of random and adversarial
// requests against the real handler and a recording fake Whop that always answers 200.
// Seeded: the seed is printed, FUZZ_SEED=<n> replays a run, FUZZ_SEED=random explores.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeAddress } from '../../../src/proxy/client-address.js';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import type { LogEntry } from '../../../src/proxy/logger.js';
import { memoryRateLimitStore } from '../../../src/proxy/rate-limit.js';
import { validateConversion } from '../../../src/schema/validate.js';
import { PAGE_BODY_KEYS, PAGE_CONTEXT_KEYS, PAGE_USER_KEYS } from '../schema/api-page.js';
import { FUZZ_SECRET, type RequestCase, requestCase, toRequest } from './fuzz-arbitraries.js';
import { API_KEY, COMPANY_ID } from './helpers.js';

const SEED =
  process.env.FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number.parseInt(process.env.FUZZ_SEED ?? '20260407', 10);
console.info(`fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

/** Everything the fuzz saw, for the summary line. */
const tally = {
  cases: 0,
  skipped: 0,
  forwardedEvents: 0,
  statuses: new Map<number, number>(),
  /** Error codes of the 400s: which checks the cases reached. */
  codes: new Map<string, number>(),
};
const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

// The answers a client fault may get; 5xx never (the fake Whop always answers 200).
const CLIENT_ANSWERS = new Set([200, 202, 204, 400, 401, 403, 405, 413, 415, 429]);

function harness(options: { store?: ReturnType<typeof memoryRateLimitStore> } = {}) {
  const forwarded: Array<{ body: Record<string, unknown>; authorization: string | null }> = [];
  const lines: string[] = [];
  const keep = (level: string) => (entry: LogEntry) => {
    lines.push(JSON.stringify({ level, ...entry }));
  };
  const handler = createProxy({
    apiKey: API_KEY,
    companyId: COMPANY_ID,
    sharedSecret: FUZZ_SECRET,
    retries: 0,
    rateLimit: options.store ? { store: options.store } : undefined,
    logger: { info: keep('info'), warn: keep('warn'), error: keep('error') },
    fetch: async (_url, init) => {
      forwarded.push({
        body: JSON.parse(String(init?.body)),
        authorization: new Headers(init?.headers).get('authorization'),
      });
      return new Response('{"id":"conv_fuzz"}', { status: 200 });
    },
  });
  return { handler, forwarded, lines };
}

/** Checks one forwarded body against the API page, independently of the proxy's own validator. */
function expectUpstreamValid(body: Record<string, unknown>) {
  expect(validateConversion(body)).toMatchObject({ ok: true });
  expect(body.company_id).toBe(COMPANY_ID);
  for (const key of Object.keys(body)) expect(PAGE_BODY_KEYS).toContain(key);
  const context = (body.context ?? {}) as Record<string, string>;
  const user = (body.user ?? {}) as Record<string, string>;
  for (const key of Object.keys(context)) expect(PAGE_CONTEXT_KEYS).toContain(key);
  for (const key of Object.keys(user)) expect(PAGE_USER_KEYS).toContain(key);
  // Only a canonical IP address is ever sent as the visitor's address.
  if (context.ip_address !== undefined) expect(normalizeAddress(context.ip_address)).toBe(context.ip_address);
}

/** Sends one case and checks every invariant; the property fails on any throw. */
async function check(h: ReturnType<typeof harness>, c: RequestCase): Promise<void> {
  const request = toRequest(c);
  if (!request) {
    tally.skipped++;
    return;
  }
  tally.cases++;
  const before = h.forwarded.length;
  const response = await h.handler(request, { peer: c.peer });
  const text = await response.text();
  count(tally.statuses, response.status);
  expect(CLIENT_ANSWERS, `status ${response.status}: ${text.slice(0, 200)}`).toContain(response.status);
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain(FUZZ_SECRET);
  for (const [, value] of response.headers) expect(value).not.toContain(API_KEY);
  if (response.status >= 400) {
    const answer = JSON.parse(text);
    expect(typeof answer.error.code).toBe('string');
    expect(Array.isArray(answer.errors)).toBe(true);
    if (response.status === 400) count(tally.codes, answer.error.code);
  }
  const sent = h.forwarded.slice(before);
  if (response.status !== 200) expect(sent).toEqual([]);
  else expect(JSON.parse(text).results).toHaveLength(sent.length);
  for (const { body, authorization } of sent) {
    expectUpstreamValid(body);
    expect(authorization).toBe(`Bearer ${API_KEY}`);
  }
  tally.forwardedEvents += sent.length;
  h.forwarded.length = 0;
  for (const line of h.lines) expect(line).not.toContain(API_KEY);
  h.lines.length = 0;
}

afterAll(() => {
  const list = <K>(map: Map<K, number>) =>
    [...map]
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
      .map(([key, n]) => `${key}×${n}`)
      .join(' ');
  console.info(
    `fuzz: ${tally.cases} requests (${tally.skipped} refused by Request itself), ` +
      `${tally.forwardedEvents} events forwarded; statuses ${list(tally.statuses)}; 400 codes ${list(tally.codes)}`,
  );
});

describe('fuzzing createProxy', () => {
  it('never answers 5xx to a client fault, never forwards an invalid body, never throws', async () => {
    const h = harness();
    await fc.assert(
      fc.asyncProperty(requestCase, (c) => check(h, c)),
      { seed: SEED, numRuns: 4000, endOnFailure: true },
    );
    // The generators must reach both sides, or the property proves little.
    expect(tally.statuses.get(200)).toBeGreaterThan(200);
    expect(tally.forwardedEvents).toBeGreaterThan(300);
    expect(tally.statuses.get(400)).toBeGreaterThan(500);
    expect(tally.codes.size).toBeGreaterThan(8);
  }, 60_000);

  it('keeps memory flat over rounds of requests from rotating addresses', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const store = memoryRateLimitStore();
    const h = harness({ store });
    const cases = fc.sample(requestCase, { seed: SEED + 1, numRuns: 300 });
    // Fill the rate limiter to its cap first: from then on, new addresses only replace old ones.
    for (let i = 0; i < 10_500; i++)
      store.take(`10.0.${i >> 8}.${i & 255}`, 1, { burst: 120, perSecond: 20 }, 0);
    const heap: number[] = [];
    for (let round = 0; round < 8; round++) {
      for (const [i, c] of cases.entries()) {
        await check(h, { ...c, peer: `172.${round}.${i >> 8}.${i & 255}` });
      }
      gc();
      heap.push(process.memoryUsage().heapUsed);
    }
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    console.info(
      `fuzz: heapUsed after GC by round (MB): ${heap.map(mb).join(', ')}; ` +
        `rate-limit buckets ${store.size}`,
    );
    expect(store.size).toBe(10_000);
    // Round 1 warms caches; from then on growth must stay well under what a leak of a request
    // per case would add (8 rounds × 300 requests of up to 64 KiB).
    expect(heap[heap.length - 1] - heap[1]).toBeLessThan(8 * 2 ** 20);
  }, 60_000);
});
