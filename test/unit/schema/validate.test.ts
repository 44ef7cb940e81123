import { describe, expect, it } from 'vitest';
import {
  ACTION_SOURCES,
  BODY_FIELDS,
  CONTEXT_FIELDS,
  CURRENCIES,
  EVENT_NAMES,
  USER_FIELDS,
} from '../../../src/schema/fields.js';
import { validateConversion } from '../../../src/schema/validate.js';
import { exampleBody, minimalBody, PAGE_EXAMPLE_JSON } from './api-page.js';
import { acceptedValue, anError, errorsOf, typeError } from './helpers.js';

type BodyKey = keyof typeof BODY_FIELDS;
type Kind = (typeof BODY_FIELDS)[BodyKey]['kind'];

/** The keys of a table that /conversions takes: these tests check its exact body (the default). */
const conversionsKeys = <T extends Record<string, object>>(table: T) =>
  (Object.keys(table) as Array<keyof T>).filter(
    (key) => !('only' in table[key]) || table[key].only !== 'events',
  );
const BODY_KEYS = conversionsKeys(BODY_FIELDS);
const CONTEXT_KEYS = conversionsKeys(CONTEXT_FIELDS);
const USER_KEYS = conversionsKeys(USER_FIELDS);

/** The minimal body plus one field. */
const withField = (key: string, value: unknown): Record<string, unknown> => ({
  ...minimalBody(),
  [key]: value,
});

/** Values of the wrong type for each kind of body field, with the type the error must name. */
const WRONG_TYPES: Record<Kind, Array<[unknown, string]>> = {
  string: [
    [42, 'number'],
    [true, 'boolean'],
    [['biz_1'], 'array'],
    [{ id: 'biz_1' }, 'object'],
  ],
  datetime: [
    [1701406800401, 'number'],
    [false, 'boolean'],
    [['2023-12-01T05:00:00.401Z'], 'array'],
    [{}, 'object'],
  ],
  enum: [
    [1, 'number'],
    [false, 'boolean'],
    [['lead'], 'array'],
    [{ value: 'lead' }, 'object'],
  ],
  number: [
    ['6.9', 'string'],
    [true, 'boolean'],
    [[6.9], 'array'],
    [{ amount: 6.9 }, 'object'],
  ],
  object: [
    ['fbclid=abc', 'string'],
    [1, 'number'],
    [true, 'boolean'],
    [[{ fbclid: 'abc' }], 'array'],
  ],
};

describe('validateConversion: the API page example', () => {
  it('accepts the full example body and returns it unchanged', () => {
    const result = validateConversion(exampleBody());
    expect(result).toEqual({ ok: true, value: JSON.parse(PAGE_EXAMPLE_JSON) });
  });

  it('accepts the smallest body: company_id and event_name', () => {
    expect(validateConversion(minimalBody())).toEqual({ ok: true, value: minimalBody() });
  });

  it('accepts every context and user key at once', () => {
    const context = Object.fromEntries(CONTEXT_KEYS.map((key) => [key, `${key}-value`]));
    const user = Object.fromEntries(USER_KEYS.map((key) => [key, `${key}-value`]));
    user.birthdate = '1990-01-15';
    const value = acceptedValue(validateConversion({ ...minimalBody(), context, user }));
    expect(value.context).toEqual(context);
    expect(value.user).toEqual(user);
  });
});

describe('validateConversion: the body itself', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [[], 'array'],
    [[minimalBody()], 'array'],
    ['{"event_name":"lead"}', 'string'],
    [42, 'number'],
    [true, 'boolean'],
  ])('rejects %j as the body: it must be an object', (input, got) => {
    expect(errorsOf(validateConversion(input))).toEqual([anError('type', '', 'body', `got ${got}`)]);
  });

  it('requires event_name', () => {
    expect(errorsOf(validateConversion({ company_id: 'biz_1' }))).toEqual([
      anError('required', 'event_name'),
    ]);
  });

  it('requires company_id by default (the upstream body of /conversions)', () => {
    const expected = [anError('required', 'company_id')];
    expect(errorsOf(validateConversion({ event_name: 'lead' }))).toEqual(expected);
    expect(errorsOf(validateConversion({ event_name: 'lead' }, { api: 'conversions' }))).toEqual(expected);
  });

  it('reports both required fields of an empty object', () => {
    expect(errorsOf(validateConversion({}))).toEqual([
      anError('required', 'company_id'),
      anError('required', 'event_name'),
    ]);
  });

  it('accepts a body without company_id with input: true (what browsers send the proxy)', () => {
    const body = exampleBody();
    delete body.company_id;
    const value = acceptedValue(validateConversion(body, { input: true }));
    expect(value).toEqual(body);
    expect(value).not.toHaveProperty('company_id');
  });

  it('still checks a company_id that is present with input: true', () => {
    expect(errorsOf(validateConversion(withField('company_id', 7), { input: true }))).toEqual([
      typeError('company_id', 'number'),
    ]);
  });

  it.each(['company_id', 'event_id'])('rejects an empty %s', (key) => {
    expect(errorsOf(validateConversion(withField(key, '')))).toEqual([anError('empty', key)]);
  });

  it('reports every problem at once, in body order', () => {
    const result = validateConversion({
      event_name: 'purchase',
      currency: 'USD',
      context: { fbclid: 1, foo: 'x' },
      value: '6.9',
    });
    expect(errorsOf(result)).toEqual([
      anError('enum', 'event_name', '"purchase"'),
      anError('enum', 'currency', '"USD"'),
      typeError('context.fbclid', 'number'),
      anError('unknown_key', 'context.foo'),
      typeError('value', 'string'),
      anError('required', 'company_id'),
    ]);
  });
});

