#!/usr/bin/env node
// `npm test`: every check and test suite in turn. It goes on after a failure so one run shows
// everything that is wrong, and ends with one plain line: "summary: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.tmp/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** Each step: a command, and where its per-test results are (vitest JSON), if it has any. */
const steps = [
  { name: 'setup', command: 'node scripts/setup/ensure.mjs --data --browser', required: true },
  { name: 'typecheck', command: 'npm run typecheck --silent' },
  { name: 'lint', command: 'npm run lint --silent' },
  { name: 'data:check', command: 'npm run data:check --silent' },
  {
    name: 'unit tests',
    command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${results}/unit.json`,
    json: `${results}/unit.json`,
  },
  { name: 'build', command: 'npm run build --silent', required: true },
  // The end-to-end tests drive the test build (dist-e2e/: the app plus their map hook) and check dist/.
  { name: 'test build', command: 'npm run build:e2e --silent', required: true },
  {
    name: 'end-to-end tests',
    command: `npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=${results}/e2e.json`,
    json: `${results}/e2e.json`,
  },
];

let passed = 0;
let failed = 0;
const lines = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  const started = Date.now();
  const { status } = spawnSync(step.command, { shell: true, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.json && existsSync(step.json)) {
    const report = JSON.parse(readFileSync(step.json, 'utf8'));
    const suiteFailures = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    passed += report.numPassedTests;
    failed += report.numFailedTests + suiteFailures + (status !== 0 && report.numFailedTests === 0 && suiteFailures === 0 ? 1 : 0);
    lines.push(`${step.name}: ${report.numPassedTests} passed, ${report.numFailedTests + suiteFailures} failed (${seconds} s)`);
  } else {
    if (status === 0) passed += 1;
    else failed += 1;
    lines.push(`${step.name}: ${status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  }
  if (status !== 0 && step.required) {
    lines.push(`${step.name} failed: the remaining steps were not run`);
    break;
  }
}

console.log('\n' + lines.join('\n'));
console.log(`summary: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
