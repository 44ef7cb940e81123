#!/usr/bin/env node
// The `whop-pixel` bin: the only module here with side effects. All logic is in run-cli.ts.
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`whop-pixel: ${(error as Error)?.message ?? 'failed'}\n`);
    process.exitCode = 1;
  },
);
