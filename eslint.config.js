import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'scratch/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
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
  // The layer order, lowest first: model ← stats ← engine/scenario ← insight ← charts ← app ← ui (i18n sits beside the model:
  // dictionaries and the language type). Nothing imports upward; each rule names what a folder may not import.
  ...layer(
    ['src/model'],
    ['stats', 'engine', 'scenario', 'insight', 'charts', 'app', 'ui', 'cli', 'i18n'],
    'the model is pure',
  ),
  ...layer(
    ['src/i18n'],
    ['stats', 'engine', 'scenario', 'insight', 'charts', 'app', 'ui', 'cli'],
    'i18n sits beside the model',
  ),
  ...layer(
    ['src/stats'],
    ['engine', 'scenario', 'insight', 'charts', 'app', 'ui', 'cli', 'i18n'],
    'statistics stay pure',
  ),
  ...layer(
    ['src/engine', 'src/scenario'],
    ['insight', 'charts', 'app', 'ui', 'cli'],
    'the engine and scenarios sit below the app',
  ),
  ...layer(
    ['src/insight'],
    ['charts', 'app', 'ui', 'cli'],
    'insight runs on the engine, below the charts and the app',
  ),
  ...layer(
    ['src/charts'],
    ['engine', 'insight', 'app', 'ui', 'cli'],
    'charts draw summaries and bands (src/stats), not engine results',
  ),
  ...layer(['src/app'], ['ui', 'cli'], 'app state has no markup and does not import components'),
  ...layer(['src/cli'], ['app', 'ui', 'charts'], 'the command line runs without the browser app'),
  {
    // Words of a language live in the dictionaries (src/i18n/zh.ts, en.ts and the helpers beside them): outside
    // src/i18n no `lang === 'zh' ? … : …` picks between two languages' words inline.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/i18n/**'],
    rules: {
      'no-restricted-syntax': ['error', ...languageSwitches()],
    },
  },
  {
    // The model and the statistics are pure: no DOM, no Svelte, no zod.
    files: ['src/model/**/*.ts', 'src/stats/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'self'],
    },
  },
);

/**
 * A folder's imports: none from the named folders (relative paths) and, for the pure layers, none of Svelte or zod.
 * One config block per folder, so that each keeps its own list (a later block would replace an earlier rule).
 */
function layer(folders, forbidden, message) {
  const pure = folders.some((f) => f === 'src/model' || f === 'src/stats');
  const group = forbidden.flatMap((f) => [`../${f}/**`, `../../${f}/**`, `../../../${f}/**`]);
  if (pure) group.push('svelte', 'svelte/*', 'zod');
  return [
    {
      files: folders.flatMap((f) => [`${f}/**/*.ts`, `${f}/**/*.svelte`]),
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ group, message: `${message} (layer order: see eslint.config.js)` }] },
        ],
      },
    },
  ];
}

/**
 * Selectors for a conditional that chooses by language: its test compares something with 'zh' or 'en' (either way
 * round, alone or inside && / ||). Svelte templates' expressions are checked too (eslint-plugin-svelte).
 */
function languageSwitches() {
  const message =
    "A language switch (lang === 'zh' ? … : …) outside src/i18n: put the words in src/i18n/zh.ts and en.ts (t(), message()) or a helper in src/i18n";
  const compare = (side) => `[operator=/^[!=]=/][${side}.value=/^(zh|en)$/]`;
  return ['right', 'left'].flatMap((side) => [
    { selector: `ConditionalExpression > BinaryExpression.test${compare(side)}`, message },
    { selector: `ConditionalExpression > LogicalExpression.test BinaryExpression${compare(side)}`, message },
  ]);
}
