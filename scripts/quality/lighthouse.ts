/**
 * `npm run lighthouse`: builds the app, serves it with `vite preview` and runs Lighthouse
 * offline with the Debian Chromium, once with the desktop preset and once as a phone.
 * Prints the four category scores for each; `--json DIR` also keeps the reports.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { preview } from 'vite';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/browser';

const args = process.argv.slice(2);
const keep = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const bare = args.includes('--bare');
const configFile = bare ? 'bench/vite.config.ts' : undefined;
if (!args.includes('--no-build')) {
  execSync(`npx vite build --logLevel warn${configFile ? ` --config ${configFile}` : ''}`, { stdio: 'inherit' });
}

const server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a URL');

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[] = [];
for (const formFactor of ['desktop', 'mobile'] as const) {
  const profile = mkdtempSync(join(tmpdir(), 'yc-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    userDataDir: profile,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const scores = categories.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
    rows.push(`| ${formFactor} | ${scores.join(' | ')} |`);
    if (keep) {
      mkdirSync(keep, { recursive: true });
      writeFileSync(join(keep, `lighthouse-${formFactor}.json`), JSON.stringify(result.lhr, null, 1));
    }
    const failing = Object.values(result.lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
    );
    for (const audit of failing.slice(0, 12)) console.log(`  ${formFactor}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''}`);
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
await server.close();
console.log(`\n| form factor | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|\n${rows.join('\n')}`);
