/**
 * End-to-end specs go through the drivers (tests/e2e/support/): a spec never imports
 * Playwright (or the helper that wraps it) and never reaches for the page. This reads every
 * tests/e2e/*.e2e.test.ts and fails naming the file and line of each breach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = 'tests/e2e';

const RULES: [RegExp, string][] = [
  [/from\s+['"](playwright-core|playwright|@playwright\/test|@axe-core\/playwright)['"]/, 'imports Playwright'],
  [/import\(\s*['"](playwright-core|playwright|@playwright\/test|@axe-core\/playwright)['"]\s*\)/, 'imports Playwright'],
  [/from\s+['"][^'"]*playwright-helper['"]/, 'imports the Playwright helper (use a driver)'],
  [/\.page\b/, 'uses .page'],
  [/\{[^}]*\bpage\b[^}]*\}\s*=/, 'takes the page out of a driver'],
  [/\.(locator|getByTestId|getByRole|getByText|evaluate|evaluateAll|waitForFunction|mouse|keyboard)\b/, 'calls Playwright directly'],
];

/** Each line of a spec's source that breaks the rule, as "line: why". */
export function breaches(source: string): string[] {
  return source.split('\n').flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    return RULES.filter(([pattern]) => pattern.test(code)).map(([, why]) => `${i + 1}: ${why}: ${line.trim()}`);
  });
}

describe('end-to-end specs use the drivers only', () => {
  const specs = readdirSync(E2E).filter((name) => name.endsWith('.e2e.test.ts'));

  it('finds the specs', () => {
    expect(specs.length).toBeGreaterThan(10);
  });

  for (const spec of specs) {
    it(spec, () => {
      expect(breaches(readFileSync(join(E2E, spec), 'utf8'))).toEqual([]);
    });
  }

  it('catches a spec that reaches for the page or imports Playwright (the check can fail)', () => {
    const bad = [
      "import type { Route } from 'playwright-core';",
      "import AxeBuilder from '@axe-core/playwright';",
      "await app.page.getByTestId('tab-parks').click();",
      'const { page } = app; await page.keyboard.press("Escape");',
      "await fresh.map.evaluate(() => 1);",
    ].join('\n');
    expect(breaches(bad).map((b) => b.split(': ')[1])).toEqual([
      'imports Playwright',
      'imports Playwright',
      'uses .page',
      'calls Playwright directly',
      'takes the page out of a driver',
      'calls Playwright directly',
      'calls Playwright directly',
    ]);
    expect(breaches("await app.layout.chooseInList('park', 'sanjiao'); // not app.page")).toEqual([]);
  });
});
