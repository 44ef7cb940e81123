import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/proxy/logger.js';
import { validateInput } from '../../../src/proxy/validate-input.js';

function check(body: unknown, trusted = false, api: 'conversions' | 'events' = 'conversions') {
  const log: LogEntry = { msg: 'test' };
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { result: validateInput(text, api, trusted, log), log };
}

describe('validateInput: the validate step', () => {
  it('takes one conversion or a batch', () => {
    expect(check({ event_name: 'lead' }).result).toEqual({
      ok: true,
      inputs: [{ event_name: 'lead' }],
      callerFacts: [],
    });
    const batch = check([{ event_name: 'lead' }, { event_name: 'contact' }]).result;
    expect(batch.ok && batch.inputs.map((input) => input.event_name)).toEqual(['lead', 'contact']);
  });

  it('refuses a body that is not JSON, without an error_code in the log', () => {
    const { result, log } = check('{nope');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'invalid_json',
          message: 'the body must be JSON: one conversion or an array of them',
          path: '',
        },
      ],
    });
    expect(log).toEqual({ msg: 'test' });
  });

  it("ignores the company a caller wrote: the proxy's is used", () => {
    const { result } = check({ event_name: 'lead', company_id: 'biz_evil', account_id: 'biz_evil' });
    expect(result).toEqual({ ok: true, inputs: [{ event_name: 'lead' }], callerFacts: [] });
  });

  it('cuts a page address to its length rather than refusing it', () => {
    const url = `https://shop.example.com/?${'utm=x&'.repeat(1000)}`;
    const { result } = check([{ event_name: 'lead', url, referrer_url: url }]);
    expect(result.ok && result.inputs[0].url).toHaveLength(4096);
    expect(result.ok && result.inputs[0].referrer_url).toHaveLength(4096);
  });

  it("refuses the schema's errors and logs the first one's code", () => {
    const { result, log } = check([{ event_name: 'lead' }, { event_name: 'nope' }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ code: 'enum', path: '[1].event_name' });
    expect(log.error_code).toBe('enum');
  });

  it('refuses an event_id that cannot travel as a header', () => {
    const { result, log } = check({ event_name: 'lead', event_id: 'é𝄞' });
    expect(!result.ok && result.errors).toEqual([
      {
        code: 'format',
        message: 'event_id must be printable ASCII (it is sent as a header)',
        path: 'event_id',
      },
    ]);
    expect(log.error_code).toBe('format');
  });

  it("takes a trusted caller's visitor address (canonical) and agent, and refuses an address that is not one", () => {
    const { result } = check(
      [
        { event_name: 'lead', context: { ip_address: '::ffff:198.51.100.9', user_agent: 'Visitor/1' } },
        { event_name: 'lead' },
      ],
      true,
    );
    expect(result.ok && result.callerFacts).toEqual([
      { clientAddress: '198.51.100.9', userAgent: 'Visitor/1' },
      {},
    ]);
    const bad = check(
      [{ event_name: 'lead' }, { event_name: 'lead', context: { ip_address: 'nope' } }],
      true,
    ).result;
    expect(!bad.ok && bad.errors).toEqual([
      {
        code: 'format',
        message: '[1].context.ip_address must be an IPv4 or IPv6 address',
        path: '[1].context.ip_address',
      },
    ]);
    // An untrusted caller's address is not read here at all: enrich replaces it.
    expect(check({ event_name: 'lead', context: { ip_address: 'nope' } }).result.ok).toBe(true);
  });

  it("speaks the proxy's API: a free event name only on the Events API", () => {
    expect(check({ event_name: 'quiz_done' }).result.ok).toBe(false);
    expect(check({ event_name: 'quiz_done' }, false, 'events').result.ok).toBe(true);
  });
});
