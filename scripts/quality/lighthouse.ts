/**
 * `npm run lighthouse`: builds the app and the bare MapLibre page of the benchmark, serves each
 * with `vite preview` (compressed, as a real host would) and runs Lighthouse offline with the
 * Debian Chromium, once with the desktop preset and once as a phone. Prints the four category
 * scores and the paint and blocking-time figures for each, so the app can be read against what
 * MapLibre alone scores on the same machine.
 * Options: `--app-only`, `--no-build`, `--json DIR` (keeps the reports).
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
const pages = [
  { name: 'app', configFile: undefined },
  { name: 'bare MapLibre', configFile: 'bench/vite.config.ts' },
].slice(0, args.includes('--app-only') ? 1 : 2);

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'] as const;
const rows: string[] = [];

for (const { name, configFile } of pages) {
  if (!args.includes('--no-build')) {
    execSync(`npx vite build --logLevel error${configFile ? ` --config ${configFile}` : ''}`, { stdio: 'inherit' });
  }
  const server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
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
      const { lhr } = result;
      if (lhr.runtimeError) console.log(`  ${name} ${formFactor}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
      const figures = metrics.map((id) => lhr.audits[id]?.displayValue?.replace(/\u00a0/g, ' ') ?? '–');
      rows.push(`| ${name} | ${formFactor} | ${scores.join(' | ')} | ${figures.join(' | ')} |`);
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(join(keep, `lighthouse-${name.replace(/\W+/g, '-')}-${formFactor}.json`), JSON.stringify(lhr, null, 1));
      }
      if (name === 'app') {
        const failing = Object.values(lhr.audits).filter(
          (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
        );
        for (const audit of failing.slice(0, 12)) {
          console.log(`  ${formFactor}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''}`);
        }
      }
    } finally {
      await chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  await server.close();
}
console.log(
  '\n| page | form factor | performance | accessibility | best practices | SEO | first paint | largest paint | blocking time |\n' +
    '|---|---|---|---|---|---|---|---|---|\n' +
    rows.join('\n'),
);
