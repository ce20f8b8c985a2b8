/**
 * `npm run bench`: measures the built app against a bare MapLibre page and prints a table;
 * `--write` also records the run in docs/benchmarks.md. No pass/fail: figures only.
 *   --runs N     page loads per variant (default 7)
 *   --no-build   use the existing builds
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { gzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { launchBrowser, CHROMIUM } from '../../tests/e2e/support/browser';
import { assetKind, describe, median, type AssetKind } from './stats';
import { extraMeasurements } from './extra';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const write = args.includes('--write');

if (!args.includes('--no-build')) {
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
async function timeToIdle(url: string, collectBytes: boolean) {
  const browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const bodies: Promise<{ url: string; raw: number; gzip: number }>[] = [];
  if (collectBytes) {
    page.on('response', (response) => {
      bodies.push(
        response
          .body()
          .then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body).length }))
          .catch(() => ({ url: response.url(), raw: 0, gzip: 0 })),
      );
    });
  }
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
  const assets = await Promise.all(bodies);
  await browser.close();
  return { idle, assets };
}

const app = await serve('dist-e2e');
const bare = await serve('.tmp/bench-bare');
const appTimes: number[] = [];
const bareTimes: number[] = [];
let assets: { url: string; raw: number; gzip: number }[] = [];
for (let run = 0; run < runs; run++) {
  // Alternate, so drift in the machine's load affects both alike.
  const a = await timeToIdle(app.url, run === 0);
  if (run === 0) assets = a.assets;
  appTimes.push(a.idle);
  bareTimes.push((await timeToIdle(bare.url, false)).idle);
}
const ratios = appTimes.map((time, index) => time / bareTimes[index]!);

const byKind = new Map<AssetKind, { raw: number; gzip: number }>();
for (const asset of assets) {
  const kind = assetKind(asset.url);
  const sum = byKind.get(kind) ?? { raw: 0, gzip: 0 };
  byKind.set(kind, { raw: sum.raw + asset.raw, gzip: sum.gzip + asset.gzip });
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const appAndData = ['app', 'data', 'css'].reduce((sum, kind) => sum + (byKind.get(kind as AssetKind)?.gzip ?? 0), 0);

const extra = await extraMeasurements(app.url);
await app.server.close();
await bare.server.close();

const chromium = execSync(`${CHROMIUM} --version`, { encoding: 'utf8' }).trim();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${osType()} ${release()}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium} (SwiftShader WebGL)`;

const lines = [
  `| measurement | result |`,
  `|---|---|`,
  `| time to map idle, app | ${describe(appTimes, 'ms')} |`,
  `| time to map idle, bare MapLibre page | ${describe(bareTimes, 'ms')} |`,
  `| ratio app / bare (per run) | ${describe(ratios, '×', 2)} — target ≤ 1.15 |`,
  ...(['maplibre', 'react', 'app', 'css', 'data', 'fonts', 'other'] as AssetKind[])
    .filter((kind) => byKind.has(kind))
    .map((kind) => `| bytes before idle: ${kind} | ${kb(byKind.get(kind)!.raw)} raw, ${kb(byKind.get(kind)!.gzip)} gzip |`),
  `| app code + css + data beyond MapLibre and React | ${kb(appAndData)} gzip — target < 150 KB |`,
  ...extra,
];
const table = lines.join('\n');
console.log(`\nMachine: ${machine}\n\n${table}\n`);
console.log(`median idle: app ${median(appTimes).toFixed(0)} ms, bare ${median(bareTimes).toFixed(0)} ms`);

if (write) {
  const path = 'docs/benchmarks.md';
  const previous = readFileSync(path, 'utf8');
  const marker = '<!-- latest-run -->';
  const entry = `${marker}\n\n### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\nMachine: ${machine}\n\n${table}\n`;
  const head = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : `${previous}\n`;
  writeFileSync(path, `${head}${entry}`);
  console.log(`recorded in ${path}`);
}
