import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'tests/e2e/artifacts', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // End-to-end specs go through the drivers (tests/e2e/support/): no Playwright, no page.
    // tests/unit/e2e-specs-use-drivers.test.ts checks the same by reading the files.
    files: ['tests/e2e/*.e2e.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['playwright-core', 'playwright', '@playwright/test', '@axe-core/playwright'].map((name) => ({
            name,
            message: 'Specs go through the drivers in tests/e2e/support/; only playwright-helper.ts imports Playwright.',
          })),
          patterns: [{ group: ['**/playwright-helper'], message: 'Specs use a driver, not the Playwright helper.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='page']", message: 'Specs never reach for the page: add a domain action or query to a driver.' },
        { selector: "ObjectPattern > Property[key.name='page']", message: 'Specs never reach for the page: add a domain action or query to a driver.' },
      ],
    },
  },
);
