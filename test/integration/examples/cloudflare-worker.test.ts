import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import { rollup } from 'rollup';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, COMPANY_ID, lead, startMockUpstream } from './mock-upstream.js';

// The example Worker, run in workerd (Cloudflare's runtime, shipped in the miniflare package)
// against the built `dist/cloudflare.mjs`: if the proxy imported anything Node-only, loading the
// bundle here would fail.
const EXAMPLE = resolve('examples/cloudflare-worker');
const SITE = 'https://shop.example.com';

function wranglerSetting(toml: string, key: string): string {
  const match = toml.match(new RegExp(`^${key}\\s*=\\s*"([^"]+)"`, 'm'));
  if (!match) throw new Error(`wrangler.toml has no ${key}`);
  return match[1];
}

/** Bundles the Worker as wrangler would, with `whop-pixel/cloudflare` resolved to the built file. */
async function bundleWorker(entry: string): Promise<string> {
  const bundle = await rollup({
    input: entry,
    onwarn(warning) {
      throw new Error(`bundling the worker: ${warning.message}`);
    },
    plugins: [
      {
        name: 'whop-pixel-from-dist',
        resolveId: (id) => (id === 'whop-pixel/cloudflare' ? resolve('dist/cloudflare.mjs') : null),
        transform: (code, id) =>
          id.endsWith('.ts')
            ? ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: 99 } })
                .outputText
            : null,
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

let upstream: Awaited<ReturnType<typeof startMockUpstream>>;
let mf: Miniflare;
let script: string;
const logs: string[] = [];

beforeAll(async () => {
  upstream = await startMockUpstream();
  const toml = readFileSync(resolve(EXAMPLE, 'wrangler.toml'), 'utf8');
  script = await bundleWorker(resolve(EXAMPLE, wranglerSetting(toml, 'main')));
  mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: wranglerSetting(toml, 'compatibility_date'),
    bindings: {
      WHOP_API_KEY: API_KEY,
      WHOP_COMPANY_ID: COMPANY_ID,
      WHOP_API_URL: upstream.url,
      WHOP_ALLOWED_ORIGINS: `${SITE}, https://www.example.com`,
    },
    handleStructuredLogs: ({ message }: { message: string }) => {
      logs.push(message);
    },
  });
  await mf.ready;
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
  await upstream?.close();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return mf.dispatchFetch(`${SITE}/whop`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SITE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('examples/cloudflare-worker in workerd', () => {
  it('bundles to one module with no imports left, so nothing Node-only can hide in it', () => {
    expect(script).not.toMatch(/^\s*import\s/m);
    expect(script).toContain('CF-Connecting-IP'.toLowerCase());
  });

  it('forwards a lead with ip_address from CF-Connecting-IP, company_id from env, the key only upstream', async () => {
    const before = upstream.received.length;
    const response = await post(lead('evt_cf_1'), {
      'cf-connecting-ip': '203.0.113.7',
      'x-forwarded-for': '198.51.100.99',
      'user-agent': 'Mozilla/5.0 (iPhone) Safari/604.1',
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(JSON.parse(text)).toEqual({
      results: [{ event_id: 'evt_cf_1', status: 200, id: `conv_${before + 1}` }],
    });
    expect(text).not.toContain(API_KEY);
    await expect.poll(() => logs.find((line) => line.includes('"status":200'))).toBeDefined();
    expect(logs.join('\n')).not.toContain(API_KEY);
    expect(response.headers.get('set-cookie')).toMatch(/^_whop_aid=anon_7f3c9a; .*Secure/);

    const sent = upstream.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('POST');
    expect(sent[0].path).toBe('/api/v1/conversions');
    expect(sent[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent[0].body).toMatchObject({
      company_id: COMPANY_ID,
      event_name: 'lead',
      event_id: 'evt_cf_1',
      context: {
        ip_address: '203.0.113.7',
        user_agent: 'Mozilla/5.0 (iPhone) Safari/604.1',
        fbclid: 'IwAR0abc',
        utm_source: 'newsletter',
      },
      user: { anonymous_id: 'anon_7f3c9a', email: 'ada@example.com' },
    });
  });

  it('ignores a company_id the browser sends', async () => {
    const before = upstream.received.length;
    const response = await post({ ...lead('evt_cf_2'), company_id: 'biz_attacker' });
    expect(response.status).toBe(200);
    expect(upstream.received[before].body.company_id).toBe(COMPANY_ID);
  });

  it('answers a CORS preflight from an allowed origin and refuses others', async () => {
    const preflight = (origin: string) =>
      mf.dispatchFetch(`${SITE}/whop`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('https://www.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.example.com');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    const refused = await preflight('https://evil.example.net');
    expect(refused.status).toBe(403);
    await refused.text();
  });

  it('answers 400 with the field path for a bad body and sends nothing upstream', async () => {
    const before = upstream.received.length;
    const response = await post({ event_name: 'purchase' });
    const body = (await response.json()) as { error: { code: string; path: string } };
    expect(response.status).toBe(400);
    expect(body.error.path).toBe('event_name');
    expect(upstream.received.length).toBe(before);
  });

  it('serves /healthz and 404 elsewhere', async () => {
    const health = await mf.dispatchFetch(`${SITE}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const other = await mf.dispatchFetch(`${SITE}/whop/extra`, { method: 'POST', body: '{}' });
    expect(other.status).toBe(404);
    await other.text();
  });
});