describe('validateConversion: types', () => {
  describe.each(BODY_KEYS)('%s', (key) => {
    it.each(WRONG_TYPES[BODY_FIELDS[key].kind])('rejects %j, naming its type', (bad, got) => {
      expect(errorsOf(validateConversion(withField(key, bad)))).toEqual([typeError(key, got)]);
    });
  });

  const nested = [
    ...CONTEXT_KEYS.map((key) => ['context', key] as const),
    ...USER_KEYS.map((key) => ['user', key] as const),
  ];
  it.each(nested)('%s.%s must be a string', (parent, key) => {
    const wrong: Array<[unknown, string]> = [
      [42, 'number'],
      [null, 'null'],
      [true, 'boolean'],
      [['x'], 'array'],
      [{ v: 'x' }, 'object'],
    ];
    for (const [bad, got] of wrong) {
      const result = validateConversion(withField(parent, { [key]: bad }));
      expect(errorsOf(result)).toEqual([typeError(`${parent}.${key}`, got)]);
    }
  });
});

describe('validateConversion: null', () => {
  const nullable = BODY_KEYS.filter((key) => BODY_FIELDS[key].nullable);
  const notNullable = BODY_KEYS.filter((key) => !BODY_FIELDS[key].nullable);

  it('has exactly context, user, event_name and company_id as non-nullable', () => {
    expect(notNullable.sort()).toEqual(['company_id', 'context', 'event_name', 'user']);
  });

  it.each(nullable)('accepts null for %s and keeps it', (key) => {
    const value = acceptedValue(validateConversion(withField(key, null)));
    expect(value).toHaveProperty(key, null);
  });

  it.each(notNullable)('rejects null for %s', (key) => {
    expect(errorsOf(validateConversion(withField(key, null)))).toEqual([anError('type', key, 'null')]);
  });
});

describe('validateConversion: enums', () => {
  it.each(EVENT_NAMES)('accepts event_name %s', (name) => {
    // custom_name is allowed with every event name and required with `custom`.
    const value = acceptedValue(
      validateConversion({ ...withField('event_name', name), custom_name: 'signup' }),
    );
    expect(value.event_name).toBe(name);
  });

  it.each(ACTION_SOURCES)('accepts action_source %s', (source) => {
    expect(acceptedValue(validateConversion(withField('action_source', source))).action_source).toBe(source);
  });

  it.each(CURRENCIES)('accepts currency %s', (code) => {
    expect(acceptedValue(validateConversion(withField('currency', code))).currency).toBe(code);
  });

  it.each([
    ['event_name', 'purchase'],
    ['event_name', 'Lead'],
    ['event_name', 'LEAD'],
    ['event_name', 'lead '],
    ['event_name', ''],
    ['event_name', 'toString'],
    ['action_source', 'web'],
    ['action_source', 'Website'],
    ['action_source', 'in_store'],
    ['currency', 'USD'],
    ['currency', 'Usd'],
    ['currency', 'usd2'],
    ['currency', ' usd'],
    ['currency', 'us'],
    ['currency', 'xxx'],
    ['currency', ''],
  ])('rejects %s %j with code enum, quoting what came', (key, bad) => {
    expect(errorsOf(validateConversion(withField(key, bad)))).toEqual([anError('enum', key, `"${bad}"`)]);
  });

  it('quotes at most 40 characters of a long bad enum value', () => {
    const [error] = errorsOf(validateConversion(withField('currency', 'x'.repeat(5000))));
    expect(error.code).toBe('enum');
    expect(error.message).toContain(`"${'x'.repeat(40)}"`);
    expect(error.message).not.toContain('x'.repeat(41));
  });
});

