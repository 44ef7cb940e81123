import { describe, expect, it } from 'vitest';
import { type Admitted, admission } from '../../../src/proxy/admit.js';
import type { LogEntry } from '../../../src/proxy/logger.js';
import type { Answer } from '../../../src/proxy/responses.js';
import { SITE } from './helpers.js';

const SECRET = 'backend-to-pixel-secret-7b1c9e';
const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';

function request(method: string, headers: Record<string, string> = {}) {
  return new Request(`${SITE}/whop`, {
    method,
    headers: { origin: SITE, 'content-type': 'text/plain', 'user-agent': BROWSER, ...headers },
  });
}

async function admit(req: Request, policy: Parameters<typeof admission>[0] = { bots: {} }) {
  const log: LogEntry = { msg: 'test' };
  const answer = await admission(policy)(req, log);
  return { answer, log };
}

describe('admission: whether a request may post at all, before its body is read', () => {
  it('admits a same-origin browser post, with its CORS headers and what its agent says', async () => {
    const { answer, log } = await admit(request('POST'));
    expect(answer).toMatchObject({ trusted: false, cors: { Vary: 'Origin' }, userAgent: BROWSER });
    expect((answer as Admitted).agent.line).toMatch(/^Safari 17/);
    expect(log.ua).toMatch(/^Safari 17/);
  });

  it('answers a preflight: 204 for an allowed origin, 403 for another', async () => {
    const allowed = await admit(request('OPTIONS', { origin: 'https://www.example.com' }), {
      allowedOrigins: ['https://www.example.com'],
      bots: {},
    });
    expect((allowed.answer as Answer).status).toBe(204);
    expect((allowed.answer as Answer).headers['Access-Control-Allow-Methods']).toBe('POST, OPTIONS');
    const refused = await admit(request('OPTIONS', { origin: 'https://evil.example' }));
    expect((refused.answer as Answer).status).toBe(403);
  });

  it('answers another method 405 with Allow', async () => {
    const { answer } = await admit(request('GET'));
    expect((answer as Answer).status).toBe(405);
    expect((answer as Answer).headers.Allow).toBe('POST, OPTIONS');
  });

  it('answers a wrong secret 401, and trusts the right one past the origin check and the bot filter', async () => {
    const wrong = await admit(request('POST', { 'x-whop-pixel-secret': 'nope' }), {
      sharedSecret: SECRET,
      bots: {},
    });
    expect((wrong.answer as Answer).status).toBe(401);
    expect(wrong.log.auth).toBe('invalid');
    const right = await admit(
      request('POST', {
        'x-whop-pixel-secret': SECRET,
        origin: 'https://evil.example',
        'user-agent': 'Googlebot/2.1',
      }),
      { sharedSecret: SECRET, bots: {} },
    );
    expect(right.answer).toMatchObject({ trusted: true });
    expect(right.log.auth).toBe('secret');
  });

  it('refuses an origin not allowed 403, logging the origin capped', async () => {
    const origin = `https://${'a'.repeat(500)}.example`;
    const { answer, log } = await admit(request('POST', { origin }));
    expect((answer as Answer).status).toBe(403);
    expect(String(log.origin).length).toBeLessThanOrEqual(200);
  });

  it('answers a known bot 202 without forwarding, counting bots since start', async () => {
    const admitBots = admission({ bots: {} });
    for (const n of [1, 2]) {
      const log: LogEntry = { msg: 'test' };
      const answer = (await admitBots(request('POST', { 'user-agent': 'Googlebot/2.1' }), log)) as Answer;
      expect(answer.status).toBe(202);
      expect(JSON.parse(String(answer.text))).toEqual({ results: [], ignored: 'bot' });
      expect(log).toMatchObject({ bot: true, bots: n });
    }
    const off = await admit(request('POST', { 'user-agent': 'Googlebot/2.1' }), { bots: false });
    expect(off.answer).toMatchObject({ trusted: false });
  });

  it('refuses a content type other than JSON or text 415', async () => {
    const { answer } = await admit(request('POST', { 'content-type': 'application/x-www-form-urlencoded' }));
    expect((answer as Answer).status).toBe(415);
    expect(
      (await admit(request('POST', { 'content-type': 'application/json; charset=utf-8' }))).answer,
    ).toMatchObject({
      trusted: false,
    });
  });
});
