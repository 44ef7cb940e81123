// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { backoff, type Item, MAX_BYTES, nextBatch, verdict } from '../../../src/browser/queue.js';

const item = (id: string, extra: Partial<Item> = {}, size = 0): Item => ({
  e: { event_name: 'lead', event_id: id, url: 'x'.repeat(size) },
  t: 0,
  ...extra,
});

describe('nextBatch', () => {
  it('takes free items in order, at most 50', () => {
    const queue = Array.from({ length: 60 }, (_, i) => item(`e${i}`));
    const batch = nextBatch(queue, 1000);
    expect(batch).toHaveLength(50);
    expect(batch[0].e.event_id).toBe('e0');
    expect(batch[49].e.event_id).toBe('e49');
  });

  it('skips items leased by another tab or waiting for a retry until their time', () => {
    const queue = [item('a', { l: 2000 }), item('b'), item('c', { l: 500 }), item('d', { r: 3000, n: 2 })];
    expect(nextBatch(queue, 1000).map((i) => i.e.event_id)).toEqual(['b', 'c']);
    expect(nextBatch(queue, 2000).map((i) => i.e.event_id)).toEqual(['a', 'b', 'c']);
    expect(nextBatch(queue, 3000).map((i) => i.e.event_id)).toEqual(['a', 'b', 'c', 'd']);
    expect(nextBatch(queue, Number.POSITIVE_INFINITY)).toHaveLength(4);
  });

  it('keeps a request under MAX_BYTES, counting UTF-8 bytes', () => {
    const queue = Array.from({ length: 10 }, (_, i) => item(`e${i}`, {}, 10_000));
    const batch = nextBatch(queue, 0);
    expect(batch.length).toBe(4);
    expect(new Blob([JSON.stringify(batch.map((i) => i.e))]).size).toBeLessThanOrEqual(MAX_BYTES);
    const wide = Array.from({ length: 10 }, (_, i) => ({
      ...item(`w${i}`),
      e: { ...item(`w${i}`).e, url: '✓'.repeat(5000) },
    }));
    const wideBatch = nextBatch(wide, 0);
    expect(new Blob([JSON.stringify(wideBatch.map((i) => i.e))]).size).toBeLessThanOrEqual(MAX_BYTES);
    expect(wideBatch.length).toBe(3);
  });

  it('still sends one oversized item alone', () => {
    expect(nextBatch([item('big', {}, 60_000), item('next')], 0).map((i) => i.e.event_id)).toEqual(['big']);
  });
});

describe('verdict', () => {
  it('2xx: done', () => {
    for (const status of [200, 202]) expect(verdict(status, '', 0)).toBe(0);
  });

  it('no answer, 5xx and 429: retry', () => {
    for (const status of [0, 500, 502, 503, 504, 429]) expect(verdict(status, '', 0)).toBe(2);
  });

  it('400, 403, 413, 415, 422: drop', () => {
    for (const status of [400, 403, 413, 415, 422]) expect(verdict(status, '', 0)).toBe(1);
  });

  it('a 400 naming some events drops only those and sends the others again', () => {
    const paths = '[1].currency,[1].value';
    expect([0, 1, 2].map((i) => verdict(400, paths, i))).toEqual([3, 1, 3]);
    expect(verdict(400, '[10].value', 1)).toBe(3);
  });

  it('a 400 that names no event drops them all', () => {
    expect([0, 1].map((i) => verdict(400, ',', i))).toEqual([1, 1]);
  });
});

describe('backoff', () => {
  it('doubles from 1 s with ±50% jitter and stops growing at 60 s', () => {
    expect(backoff(0, null, 0)).toBe(500);
    expect(backoff(0, null, 1)).toBe(1500);
    expect(backoff(3, null, 0.5)).toBe(8000);
    expect(backoff(20, null, 0.5)).toBe(60_000);
  });

  it("never retries before the proxy's Retry-After seconds", () => {
    expect(backoff(0, '30', 0.5)).toBe(30_000);
    expect(backoff(5, '1', 0.5)).toBe(32_000);
    expect(backoff(0, 'garbage', 0.5)).toBe(1000);
    expect(backoff(0, null, 0.5)).toBe(1000);
  });
});
