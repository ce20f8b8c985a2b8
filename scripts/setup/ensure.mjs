#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm dependencies when they are missing or older than
// package-lock.json, and (with --browser) the Debian Chromium and CJK fonts the end-to-end tests
// use. Plain JavaScript on purpose: it runs before any dependency is installed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const run = (command) => execSync(command, { stdio: 'inherit' });
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = 'node_modules/.install-stamp';

// npm writes node_modules/.package-lock.json on every install; newer than the lock file means
// the install (e.g. CI's own `npm ci`) already matches it.
const hidden = 'node_modules/.package-lock.json';
const installedAfterLock =
  existsSync(hidden) && statSync(hidden).mtimeMs >= statSync('package-lock.json').mtimeMs;
const stamped = existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash;
if (!stamped && !installedAfterLock) {
  console.log('ensure: installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
  writeFileSync(stamp, lockHash);
}

// The data pipeline's own package (mapshaper, the npm data sources): `npm test` runs the
// pipeline's tests, so it is installed here too, without native addons (see scripts/data/ensure.mjs).
if (process.argv.includes('--data')) run('node scripts/data/ensure.mjs');

if (process.argv.includes('--browser')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let fonts;
  try {
    fonts = execSync('fc-list', { encoding: 'utf8' });
  } catch {
    fonts = '';
  }
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!/Noto Sans CJK/i.test(fonts)) missing.push('fonts-noto-cjk');
  if (missing.length > 0) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root && existsSync('/usr/bin/apt-get')) {
      console.log(`ensure: installing ${missing.join(' ')} with apt-get…`);
      run('apt-get update -qq');
      run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`);
    } else {
      console.error(
        `ensure: the end-to-end tests need ${missing.join(' and ')}. On Debian or Ubuntu run:\n` +
          `  sudo apt-get install chromium fonts-noto-cjk\n` +
          `or set CHROMIUM_PATH to a Chromium binary.`,
      );
      process.exit(1);
    }
  }
  if (!statSync(chromium, { throwIfNoEntry: false })) {
    console.error(`ensure: no Chromium at ${chromium}`);
    process.exit(1);
  }
}
