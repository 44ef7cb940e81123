/** This package's version, as package.json says (test/unit/node/version.test.ts keeps them equal). */
export const VERSION = '0.1.0';
