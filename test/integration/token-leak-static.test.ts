// The shipped and example files hold no API key: every file under dist/ and examples/ is read
// and searched for every fake key the test suites use, and for the real WHOP_API_KEY when the
// environment has one. Build output of the examples' own tools (node_modules, .next) is skipped:
// it is neither published nor committed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', '.next']);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Each place a secret occurs: `file: secret`. Files that vanish mid-scan (a build elsewhere) are skipped. */
function findSecrets(dirs: string[], secrets: string[]): { scanned: number; found: string[] } {
  let scanned = 0;
  const found: string[] = [];
  for (const dir of dirs) {
    for (const file of files(dir)) {
      let text: string;
      try {
        text = readFileSync(file, 'latin1');
      } catch {
        continue;
      }
      scanned++;
      for (const secret of secrets)
        if (text.includes(secret)) found.push(`${relative(ROOT, file)}: ${secret.slice(0, 6)}…`);
    }
  }
  return { scanned, found };
}

/** Every fake key written in the test sources (`'sk_…'`), the leak probe's among them. */
function testKeys(): string[] {
  const keys = new Set<string>();
  for (const file of files(join(ROOT, 'test'))) {
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`](sk_[A-Za-z0-9_]{8,})['"`]/g))
      keys.add(match[1]);
  }
  return [...keys];
}

describe('no API key in dist/ or examples/', () => {
  const keys = testKeys();
  const real = process.env.WHOP_API_KEY?.trim();
  const secrets = real ? [...keys, real] : keys;

  it('knows the keys it looks for, the leak probe’s included', () => {
    expect(keys).toContain('sk_leakprobe_Zq7Xv1_distinctive_do_not_print');
    expect(keys.length).toBeGreaterThanOrEqual(5);
  });

  it('finds a key where there is one (the scan itself works)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whop-leak-'));
    try {
      writeFileSync(join(dir, 'bundle.js'), `const k = "${keys[0]}";`);
      expect(findSecrets([dir], secrets).found).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads every file under dist/ and examples/ and finds none', () => {
    const { scanned, found } = findSecrets([join(ROOT, 'dist'), join(ROOT, 'examples')], secrets);
    // dist/ must have been built (npm test builds first): an empty scan proves nothing.
    expect(scanned).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
