import { describe, expect, it } from 'vitest';
import {
  ACTION_SOURCES,
  BODY_FIELDS,
  CONTEXT_FIELDS,
  CURRENCIES,
  EVENT_NAMES,
  MAX_BATCH_EVENTS,
  REQUIRED_FIELDS,
  USER_FIELDS,
} from '../../../src/schema/index.js';
import {
  PAGE_ACTION_SOURCES,
  PAGE_BODY_KEYS,
  PAGE_CONTEXT_KEYS,
  PAGE_CURRENCIES,
  PAGE_EVENT_NAMES,
  PAGE_NULLABLE_KEYS,
  PAGE_REQUIRED_KEYS,
  PAGE_USER_KEYS,
} from './api-page.js';

// The tables in src/schema/fields.ts are the single source of truth for the whole project, so they
// are compared key by key, in order, with the lists copied from the API page.
describe('the schema tables match the API page', () => {
  it('lists exactly the 14 body fields, in the page order', () => {
    expect(PAGE_BODY_KEYS).toHaveLength(14);
    expect(Object.keys(BODY_FIELDS)).toEqual(PAGE_BODY_KEYS);
  });

  it('lists exactly the 18 context keys, in the page order', () => {
    expect(PAGE_CONTEXT_KEYS).toHaveLength(18);
    expect(Object.keys(CONTEXT_FIELDS)).toEqual(PAGE_CONTEXT_KEYS);
  });

  it('lists exactly the 17 user keys, in the page order', () => {
    expect(PAGE_USER_KEYS).toHaveLength(17);
    expect(Object.keys(USER_FIELDS)).toEqual(PAGE_USER_KEYS);
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
    expect([...REQUIRED_FIELDS]).toEqual(PAGE_REQUIRED_KEYS);
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
      ...Object.values(CONTEXT_FIELDS),
      ...Object.values(USER_FIELDS),
      ...Object.values(BODY_FIELDS).flatMap((rule) => ('max' in rule ? [rule.max] : [])),
    ];
    expect(maxima).toHaveLength(18 + 17 + 8);
    for (const max of maxima) expect(Number.isInteger(max) && max > 0).toBe(true);
    // birthdate is exactly YYYY-MM-DD; custom_name follows Whop's documented 35-character cap.
    expect(USER_FIELDS.birthdate).toBe(10);
    expect(BODY_FIELDS.custom_name.max).toBe(35);
  });

  it('accepts at most 50 events per batch', () => {
    expect(MAX_BATCH_EVENTS).toBe(50);
  });
});
