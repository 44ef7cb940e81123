import { afterEach, describe, expect, it } from 'vitest';
import { type Served, serve } from '../../../src/node/serve.js';
import { toNodeHandler } from '../../../src/node/to-node-handler.js';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import { rawRequest } from './http-helpers.js';

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe('toNodeHandler: the request path never becomes the host', () => {
  it('refuses a cross-site post whose path starts with //<its own host>', async () => {
    let forwarded = 0;
    const proxy = createProxy({
      apiKey: 'sk_path_host_test_key',
      companyId: 'biz_path',
      logger: false,
      fetch: (async () => {
        forwarded++;
        return new Response('{"id":"conv_1"}');
      }) as unknown as typeof fetch,
    });
    const node = toNodeHandler(proxy);
    served = await serve((req, res) => node(req, res));
    const post = (path: string) =>
      rawRequest(`${served!.origin}${path}`, {
        method: 'POST',
        headers: { host: 'shop.example.com', origin: 'http://evil.example', 'content-type': 'text/plain' },
        body: '{"event_name":"lead"}',
      });
    // `new URL('//evil.example/whop', base)` would name evil.example as the host, and the
    // default same-origin rule would then wave the post through.
    expect((await post('//evil.example/whop')).status).toBe(403);
    expect((await post('/whop')).status).toBe(403);
    expect(forwarded).toBe(0);
  });
});
