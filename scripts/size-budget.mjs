#!/usr/bin/env node
// Size budgets for what every landing-page visitor downloads: the script-tag bundle and the
// inline stub. Deterministic (gzip level 9 from node:zlib) so CI fails on growth, not on noise.
// dist/whop.debug.js (the same with every debug message) is printed, not budgeted: only a
// developer chasing a problem loads it.
// `node scripts/size-budget.mjs` prints the figures and exits 1 when a budget is exceeded.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The inline stub, exactly as the README and examples/demo/public/index.html tell users to paste
 * it (before `whop('init', …)`). No stub file ships in src/ or dist/, so this is the canonical
 * copy that the budget and the benchmark (bench/) read; keep it in step with the docs.
 */
export const STUB =
  'window.whop=window.whop||function(){(whop.q=whop.q||[]).push(arguments)};whop.u=whop.u||location.href;whop.r=whop.r||document.referrer;';

/** dist/whop.min.js, gzip -9 bytes: the ceiling (measured 2,592 when it was set). Never raise it. */
export const BUNDLE_GZIP_BUDGET = 2600;
/** The minified stub, raw bytes. */
export const STUB_BUDGET = 300;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_PATH = `${ROOT}dist/whop.min.js`;
export const DEBUG_BUNDLE_PATH = `${ROOT}dist/whop.debug.js`;

/** Raw, gzip -9 and brotli (quality 11) byte counts of `data`. */
export function sizes(data) {
  const buffer = Buffer.from(data);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Checks both budgets; returns the lines to print and whether everything is within budget. */
export function checkBudgets(
  bundle = readFileSync(BUNDLE_PATH),
  stub = STUB,
  debug = readFileSync(DEBUG_BUNDLE_PATH),
) {
  const b = sizes(bundle);
  const s = sizes(stub);
  const d = sizes(debug);
  const bundleOk = b.gzip <= BUNDLE_GZIP_BUDGET;
  const stubOk = s.raw <= STUB_BUDGET;
  const mark = (ok) => (ok ? 'ok  ' : 'FAIL');
  const lines = [
    `${mark(bundleOk)} dist/whop.min.js  ${b.gzip} B gzip -9 (budget ${BUNDLE_GZIP_BUDGET}); raw ${b.raw} B, brotli ${b.brotli} B`,
    `${mark(stubOk)} inline stub       ${s.raw} B raw (budget ${STUB_BUDGET}); gzip ${s.gzip} B, brotli ${s.brotli} B`,
    `     dist/whop.debug.js ${d.gzip} B gzip -9 (no budget: debugging only); raw ${d.raw} B`,
  ];
  return { ok: bundleOk && stubOk, lines, bundle: b, stub: s };
}

/** Files that show users the stub; each should hold the canonical text (a warning, not a failure). */
export const STUB_DOCS = ['README.md', 'examples/demo/public/index.html'];

/** The docs among STUB_DOCS that exist but no longer hold STUB verbatim. */
export function driftedDocs() {
  return STUB_DOCS.filter((file) => {
    try {
      return !readFileSync(`${ROOT}${file}`, 'utf8').includes(STUB);
    } catch {
      return false;
    }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let result;
  try {
    result = checkBudgets();
  } catch (error) {
    process.stderr.write(
      `size-budget: cannot read ${BUNDLE_PATH} (run \`npm run build\` first): ${error.message}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${result.lines.join('\n')}\n`);
  for (const file of driftedDocs()) {
    process.stderr.write(`size-budget: warning: ${file} does not show the stub that this script measures\n`);
  }
  if (!result.ok) {
    process.stderr.write('size-budget: over budget\n');
    process.exit(1);
  }
}
