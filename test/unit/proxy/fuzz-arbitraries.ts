// fast-check generators for the proxy fuzz tests: near-valid conversions and their mutations,
// adversarial JSON text and bytes, and hostile headers. Built from the schema tables so that a
// good share of the cases is forwarded (otherwise "never forwards an invalid body" is vacuous).
import fc from 'fast-check';
import {
  ACTION_SOURCES,
  CONTEXT_FIELDS,
  CURRENCIES,
  EVENT_NAMES,
  USER_FIELDS,
} from '../../../src/schema/fields.js';
import { SITE } from './helpers.js';
import { CRAWLERS, HTTP_CLIENTS, UA } from './user-agents.js';

export const FUZZ_SECRET = 'fuzz-shared-secret-0123456789abcdef';

/** Text a header may hold (Latin-1 without controls): `Headers` refuses the rest before the proxy sees it. */
export const headerText = (maxLength = 80) =>
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength,
  });

/** Strings as JSON carries them: any code unit, lone surrogates included. */
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 6 });
const isoDay = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Every key of the table, the Events API's too: a proxy speaking /conversions must drop those.
const stringMap = (
  fields: Record<string, { max: number }>,
  special: Record<string, fc.Arbitrary<string>> = {},
) =>
  fc.record(
    Object.fromEntries(
      Object.entries(fields).map(([key, { max }]) => [key, special[key] ?? anyText(Math.min(max, 120))]),
    ),
    { requiredKeys: [] },
  );

/** A conversion the validator should accept (custom events sometimes lack custom_name). */
export const conversion = fc.record(
  {
    event_name: fc.constantFrom(...EVENT_NAMES),
    action_source: nullable(fc.constantFrom(...ACTION_SOURCES)),
    currency: nullable(fc.constantFrom(...CURRENCIES)),
    custom_name: nullable(anyText(35)),
    event_id: nullable(fc.oneof({ weight: 5, arbitrary: fc.uuid() }, { weight: 1, arbitrary: anyText(64) })),
    event_time: nullable(
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    ),
    plan_id: nullable(anyText(40)),
    product_id: nullable(anyText(40)),
    referrer_url: nullable(fc.oneof(fc.webUrl(), anyText(200))),
    url: nullable(fc.oneof(fc.webUrl({ withQueryParameters: true }), anyText(200))),
    value: nullable(fc.double({ noNaN: true, noDefaultInfinity: true })),
    company_id: fc.oneof(anyText(30), fc.jsonValue()),
    context: stringMap(CONTEXT_FIELDS, {
      ip_address: fc.oneof(fc.ipV4(), fc.ipV6(), anyText(64)),
    }),
    user: stringMap(USER_FIELDS, {
      birthdate: fc.oneof({ weight: 5, arbitrary: isoDay }, { weight: 1, arbitrary: anyText(10) }),
    }),
  },
  { requiredKeys: ['event_name'] },
);

const FIELD_NAMES = ['event_name', 'value', 'currency', 'event_time', 'url', 'context', 'user', 'event_id'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

type Mutation = (body: Record<string, unknown>) => void;

/** One change that may (or may not) make a conversion invalid. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof<fc.Arbitrary<Mutation>[]>(
  fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.jsonValue()).map(([key, value]) => (body) => {
    body[key] = value;
  }),
  fc.tuple(anyText(20), fc.jsonValue()).map(([key, value]) => (body) => {
    body[key] = value;
  }),
  fc
    .tuple(
      fc.constantFrom('context', 'user'),
      fc.oneof(anyText(20), fc.constantFrom(...PROTO_KEYS)),
      fc.jsonValue(),
    )
    .map(([where, key, value]) => (body) => {
      const inner = (typeof body[where] === 'object' && body[where]) || {};
      Object.defineProperty(inner, key, { value, enumerable: true, configurable: true, writable: true });
      body[where] = inner;
    }),
  fc
    .tuple(fc.constantFrom('custom_name', 'event_id', 'url', 'plan_id'), fc.integer({ min: 30, max: 5000 }))
    .map(([key, length]) => (body) => {
      body[key] = 'x'.repeat(length);
    }),
  fc.constantFrom(...FIELD_NAMES).map((key) => (body) => {
    delete body[key];
  }),
);

/** A conversion with zero to three mutations, as an object. */
export const mutatedConversion = fc
  .tuple(
    conversion,
    fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
    ),
  )
  .map(([body, changes]) => {
    const copy = structuredClone(body) as Record<string, unknown>;
    for (const change of changes) change(copy);
    return copy;
  });

