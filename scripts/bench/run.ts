/**
 * `npm run bench`: measures the built app against a bare MapLibre page and prints a table;
 * `--write` also records the run in docs/benchmarks.md. No pass/fail: figures only.
 *   --runs N     page loads per variant (default 7)
 *   --no-build   use the existing builds
 *   --first-load only the first-load figure (scripts/bench/firstLoad.ts), with its breakdown
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { preview, type PreviewServer } from 'vite';
import { launchBrowser, CHROMIUM } from '../../tests/e2e/support/browser';
import { describe, median } from './stats';
import { extraMeasurements } from './extra';
import { firstLoad, firstLoadRows } from './firstLoad';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const write = args.includes('--write');
const onlyFirstLoad = args.includes('--first-load');
/** Issue 21: app code, CSS and data fetched before the first idle, beyond MapLibre and React. */
const FIRST_LOAD_GOAL_KB = 130;

if (!args.includes('--no-build')) {
  // The production build: the first-load figure is what a visitor's browser fetches.
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
if (!args.includes('--no-build') && !onlyFirstLoad) {
  // The test build: the benchmark watches the map through the e2e hook (src/map/testHook.ts).
  execSync('npx vite build --mode e2e --logLevel warn', { stdio: 'inherit' });
  execSync('npx vite build --config bench/vite.config.ts', { stdio: 'inherit' });
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
    configFile: false,
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`no URL for ${outDir}`);
  return { server, url };
}

/** Loads a page in a fresh browser (cold cache) and returns ms from navigation to the map's first idle. */
async function timeToIdle(url: string) {
  const browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.addInitScript(`
    (function watch() {
      const map = window.__yongchuanMap?.map ?? window.__bareMap;
      if (map) map.once('idle', () => { window.__idleAt = performance.now(); });
      else requestAnimationFrame(watch);
    })();
  `);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt !== undefined, undefined, {
    timeout: 60_000,
  });
  const idle = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  await browser.close();
  return idle;
}

const machine = () => {
  const chromium = execSync(`${CHROMIUM} --version`, { encoding: 'utf8' }).trim();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${osType()} ${release()}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium} (SwiftShader WebGL)`;
};

const production = await serve('dist');
const load = await firstLoad(production.url);
await production.server.close();
const loadRows = firstLoadRows(load, FIRST_LOAD_GOAL_KB);
if (onlyFirstLoad) {
  console.log(`\nMachine: ${machine()}\n\n| measurement | result |\n|---|---|\n${loadRows.join('\n')}\n`);
  console.log(`map idle after ${load.idle.toFixed(0)} ms (one cold load)`);
  process.exit(0);
}

const app = await serve('dist-e2e');
const bare = await serve('.tmp/bench-bare');
const appTimes: number[] = [];
const bareTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  // Alternate, so drift in the machine's load affects both alike.
  appTimes.push(await timeToIdle(app.url));
  bareTimes.push(await timeToIdle(bare.url));
}
const ratios = appTimes.map((time, index) => time / bareTimes[index]!);


const extra = await extraMeasurements(app.url);
await app.server.close();
await bare.server.close();


const lines = [
  `| measurement | result |`,
  `|---|---|`,
  `| time to map idle, app | ${describe(appTimes, 'ms')} |`,
  `| time to map idle, bare MapLibre page | ${describe(bareTimes, 'ms')} |`,
  `| ratio app / bare (per run) | ${describe(ratios, '×', 2)} — target ≤ 1.15 |`,
  ...loadRows,
  ...extra,
];
const table = lines.join('\n');
console.log(`\nMachine: ${machine()}\n\n${table}\n`);
console.log(`median idle: app ${median(appTimes).toFixed(0)} ms, bare ${median(bareTimes).toFixed(0)} ms`);

if (write) {
  const path = 'docs/benchmarks.md';
  const previous = readFileSync(path, 'utf8');
  const marker = '<!-- latest-run -->';
  const entry = `${marker}\n\n### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\nMachine: ${machine()}\n\n${table}\n`;
  const head = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : `${previous}\n`;
  writeFileSync(path, `${head}${entry}`);
  console.log(`recorded in ${path}`);
}
