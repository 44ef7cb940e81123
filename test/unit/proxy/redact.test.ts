import { describe, expect, it } from 'vitest';
import { redactBody, secretRedactor } from '../../../src/proxy/redact.js';
import { bodyTextOf, json, withBody } from '../../../src/proxy/responses.js';

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

  it('returns the same response when its body holds no secret', async () => {
    const response = new Response('{"ok":true}', { status: 201, headers: { 'x-a': '1' } });
    expect(await redactBody(response, redact)).toBe(response);
  });

  it('rewrites a body that holds one, keeping status and every header', async () => {
    const headers = new Headers({ 'content-type': 'application/json', 'retry-after': '3' });
    headers.append('set-cookie', 'a=1');
    headers.append('set-cookie', 'b=2');
    const response = await redactBody(
      new Response('{"echo":"sk_body_secret_42"}', { status: 503, headers }),
      redact,
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.text()).toBe('{"echo":"[redacted]"}');
  });

  it('rewrites the text kept beside an answer the package built, which has no stream to read', async () => {
    const answer = json(400, { echo: 'sk_body_secret_42' }, { 'Retry-After': '3' });
    const response = await redactBody(answer, redact);
    expect(response.status).toBe(400);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(bodyTextOf(response)).toBe('{"echo":"[redacted]"}');
    expect(await withBody(response).text()).toBe('{"echo":"[redacted]"}');
    const clean = json(200, { ok: true });
    expect(await redactBody(clean, redact)).toBe(clean);
  });

  it('passes a response without a body through', async () => {
    const response = new Response(null, { status: 204 });
    expect(await redactBody(response, redact)).toBe(response);
  });
});
