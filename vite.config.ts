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

/**
 * The model's same-thread kernel and the engine's paired run compute only constants at their top level (no side
 * effects), which the bundler cannot tell: said here, so that a chunk that uses none of their code (the main chunk)
 * does not import them for their effects, and they load with the first chunk that does (the cost line's paired run,
 * the history check) instead of at the first load. Their own chunk ('kernel' below) keeps them out of the main one.
 */
const PURE_MODULES = /src[\\/](model[\\/]simulate|engine[\\/]paired)\.ts$/;
const pureModules = (): Plugin => ({
  name: 'ngit-pure-modules',
  enforce: 'pre',
  apply: 'build',
  async resolveId(source, importer, options) {
    if (!/(simulate|paired)(\.ts)?$/.test(source)) return null;
    const r = await this.resolve(source, importer, { ...options, skipSelf: true });
    return r && PURE_MODULES.test(r.id) ? { ...r, moduleSideEffects: false } : null;
  },
});

// base './' keeps every asset URL relative, so the built folder works from any sub-path of an intranet server.
export default defineConfig({
  base: './',
  plugins: [pureModules(), svelte(), cspMeta(), modelDocPlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'kernel',
              test: PURE_MODULES,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup-languages.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
