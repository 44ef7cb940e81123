import { describe, expect, it } from 'vitest';
import { redactBody, secretRedactor } from '../../../src/proxy/redact.js';
import { json } from '../../../src/proxy/responses.js';

describe('secretRedactor', () => {
  it('replaces every occurrence of each secret', () => {
    const redact = secretRedactor('sk_key_1234567890', 'shared-secret-abcdefgh');
    expect(redact('a sk_key_1234567890 b shared-secret-abcdefgh c sk_key_1234567890')).toBe(
      'a [redacted] b [redacted] c [redacted]',
    );
  });

  it('also finds a secret as JSON escapes it', () => {
    const secret = 'sk_"quoted"\\slash';
    const redact = secretRedactor(secret);
    expect(redact(JSON.stringify({ echo: secret }))).toBe('{"echo":"[redacted]"}');
    expect(redact(`raw ${secret}`)).toBe('raw [redacted]');
  });

  it('replaces the longer secret first when one holds the other', () => {
    const redact = secretRedactor('sk_abc', 'sk_abc_and_more_0000');
    expect(redact('x sk_abc_and_more_0000 y sk_abc')).toBe('x [redacted] y [redacted]');
  });

  it('ignores missing and empty secrets', () => {
    const redact = secretRedactor(undefined, '', 'sk_only_this_one');
    expect(redact('nothing secret here')).toBe('nothing secret here');
    expect(redact('sk_only_this_one')).toBe('[redacted]');
  });
});

describe('redactBody', () => {
  const redact = secretRedactor('sk_body_secret_42');

  it('returns the same answer when its body holds no secret', () => {
    const answer = json(201, { ok: true }, { 'X-A': '1' });
    expect(redactBody(answer, redact)).toBe(answer);
  });

  it('rewrites a body that holds one, keeping status and every header', () => {
    const answer = json(400, { echo: 'sk_body_secret_42' }, { 'Retry-After': '3', 'Set-Cookie': 'a=1' });
    const redacted = redactBody(answer, redact);
    expect(redacted).toEqual({ ...answer, text: '{"echo":"[redacted]"}' });
    expect(answer.text).toBe('{"echo":"sk_body_secret_42"}'); // the original is not changed
  });

  it('passes an answer without a body through', () => {
    const answer = { status: 204, headers: {}, text: null };
    expect(redactBody(answer, redact)).toBe(answer);
  });
});
