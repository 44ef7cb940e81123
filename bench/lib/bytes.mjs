// Part 1: bytes a landing page downloads before the first event can be sent.
import { readFileSync } from 'node:fs';
import { BUNDLE_PATH, STUB, sizes } from '../../scripts/size-budget.mjs';
import { fmt, int, PEERS, packageVersion, ROOT, table } from './common.mjs';

/**
 * The file a CDN script tag loads for each peer, read from its package (see each note), and what
 * it fetches after that first file. `minify`: the npm file is not minified (the CDN's is), so it
 * is minified here with terser, as the CDN build would be.
 */
export const PEER_BUNDLES = [
  {
    name: '@plausible-analytics/tracker',
    file: 'plausible.js',
    note: 'the package’s only file (ESM, `init()` to start); plausible.io’s own script tag serves a different per-site build',
    lazy: 'no',
  },
  {
    name: 'mixpanel-browser',
    file: 'dist/mixpanel.min.js',
    note: 'what the official snippet loads as `mixpanel-2-latest.min.js`',
    lazy: 'yes: session-replay recorder and targeting modules (`async-modules/`) when enabled',
  },
  {
    name: '@segment/analytics-next',
    file: 'dist/umd/standalone.js',
    note: 'the standalone build behind `cdn.segment.com/analytics.js/v1/<key>/analytics.min.js`',
    lazy: 'yes: fetches `/v1/projects/<key>/settings` first, then chunks (`ajs-destination`, `tsub-middleware`, `schemaFilter`, …) and destination code per settings',
  },
  {
    name: '@snowplow/browser-tracker',
    file: 'dist/index.umd.min.js',
    note: 'UMD build of the npm tracker (the CDN `sp.js` is the separate @snowplow/javascript-tracker)',
    lazy: 'no (plugins are separate packages)',
  },
  {
    name: '@amplitude/analytics-browser',
    file: 'lib/scripts/amplitude-min.js',
    note: 'what the official snippet loads as `analytics-browser-<v>-min.js.gz`',
    lazy: 'yes: remote config (`sr-client-cfg.amplitude.com`) and plugin scripts it names',
  },
  {
    name: '@rudderstack/analytics-js',
    file: 'dist/npm/modern/umd/index.js',
    minify: true,
    note: 'the modern UMD build that the CDN serves minified as `rsa.min.js`; minified here with terser (raw npm file: {raw})',
    lazy: 'yes: fetches the source config, then plugins by module federation (`XhrQueue` is needed to send at all)',
  },
  {
    name: 'posthog-js',
    file: 'dist/array.js',
    note: 'what the official snippet loads as `<host>/static/array.js`',
    lazy: 'yes: remote config and flags, then `surveys.js`, `posthog-recorder.js`, `web-vitals.js`, `dead-clicks-autocapture.js`, … from `/static/` as enabled',
  },
];

async function minified(code) {
  const { minify } = await import(`${ROOT}node_modules/terser/main.js`);
  const out = await minify(code, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

export async function measureBytes() {
  const whop = sizes(readFileSync(BUNDLE_PATH));
  const stub = sizes(STUB);
  const rows = [];
  for (const peer of PEER_BUNDLES) {
    const code = readFileSync(`${PEERS}${peer.name}/${peer.file}`, 'utf8');
    const measured = sizes(peer.minify ? await minified(code) : code);
    rows.push({
      ...peer,
      version: packageVersion(peer.name),
      ...measured,
      note: peer.note.replace('{raw}', `${int(Buffer.byteLength(code))} B`),
    });
  }
  rows.sort((a, b) => a.gzip - b.gzip);
  const all = [
    {
      name: 'whop-pixel',
      version: JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version,
      file: 'dist/whop.min.js',
      note: 'the whole snippet; plus the inline stub below',
      lazy: 'no',
      ...whop,
    },
    { name: 'whop-pixel inline stub', version: '', file: 'inline <script>', note: '', lazy: '–', ...stub },
    ...rows,
  ];
  const smallestPeer = rows[0];
  const markdown = [
    table(
      ['package', 'version', 'file', 'raw B', 'gzip -9 B', 'brotli B', '× whop gzip', 'lazy-loads more code'],
      all.map((r) => [
        r.name === 'whop-pixel' ? '**whop-pixel**' : r.name,
        r.version,
        r.file.includes(' ') ? r.file : `\`${r.file}\``,
        int(r.raw),
        int(r.gzip),
        int(r.brotli),
        r.name.startsWith('whop-pixel') ? '' : fmt(r.gzip / whop.gzip, 1),
        r.lazy,
      ]),
    ),
    '',
    'Files: ' +
      all
        .filter((r) => r.note)
        .map((r) => `${r.name}: ${r.note}`)
        .join('; ') +
      '.',
  ].join('\n');
  return {
    whop,
    stub,
    peers: rows,
    markdown,
    smallest: whop.gzip <= smallestPeer.gzip,
    smallestPeer,
  };
}
