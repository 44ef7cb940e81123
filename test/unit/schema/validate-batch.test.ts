import { describe, expect, it } from 'vitest';
import { MAX_BATCH_EVENTS } from '../../../src/schema/fields.js';
import { validateBatch } from '../../../src/schema/validate.js';
import { exampleBody } from './api-page.js';
import { anError, typeError } from './helpers.js';

/** A valid event as a browser sends it to the proxy: no company_id. */
function browserEvent(i: number): Record<string, unknown> {
  return { event_name: 'lead', event_id: `evnt_${i}`, user: { anonymous_id: `anon_${i}` } };
}
const browserBatch = (n: number) => Array.from({ length: n }, (_, i) => browserEvent(i));
const PROXY = { input: true };

describe('validateBatch', () => {
  it('accepts a single object and returns it as a batch of one', () => {
    expect(validateBatch(exampleBody())).toEqual({ ok: true, value: [exampleBody()] });
  });

  it('accepts an array of one', () => {
    expect(validateBatch([browserEvent(0)], PROXY)).toEqual({ ok: true, value: [browserEvent(0)] });
  });

  it(`accepts an array of ${MAX_BATCH_EVENTS}, keeping the order`, () => {
    const result = validateBatch(browserBatch(50), PROXY);
    expect(result).toEqual({ ok: true, value: browserBatch(50) });
  });

  it('rejects an empty array', () => {
    expect(validateBatch([], PROXY)).toEqual({ ok: false, errors: [anError('empty', '', 'no events')] });
  });

  it('rejects 51 events without reading them', () => {
    const batch: unknown[] = browserBatch(51);
    batch[3] = 'not an event';
    expect(validateBatch(batch, PROXY)).toEqual({ ok: false, errors: [anError('too_many', '', '50', '51')] });
  });

  it('passes requireCompanyId on to every event (default: required)', () => {
    expect(validateBatch([browserEvent(0)])).toEqual({
      ok: false,
      errors: [anError('required', '[0].company_id')],
    });
    expect(validateBatch(browserEvent(0))).toEqual({
      ok: false,
      errors: [anError('required', 'company_id')],
    });
  });

  it('prefixes every error path with the event index', () => {
    const batch = browserBatch(5);
    batch[1].currency = 'USD';
    batch[3].context = { foo: 'x' };
    batch[4].user = { birthdate: '1990-02-30' };
    delete batch[4].event_name;
    expect(validateBatch(batch, PROXY)).toEqual({
      ok: false,
      errors: [
        anError('enum', '[1].currency', '"USD"'),
        anError('unknown_key', '[3].context.foo'),
        anError('format', '[4].user.birthdate'),
        anError('required', '[4].event_name'),
      ],
    });
  });

  it('is all-or-nothing: one bad event among 50 fails the batch and returns no values', () => {
    const batch = browserBatch(50);
    batch[49].value = Number.NaN;
    const result = validateBatch(batch, PROXY);
    expect(result).toEqual({ ok: false, errors: [typeError('[49].value', 'NaN')] });
    expect(result).not.toHaveProperty('value');
  });

  it.each([
    [null, 'null'],
    ['lead', 'string'],
    [[browserEvent(0)], 'array'],
  ])('rejects an event that is %j, at its index', (item, got) => {
    expect(validateBatch([browserEvent(0), item], PROXY)).toEqual({
      ok: false,
      errors: [anError('type', '[1]', `got ${got}`)],
    });
  });

  it('rejects the holes of a sparse array instead of skipping them', () => {
    const batch: unknown[] = [];
    batch[2] = browserEvent(2);
    expect(validateBatch(batch, PROXY)).toEqual({
      ok: false,
      errors: [anError('type', '[0]', 'got undefined'), anError('type', '[1]', 'got undefined')],
    });
  });

  it('rejects prototype keys inside events and leaves Object.prototype alone', () => {
    const input = JSON.parse(
      '[{"event_name":"lead"},{"event_name":"lead","user":{"__proto__":{"polluted":"yes"}}},{"event_name":"lead","constructor":{"prototype":{"polluted":"yes"}}}]',
    );
    expect(validateBatch(input, PROXY)).toEqual({
      ok: false,
      errors: [anError('forbidden_key', '[1].user.__proto__'), anError('forbidden_key', '[2].constructor')],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns fresh objects: changing them does not touch the input', () => {
    const input = browserBatch(2);
    const result = validateBatch(input, PROXY);
    if (!result.ok) throw new Error('expected a valid batch');
    expect(result.value).not.toBe(input);
    result.value[0].event_name = 'contact';
    result.value[1].user!.anonymous_id = 'changed';
    result.value.pop();
    expect(input).toEqual(browserBatch(2));
  });
});
