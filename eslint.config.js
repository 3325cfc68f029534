import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'scratch/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The model and the statistics are pure: they import nothing from the engine, scenarios, charts or UI.
    files: ['src/model/**/*.ts', 'src/stats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/engine/**',
                '**/scenario/**',
                '**/ui/**',
                '**/charts/**',
                '**/cli/**',
                'svelte',
                'svelte/*',
                'zod',
              ],
              message: 'model and stats stay pure',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'self'],
    },
  },
);
