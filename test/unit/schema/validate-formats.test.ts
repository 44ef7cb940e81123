import { describe, expect, it } from 'vitest';
import { isDate, isDateTime, typeName, validateConversion } from '../../../src/schema/validate.js';
import { minimalBody } from './api-page.js';
import { acceptedValue, anError, errorsOf, typeError } from './helpers.js';

const withUser = (user: Record<string, unknown>) => ({ ...minimalBody(), user });
const withField = (key: string, value: unknown) => ({ ...minimalBody(), [key]: value });

describe('user.birthdate: YYYY-MM-DD naming a day that exists', () => {
  it.each([
    '1990-01-15', // the page's example
    '2000-02-29', // divisible by 400: a leap year
    '2024-02-29',
    '1999-12-31',
    '2023-04-30',
    '0099-12-31', // years below 100 are real years, not 19xx
    '0004-02-29',
  ])('accepts %s', (birthdate) => {
    expect(isDate(birthdate)).toBe(true);
    expect(acceptedValue(validateConversion(withUser({ birthdate }))).user).toEqual({ birthdate });
  });

  it.each([
    '1990-02-30', // February never has 30 days
    '1900-02-29', // divisible by 100 but not 400: not a leap year
    '2023-02-29',
    '2023-04-31',
    '1990-13-01',
    '1990-00-10',
    '1990-01-00',
    '1990-01-32',
    '0100-02-29',
    '1990-1-15',
    '90-01-15',
    '15/01/1990',
    '1990/01/15',
    '19900115',
    'yyyy-mm-dd',
    '',
  ])('rejects %j with code format', (birthdate) => {
    expect(isDate(birthdate)).toBe(false);
    expect(errorsOf(validateConversion(withUser({ birthdate })))).toEqual([
      anError('format', 'user.birthdate', 'YYYY-MM-DD', `"${birthdate}"`),
    ]);
  });

  it('rejects a date-time in birthdate as too long before reading it as a date', () => {
    expect(errorsOf(validateConversion(withUser({ birthdate: '1990-01-15T00:00:00Z' })))).toEqual([
      anError('max_length', 'user.birthdate', '10'),
    ]);
  });
});

describe('event_time: ISO 8601 / RFC 3339 date-time with a time zone', () => {
  it.each([
    '2023-12-01T05:00:00.401Z', // the page's example
    '2023-12-01T05:00:00Z',
    '2023-12-01T05:00:00.4Z',
    '2023-12-01T05:00:00.123456789Z',
    '2023-12-01T05:00:00+01:00',
    '2023-12-01T05:00:00.401-05:30',
    '2023-12-01T05:00:00+00:00',
    '2023-12-01T23:59:59-12:00',
    '2023-12-01T00:00:00+14:00',
    '2023-12-01t05:00:00z', // RFC 3339 allows lower-case t and z
    '2024-02-29T12:00:00Z',
    '0050-06-01T00:00:00Z',
  ])('accepts %s', (eventTime) => {
    expect(isDateTime(eventTime)).toBe(true);
    expect(acceptedValue(validateConversion(withField('event_time', eventTime))).event_time).toBe(eventTime);
  });

  it.each([
    ['date only', '2023-12-01'],
    ['no zone', '2023-12-01T05:00:00'],
    ['no zone, with ms', '2023-12-01T05:00:00.401'],
    ['hour 25', '2023-12-01T25:00:00Z'],
    ['hour 24', '2023-12-01T24:00:00Z'],
    ['minute 60', '2023-12-01T05:60:00Z'],
    ['second 60', '2023-12-01T05:00:60Z'],
    ['30 February', '2023-02-30T05:00:00Z'],
    ['29 February 1900', '1900-02-29T05:00:00Z'],
    ['month 13', '2023-13-01T05:00:00Z'],
    ['offset hour 25', '2023-12-01T05:00:00+25:00'],
    ['offset without minutes', '2023-12-01T05:00:00+01'],
    ['offset without colon (RFC 3339 requires HH:MM)', '2023-12-01T05:00:00+0100'],
    ['no seconds (RFC 3339 requires them)', '2023-12-01T05:00Z'],
    ['space instead of T', '2023-12-01 05:00:00Z'],
    ['empty fraction', '2023-12-01T05:00:00.Z'],
    ['ten fraction digits', '2023-12-01T05:00:00.1234567890Z'],
    ['zone name', '2023-12-01T05:00:00 UTC'],
    ['HTTP date', 'Fri, 01 Dec 2023 05:00:00 GMT'],
    ['epoch milliseconds as text', '1701406800401'],
    ['a word', 'yesterday'],
    ['garbage', '2023-12-01T05:00:00.401Zjunk'],
    ['empty', ''],
  ])('rejects %s (%j) with code format', (_label, eventTime) => {
    expect(isDateTime(eventTime)).toBe(false);
    expect(errorsOf(validateConversion(withField('event_time', eventTime)))).toEqual([
      anError('format', 'event_time', 'ISO 8601', `"${eventTime}"`),
    ]);
  });

  it('rejects epoch milliseconds as a number, naming the type', () => {
    expect(errorsOf(validateConversion(withField('event_time', 1701406800401)))).toEqual([
      typeError('event_time', 'number'),
    ]);
  });
});

describe('value: a finite number', () => {
  it.each([6.9, 0, -0, -12.5, 1e9, Number.MAX_SAFE_INTEGER, 0.01])('accepts %d', (amount) => {
    expect(acceptedValue(validateConversion(withField('value', amount))).value).toBe(amount);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('rejects %d', (amount, shown) => {
    expect(errorsOf(validateConversion(withField('value', amount)))).toEqual([typeError('value', shown)]);
  });

  it('rejects the string "6.9", naming its type', () => {
    expect(errorsOf(validateConversion(withField('value', '6.9')))).toEqual([typeError('value', 'string')]);
  });
});

describe('typeName: how errors describe what came', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [[], 'array'],
    [{}, 'object'],
    ['x', 'string'],
    [1, 'number'],
    [false, 'boolean'],
  ])('names %j as %s', (value, name) => {
    expect(typeName(value)).toBe(name);
  });
});
