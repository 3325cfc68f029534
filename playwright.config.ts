import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

// Debian's Chromium, never a downloaded browser (see ../shared/STACK.md).
// E2E_PORT moves the test server off 4173 (two checkouts testing at once, or a port already taken).
const port = Number(process.env.E2E_PORT ?? 4173);
if (!Number.isInteger(port) || port < 1024 || port > 65535) {
  throw new Error(`E2E_PORT must be an integer from 1024 to 65535, got ${process.env.E2E_PORT}`);
}
const url = `http://127.0.0.1:${port}/sub/path/`;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: url,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    // Served from a sub-path, as on an intranet server: the built app must work there.
    // Also under /strict/ with the Content-Security-Policy header (test/e2e/csp.spec.ts).
    command: `node scripts/serve-subpath.js ${port} /sub/path/ --csp-prefix /strict/`,
    url,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
