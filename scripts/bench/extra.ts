/**
 * Measurements of features beyond the first map load: each returns table rows, or a row
 * saying why it could not be measured.
 */
import { launchBrowser } from '../../tests/e2e/support/browser';
import { manyParcelsGeoJson, manyPointsGeoJson } from '../../tests/support/workbenchFixtures';
import { points4544Xlsx } from '../../tests/support/xlsxFixtures';
import { growthExponent, median, percentile } from './stats';
import { mapDiffMeasurements } from './mapDiff';
import { pmtilesMeasurements } from './pmtiles';

const IMPORT_SIZES = [1_000, 10_000, 100_000];
const IMPORT_REPEATS = 3;

/**
 * Time from choosing a generated file in the workbench's file input (its change event) to
 * the import review appearing in the page: reading, parsing and checking in the worker,
 * and drawing the review. Measured in the page, so the transfer of the file from Node to
 * the browser is not counted.
 */
async function importTimes(appUrl: string): Promise<string[]> {
  const browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(appUrl);
    await page.waitForFunction(() => window.__yongchuanMap?.map.loaded() === true, undefined, { timeout: 60_000 });
    const tab = page.getByTestId('tab-workbench');
    if ((await tab.count()) === 0) return ['| import and validation time (1k / 10k / 100k features) | not measured: no workbench in this build |'];
    await tab.click();
    const input = page.getByTestId('wb-file-input');
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    // Strings, not functions: tsx would wrap inner functions in a helper the page lacks.
    await page.evaluate(`
      document.addEventListener('change', (event) => {
        if (event.target && event.target.getAttribute('data-testid') === 'wb-file-input') {
          window.__importStart = performance.now();
          window.__importEnd = undefined;
        }
      }, true);
      new MutationObserver(() => {
        if (window.__importStart !== undefined && window.__importEnd === undefined && document.querySelector('[data-testid="wb-review"]')) {
          window.__importEnd = performance.now();
        }
      }).observe(document.body, { childList: true, subtree: true });
    `);
    const rows: string[] = [];
    for (const [label, make] of [
      ['points', manyPointsGeoJson],
      ['square parcels', manyParcelsGeoJson],
    ] as const) {
      const medians: { x: number; y: number }[] = [];
      for (const size of IMPORT_SIZES) {
        const buffer = Buffer.from(make(size));
        const samples: number[] = [];
        for (let repeat = 0; repeat < IMPORT_REPEATS; repeat++) {
          await input.setInputFiles({ name: `generated-${size}.geojson`, mimeType: 'application/geo+json', buffer });
          await page.waitForFunction(() => (window as unknown as { __importEnd?: number }).__importEnd !== undefined, undefined, {
            timeout: 300_000,
          });
          samples.push(Number(await page.evaluate('window.__importEnd - window.__importStart')));
          const summary = (await page.getByTestId('wb-review-summary').textContent()) ?? '';
          if (!summary.includes(String(size))) throw new Error(`the review of ${size} ${label} says: ${summary}`);
          // Discard the review, so the next import starts from an empty section.
          await page.locator('[data-testid="wb-review"] .wb-actions button:not(.wb-primary)').click();
          await page.getByTestId('wb-review').waitFor({ state: 'detached' });
        }
        medians.push({ x: size, y: median(samples) });
      }
      const times = medians.map((m) => `${m.y.toFixed(0)} ms`).join(' / ');
      // The fixed cost (starting the worker, drawing the review) flattens the exponent at small sizes;
      // the step from 10k to 100k shows the per-feature cost alone.
      const lastStep = medians[2]!.y / medians[1]!.y;
      rows.push(
        `| import and validation, generated ${label} (1k / 10k / 100k features, median of ${IMPORT_REPEATS}) | ${times}; growth exponent ${growthExponent(medians).toFixed(2)} (10k → 100k: ×${lastStep.toFixed(1)}) — target ≤ 1 (linear) |`,
      );
    }
    // The same measure for a workbook: 10 000 rows of Gauss-Krüger x/y, read by read-excel-file in the worker.
    const xlsxSize = 10_000;
    const xlsx = Buffer.from(await points4544Xlsx(xlsxSize));
    const xlsxSamples: number[] = [];
    for (let repeat = 0; repeat < IMPORT_REPEATS; repeat++) {
      await input.setInputFiles({ name: `generated-${xlsxSize}.xlsx`, mimeType: 'application/octet-stream', buffer: xlsx });
      await page.waitForFunction(() => (window as unknown as { __importEnd?: number }).__importEnd !== undefined, undefined, { timeout: 300_000 });
      xlsxSamples.push(Number(await page.evaluate('window.__importEnd - window.__importStart')));
      const summary = (await page.getByTestId('wb-review-summary').textContent()) ?? '';
      if (!summary.includes(String(xlsxSize))) throw new Error(`the review of the ${xlsxSize}-row workbook says: ${summary}`);
      await page.locator('[data-testid="wb-review"] .wb-actions button:not(.wb-primary)').click();
      await page.getByTestId('wb-review').waitFor({ state: 'detached' });
    }
    rows.push(`| import and validation, generated .xlsx (10k rows in EPSG:4544, median of ${IMPORT_REPEATS}) | ${median(xlsxSamples).toFixed(0)} ms |`);
    return rows;
  } finally {
    await browser.close();
  }
}

/** Time from clicking an industry in the lens to the map's next rendered frame. */
async function industryFilterLatency(appUrl: string): Promise<string> {
  const browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(appUrl);
    await page.waitForFunction(() => window.__yongchuanMap?.map.loaded() === true, undefined, { timeout: 60_000 });
    const tab = page.getByTestId('tab-industries');
    if ((await tab.count()) === 0) return '| industry filter change to map (p50 / p95) | not measured: no industry lens in this build |';
    await tab.click();
    const samples: number[] = [];
    for (let i = 0; i < 100; i++) {
      const industry = i % 4 < 2 ? 'new-energy' : 'auto-moto';
      // A string, not a function: tsx would wrap inner functions in a helper the page lacks.
      const ms = await page.evaluate(`
        new Promise((resolve) => {
          const map = window.__yongchuanMap.map;
          const button = document.querySelector('[data-testid="industry-toggle-${industry}"]');
          const start = performance.now();
          map.once('render', () => resolve(performance.now() - start));
          button.click();
        })
      `);
      samples.push(Number(ms));
      await page.evaluate(`new Promise((resolve) => { const map = window.__yongchuanMap.map; if (map.loaded() && !map.isMoving()) resolve(); else map.once('idle', resolve); })`);
    }
    return `| industry filter change to map (p50 / p95, n=${samples.length}) | ${percentile(samples, 50).toFixed(1)} ms / ${percentile(samples, 95).toFixed(1)} ms — target p95 < 16 ms |`;
  } finally {
    await browser.close();
  }
}

export async function extraMeasurements(appUrl: string): Promise<string[]> {
  return [
    ...(await importTimes(appUrl)),
    await industryFilterLatency(appUrl),
    ...(await mapDiffMeasurements(appUrl)),
    ...(await pmtilesMeasurements(appUrl)),
  ];
}
