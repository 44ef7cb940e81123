import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The entries meant for Workers, Edge routes, Deno and Bun must load without Node: every import
// in them, followed through the shared chunks, is a relative file of the build.
const RUNTIME_NEUTRAL = ['proxy.mjs', 'next.mjs', 'cloudflare.mjs'];
const SPECIFIER =
  /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g;

/** Every module specifier in `file` and in the relative modules it reaches. */
function specifiersFrom(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const found: string[] = [];
  // Comments go first: JSDoc usage examples mention `from 'whop-pixel/next'`.
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2];
    found.push(specifier);
    if (specifier.startsWith('./')) found.push(...specifiersFrom(resolve(dirname(file), specifier), seen));
  }
  return found;
}

describe('runtime-neutral builds', () => {
  it.each(RUNTIME_NEUTRAL)('dist/%s imports only relative chunks of the build', (entry) => {
    const specifiers = specifiersFrom(resolve('dist', entry));
    expect(specifiers.filter((s) => !s.startsWith('./'))).toEqual([]);
  });

  it('the check sees a Node import where there is one', () => {
    // dist/node.mjs is the Node adapter; if this found nothing, the pattern above would be broken.
    expect(specifiersFrom(resolve('dist/node.mjs')).filter((s) => s.startsWith('node:'))).not.toEqual([]);
  });
});
