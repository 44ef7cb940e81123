import { describe, expect, it } from 'vitest';
import {
  batchAnswer,
  errorBody,
  errorResponse,
  json,
  MAX_LISTED_ERRORS,
  problem,
  rateLimited,
  toResponse,
  upstreamBusy,
} from '../../../src/proxy/responses.js';
import type { UpstreamResult } from '../../../src/proxy/upstream.js';

const error = (n: number) => ({ code: 'unknown_key', message: `k${n} is not a field`, path: `k${n}` });
const accepted = (id?: string): UpstreamResult => ({ outcome: 'accepted', status: 200, id, attempts: 1 });
const failed = (
  outcome: UpstreamResult['outcome'],
  status: number,
  retryAfterMs?: number,
): UpstreamResult => ({
  outcome,
  status,
  attempts: 1,
  retryAfterMs,
});

describe('json', () => {
  it('is JSON, never cached, and adds to the headers given', async () => {
    const response = toResponse(json(201, { a: 1 }, { Vary: 'Origin' }));
    expect(response.status).toBe(201);
    expect(Object.fromEntries(response.headers)).toEqual({
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      vary: 'Origin',
    });
    expect(await response.text()).toBe('{"a":1}');
  });
});

describe('errorBody: the one error shape on the wire', () => {
  it('lists the errors, the first again as `error`', () => {
    expect(errorBody([error(1), error(2)])).toEqual({ error: error(1), errors: [error(1), error(2)] });
  });

  it('lists at most 20 and counts the rest', () => {
    const body = errorBody(Array.from({ length: 25 }, (_, n) => error(n)));
    expect(MAX_LISTED_ERRORS).toBe(20);
    expect(body.errors).toHaveLength(20);
    expect(body.more_errors).toBe(5);
  });

  it('cuts a message or path longer than 256 characters', () => {
    const long = 'x'.repeat(1000);
    const { error: first } = errorBody([{ code: 'unknown_key', message: long, path: long }]);
    expect(first.message).toHaveLength(256);
    expect(first.path.endsWith('…')).toBe(true);
  });
});

describe('errorResponse and problem', () => {
  it('answer the error body with the status, headers and extra fields given', async () => {
    const response = toResponse(errorResponse(422, [error(1)], { Vary: 'Origin' }, { results: [] }));
    expect(response.status).toBe(422);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(await response.json()).toEqual({ error: error(1), errors: [error(1)], results: [] });
    const one = { code: 'not_found', message: 'no route', path: '' };
    expect(await toResponse(problem(404, 'not_found', 'no route')).json()).toEqual({
      error: one,
      errors: [one],
    });
  });
});

describe('the answers that ask to retry later', () => {
  it('429 rate_limited with Retry-After in whole seconds, at least 1', async () => {
    const response = toResponse(rateLimited(1200, { Vary: 'Origin' }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('vary')).toBe('Origin');
    expect((await response.json()).error).toEqual({
      code: 'rate_limited',
      message: 'too many events from this address; retry in 2 s',
      path: '',
    });
    expect(rateLimited(0, {}).headers['Retry-After']).toBe('1');
  });

  it('503 upstream_busy with Retry-After', async () => {
    const response = toResponse(upstreamBusy(3000, {}));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    expect((await response.json()).error.code).toBe('upstream_busy');
  });
});

describe('batchAnswer: results, one per event, and the batch status', () => {
  const ids = ['e1', 'e2'];

  it('200 with Whop ids when every event was accepted', async () => {
    const response = toResponse(batchAnswer(ids, [accepted('conv_1'), accepted()], { Vary: 'Origin' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(await response.json()).toEqual({
      results: [
        { event_id: 'e1', status: 200, id: 'conv_1' },
        { event_id: 'e2', status: 200 },
      ],
    });
  });

  it('422 upstream_rejected when Whop refused one and none is pending', async () => {
    const response = toResponse(batchAnswer(ids, [accepted('conv_1'), failed('rejected', 400)], {}));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toEqual({
      code: 'upstream_rejected',
      message: 'Whop refused the conversion',
      path: '',
    });
    expect(body.errors).toEqual([body.error]);
    expect(body.results[1]).toEqual({ event_id: 'e2', status: 400 });
  });

  it.each([
    [504, 504],
    [503, 503],
    [429, 503],
    [500, 502],
    [0, 502],
  ])('Whop status %i still pending → %i upstream_unavailable with Retry-After', async (status, answered) => {
    const headers = { 'Set-Cookie': '_whop_aid=a; Path=/' };
    const outcomes = [failed('rejected', 400), failed('unavailable', status, 2500)];
    const response = toResponse(batchAnswer(ids, outcomes, headers));
    expect(response.status).toBe(answered);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.getSetCookie()).toEqual(['_whop_aid=a; Path=/']);
    const body = await response.json();
    expect(body.error.code).toBe('upstream_unavailable');
    expect(body.results[1]).toEqual({ event_id: 'e2', status: status || 502 });
  });
});

describe('toResponse: an answer as a Web Response at the door', () => {
  it('gives the status, every header and the text as the body', async () => {
    const answer = json(201, { a: 1 }, { Vary: 'Origin', 'Set-Cookie': '_whop_aid=a; Path=/' });
    expect(answer.text).toBe('{"a":1}');
    const sent = toResponse(answer);
    expect(sent.status).toBe(201);
    expect(sent.headers.get('vary')).toBe('Origin');
    expect(sent.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(sent.headers.getSetCookie()).toEqual(['_whop_aid=a; Path=/']);
    expect(await sent.text()).toBe('{"a":1}');
  });

  it('gives no body for an answer without text', () => {
    const sent = toResponse({ status: 204, headers: { Allow: 'POST' }, text: null });
    expect(sent.status).toBe(204);
    expect(sent.body).toBeNull();
    expect(sent.headers.get('allow')).toBe('POST');
  });
});