describe('validateConversion: maximum lengths', () => {
  /** A valid value of exactly `length` characters for a field with a format, or filler. */
  const atLength = (key: string, length: number): string =>
    key === 'birthdate' ? '1990-01-15'.padEnd(length, '5') : 'a'.repeat(length);

  const bodyStrings = BODY_KEYS.flatMap((key) => {
    const rule = BODY_FIELDS[key];
    return rule.kind === 'string' ? [[key, rule.max] as const] : [];
  });

  it('covers the seven plain string fields of the body', () => {
    expect(bodyStrings.map(([key]) => key)).toEqual([
      'company_id',
      'custom_name',
      'event_id',
      'plan_id',
      'product_id',
      'referrer_url',
      'url',
    ]);
  });

  it.each(bodyStrings)('%s: accepts %i characters, rejects one more', (key, max) => {
    const at = 'a'.repeat(max);
    expect(acceptedValue(validateConversion(withField(key, at)))[key]).toBe(at);
    expect(errorsOf(validateConversion(withField(key, `${at}a`)))).toEqual([
      anError('max_length', key, String(max), String(max + 1)),
    ]);
  });

  const nested = [
    ...CONTEXT_KEYS.map((key) => ['context', key, CONTEXT_FIELDS[key].max] as const),
    ...USER_KEYS.map((key) => ['user', key, USER_FIELDS[key].max] as const),
  ];
  it.each(nested)('%s.%s: accepts %i characters, rejects one more', (parent, key, max) => {
    const at = atLength(key, max);
    expect(acceptedValue(validateConversion(withField(parent, { [key]: at })))[parent]).toEqual({
      [key]: at,
    });
    const path = `${parent}.${key}`;
    expect(errorsOf(validateConversion(withField(parent, { [key]: atLength(key, max + 1) })))).toEqual([
      anError('max_length', path, String(max), String(max + 1)),
    ]);
  });

  it('event_time: a string over 64 characters is too long before it is checked as a date', () => {
    const long = `2023-12-01T05:00:00.401Z${' '.repeat(41)}`;
    expect(long).toHaveLength(65);
    expect(errorsOf(validateConversion(withField('event_time', long)))).toEqual([
      anError('max_length', 'event_time', '64', '65'),
    ]);
    expect(errorsOf(validateConversion(withField('event_time', long.slice(0, 64))))[0].code).toBe('format');
  });

  it('counts UTF-16 code units, as JavaScript string length does', () => {
    const emoji = '😀'.repeat(18); // 36 code units
    expect(errorsOf(validateConversion(withField('custom_name', emoji)))[0].code).toBe('max_length');
  });
});

describe('validateConversion: custom events', () => {
  it('accepts event_name custom with a custom_name', () => {
    const value = acceptedValue(
      validateConversion({ ...withField('event_name', 'custom'), custom_name: 'webinar_join' }),
    );
    expect(value).toMatchObject({ event_name: 'custom', custom_name: 'webinar_join' });
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
  ])('rejects event_name custom with custom_name %s', (_label, customName) => {
    const body = withField('event_name', 'custom');
    if (customName !== undefined) body.custom_name = customName;
    expect(errorsOf(validateConversion(body))).toEqual([
      anError('custom_name_required', 'custom_name', 'custom'),
    ]);
  });

  it('reports a custom_name over 35 characters as too long, not as missing', () => {
    const body = { ...withField('event_name', 'custom'), custom_name: 'a'.repeat(36) };
    expect(errorsOf(validateConversion(body))).toEqual([anError('max_length', 'custom_name', '35')]);
  });

  it('allows a custom_name with other event names', () => {
    expect(acceptedValue(validateConversion(withField('custom_name', 'x'))).custom_name).toBe('x');
  });
});

describe('validateConversion: unknown keys', () => {
  it.each([
    'foo',
    'companyId',
    'EVENT_NAME',
    'fbclid', // a context key at the top level
    'email', // a user key at the top level
    'fbc', // in Whop's newer /events intake, not in /conversions
    'toString',
    'hasOwnProperty',
  ])('rejects %s at the top level', (key) => {
    expect(errorsOf(validateConversion(withField(key, 'x')))).toEqual([
      anError('unknown_key', key, 'not a field'),
    ]);
  });

  it.each([
    ['context', 'foo'],
    ['context', 'fbc'],
    ['context', 'gbraid'],
    ['context', 'email'],
    ['context', 'valueOf'],
    ['user', 'foo'],
    ['user', 'fbclid'],
    ['user', 'age'],
    ['user', 'isPrototypeOf'],
  ])('rejects %s.%s', (parent, key) => {
    expect(errorsOf(validateConversion(withField(parent, { [key]: 'x' })))).toEqual([
      anError('unknown_key', `${parent}.${key}`),
    ]);
  });
});

