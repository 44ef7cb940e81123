import { defineConfig } from '@playwright/test';
import type { EngineName } from './test/engines/driver.js';

// The engine suite: the scenarios of test/engines/ once per engine, each a project driving
// Debian's browser (Chromium and Firefox ESR through puppeteer-core, WebKitGTK through
// WebKitWebDriver). One engine: `npm run test:engines -- --project=firefox`.
export default defineConfig<{ engine: EngineName }>({
  testDir: 'test/engines',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 90_000,
  // A scenario tagged @firefox-only needs a setting only Firefox has (its own Global Privacy
  // Control); the other engines do not list it rather than report it skipped.
  projects: [
    { name: 'chromium', use: { engine: 'chromium' }, grepInvert: /@firefox-only/ },
    { name: 'firefox', use: { engine: 'firefox' } },
    { name: 'webkit', use: { engine: 'webkit' }, grepInvert: /@firefox-only/ },
  ],
});
