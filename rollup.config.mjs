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

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

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

// Landing-page visitors run ES2017+; the minifier is told the same so it never emits newer syntax.
const browserTerser = terser({
  ecma: 2017,
  toplevel: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  format: { comments: false },
});

export default [
  {
    input: 'src/snippet.ts',
    output: { file: 'dist/whop.min.js', format: 'iife', plugins: [browserTerser] },
    plugins: [nodeResolve({ browser: true }), ts('ES2017')],
  },
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
