/**
 * Measurements of features beyond the first map load: each returns table rows, or a row
 * saying why it could not be measured.
 */
import { launchBrowser } from '../../tests/e2e/support/browser';
import { percentile } from './stats';

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
    for (let i = 0; i < 40; i++) {
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
    '| import and validation time (1k / 10k / 100k features) | not measured: the importer is not in this build |',
    await industryFilterLatency(appUrl),
  ];
}
