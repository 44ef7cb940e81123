import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const API_KEY = 'sk_example_test_5e4d3c2b1a_never_leak';
export const COMPANY_ID = 'biz_example0000001';

/** One request the stand-in for Whop received. */
export interface Received {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/**
 * A stand-in for Whop's conversions endpoint on 127.0.0.1: answers `200 {"id":"conv_<n>"}` and
 * records every request, so tests assert what actually went over the wire.
 */
export async function startMockUpstream() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: text ? JSON.parse(text) : {},
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `conv_${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1/conversions`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A lead as the snippet posts it (no company_id, no ip: the proxy adds those). */
export function lead(eventId: string) {
  return {
    event_name: 'lead',
    event_id: eventId,
    action_source: 'website',
    url: 'https://shop.example.com/signup?utm_source=newsletter',
    context: { utm_source: 'newsletter', fbclid: 'IwAR0abc' },
    user: { anonymous_id: 'anon_7f3c9a', email: 'ada@example.com' },
  };
}
