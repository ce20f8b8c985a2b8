#!/usr/bin/env node
// `npm run docs:screenshots`: builds the app (the test build, dist-e2e/) and runs the end-to-end specs that take the README's
// screenshots, writing them into docs/ (the tests alone write them to .tmp/e2e-artifacts/).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const specs = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.e2e.test.ts'))
  .filter((name) => readFileSync(`tests/e2e/${name}`, 'utf8').includes("screenshot('docs/"))
  .map((name) => `tests/e2e/${name}`);

const run = (command) => spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, DOCS_SCREENSHOTS: '1' } }).status ?? 1;
if (run('npm run build:e2e --silent') !== 0) process.exit(1);
process.exit(run(`npx vitest run --config vitest.e2e.config.ts ${specs.join(' ')}`));
