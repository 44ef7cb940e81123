// The rules that differ between Whop's two APIs: one table (src/schema/fields.ts) drives both.
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_FIELDS,
  EVENT_NAMES,
  EVENTS_API_EVENT_NAMES,
  USER_FIELDS,
} from '../../../src/schema/fields.js';
import { validateBatch, validateConversion } from '../../../src/schema/validate.js';
import { EVENTS_PAGE_CONTEXT_KEYS, EVENTS_PAGE_USER_KEYS, exampleBody } from './api-page.js';
import { acceptedValue, anError, errorsOf, typeError } from './helpers.js';

const events = { api: 'events' } as const;
/** The smallest Events API body. */
const eventsBody = (extra: Record<string, unknown> = {}) => ({
  account_id: 'biz_1',
  event_name: 'lead',
  ...extra,
});
const extraContext = Object.fromEntries(EVENTS_PAGE_CONTEXT_KEYS.map((key) => [key, `${key}-1`]));
const extraUser = Object.fromEntries(EVENTS_PAGE_USER_KEYS.map((key) => [key, `${key}-1`]));

describe('validateConversion with api: events (the exact upstream body)', () => {
  it('accepts the page example with account_id in place of company_id, plus every key it adds', () => {
    const { company_id, context, user, ...rest } = exampleBody() as Record<string, Record<string, unknown>>;
    const body = {
      account_id: company_id,
      ...rest,
      context: { ...context, ...extraContext },
      user: { ...user, ...extraUser },
    };
    expect(acceptedValue(validateConversion(body, events))).toEqual(body);
  });

  it('requires account_id and refuses company_id as a field of the other API', () => {
    expect(errorsOf(validateConversion({ company_id: 'biz_1', event_name: 'lead' }, events))).toEqual([
      anError('unknown_key', 'company_id', "Whop's events API"),
      anError('required', 'account_id'),
    ]);
    expect(errorsOf(validateConversion(eventsBody({ account_id: '' }), events))).toEqual([
      anError('empty', 'account_id'),
    ]);
  });

  it.each([
    ...EVENT_NAMES.filter((n) => n !== 'custom'),
    ...EVENTS_API_EVENT_NAMES.filter((n) => n !== 'purchase'),
  ])('takes the standard name %s', (name) => {
    expect(acceptedValue(validateConversion(eventsBody({ event_name: name }), events)).event_name).toBe(name);
  });

  it('takes any custom name of 1 to 35 characters, and refuses an empty or longer one', () => {
    const name = 'q'.repeat(35);
    expect(acceptedValue(validateConversion(eventsBody({ event_name: name }), events)).event_name).toBe(name);
    expect(errorsOf(validateConversion(eventsBody({ event_name: `${name}q` }), events))).toEqual([
      anError('max_length', 'event_name', '35', '36'),
    ]);
    expect(errorsOf(validateConversion(eventsBody({ event_name: '' }), events))).toEqual([
      anError('empty', 'event_name'),
    ]);
    expect(errorsOf(validateConversion(eventsBody({ event_name: 7 }), events))).toEqual([
      typeError('event_name', 'number'),
    ]);
  });

  it('still needs custom_name with event_name custom', () => {
    expect(errorsOf(validateConversion(eventsBody({ event_name: 'custom' }), events))).toEqual([
      anError('custom_name_required', 'custom_name'),
    ]);
  });

  it('needs a positive value for purchase, naming value', () => {
    expect(
      acceptedValue(validateConversion(eventsBody({ event_name: 'purchase', value: 9.5 }), events)).value,
    ).toBe(9.5);
    for (const value of [undefined, 0, -1, null])
      expect(errorsOf(validateConversion(eventsBody({ event_name: 'purchase', value }), events))).toEqual([
        anError('value_required', 'value', 'positive', 'purchase'),
      ]);
  });

  it('checks the added keys like the others: strings within their maximum length', () => {
    expect(errorsOf(validateConversion(eventsBody({ context: { gbraid: 7 } }), events))).toEqual([
      typeError('context.gbraid', 'number'),
    ]);
    const max = CONTEXT_FIELDS.language.max;
    expect(
      errorsOf(validateConversion(eventsBody({ context: { language: 'x'.repeat(max + 1) } }), events)),
    ).toEqual([anError('max_length', 'context.language', String(max))]);
    expect(USER_FIELDS.linked_anonymous_id.max).toBe(256);
  });

  it('still refuses keys neither API has', () => {
    expect(errorsOf(validateConversion(eventsBody({ context: { fingerprint: 'x' } }), events))).toEqual([
      anError('unknown_key', 'context.fingerprint'),
    ]);
  });
});

describe('validateConversion for /conversions (the default) refuses what only the Events API takes', () => {
  it.each(EVENTS_PAGE_CONTEXT_KEYS)('context.%s is an unknown key there', (key) => {
    expect(
      errorsOf(validateConversion({ company_id: 'biz_1', event_name: 'lead', context: { [key]: 'x' } })),
    ).toEqual([anError('unknown_key', `context.${key}`, "Whop's conversions API")]);
  });

  it('account_id is an unknown key there', () => {
    expect(
      errorsOf(validateConversion({ company_id: 'biz_1', account_id: 'biz_1', event_name: 'lead' })),
    ).toEqual([anError('unknown_key', 'account_id')]);
  });

  it.each(EVENTS_API_EVENT_NAMES)('refuses %s, saying the Events API takes it and how to switch', (name) => {
    expect(errorsOf(validateConversion({ company_id: 'biz_1', event_name: name }))).toEqual([
      anError('enum', 'event_name', `"${name}"`, "api to 'events'", 'WHOP_API=events'),
    ]);
  });

  it('refuses a free name, offering custom + custom_name as well', () => {
    expect(errorsOf(validateConversion({ company_id: 'biz_1', event_name: 'quiz_done' }))).toEqual([
      anError('enum', 'event_name', 'WHOP_API=events', 'custom_name'),
    ]);
  });
});

describe('input: true (what callers post to the proxy)', () => {
  const input = (api: 'conversions' | 'events') => ({ api, input: true });

  it('takes the fields of either API whichever the proxy speaks: the browser cannot know', () => {
    const body = { event_name: 'lead', context: extraContext, user: extraUser };
    expect(acceptedValue(validateConversion(body, input('conversions')))).toEqual(body);
    expect(acceptedValue(validateConversion(body, input('events')))).toEqual(body);
  });

  it("applies the proxy's API to event names", () => {
    expect(errorsOf(validateConversion({ event_name: 'purchase', value: 1 }, input('conversions')))).toEqual([
      anError('enum', 'event_name', 'WHOP_API=events'),
    ]);
    expect(
      acceptedValue(validateConversion({ event_name: 'purchase', value: 1 }, input('events'))),
    ).toMatchObject({
      event_name: 'purchase',
    });
  });

  it('passes the API on to every event of a batch', () => {
    expect(
      errorsOf(validateBatch([{ event_name: 'lead' }, { event_name: 'add_to_cart' }], input('conversions'))),
    ).toEqual([anError('enum', '[1].event_name')]);
    const both = validateBatch([{ event_name: 'lead' }, { event_name: 'add_to_cart' }], input('events'));
    expect(acceptedValue(both)).toEqual([{ event_name: 'lead' }, { event_name: 'add_to_cart' }]);
  });
});
