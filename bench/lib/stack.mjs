// The real whop-pixel server side for the browser parts: createProxy + toNodeHandler, forwarding
// to the mock Whop API, both from the built package (dist/).
import { existsSync, readFileSync } from 'node:fs';
import { COMPANY_ID, MOCK_KEY, ROOT } from './common.mjs';

/**
 * Options that turn off a rate limit / bot filter, passed only when the proxy's options declare
 * one (a load test from one address would otherwise be throttled).
 */
export function benchProxyOptions() {
  const types = `${ROOT}src/proxy/types.ts`;
  const declared = existsSync(types) && /\brateLimit\??\s*:/.test(readFileSync(types, 'utf8'));
  return declared ? { rateLimit: false } : {};
}

export async function startStack() {
  const { startMockApi, toNodeHandler } = await import(`${ROOT}dist/node.mjs`);
  const { createProxy } = await import(`${ROOT}dist/proxy.mjs`);
  const mock = await startMockApi({ apiKey: MOCK_KEY, port: 0, host: '127.0.0.1' });
  const handler = createProxy({
    apiKey: MOCK_KEY,
    companyId: COMPANY_ID,
    apiUrl: mock.apiUrl,
    logger: false,
    ...benchProxyOptions(),
  });
  return { mock, proxy: toNodeHandler(handler), close: () => mock.close() };
}
