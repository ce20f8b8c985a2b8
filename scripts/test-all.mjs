#!/usr/bin/env node
// `npm test`: every check and test suite. It goes on after a failure so one run shows everything
// that is wrong, and ends with each step's time and one plain line: "summary: N passed, N failed".
//
// The steps run in phases. Within a phase, lanes run side by side (each lane's steps one after
// another): the unit tests keep both cores busy only in bursts, while the builds, type check and
// lint each use about one, so running them together shortens the wall time on a two-core machine.
// The end-to-end tests run alone: they need the builds and the fixtures, and SwiftShader draws on the CPU.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.tmp/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** Each step: a command, and where its per-test results are (vitest JSON), if it has any. `required`: later phases need it. */
const step = {
  setup: { command: 'node scripts/setup/ensure.mjs --data --browser', required: true },
  typecheck: { command: 'npm run typecheck --silent' },
  lint: { command: 'npm run lint --silent' },
  'data:check': { command: 'npm run data:check --silent' },
  'unit tests': {
    command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${results}/unit.json`,
    json: `${results}/unit.json`,
  },
  build: { command: 'npm run build --silent', required: true },
  // The end-to-end tests drive the test build (dist-e2e/: the app plus their map hook) and check dist/.
  'test build': { command: 'npm run build:e2e --silent', required: true },
  // The generated PMTiles archive the end-to-end tests open (cached in .tmp/ by the code's hash).
  fixtures: { command: 'npx tsx scripts/test/prepare-fixtures.ts', required: true },
  'end-to-end tests': {
    command: `npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=${results}/e2e.json`,
    json: `${results}/e2e.json`,
  },
};

/** Phases in order; each phase is a list of lanes, each lane a list of step names. */
const phases = [
  [['setup']],
  [['unit tests'], ['build', 'test build', 'fixtures', 'typecheck', 'lint', 'data:check']],
  [['end-to-end tests']],
];

let passed = 0;
let failed = 0;
const lines = [];

/** Runs one command; its output goes straight through (`live`) or is kept and printed in one piece when it ends. */
function run(name, command, live) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      if (!live) process.stdout.write(`\n=== ${name}: ${command}\n${Buffer.concat(output).toString()}`);
      resolve(code ?? 1);
    });
  });
}

/** Runs a step and counts its results; false when a required step failed. */
async function runStep(name, live) {
  const { command, json, required } = step[name];
  if (live) console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const status = await run(name, command, live);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (json && existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const suiteFailures = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    passed += report.numPassedTests;
    failed += report.numFailedTests + suiteFailures + (status !== 0 && report.numFailedTests === 0 && suiteFailures === 0 ? 1 : 0);
    lines.push(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests + suiteFailures} failed (${seconds} s)`);
  } else {
    if (status === 0) passed += 1;
    else failed += 1;
    lines.push(`${name}: ${status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  }
  console.log(`--- ${lines.at(-1)}`);
  if (status !== 0 && required) {
    lines.push(`${name} failed: the steps after it were not run`);
    return false;
  }
  return true;
}

const runStarted = Date.now();
for (const lanes of phases) {
  const live = lanes.length === 1;
  const phaseStarted = Date.now();
  const lanesOk = await Promise.all(
    lanes.map(async (lane) => {
      for (const name of lane) if (!(await runStep(name, live))) return false;
      return true;
    }),
  );
  if (lanes.length > 1) lines.push(`  (${lanes.map((lane) => lane.join(' → ')).join(' ‖ ')}: ${((Date.now() - phaseStarted) / 1000).toFixed(1)} s side by side)`);
  if (lanesOk.includes(false)) break;
}

console.log('\n' + lines.join('\n'));
console.log(`total: ${((Date.now() - runStarted) / 1000).toFixed(1)} s`);
console.log(`summary: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
