import { describe, expect, it, vi } from 'vitest';
import { deliverer } from '../../../src/proxy/deliver.js';
import type { LogEntry } from '../../../src/proxy/logger.js';
import { secretRedactor } from '../../../src/proxy/redact.js';
import type { ForwardRecord } from '../../../src/proxy/types.js';
import { fetchSender } from '../../../src/proxy/upstream.js';
import type { UserAgentInfo } from '../../../src/proxy/user-agent.js';
import type { UpstreamBody } from '../../../src/schema/types.js';
import { API_KEY, COMPANY_ID, fakeUpstream } from './helpers.js';

const events = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => ({ company_id: COMPANY_ID, event_name: 'lead', event_id: `e${i}` }) as UpstreamBody,
  );
const visitor: UserAgentInfo = { line: 'Safari 17 · macOS 10.15.7 · desktop', inApp: false, headless: false };
const visitors = (count: number) => new Array<UserAgentInfo>(count).fill(visitor);

function setup(
  upstream: ReturnType<typeof fakeUpstream>,
  more: { maxConcurrentUpstream?: number; onForward?: (r: ForwardRecord) => void } = {},
) {
  return deliverer({
    apiUrl: 'https://api.whop.com/api/v1/conversions',
    apiKey: API_KEY,
    send: fetchSender(upstream.fetch),
    timeoutMs: 1000,
    retries: 0,
    maxRetryTimeMs: 1000,
    maxRequestTimeMs: 2000,
    redact: secretRedactor(API_KEY),
    maxConcurrentUpstream: 64,
    ...more,
  });
}

describe('deliverer: the deliver step', () => {
  it('sends every event, at most 4 at once, answering in order, and logs what happened', async () => {
    const upstream = fakeUpstream({ status: 200 }, { status: 200 }, { status: 422 }, { status: 200 });
    const log: LogEntry = { msg: 'test' };
    const outcomes = await setup(upstream)(events(10), visitors(10), log);
    expect(upstream.maxInFlight).toBe(4);
    expect(outcomes?.map((o) => o.outcome)).toEqual([
      'accepted',
      'accepted',
      'rejected',
      ...new Array(7).fill('accepted'),
    ]);
    expect(upstream.calls.map((call) => call.body.event_id)).toEqual(events(10).map((e) => e.event_id));
    expect(log).toMatchObject({ events: 10, attempts: 10, accepted: 9, upstream: ['upstream status 422'] });
    expect(typeof log.upstream_ms).toBe('number');
  });

  it('tells onForward how each event fared, with its visitor, and survives an observer that throws', async () => {
    const records: ForwardRecord[] = [];
    const deliver = setup(fakeUpstream({ status: 200, body: { id: 'conv_9' } }), {
      onForward: (record) => {
        records.push(record);
        throw new Error('observer bug');
      },
    });
    const inApp = { line: 'Instagram 300 · iOS 17 · mobile', inApp: true, headless: false };
    const outcomes = await deliver(events(2), [visitor, inApp], { msg: 'test' });
    expect(outcomes?.map((o) => o.outcome)).toEqual(['accepted', 'accepted']);
    expect(records).toEqual([
      expect.objectContaining({
        outcome: 'accepted',
        status: 200,
        id: 'conv_9',
        attempts: 1,
        ua: visitor.line,
        inApp: false,
      }),
      expect.objectContaining({ ua: inApp.line, inApp: true }),
    ]);
    expect(records[1].body.event_id).toBe('e1');
  });

  it('sends nothing when every slot of the proxy is in flight, and frees them after', async () => {
    const upstream = fakeUpstream('hang');
    const deliver = setup(upstream, { maxConcurrentUpstream: 4 });
    const first = deliver(events(4), visitors(4), { msg: 'test' });
    await vi.waitFor(() => expect(upstream.calls).toHaveLength(4));
    const log: LogEntry = { msg: 'test' };
    expect(await deliver(events(1), visitors(1), log)).toBeUndefined();
    expect(log).toEqual({ msg: 'test', upstream_busy: true });
    expect(upstream.calls).toHaveLength(4);
    // The hung calls time out (timeoutMs) and give their slots back.
    expect((await first)?.map((o) => o.status)).toEqual([504, 504, 504, 504]);
    expect(await setup(fakeUpstream({ status: 200 }))(events(1), visitors(1), { msg: 'test' })).toBeDefined();
    expect((await deliver(events(1), visitors(1), { msg: 'test' }))?.[0].status).toBe(504);
  });
});
