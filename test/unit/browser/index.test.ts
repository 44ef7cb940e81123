// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { accepted, fakeProxy, isolate, json, tick, visit } from './helpers.js';

isolate();

describe('npm entry', () => {
  it('has no side effects on import', async () => {
    const listeners = vi.spyOn(window, 'addEventListener');
    const documentListeners = vi.spyOn(document, 'addEventListener');
    const pushState = history.pushState;
    vi.resetModules();
    const entry = await import('../../../src/index.js');
    expect(typeof entry.whop).toBe('function');
    expect(typeof entry.createTracker).toBe('function');
    expect(listeners).not.toHaveBeenCalled();
    expect(documentListeners).not.toHaveBeenCalled();
    expect(history.pushState).toBe(pushState);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect('whop' in window).toBe(false);
  });

  it('createTracker().track resolves with the confirmed ids once the proxy confirms', async () => {
    const calls = fakeProxy((events, n) =>
      n === 1 ? json(503, {}, { 'retry-after': '1' }) : accepted(events),
    );
    visit('https://www.example.com/');
    const { createTracker } = await import('../../../src/index.js');
    const tracker = createTracker();
    tracker.init({ endpoint: '/whop' });
    const settled = vi.fn();
    const result = tracker.track('lead', { event_id: 'evt-fixed' }).then(settled);
    await tick();
    expect(settled).not.toHaveBeenCalled();
    await tick(3000);
    await result;
    expect(settled).toHaveBeenCalledWith({ event_id: 'evt-fixed', status: 200, id: 'conv_evt-fixed' });
    expect(calls).toHaveLength(2);
  });

  it('rejects a bad call, a denied event and an event the proxy refuses', async () => {
    fakeProxy(() =>
      json(422, { error: { code: 'upstream_rejected', message: 'Whop refused the conversion' } }),
    );
    visit('https://www.example.com/');
    const { createTracker } = await import('../../../src/index.js');
    const tracker = createTracker();
    tracker.init({ endpoint: '/whop' });
    const untyped = tracker.track as (name: string, props?: object) => Promise<unknown>;
    await expect(untyped('x'.repeat(36))).rejects.toThrow(`bad event ${'x'.repeat(36)}`);
    await expect(untyped('custom')).rejects.toThrow('bad event custom');
    const refused = expect(tracker.track('lead')).rejects.toThrow('HTTP 422');
    await tick();
    await refused;
    tracker.consent('denied');
    await expect(tracker.track('lead')).rejects.toThrow('denied');
  });

  it('an unawaited track() with consent denied (or Global Privacy Control) raises no unhandled rejection', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    fakeProxy();
    visit('https://www.example.com/');
    const unhandled: unknown[] = [];
    const onNode = (reason: unknown) => unhandled.push(reason);
    const onPage = (event: Event) => unhandled.push((event as PromiseRejectionEvent).reason);
    process.on('unhandledRejection', onNode);
    window.addEventListener('unhandledrejection', onPage);
    try {
      const { createTracker } = await import('../../../src/index.js');
      const tracker = createTracker();
      tracker.init({ endpoint: '/whop' });
      tracker.track('lead');
      tracker.consent('denied');
      tracker.track('contact');
      // Unhandled rejections are reported after the microtask queue drains, on a macrotask.
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      // Whoever awaits still sees the rejection.
      await expect(tracker.track('lead')).rejects.toThrow('denied');
    } finally {
      process.off('unhandledRejection', onNode);
    }
  });

  it('whop() creates one shared tracker on first use and never throws', async () => {
    const calls = fakeProxy();
    visit('https://www.example.com/');
    vi.resetModules();
    const { whop } = await import('../../../src/index.js');
    whop('track', 'lead');
    whop('init', { endpoint: '/api/whop' });
    expect(() => (whop as (...a: unknown[]) => unknown)('bogus', 1)).not.toThrow();
    await tick();
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/whop?cd=example.com');
  });
});

describe('types', () => {
  const file = 'test/unit/browser/types.fixture.ts';
  const source = readFileSync(file, 'utf8');

  function diagnose(text: string): { line: number; message: string }[] {
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile;
    host.readFile = (name) => (name.endsWith('types.fixture.ts') ? text : read(name));
    const program = ts.createProgram([file], options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.endsWith('types.fixture.ts'))
      .map((d) => ({
        line: d.file!.getLineAndCharacterOfPosition(d.start!).line,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      }));
  }

  it('accepts the documented calls and refuses every @ts-expect-error line', () => {
    expect(diagnose(source)).toEqual([]);
    const lines = source.split('\n');
    // Diagnostics count lines from 0: the line after the comment at index i is i + 1.
    const expected = lines.flatMap((line, i) =>
      line.trim().startsWith('// @ts-expect-error') ? [i + 1] : [],
    );
    expect(expected.length).toBeGreaterThanOrEqual(12);
    const stripped = lines.map((line) => line.replace(/\/\/ @ts-expect-error.*/, '//')).join('\n');
    const errorLines = new Set(diagnose(stripped).map((d) => d.line));
    expect([...errorLines].sort((a, b) => a - b)).toEqual(expected);
  }, 30_000);
});
