/**
 * End-to-end specs go through the drivers (tests/e2e/support/): a spec never imports
 * Playwright (or the helper that wraps it) and never reaches for the page. This reads every
 * tests/e2e/*.e2e.test.ts and fails naming the file and line of each breach.
 *
 * Specs and drivers alike never wait for a fixed time or a number of frames: they wait for an
 * event (map `idle`/`moveend`/`render`, a DOM change, an IndexedDB transaction, a condition
 * polled until it holds). A fixed delay passes on a fast machine and fails on a loaded one.
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

/** Fixed delays and frame counts: in specs and in the drivers (tests/e2e/support/). */
const TIMING_RULES: [RegExp, string][] = [
  [/\bwaitForTimeout\s*\(/, 'waits a fixed time'],
  [/\.wait\s*\(/, 'waits a fixed time'],
  [/\bset(Timeout|Interval)\s*\(/, 'waits on a timer'],
  [/\b(sleep|delay)\s*\(\s*\d/, 'waits a fixed time'],
  [/\b(Date|performance)\.now\(\)\s*-\s*[\w.]+\s*[<>]/, 'loops or decides on a clock'],
  [/frames?\w*\)?\s*\.toBeGreaterThan(OrEqual)?\(\s*([2-9]|\d{2,})/i, 'asks for a number of frames'],
  [/\b(a few|some|two|three|several) frames\b/i, 'relies on frames going by'],
];

function breachesOf(rules: [RegExp, string][], source: string): string[] {
  return source.split('\n').flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    return rules.filter(([pattern]) => pattern.test(rules === TIMING_RULES ? line : code)).map(([, why]) => `${i + 1}: ${why}: ${line.trim()}`);
  });
}

/** Each line of a spec's source that breaks the rule, as "line: why". */
export function breaches(source: string): string[] {
  return breachesOf(RULES, source);
}

/** Each line of a spec's or driver's source that waits a fixed time or counts frames, as "line: why". */
export function timingBreaches(source: string): string[] {
  return breachesOf(TIMING_RULES, source);
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

describe('end-to-end specs and drivers wait for events, never for a fixed time or frames', () => {
  const files = [
    ...readdirSync(E2E).filter((name) => name.endsWith('.ts')).map((name) => join(E2E, name)),
    ...readdirSync(join(E2E, 'support')).filter((name) => name.endsWith('.ts')).map((name) => join(E2E, 'support', name)),
  ];

  it('finds the specs and the drivers', () => {
    expect(files.filter((f) => f.includes('/support/')).length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(file, () => {
      expect(timingBreaches(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }

  it('catches fixed delays, clock loops and frame counts (the check can fail)', () => {
    const bad = [
      'await this.#page.waitForTimeout(400);',
      'await this.#ui.wait(1100);',
      'await new Promise((r) => setTimeout(r, 500));',
      'while (Date.now() - started < ms) {',
      'expect(frames).toBeGreaterThan(20);',
      '// still moving a few frames later',
    ].join('\n');
    expect(timingBreaches(bad).map((b) => b.split(': ')[1])).toEqual([
      'waits a fixed time',
      'waits a fixed time',
      'waits on a timer',
      'loops or decides on a clock',
      'asks for a number of frames',
      'relies on frames going by',
    ]);
    expect(timingBreaches('console.info(`opened in ${Date.now() - started} ms`);\nexpect(drag.frames).toBeGreaterThan(0);')).toEqual([]);
  });
});
