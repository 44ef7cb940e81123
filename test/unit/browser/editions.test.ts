// @vitest-environment happy-dom
// The two script-tag files users get, run as built: dist/whop.min.js (the lean edition every
// visitor downloads) and dist/whop.debug.js (the same with every debug message).
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it, vi } from 'vitest';
import { fakeProxy, isolate, json, storedQueue, tick, visit } from './helpers.js';

isolate();

const FILES = { lean: 'dist/whop.min.js', debug: 'dist/whop.debug.js' } as const;

/** Runs a built file as its script tag would, after the stub queued `init`. */
function load(file: string): void {
  Reflect.deleteProperty(window, 'whop');
  new Function(`${readFileSync('dist/stub.min.js', 'utf8')}whop('init',{endpoint:'/whop'});`)();
  new Function(readFileSync(file, 'utf8'))();
}

describe('the script-tag files', () => {
  it.each(Object.values(FILES))('%s parses as ES2018, the language level it promises', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(() => parse(code, { ecmaVersion: 2018, sourceType: 'script' })).not.toThrow();
  });

  it('whop.debug.js logs every capture, send and confirmation with ?whop_debug=1', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const calls = fakeProxy();
    visit('https://www.example.com/?fbclid=IwAR-debug&whop_debug=1');
    load(FILES.debug);
    (window as unknown as { whop: (...a: unknown[]) => unknown }).whop('track', 'lead');
    await tick();
    expect(calls).toHaveLength(1);
    const words = log.mock.calls.filter((c) => c[0] === '[whop]').map((c) => c[1]);
    expect(words).toEqual(expect.arrayContaining(['capture', 'send', 'sent']));
  });

  it('whop.min.js delivers the same event and writes nothing to the console, even asked to', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const calls = fakeProxy();
    visit('https://www.example.com/?fbclid=IwAR-lean&whop_debug=1');
    load(FILES.lean);
    const id = (window as unknown as { whop: (...a: unknown[]) => unknown }).whop('track', 'lead');
    await tick();
    expect(calls.map((c) => c.event.event_id)).toEqual([id]);
    expect(calls[0].event.context.fbclid).toBe('IwAR-lean');
    expect(log).not.toHaveBeenCalled();
    expect(readFileSync(FILES.lean, 'utf8')).not.toContain('[whop]');
  });

  it('whop.min.js leaves a bad event name to the proxy: its 400 drops the event, nothing is retried', async () => {
    const calls = fakeProxy(() =>
      json(400, { error: { code: 'max_length', message: 'event_name is too long', path: 'event_name' } }),
    );
    visit('https://www.example.com/');
    load(FILES.lean);
    // A name neither API takes (more than 35 characters), which whop.debug.js refuses itself.
    const name = 'x'.repeat(36);
    (window as unknown as { whop: (...a: unknown[]) => unknown }).whop('track', name);
    await tick(120_000);
    expect(calls.map((c) => c.event.event_name)).toEqual([name]);
    expect(storedQueue()).toEqual([]);
  });

  it.each(Object.values(FILES))(
    "%s sends the Events API's names (the proxy speaking /conversions refuses them)",
    async (file) => {
      const calls = fakeProxy();
      visit('https://www.example.com/');
      load(file);
      const whop = (window as unknown as { whop: (...a: unknown[]) => unknown }).whop;
      whop('track', 'purchase', { value: 49 });
      whop('track', 'quiz_done');
      await tick();
      expect(calls.map((c) => c.event.event_name)).toEqual(['purchase', 'quiz_done']);
    },
  );
});