/** JSON object text written by hand, so keys can repeat or be `__proto__` as JSON allows. */
const rawObject = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...FIELD_NAMES, 'company_id', ...PROTO_KEYS), anyText(10)),
      fc.oneof(
        fc.constantFrom('"lead"', '"contact"', '{}', '{"ip_address":"1.2.3.4"}', '1e999', '-0'),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
    ),
    { maxLength: 12 },
  )
  .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`);

/** Bodies as text: valid, mutated, batches, and adversarial JSON. */
export const bodyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: mutatedConversion.map((body) => JSON.stringify(body)) },
  // Batches: usually sound, sometimes with a mutated event, sometimes too long.
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.array(conversion, { maxLength: 52 }), fc.option(mutatedConversion), fc.nat())
      .map(([items, odd, at]) => {
        if (odd) items.splice(at % (items.length + 1), 0, odd as (typeof items)[number]);
        return JSON.stringify(items);
      }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)) },
  // Duplicate keys and prototype keys in raw JSON text.
  { weight: 2, arbitrary: rawObject },
  { weight: 1, arbitrary: fc.array(rawObject, { maxLength: 5 }).map((items) => `[${items.join(',')}]`) },
  // Truncated JSON.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.array(conversion, { minLength: 1, maxLength: 3 }).map((items) => JSON.stringify(items)),
        fc.nat(),
      )
      .map(([text, cut]) => text.slice(0, cut % text.length)),
  },
  // Deep nesting, at the top and inside context.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 30_000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
      .map(([depth, open, inContext]) => {
        const nested = `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`;
        return inContext ? `{"event_name":"lead","context":${nested}}` : nested;
      }),
  },
  // Huge strings, around and over the 64 KiB limit.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('url', 'event_id', 'email'), fc.integer({ min: 1000, max: 120_000 }))
      .map(([key, length]) =>
        key === 'email'
          ? JSON.stringify({ event_name: 'lead', user: { email: 'é'.repeat(length / 2) } })
          : JSON.stringify({ event_name: 'lead', [key]: 'x'.repeat(length) }),
      ),
  },
  // Giant arrays.
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 51, max: 30_000 }),
        fc.constantFrom('0', '{}', '{"event_name":"lead"}', 'null'),
      )
      .map(([length, item]) => `[${new Array(length).fill(item).join(',')}]`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', 'null', 'true', '[]', '{}', '\uFEFF{"event_name":"lead"}', '"lead"'),
  },
);

/** A body: text, or raw bytes (invalid UTF-8 among them). */
export const body: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 9, arbitrary: bodyText },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // Valid JSON with an invalid byte spliced in.
      fc
        .tuple(conversion, fc.nat(), fc.constantFrom(0xff, 0xc3, 0xed, 0x80, 0xf4))
        .map(([value, at, byte]) => {
          const bytes = new TextEncoder().encode(JSON.stringify(value));
          const i = at % (bytes.length + 1);
          return new Uint8Array([...bytes.slice(0, i), byte, ...bytes.slice(i)]);
        }),
    ),
  },
);

const ip = fc.oneof(fc.ipV4(), fc.ipV6());
const browsers = Object.values(UA);
const knownAgents = [...Object.values(UA), ...Object.values(CRAWLERS), ...Object.values(HTTP_CLIENTS)];

/** Usually `usual`, sometimes `odd`, sometimes absent: most cases should get past the front checks. */
const header = (usual: fc.Arbitrary<string> | undefined, odd: fc.Arbitrary<string>, absent = 3) =>
  fc.oneof(
    { weight: absent, arbitrary: fc.constant(undefined) },
    ...(usual ? [{ weight: 6, arbitrary: usual }] : []),
    { weight: 2, arbitrary: odd },
  );

/** Request headers a hostile or broken client might send. */
export const headers = fc
  .record({
    'content-type': header(
      fc.constantFrom(
        'text/plain;charset=UTF-8',
        'application/json',
        'application/json; charset=utf-8',
        'TEXT/PLAIN',
      ),
      fc.oneof(
        fc.constantFrom(
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json;;;',
          'text/html',
          '',
        ),
        headerText(40),
      ),
      1,
    ),
    origin: header(
      fc.constant(SITE),
      fc.oneof(
        fc.constantFrom('null', 'https://evil.example', 'http://shop.example.com', 'file://'),
        fc.webUrl(),
        headerText(),
      ),
    ),
    'sec-fetch-site': header(undefined, fc.constantFrom('same-origin', 'cross-site', 'none', 'same-site')),
    'user-agent': header(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...browsers) }, fc.constantFrom(...knownAgents)),
      headerText(200),
      1,
    ),
    'x-forwarded-for': header(
      undefined,
      fc.array(fc.oneof(ip, headerText(20)), { maxLength: 6 }).map((hops) => hops.join(', ')),
    ),
    forwarded: header(
      undefined,
      fc.oneof(
        ip.map((a) => `for=${a}`),
        headerText(60),
      ),
    ),
    'cf-connecting-ip': header(undefined, fc.oneof(ip, headerText(30))),
    cookie: header(
      fc.constantFrom('_fbc=fb.1.1596403881668.IwAR; _fbp=fb.1.2.3; _ga=GA1.2.3.4', '_ttp=%E0%A4%A'),
      headerText(200),
    ),
    'x-whop-pixel-secret': header(undefined, fc.oneof(fc.constant(FUZZ_SECRET), headerText(40)), 12),
    'content-length': header(undefined, fc.oneof(fc.nat({ max: 200_000 }).map(String), headerText(8)), 12),
  })
  .map((all) => Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)));

/** One request the fuzz sends: method, query, headers, body and what an adapter would pass. */
export const requestCase = fc.record({
  method: fc.oneof(
    { weight: 12, arbitrary: fc.constant('POST') },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'HEAD') },
  ),
  query: fc.option(
    headerText(40).map((cd) => `?cd=${encodeURIComponent(cd)}`),
    { nil: '' },
  ),
  headers,
  body,
  peer: fc.option(fc.oneof({ weight: 4, arbitrary: ip }, { weight: 1, arbitrary: headerText(100) }), {
    nil: undefined,
  }),
});

export type RequestCase = typeof requestCase extends fc.Arbitrary<infer T> ? T : never;

/** The `Request` for a case; undefined when `Request` itself refuses it (not the proxy's concern). */
export function toRequest(c: RequestCase): Request | undefined {
  const hasBody = c.method !== 'GET' && c.method !== 'HEAD';
  try {
    return new Request(`${SITE}/whop${c.query}`, {
      method: c.method,
      headers: c.headers as Record<string, string>,
      body: hasBody ? (c.body as BodyInit) : undefined,
    });
  } catch {
    return undefined;
  }
}
