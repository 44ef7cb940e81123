import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FIELDS,
  ACTION_SOURCES,
  API_PATHS,
  BODY_FIELDS,
  CONTEXT_FIELDS,
  COOKIE_CONTEXT_FIELDS,
  CURRENCIES,
  CUT_FIELDS,
  EVENT_NAMES,
  EVENTS_API_EVENT_NAMES,
  MAX_BATCH_EVENTS,
  NON_EMPTY_FIELDS,
  REQUIRED_FIELDS,
  USER_FIELDS,
} from '../../../src/schema/fields.js';
import {
  EVENTS_PAGE_CONTEXT_KEYS,
  EVENTS_PAGE_EVENT_NAMES,
  EVENTS_PAGE_USER_KEYS,
  PAGE_ACTION_SOURCES,
  PAGE_BODY_KEYS,
  PAGE_CONTEXT_KEYS,
  PAGE_CURRENCIES,
  PAGE_EVENT_NAMES,
  PAGE_NULLABLE_KEYS,
  PAGE_REQUIRED_KEYS,
  PAGE_USER_KEYS,
} from './api-page.js';

/** The keys of a table that `api` takes (fields marked `only` for the other API left out). */
const keysFor = (table: Record<string, object>, api: 'conversions' | 'events') =>
  Object.entries(table)
    .filter(([, rule]) => !('only' in rule) || rule.only === api)
    .map(([key]) => key);
const onlyFor = (table: Record<string, object>, api: 'conversions' | 'events') =>
  Object.entries(table)
    .filter(([, rule]) => 'only' in rule && rule.only === api)
    .map(([key]) => key);

// The tables in src/schema/fields.ts are the single source of truth for the whole project, so they
// are compared key by key, in order, with the lists copied from the API page.
describe('the schema tables match the API page', () => {
  it('lists exactly the 14 body fields of /conversions, in the page order', () => {
    expect(PAGE_BODY_KEYS).toHaveLength(14);
    expect(keysFor(BODY_FIELDS, 'conversions')).toEqual(PAGE_BODY_KEYS);
  });

  it('lists exactly the 18 context keys of /conversions, in the page order', () => {
    expect(PAGE_CONTEXT_KEYS).toHaveLength(18);
    expect(keysFor(CONTEXT_FIELDS, 'conversions')).toEqual(PAGE_CONTEXT_KEYS);
  });

  it('lists exactly the 17 user keys of /conversions, in the page order', () => {
    expect(PAGE_USER_KEYS).toHaveLength(17);
    expect(keysFor(USER_FIELDS, 'conversions')).toEqual(PAGE_USER_KEYS);
  });

  it('lists the 6 event names', () => {
    expect(PAGE_EVENT_NAMES).toHaveLength(6);
    expect([...EVENT_NAMES]).toEqual(PAGE_EVENT_NAMES);
  });

  it('lists the 9 action sources', () => {
    expect(PAGE_ACTION_SOURCES).toHaveLength(9);
    expect([...ACTION_SOURCES]).toEqual(PAGE_ACTION_SOURCES);
  });

  it('lists the 86 currencies, lower case, without duplicates', () => {
    expect(PAGE_CURRENCIES).toHaveLength(86);
    expect([...CURRENCIES]).toEqual(PAGE_CURRENCIES);
    expect(new Set(CURRENCIES).size).toBe(86);
    for (const code of CURRENCIES) expect(code).toMatch(/^[a-z]{3,4}$/);
  });

  it('marks as nullable exactly the fields the page marks "| null"', () => {
    const nullable = Object.entries(BODY_FIELDS)
      .filter(([, rule]) => rule.nullable)
      .map(([key]) => key);
    expect(nullable).toEqual(PAGE_NULLABLE_KEYS);
  });

  it('requires exactly company_id and event_name', () => {
    expect([ACCOUNT_FIELDS.conversions, 'event_name']).toEqual(PAGE_REQUIRED_KEYS);
  });

  it('gives the enum fields the enum tables and the object fields the key tables', () => {
    expect(BODY_FIELDS.event_name).toMatchObject({ kind: 'enum', values: EVENT_NAMES });
    expect(BODY_FIELDS.action_source).toMatchObject({ kind: 'enum', values: ACTION_SOURCES });
    expect(BODY_FIELDS.currency).toMatchObject({ kind: 'enum', values: CURRENCIES });
    expect(BODY_FIELDS.context).toMatchObject({ kind: 'object', fields: CONTEXT_FIELDS });
    expect(BODY_FIELDS.user).toMatchObject({ kind: 'object', fields: USER_FIELDS });
    expect(BODY_FIELDS.value.kind).toBe('number');
    expect(BODY_FIELDS.event_time.kind).toBe('datetime');
  });

  it('gives every string a positive integer maximum length', () => {
    const maxima = [
      ...Object.values(CONTEXT_FIELDS).map((rule) => rule.max),
      ...Object.values(USER_FIELDS).map((rule) => rule.max),
      ...Object.values(BODY_FIELDS).flatMap((rule) => ('max' in rule ? [rule.max] : [])),
    ];
    expect(maxima).toHaveLength(18 + 11 + 17 + 2 + 9);
    for (const max of maxima) expect(Number.isInteger(max) && max > 0).toBe(true);
    // birthdate is exactly YYYY-MM-DD; custom_name follows Whop's documented 35-character cap.
    expect(USER_FIELDS.birthdate.max).toBe(10);
    expect(BODY_FIELDS.custom_name.max).toBe(35);
  });

  it('accepts at most 50 events per batch', () => {
    expect(MAX_BATCH_EVENTS).toBe(50);
  });
});

