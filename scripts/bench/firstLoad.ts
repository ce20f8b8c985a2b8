/**
 * The first-load figure: what the browser fetches, in the production build (`dist/`, no test
 * hook), from navigation until the map is first idle on the default view. The production app
 * marks that moment itself: it registers its service worker at the map's first idle
 * (src/update/serviceWorker.ts). The page's `navigator.serviceWorker.register` is replaced by
 * one that records the time and registers nothing, so precaching never adds to the figure.
 * Every request started before that moment counts (the page's and its workers'), gzipped here.
 */
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { assetKind, type AssetKind } from './stats';

export interface FetchedAsset {
  url: string;
  file: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  /** ms from navigation start to the map's first idle. */
  idle: number;
  assets: FetchedAsset[];
}

/** The kinds the first-load goal counts (issue 21: app code, CSS and data); MapLibre, React, fonts and the manifest's icons are listed apart. */
export const COUNTED_KINDS: readonly AssetKind[] = ['app', 'css', 'data'];

/** Loads `url` in a fresh browser (cold cache) and lists what it fetched before the map's first idle. */
export async function firstLoad(url: string): Promise<FirstLoad> {
  const browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    await page.addInitScript(`
      if (navigator.serviceWorker) {
        navigator.serviceWorker.register = function () {
          if (window.__idleAt === undefined) window.__idleAt = performance.timeOrigin + performance.now();
          return new Promise(function () {});
        };
      }
    `);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt !== undefined, undefined, {
      timeout: 120_000,
    });
    const idleAt = Number(await page.evaluate('window.__idleAt'));
    const navigationStart = Number(await page.evaluate('performance.timeOrigin'));
    const before = requests.filter((request) => request.timing().startTime <= idleAt && !request.url().startsWith('data:'));
    const assets = await Promise.all(
      before.map(async (request): Promise<FetchedAsset> => {
        const response = await request.response();
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        const file = new URL(request.url()).pathname.split('/').pop() || '(page)';
        return { url: request.url(), file, kind: assetKind(request.url()), raw: body.length, gzip: gzipSync(body).length };
      }),
    );
    return { idle: idleAt - navigationStart, assets };
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The sum of gzip bytes over the counted kinds. */
export function countedGzip(assets: readonly FetchedAsset[]): number {
  return assets.filter((asset) => COUNTED_KINDS.includes(asset.kind)).reduce((sum, asset) => sum + asset.gzip, 0);
}

/** Table rows: per kind, then every counted file, largest first, then the total against the goal. */
export function firstLoadRows(load: FirstLoad, goalKb: number): string[] {
  const byKind = new Map<AssetKind, { raw: number; gzip: number; files: number }>();
  for (const asset of load.assets) {
    const sum = byKind.get(asset.kind) ?? { raw: 0, gzip: 0, files: 0 };
    byKind.set(asset.kind, { raw: sum.raw + asset.raw, gzip: sum.gzip + asset.gzip, files: sum.files + 1 });
  }
  const kinds: AssetKind[] = ['maplibre', 'react', 'app', 'css', 'data', 'fonts', 'other'];
  const counted = load.assets.filter((asset) => COUNTED_KINDS.includes(asset.kind)).sort((a, b) => b.gzip - a.gzip);
  return [
    ...kinds
      .filter((kind) => byKind.has(kind))
      .map((kind) => {
        const sum = byKind.get(kind)!;
        return `| first load: ${kind} (${sum.files} files) | ${kb(sum.raw)} raw, ${kb(sum.gzip)} gzip |`;
      }),
    ...counted.map((asset) => `| &nbsp;&nbsp;${asset.kind}: ${asset.file} | ${kb(asset.gzip)} gzip |`),
    `| first load: app code + CSS + data beyond MapLibre and React (production build, before map idle) | ${kb(countedGzip(load.assets))} gzip — target ≤ ${goalKb} KB |`,
  ];
}
