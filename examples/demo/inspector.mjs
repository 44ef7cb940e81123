// The demo's inspector: keeps the latest conversions as they reach the upstream (mock or real)
// and pushes them to browsers over Server-Sent Events. User fields are masked unless the
// viewer asks to reveal them, because a screen share of the inspector should not leak leads.
import UAParser from 'ua-parser-js';

// The visitor's address and browser are shown on their own lines; every other context key
// (click ids, ad cookies, UTMs, ad ids, language) is attribution, whichever API it went to.
const OWN_LINES = new Set(['ip_address', 'user_agent']);
const KEEP = 200;

/** `ada@example.com` → `a••@example.com`; `+15550100` → `••••0100`; names keep their first letter. */
export function mask(key, value) {
  if (typeof value !== 'string' || value === '') return value;
  if (key === 'email') {
    const at = value.indexOf('@');
    return at > 0 ? `${value[0]}••@${value.slice(at + 1)}` : '•••';
  }
  if (key === 'phone') return `••••${value.slice(-4)}`;
  if (key === 'anonymous_id' || key === 'country') return value;
  return `${value[0]}${'•'.repeat(Math.min(6, Math.max(2, value.length - 1)))}`;
}

/** A readable "Chrome 156 · Linux · desktop" line from a user agent. */
export function describeUserAgent(ua) {
  if (!ua) return '';
  const r = new UAParser(ua).getResult();
  const browser = [r.browser.name, r.browser.major].filter(Boolean).join(' ');
  const os = [r.os.name, r.os.version].filter(Boolean).join(' ');
  // Non-browser callers (curl, server SDKs) parse to nothing: show their own words instead.
  if (!browser && !os) return ua.slice(0, 60);
  return [browser, os, r.device.type ?? 'desktop'].filter(Boolean).join(' · ');
}

/** Turns a proxy `onForward` record into what the inspector shows. */
export function toView(record, seq, reveal = false) {
  const { body } = record;
  const context = body.context ?? {};
  const user = body.user ?? {};
  const attribution = {};
  for (const [key, value] of Object.entries(context)) if (!OWN_LINES.has(key)) attribution[key] = value;
  const shownUser = {};
  for (const [key, value] of Object.entries(user)) {
    if (key !== 'anonymous_id') shownUser[key] = reveal ? value : mask(key, value);
  }
  return {
    seq,
    received_at: new Date().toISOString(),
    event_name: body.event_name,
    api: 'account_id' in body ? 'events' : 'conversions',
    custom_name: body.custom_name,
    event_id: body.event_id,
    event_time: body.event_time,
    value: body.value,
    currency: body.currency,
    url: body.url,
    referrer_url: body.referrer_url,
    attribution,
    anonymous_id: user.anonymous_id,
    user: shownUser,
    browser: describeUserAgent(context.user_agent),
    ip_address: context.ip_address,
    outcome: record.outcome,
    status: record.status,
    id: record.id,
    attempts: record.attempts,
    ms: record.ms,
  };
}

/** The in-memory feed: `push` from the proxy, `stream(req, res)` for SSE, `list()` for JSON. */
export function createInspector() {
  const records = [];
  const clients = new Set();
  let seq = 0;
  const send = (client, record) =>
    client.res.write(
      `event: conversion\ndata: ${JSON.stringify(toView(record.raw, record.seq, client.reveal))}\n\n`,
    );
  return {
    push(raw) {
      const record = { raw, seq: ++seq };
      records.push(record);
      if (records.length > KEEP) records.shift();
      for (const client of clients) send(client, record);
    },
    list(reveal = false) {
      return records.map((r) => toView(r.raw, r.seq, reveal)).reverse();
    },
    stream(req, res, reveal = false) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write('retry: 2000\n\n');
      const client = { res, reveal };
      for (const record of records) send(client, record);
      clients.add(client);
      const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(ping);
        clients.delete(client);
      });
    },
    /** Ends every open stream so a graceful shutdown does not wait on them. */
    closeStreams() {
      for (const client of clients) client.res.end();
      clients.clear();
    },
  };
}
