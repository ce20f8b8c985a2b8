import { area } from '@turf/turf';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import {
  distanceM,
  manyPointsGeoJson,
  polygon4544GeoJson,
  polygon4544ShapefileZip,
  polygonGcj02GeoJson,
  problemsGeoJson,
  TRUTH,
} from '../support/workbenchFixtures';

const file = (name: string, text: string | Uint8Array) => ({ name, buffer: Buffer.from(text) });

/** Every vertex of the truth has an exported vertex within `toleranceM`, and the areas agree to 0.1%. */
function expectOnTruth(exported: string, toleranceM: number): void {
  const collection = JSON.parse(exported) as FeatureCollection<Polygon>;
  const polygon = collection.features[0]!.geometry;
  const ring = polygon.coordinates[0]!;
  for (const p of TRUTH.coordinates[0]!) {
    expect(Math.min(...ring.map((q: Position) => distanceM(p, q)))).toBeLessThan(toleranceM);
  }
  expect(Math.abs(area(polygon) - area(TRUTH)) / area(TRUTH)).toBeLessThan(0.001);
}

describe('the planners’ workbench on a laptop', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.openWorkbench();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads the workbench code only when the tab is opened', async () => {
    // The first page load fetched no parser or drawing code; opening the tab did.
    const workbenchChunks = app.requests.filter((url) => /\/(runtime|Workbench)-[\w-]+\.js$/.test(url));
    expect(workbenchChunks.length).toBeGreaterThan(0);
    expect(app.foreignRequests).toEqual([]);
  });

  it('imports a GeoJSON in EPSG:4544 onto the WGS-84 truth within 1 m, area within 0.1%', async () => {
    await app.importFile(file('parcel-4544.geojson', polygon4544GeoJson()));
    expect(await app.detectedCrsText()).toContain('EPSG:4544');
    await app.addImportToMap();
    await app.showInTable('parcel-4544');
    expectOnTruth((await app.download('wb-export-geojson')).text, 1);
  });

  it('imports the same polygon as a zipped Shapefile, reading its .prj', async () => {
    await app.importFile(file('parcel-4544.zip', await polygon4544ShapefileZip()));
    const detected = await app.detectedCrsText();
    expect(detected).toContain('EPSG:4544');
    expect(detected).toContain('.prj');
    await app.addImportToMap();
    await app.showInTable('parcel-4544-2');
    expectOnTruth((await app.download('wb-export-geojson')).text, 1);
  });

  it('shifts a GCJ-02 file back by about 480 m once the user says it is GCJ-02', async () => {
    const text = polygonGcj02GeoJson();
    await app.importFile(file('web-map.geojson', text));
    expect(await app.detectedCrsText()).toContain('WGS-84');
    await app.chooseCrs('gcj02');
    await app.page.getByText('GCJ-02（由您选择）').waitFor();
    await app.addImportToMap();
    await app.showInTable('web-map');
    const exported = (await app.download('wb-export-geojson')).text;
    const raw = (JSON.parse(text) as FeatureCollection<Polygon>).features[0]!.geometry.coordinates[0]![0]!;
    const back = (JSON.parse(exported) as FeatureCollection<Polygon>).features[0]!.geometry.coordinates[0]!;
    const moved = Math.min(...back.map((q) => distanceM(raw, q)));
    expect(moved).toBeGreaterThan(400);
    expect(moved).toBeLessThan(560);
    expectOnTruth(exported, 3);
  });

  it('reports a self-intersection, swapped coordinates and a null geometry by index, and loads the rest', async () => {
    await app.importFile(file('mixed.geojson', problemsGeoJson()));
    const problems = app.page.getByTestId('wb-problem');
    expect(await problems.count()).toBe(3);
    const listed = await problems.evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-index'), item.getAttribute('data-code'), item.textContent]),
    );
    expect(listed.map(([index, code]) => [index, code])).toEqual([
      ['1', 'self-intersection'],
      ['2', 'swapped'],
      ['3', 'null-geometry'],
    ]);
    expect(listed[0]![2]).toContain('自相交地块');
    expect(listed[0]![2]).toContain('索引 1');
    expect(listed[1]![2]).toContain('经纬度顺序颠倒');
    expect(listed[2]![2]).toContain('无几何');
    expect(await app.page.getByTestId('wb-review-summary').textContent()).toContain('2 个要素可以载入，3 个有问题');
    await app.addImportToMap();
    await expect(app.page.getByTestId('wb-layer-mixed').getByTestId('wb-layer-count').textContent()).resolves.toContain('2 个要素');
  });

  it('loads 100 000 points off the main thread while the page keeps answering', async () => {
    const big = file('many-points.geojson', manyPointsGeoJson(100_000));
    // Count animation frames and clicks handled while the import's progress is on screen.
    await app.page.evaluate(() => {
      const w = window as unknown as { __frames: number; __running: boolean };
      w.__frames = 0;
      w.__running = true;
      const tick = () => {
        if (document.querySelector('[data-testid="wb-import-progress"]')) w.__frames++;
        if (w.__running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // Record, for each click the page handles, whether the import was still running.
      document.addEventListener('click', () => {
        (window as unknown as { __clicks: boolean[] }).__clicks ??= [];
        (window as unknown as { __clicks: boolean[] }).__clicks.push(Boolean(document.querySelector('[data-testid="wb-import-progress"]')));
      }, true);
    });
    await app.page.getByTestId('wb-file-input').setInputFiles({ name: big.name, mimeType: 'application/json', buffer: big.buffer });
    await app.page.getByTestId('wb-import-progress').waitFor();
    const measure = app.page.getByTestId('wb-measure-line');
    await measure.click();
    await app.page.getByTestId('wb-review').waitFor({ timeout: 60_000 });
    const { frames, clicks } = await app.page.evaluate(() => ({
      frames: (window as unknown as { __frames: number }).__frames,
      clicks: (window as unknown as { __clicks: boolean[] }).__clicks,
    }));
    // The page drew frames and handled a click while the file was being read and checked.
    expect(frames).toBeGreaterThan(5);
    expect(clicks).toEqual([true]);
    await expect(measure.getAttribute('aria-pressed')).resolves.toBe('true');
    await measure.click();
    expect(await app.page.getByTestId('wb-review-summary').textContent()).toContain('100000');
    await app.addImportToMap();
    await expect(app.page.getByTestId('wb-layer-many-points').getByTestId('wb-layer-count').textContent()).resolves.toContain('100,000');
  });
});
