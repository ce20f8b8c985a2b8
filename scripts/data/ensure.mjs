#!/usr/bin/env node
// Installs the data pipeline's own package (scripts/data/package.json: mapshaper and the npm data
// sources), which only `npm run data:build` and the pipeline's tests need. Installed apart from
// the app so that the app's `npm ci` compiles nothing native: here optional dependencies (the
// SQLite addon mapshaper uses only for GeoPackage files) are left out and no install script runs.
// Does nothing when the install already matches the lock file. Plain JavaScript: it runs before
// any dependency is installed.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lockHash = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');
const stamp = join(here, 'node_modules', '.install-stamp');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  console.log('data: installing the pipeline package (scripts/data, no native addons)…');
  execSync('npm ci --omit=optional --ignore-scripts --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
  writeFileSync(stamp, lockHash);
}
