// `require` resolvers read a `.d.ts` under a "type": "module" package as ESM types, which then
// fail for CommonJS users. A copy of the declarations in a folder marked "type": "commonjs"
// gives them types of the right kind, without a second compile.
import { cpSync, writeFileSync } from 'node:fs';

cpSync('dist/types', 'dist/types-cjs', { recursive: true });
writeFileSync('dist/types-cjs/package.json', '{ "type": "commonjs" }\n');