describe('the schema tables match the Events API page', () => {
  it('marks as Events-only exactly the context keys it adds', () => {
    expect(onlyFor(CONTEXT_FIELDS, 'events')).toEqual(EVENTS_PAGE_CONTEXT_KEYS);
  });

  it('marks as Events-only exactly the user keys it adds', () => {
    expect(onlyFor(USER_FIELDS, 'events')).toEqual(EVENTS_PAGE_USER_KEYS);
  });

  it('lists the standard names only the Events API takes', () => {
    expect([...EVENTS_API_EVENT_NAMES]).toEqual(EVENTS_PAGE_EVENT_NAMES);
  });

  it('names the company account_id there, company_id for /conversions, one field each', () => {
    expect(ACCOUNT_FIELDS).toEqual({ conversions: 'company_id', events: 'account_id' });
    expect(onlyFor(BODY_FIELDS, 'events')).toEqual(['account_id']);
    expect(onlyFor(BODY_FIELDS, 'conversions')).toEqual(['company_id']);
    expect(keysFor(BODY_FIELDS, 'events')).toEqual(['account_id', ...PAGE_BODY_KEYS.slice(1)]);
  });

  it('serves each API on its own path', () => {
    expect(API_PATHS).toEqual({ conversions: '/api/v1/conversions', events: '/api/v1/events' });
  });
});

describe('the field lists derived from the tables', () => {
  it('name the cookie each context field may come from', () => {
    expect(COOKIE_CONTEXT_FIELDS).toEqual(['fbp', 'ga', 'ttp', 'fbc']);
    expect(COOKIE_CONTEXT_FIELDS.map((key) => CONTEXT_FIELDS[key].cookie)).toEqual([
      '_fbp',
      '_ga',
      '_ttp',
      '_fbc',
    ]);
  });

  it('mark the required, non-empty and cut-to-length body fields', () => {
    expect(REQUIRED_FIELDS).toEqual(['company_id', 'account_id', 'event_name']);
    expect(NON_EMPTY_FIELDS).toEqual(['company_id', 'account_id', 'event_id']);
    expect(CUT_FIELDS).toEqual(['referrer_url', 'url']);
    expect(USER_FIELDS.birthdate).toMatchObject({ format: 'date' });
  });
});
