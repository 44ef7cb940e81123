import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Declarations come from `tsc -p tsconfig.build.json` (see package.json "build"); rollup only
// transpiles, once per language level.
const ts = (target) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { target, declaration: false, emitDeclarationOnly: false, declarationDir: undefined },
  });

// prom-client (metrics of the standalone server) and undici (the Node entry's upstream pool) are
// dependencies, imported at run time by the Node entries only; the runtime-neutral entries never
// reach them (test/integration/node-only-deps.test.ts).
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'prom-client', 'undici'];

// ua-parser-js 1.x ships only a UMD file. Wrapped as an ES module, it is bundled (with isbot)
// into the runtime-neutral entries: Workers and edge runtimes resolve no packages at run time.
const uaParserAsEsm = {
  name: 'ua-parser-js-as-esm',
  transform(code, id) {
    if (!/[\\/]ua-parser-js[\\/]src[\\/]ua-parser\.js$/.test(id)) return null;
    return {
      code: `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`,
      map: null,
    };
  },
};

// The script-tag files are ES2018 (object spread: every browser since 2018, Safari 11.1); the
// minifier is told the same so it never emits newer syntax. `pure_funcs`: in the lean edition
// `log` and `settle` do nothing, so their calls go too.
const browserTerser = (pure_funcs) =>
  terser({
    ecma: 2018,
    toplevel: true,
    compress: {
      passes: 3,
      pure_getters: true,
      unsafe_arrows: true,
      unsafe_methods: true,
      hoist_funs: true,
      keep_fargs: false,
      booleans_as_integers: true,
      pure_funcs,
    },
    format: { comments: false },
  });

// whop.min.js is the lean edition (src/browser/edition.ts): no console logs, no per-event results.
const leanEdition = {
  name: 'lean-edition',
  load: (id) => (/[\\/]browser[\\/]edition\.ts$/.test(id) ? 'export const LEAN = true;' : null),
};

// Terser keeps `const`, two bytes longer than `let` each time; for code that already runs, one
// is the other. Rewritten from the parsed output, so no string or regular expression is touched.
// A declaration that follows another in the same block joins it (`let a=1;let b=2` is
// `let a=1,b=2`): terser joins only declarations of one kind, and a `let` next to a `const` is
// common once functions move between modules.
const constAsLet = {
  name: 'const-as-let',
  renderChunk(code) {
    // [start, end) ranges to replace, each with its text.
    const edits = [];
    const declaration = (node) =>
      node && node.type === 'VariableDeclaration' && (node.kind === 'const' || node.kind === 'let');
    const joined = new Set();
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (Array.isArray(node.body))
        node.body.forEach((statement, i) => {
          const previous = node.body[i - 1];
          // `;let ` (or `;const `) between the two becomes `,`.
          if (declaration(statement) && declaration(previous) && code[previous.end - 1] === ';') {
            edits.push([previous.end - 1, statement.declarations[0].start, ',']);
            joined.add(statement);
          }
        });
      if (node.type === 'VariableDeclaration' && node.kind === 'const' && !joined.has(node))
        edits.push([node.start, node.start + 5, 'let']);
      for (const value of Object.values(node))
        for (const child of Array.isArray(value) ? value : [value])
          if (child && typeof child === 'object') visit(child);
    };
    visit(this.parse(code));
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
      code = `${code.slice(0, start)}${text}${code.slice(end)}`;
    return { code, map: null };
  },
};

// What the page sees is one IIFE; no "use strict" prologue (the code needs none: bytes). The
// minifier runs twice: the second pass still finds a few bytes.
const scriptTag = (file, plugins, pure) => ({
  input: 'src/snippet.ts',
  output: {
    file,
    format: 'iife',
    strict: false,
    plugins: [browserTerser(pure), browserTerser(pure), constAsLet],
  },
  plugins: [...plugins, nodeResolve({ browser: true }), ts('ES2018')],
});

// The inline stub users paste into <head> (the README shows dist/stub.min.js verbatim). It is
// its own arrow IIFE, so rollup adds no wrapper; minified as a classic script, or terser would
// unwrap it into global `var`s of the host page.
const inlineStub = {
  input: 'src/stub.ts',
  output: {
    file: 'dist/stub.min.js',
    format: 'es',
    plugins: [
      terser({
        ecma: 2018,
        module: false,
        compress: { passes: 3, pure_getters: true, booleans_as_integers: true },
        format: { comments: false },
      }),
    ],
  },
  // Its own compiler settings: tsconfig.build.json leaves it out (it declares nothing).
  plugins: [
    typescript({
      tsconfig: false,
      include: ['src/stub.ts'],
      compilerOptions: { target: 'ES2018', module: 'ESNext', lib: ['ES2018', 'DOM'], strict: true },
    }),
  ],
};

export default [
  inlineStub,
  scriptTag('dist/whop.min.js', [leanEdition], ['log', 'settle', 'drop']),
  // The same with every debug message, for `?whop_debug=1` sessions: swap the script's src.
  scriptTag('dist/whop.debug.js', [], []),
  {
    input: 'src/index.ts',
    output: [
      { file: 'dist/index.mjs', format: 'es' },
      { file: 'dist/index.cjs', format: 'cjs' },
    ],
    plugins: [nodeResolve({ browser: true }), ts('ES2017')],
  },
  {
    input: {
      proxy: 'src/proxy/index.ts',
      next: 'src/adapters/next.ts',
      cloudflare: 'src/adapters/cloudflare.ts',
      node: 'src/node/index.ts',
      cli: 'src/node/cli.ts',
    },
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'shared-[hash].mjs' },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'shared-[hash].cjs' },
    ],
    external,
    plugins: [nodeResolve(), uaParserAsEsm, ts('ES2022')],
  },
];
