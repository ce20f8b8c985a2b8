/**
 * Main-thread cost of the map being updated by difference (issue 21): a selection change from
 * the parks list, and one vertex moved in a work layer of 100,000 parcels (drag a vertex with
 * the mouse, then "Finish editing": the figure is that click). Each sample is the time from the
 * click to the end of the task it starts, microtasks (React's commit) included: the store write,
 * the scene, the owner's diff and MapLibre's `updateData`/feature-state calls. Drawing the next
 * frame is MapLibre's (in SwiftShader here about 100 ms) and is not counted.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { manyParcelsGeoJson } from '../../tests/support/workbenchFixtures';
import { percentile } from './stats';

const PARCELS = Number(process.env['BENCH_PARCELS']) || 100_000;
const SELECTIONS = 60;
const EDITS = 20;

// Strings, not functions: tsx would wrap inner functions in a helper the page lacks.
const MEASURE = `
  window.__clickCost = (selector) => new Promise((resolve) => {
    const button = document.querySelector(selector);
    if (!button) throw new Error('no ' + selector);
    const start = performance.now();
    button.click();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - start);
    channel.port2.postMessage(0);
  });
`;
const IDLE = `new Promise((resolve) => { const map = window.__yongchuanMap.map; if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve(); else map.once('idle', resolve); })`;

const cost = async (page: Page, selector: string) => Number(await page.evaluate(`window.__clickCost(${JSON.stringify(selector)})`));
const idle = (page: Page) => page.evaluate(IDLE);
const figures = (samples: number[]) => `${percentile(samples, 50).toFixed(1)} ms / ${percentile(samples, 95).toFixed(1)} ms`;

async function selectionCost(page: Page): Promise<string> {
  await page.getByTestId('tab-parks').click();
  const items = ['fenghuanghu', 'gangqiao', 'sanjiao'];
  const samples: number[] = [];
  for (let i = 0; i < SELECTIONS; i++) {
    samples.push(await cost(page, `[data-testid="item-park-${items[i % items.length]}"] > button`));
    await idle(page);
  }
  return `| selection change from the parks list, main thread (p50 / p95, n=${samples.length}) | ${figures(samples)} — target ≤ 8 ms |`;
}

/** The page position of a WGS-84 position as the map draws it. */
async function pagePoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const local = (await page.evaluate(`window.__yongchuanMap.project([${lon}, ${lat}])`)) as { x: number; y: number };
  const box = await page.getByTestId('map').boundingBox();
  return { x: (box?.x ?? 0) + local.x, y: (box?.y ?? 0) + local.y };
}

async function vertexMoveCost(page: Page): Promise<string> {
  await page.getByTestId('tab-workbench').click();
  const input = page.getByTestId('wb-file-input');
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await input.setInputFiles({ name: `parcels-${PARCELS}.geojson`, mimeType: 'application/geo+json', buffer: Buffer.from(manyParcelsGeoJson(PARCELS)) });
  console.error('bench: importing parcels');
  await page.getByTestId('wb-add-to-map').click({ timeout: 300_000 });
  console.error('bench: added');
  await page.getByTestId('wb-import-added').waitFor({ timeout: 120_000 });
  await idle(page);
  // Parcel 0 is the south-west corner of the generated grid (see manyParcelsGeoJson).
  const [lon, lat] = [105.7, 29.1];
  await page.evaluate(`window.__yongchuanMap.map.jumpTo({ center: [${lon + 0.0005}, ${lat + 0.0005}], zoom: 16 })`);
  await idle(page);
  const centre = await pagePoint(page, lon + 0.0005, lat + 0.0005);
  await page.mouse.click(centre.x, centre.y);
  await page.getByTestId('wb-edit-shape').waitFor({ timeout: 30_000 });
  console.error('bench: editing');
  const samples: number[] = [];
  let corner: [number, number] = [lon + 0.001, lat + 0.001];
  for (let i = 0; i < EDITS; i++) {
    await page.getByTestId('wb-edit-shape').click();
    await idle(page);
    const from = await pagePoint(page, corner[0], corner[1]);
    const to = { x: from.x + (i % 2 === 0 ? 12 : -12), y: from.y };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    samples.push(await cost(page, '[data-testid="wb-finish-edit"]'));
    await idle(page);
    const box = await page.getByTestId('map').boundingBox();
    const moved = (await page.evaluate(`(() => { const p = window.__yongchuanMap.map.unproject([${to.x - (box?.x ?? 0)}, ${to.y - (box?.y ?? 0)}]); return [p.lng, p.lat]; })()`)) as [number, number];
    corner = moved;
  }
  return `| one vertex moved in a ${PARCELS.toLocaleString('en')}-feature work layer, “Finish editing” on the main thread (p50 / p95, n=${samples.length}) | ${figures(samples)} — target p95 ≤ 16 ms |`;
}

export async function mapDiffMeasurements(appUrl: string): Promise<string[]> {
  const browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(appUrl);
    await page.waitForFunction(() => window.__yongchuanMap?.map.loaded() === true, undefined, { timeout: 60_000 });
    await idle(page);
    await page.evaluate(MEASURE);
    const selection = await selectionCost(page);
    console.error(`bench: ${selection}`);
    return [selection, await vertexMoveCost(page)];
  } catch (error) {
    return [`| selection change / one vertex moved in a 100k layer | not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} |`];
  } finally {
    await browser.close();
  }
}
