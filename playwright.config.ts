import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

// Debian's Chromium, never a downloaded browser (see ../shared/STACK.md).

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/sub/path/',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    // Served from a sub-path, as on an intranet server: the built app must work there.
    command: 'node scripts/serve-subpath.js 4173 /sub/path/',
    url: 'http://127.0.0.1:4173/sub/path/',
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
