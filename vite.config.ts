/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CSP_META } from './scripts/csp.ts';
import { modelDocPlugin } from './scripts/model-doc-plugin.ts';

/**
 * The built index.html carries the strict policy (scripts/csp.ts) right after its charset, before any script or
 * stylesheet. Only the build: the dev server injects styles inline for hot reloading, which the policy forbids.
 */
const cspMeta = (): Plugin => ({
  name: 'ngit-csp-meta',
  apply: 'build',
  transformIndexHtml(html) {
    const anchor = '<meta charset="UTF-8" />';
    if (!html.includes(anchor))
      throw new Error(`index.html: ${anchor} not found, cannot place the CSP meta tag`);
    return html.replace(anchor, `${anchor}\n    ${CSP_META}`);
  },
});

// base './' keeps every asset URL relative, so the built folder works from any sub-path of an intranet server.
export default defineConfig({
  base: './',
  plugins: [svelte(), cspMeta(), modelDocPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', assetsInlineLimit: 0 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup-languages.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
