// What the README (and each example's) promises a newcomer, checked against the code: the install
// steps work without the npm registry, the curl example runs as written against the mock, the
// metrics and the Chromium note name what exists, and the LICENSE is the one package.json declares.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/node/run-cli.js';
import { startCli } from '../unit/node/cli-harness.js';
import { rawRequest } from '../unit/node/http-helpers.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const README = read('README.md');
const DOCS = [
  'README.md',
  ...readdirSync(new URL('../../examples', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `examples/${entry.name}/README.md`)
    .filter((file) => {
      try {
        return Boolean(read(file));
      } catch {
        return false;
      }
    }),
];

describe('LICENSE', () => {
  it('is the MIT license package.json names, held by the contributors', () => {
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Copyright (c) 2026 whop-pixel contributors');
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });
});

describe('installing: nothing that needs the npm registry', () => {
  it.each(DOCS)('%s never says to install whop-pixel by name', (file) => {
    expect(read(file)).not.toMatch(/\bnpm\s+(?:i|install|add)\s+(?:-\S+\s+)*whop-pixel(?![-\w./])/);
  });

  it.each(DOCS)('%s runs `npx whop-pixel` only after pointing at the install from a checkout', (file) => {
    const text = read(file);
    const npx = text.indexOf('npx whop-pixel');
    if (npx === -1) return;
    const pointer = text.search(/#installing-the-package|\bnpm pack\b/);
    expect(pointer).toBeGreaterThan(-1);
    expect(pointer).toBeLessThan(npx);
  });

  it('says how: npm pack, then the tarball of this version, or the checkout folder', () => {
    const section = README.slice(README.indexOf('## Installing the package'));
    expect(section).toContain('npm pack');
    expect(section).toContain(`npm install /path/to/whop-pixel/${pkg.name}-${pkg.version}.tgz`);
    expect(section).toContain('npm install /path/to/whop-pixel\n');
    expect(section).toContain('node node_modules/whop-pixel/dist/cli.mjs proxy');
    expect(Object.keys(pkg.bin)).toEqual(['whop-pixel']);
    expect(pkg.bin['whop-pixel']).toBe('./dist/cli.mjs');
  });
});

describe('"Try it with curl", run as written (ports aside) against the mock', () => {
  const block = README.slice(README.indexOf('**Try it with curl**')).split('```sh\n')[1].split('```')[0];
  const lines = block.replace(/\\\n\s*/g, '').split('\n');
  const command = (pattern: RegExp) => lines.find((line) => pattern.test(line))!;

  it('starts the mock and the proxy on their defaults, and posts a valid lead that the mock records', async () => {
    expect(command(/^node dist\/cli\.mjs mock-api\b/)).toBeDefined();
    const proxyLine = command(/node dist\/cli\.mjs proxy\b/);
    const env = Object.fromEntries([...proxyLine.matchAll(/\b(WHOP_\w+)=(\S+)/g)].map(([, k, v]) => [k, v]));
    const curl = command(/^curl -s http:\/\/127\.0\.0\.1:8787\/whop /);
    const body = curl.match(/-d '([^']+)'/)![1];
    const type = curl.match(/-H '([^:]+): ([^']+)'/)!;
    // The ports and the token it names are the commands' own defaults.
    expect(USAGE).toMatch(/default 8787 on 0\.0\.0\.0/);
    expect(USAGE).toMatch(/WHOP_API_KEY\s+token the mock accepts \(default test_key/);
    expect(USAGE).toMatch(/default 8788 on 127\.0\.0\.1/);
    expect(new URL(env.WHOP_API_URL).port).toBe('8788');

    const mock = await startCli(['mock-api'], { PORT: '0' });
    const upstream = new URL(env.WHOP_API_URL);
    upstream.port = new URL(mock.url).port;
    const proxy = await startCli(['proxy'], {
      ...env,
      WHOP_API_URL: upstream.href,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    try {
      const answer = await rawRequest(proxy.url, { method: 'POST', headers: { [type[1]]: type[2] }, body });
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({
        results: [{ event_id: expect.any(String), status: 200, id: expect.stringMatching(/^conv_/) }],
      });
      const events = JSON.parse((await rawRequest(`${upstream.origin}/_mock/events`)).body);
      expect(events).toHaveLength(1);
      expect(events[0].body).toMatchObject({
        ...JSON.parse(body),
        company_id: env.WHOP_COMPANY_ID,
        context: { ip_address: '127.0.0.1' },
      });
      const metrics = (await rawRequest(new URL('/metrics', proxy.url).href)).body;
      expect(metrics).toContain('whop_pixel_events_forwarded_total{outcome="accepted"} 1');
    } finally {
      await proxy.stop();
      await mock.stop();
    }
  });
});

describe('what the README names exists', () => {
  it.each(['src/proxy/index.ts', 'src/node/index.ts', 'src/adapters/next.ts', 'src/adapters/cloudflare.ts'])(
    'every value %s exports, so none is exported without a word on it',
    (file) => {
      const source = read(file);
      const names = [...source.matchAll(/^export (?:async )?(?:function|const) (\w+)/gm)].map((m) => m[1]);
      for (const [, list] of source.matchAll(/^export \{([^}]*)\}/gm))
        for (const item of list.split(','))
          if (item.trim() && !item.trim().startsWith('type '))
            names.push(
              item
                .trim()
                .split(/\s+as\s+/)
                .at(-1)!,
            );
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(README, name).toMatch(new RegExp(`\\b${name}\\b`));
    },
  );

  it('every metric series, and WHOP_METRICS', () => {
    const names = [...read('src/node/metrics.ts').matchAll(/name: '(whop_pixel_\w+)'/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(README).toContain(`\`${name}`);
    expect(README).toContain('WHOP_METRICS');
    expect(USAGE).toContain('WHOP_METRICS');
  });

  it('where the end-to-end tests get Chromium, as .ci/run does it', () => {
    const ci = read('.ci/run');
    // One apt-get line for every missing browser package; Chromium is one of them.
    expect(ci).toContain('missing+=(chromium)');
    expect(ci).toMatch(/apt-get install -y -qq "\$\{missing\[@\]\}"/);
    expect(ci).toContain('CHROMIUM_PATH');
    expect(README).toMatch(/`\.ci\/run`, installs Debian's `chromium` package with `apt-get`/);
    expect(README).toContain('CHROMIUM_PATH');
    expect(read('test/chromium-path.ts')).toContain("'/usr/bin/chromium'");
  });

  it('Docker: the files it links, and compose for the local try', () => {
    expect(README).toContain('[Dockerfile](Dockerfile)');
    expect(README).toContain('[compose.yaml](compose.yaml)');
    expect(README).toContain('docker compose up --build');
    expect(read('compose.yaml')).toContain('docker compose up --build');
  });
});
