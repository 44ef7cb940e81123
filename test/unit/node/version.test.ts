import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/node/run-cli.js';
import { VERSION } from '../../../src/node/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('whop-pixel --version', () => {
  it('is the version package.json gives (bump both together)', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it.each([[['--version']], [['-v']], [['proxy', '--version']]])(
    '%j prints it alone and exits 0 without starting anything',
    async (argv) => {
      const out: string[] = [];
      const err: string[] = [];
      const io = { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) };
      expect(await runCli(argv, {}, io)).toBe(0);
      expect(out).toEqual([pkg.version]);
      expect(err).toEqual([]);
    },
  );

  it('is named in the usage', async () => {
    const out: string[] = [];
    await runCli(['--help'], {}, { stdout: (l) => out.push(l), stderr: () => {} });
    expect(out.join('\n')).toMatch(/--version/);
  });
});