describe('validateConversion: prototype keys', () => {
  const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
  const payload = '{"polluted":"yes","prototype":{"polluted":"yes"},"isAdmin":true}';
  const where = [
    ['the top level', (key: string) => `{"company_id":"biz_1","event_name":"lead","${key}":${payload}}`, ''],
    [
      'context',
      (key: string) => `{"company_id":"biz_1","event_name":"lead","context":{"${key}":${payload}}}`,
      'context.',
    ],
    [
      'user',
      (key: string) => `{"company_id":"biz_1","event_name":"lead","user":{"${key}":${payload}}}`,
      'user.',
    ],
  ] as const;
  const cases = where.flatMap(([place, json, prefix]) =>
    FORBIDDEN.map((key) => [key, place, json(key), `${prefix}${key}`] as const),
  );
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

  it.each(cases)(
    'rejects %s in %s as forbidden_key and leaves Object.prototype alone',
    (key, _place, json, path) => {
      const input = JSON.parse(json);
      const holder = path.includes('.') ? input[path.split('.')[0]] : input;
      expect(Object.hasOwn(holder, key)).toBe(true); // JSON.parse made it an own key
      expect(errorsOf(validateConversion(input))).toEqual([anError('forbidden_key', path, 'not allowed')]);
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
      const fresh: Record<string, unknown> = {};
      expect(fresh.polluted).toBeUndefined();
      expect(fresh.isAdmin).toBeUndefined();
      expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
    },
  );

  it('rejects prototype keys whatever their value', () => {
    for (const value of ['"x"', 'null', '1', '[]']) {
      const input = JSON.parse(`{"company_id":"biz_1","event_name":"lead","__proto__":${value}}`);
      expect(errorsOf(validateConversion(input))).toEqual([anError('forbidden_key', '__proto__')]);
    }
  });

  it.each(['event_name', 'company_id', 'custom_name'])(
    'reads only own properties: a polluted Object.prototype.%s does not count as sent',
    (key) => {
      const body: Record<string, unknown> = { ...minimalBody(), event_name: 'custom', custom_name: 'signup' };
      delete body[key];
      Object.defineProperty(Object.prototype, key, { value: 'custom', configurable: true, writable: true });
      let result: ReturnType<typeof validateConversion>;
      try {
        result = validateConversion(body);
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
      const code = key === 'custom_name' ? 'custom_name_required' : 'required';
      expect(errorsOf(result)).toEqual([anError(code, key)]);
    },
  );
});

describe('validateConversion: the returned value', () => {
  it('holds only documented fields, as plain objects', () => {
    const value = acceptedValue(validateConversion(exampleBody()));
    for (const key of Object.keys(value)) expect(Object.hasOwn(BODY_FIELDS, key)).toBe(true);
    for (const key of Object.keys(value.context as object))
      expect(Object.hasOwn(CONTEXT_FIELDS, key)).toBe(true);
    for (const key of Object.keys(value.user as object)) expect(Object.hasOwn(USER_FIELDS, key)).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.context)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.user)).toBe(Object.prototype);
  });

  it('is a fresh object: changing it does not touch the input', () => {
    const input = exampleBody();
    const before = structuredClone(input);
    const value = acceptedValue(validateConversion(input));
    expect(value).not.toBe(input);
    expect(value.context).not.toBe(input.context);
    expect(value.user).not.toBe(input.user);
    value.event_name = 'contact';
    (value.context as Record<string, unknown>).fbclid = 'changed';
    (value.user as Record<string, unknown>).email = 'changed@example.com';
    delete value.url;
    expect(input).toEqual(before);
  });

  it('drops nothing it accepted and adds nothing the caller did not send', () => {
    const input = { ...minimalBody(), context: {}, user: {}, value: 0 };
    expect(acceptedValue(validateConversion(input))).toEqual(input);
  });
});

describe('validateConversion: JS callers', () => {
  it('treats a key set to undefined as absent, at the top level and in user/context', () => {
    const value = acceptedValue(
      validateConversion({
        company_id: 'biz_1',
        event_name: 'lead',
        value: undefined,
        user: { email: undefined, first_name: 'Ada' },
        context: { gclid: undefined },
      }),
    );
    expect(value).not.toHaveProperty('value');
    expect(value.user).toEqual({ first_name: 'Ada' });
    expect(value.context).toEqual({});
  });

  it('still requires event_name when it is present but undefined', () => {
    expect(errorsOf(validateConversion({ company_id: 'biz_1', event_name: undefined }))).toEqual([
      anError('required', 'event_name'),
    ]);
  });

  it('caps how much of a hostile unknown key it echoes back', () => {
    const key = 'k'.repeat(5000);
    const [error] = errorsOf(validateConversion({ company_id: 'biz_1', event_name: 'lead', [key]: 1 }));
    expect(error.code).toBe('unknown_key');
    expect(error.message.length).toBeLessThan(200);
    expect(error.path.length).toBeLessThan(100);
  });
});
