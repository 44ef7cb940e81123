import { vi } from 'vitest';
import { createProxy } from '../../../src/proxy/create-proxy.js';
import type { LogEntry, Logger } from '../../../src/proxy/logger.js';
import type { ProxyOptions } from '../../../src/proxy/types.js';

export const API_KEY = 'sk_test_9f8e7d6c5b4a_never_leak';
export const COMPANY_ID = 'biz_test1234567890';
export const SITE = 'https://shop.example.com';

/** A recorded upstream call. */
export interface UpstreamCall {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error' | 'hang';

/**
 * A fake `fetch` standing in for Whop: answers with the scripted replies in order (the last one
 * repeats) and records every call. `hang` never answers until the request is aborted.
 */
export function fakeUpstream(...replies: Reply[]) {
  const calls: UpstreamCall[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const number = calls.length + 1;
    const reply = replies[Math.min(calls.length, replies.length - 1)] ?? { status: 200 };
    calls.push({
      url: String(url),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: JSON.parse(String(init?.body)),
    });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      // Yield so concurrent calls overlap, as real network calls do.
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (reply === 'network-error') throw new TypeError('fetch failed');
      if (reply === 'hang') {
        return await new Promise<Response>((_, reject) => {
          const abort = () => reject(new DOMException('aborted', 'AbortError'));
          // As fetch does: a signal that fired during the yield above still ends the call.
          if (init?.signal?.aborted) abort();
          init?.signal?.addEventListener('abort', abort);
        });
      }
      const body = reply.body ?? { id: `conv_${number}` };
      return new Response(JSON.stringify(body), { status: reply.status, headers: reply.headers });
    } finally {
      inFlight--;
    }
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

/** A logger that keeps every line, serialized, for assertions. */
export function memoryLogger(): Logger & { lines: string[]; entries: LogEntry[] } {
  const lines: string[] = [];
  const entries: LogEntry[] = [];
  const keep = (level: string) => (entry: LogEntry) => {
    entries.push({ ...entry, level });
    lines.push(JSON.stringify({ level, ...entry }));
  };
  return { lines, entries, info: keep('info'), warn: keep('warn'), error: keep('error') };
}

/** A POST from the site's own page, as the snippet sends it (text/plain, same origin). */
export function post(body: unknown, init: { headers?: Record<string, string>; url?: string } = {}): Request {
  return new Request(init.url ?? `${SITE}/whop`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      origin: SITE,
      'user-agent': 'Mozilla/5.0 (Macintosh) Safari/605.1.15',
      ...init.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Everything a client can see of a response: status, headers and body text. */
export async function visible(response: Response): Promise<string> {
  return `${response.status}\n${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${await response.clone().text()}`;
}

/**
 * The setup of every createProxy test: the handler with `options`, a fake Whop answering
 * `replies` (see {@link fakeUpstream}; 200 when none) and a logger that keeps its lines.
 */
export function setup(options: Partial<ProxyOptions> = {}, ...replies: Reply[]) {
  const upstream = fakeUpstream(...replies);
  const logger = memoryLogger();
  const handler = createProxy({
    apiKey: API_KEY,
    companyId: COMPANY_ID,
    fetch: upstream.fetch,
    logger,
    ...options,
  });
  return { handler, upstream, logger };
}
