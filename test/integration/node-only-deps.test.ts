// prom-client (the standalone server's /metrics) and undici (the Node adapter's upstream pool) are
// the package's run-time dependencies. They must stay imports of the Node entries: bundled, they
// would bloat them; reached from the runtime-neutral entries, Workers and edge routes would fail
// to load. Checked on a fresh bundle
// of rollup.config.mjs, in memory (dist/ is not touched).
import { type RollupOptions, rollup } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';

type Chunk = { fileName: string; imports: string[]; dynamicImports: string[]; code: string };
let chunks = new Map<string, Chunk>();

/** Every import of `entry` and of the chunks it reaches. */
function importsOf(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const chunk = chunks.get(entry);
  if (!chunk) throw new Error(`no chunk ${entry}`);
  return [...chunk.imports, ...chunk.dynamicImports].flatMap((name) =>
    chunks.has(name) ? importsOf(name, seen) : [name],
  );
}

beforeAll(async () => {
  // The build's own configuration (plain JavaScript, so imported by path, untyped).
  const CONFIG = '../../rollup.config.mjs';
  const { default: configs } = (await import(/* @vite-ignore */ CONFIG)) as { default: RollupOptions[] };
  const config = configs.find(
    (c) => typeof c.input === 'object' && !Array.isArray(c.input) && 'node' in c.input,
  )!;
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const [esm] = Array.isArray(config.output) ? config.output : [config.output];
  const { output } = await bundle.generate(esm!);
  await bundle.close();
  chunks = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o as Chunk]] : [])));
}, 120_000);

describe('prom-client and undici in the build', () => {
  it.each(['node.mjs', 'cli.mjs'])('%s imports both from node_modules at run time', (entry) => {
    expect(importsOf(entry)).toContain('prom-client');
    expect(importsOf(entry)).toContain('undici');
  });

  it.each(['proxy.mjs', 'next.mjs', 'cloudflare.mjs'])('%s never reaches it, nor any package', (entry) => {
    expect(importsOf(entry).filter((name) => !name.startsWith('node:'))).toEqual([]);
  });

  it('are bundled into no chunk', () => {
    for (const chunk of chunks.values()) expect(chunk.code).not.toMatch(/getMetricsAsString|kNeedDrain/);
  });
});
