/**
 * Untrusted data is text, never markup: a file whose names and properties are HTML and
 * javascript: links is imported through the real file input and shown everywhere the
 * workbench shows it; a link whose every parameter is hostile is opened. Nothing may run
 * (no flag set, no dialog, no page error), no element may be created from the text (this
 * catches an injection even where the Content-Security-Policy would stop the script), and
 * the text must appear literally.
 */
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import { TRUTH } from '../support/workbenchFixtures';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const JS_URL = 'javascript:window.__xss=3';
const KEY = '<b onmouseover="window.__xss=4">key</b>';
const FILE = '<img src=x onerror=window.__xss=5>.geojson';

function hostileGeoJson(): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: IMG, note: SCRIPT, url: JS_URL, [KEY]: SCRIPT }, geometry: TRUTH },
      {
        type: 'Feature',
        properties: { name: SCRIPT },
        geometry: { type: 'Polygon', coordinates: [[[105.95, 29.3], [105.97, 29.32], [105.97, 29.3], [105.95, 29.32], [105.95, 29.3]]] },
      },
      { type: 'Feature', properties: { name: `${IMG} null` }, geometry: null },
      { type: 'Feature', properties: { name: JS_URL, url: JS_URL }, geometry: { type: 'Point', coordinates: [105.8, 29.3] } },
    ],
  });
}

async function expectNothingRan(app: AppDriver): Promise<void> {
  expect(await app.security.injectionTraces()).toEqual({ xss: undefined, injectedElements: [], handlers: [], scriptLinks: [] });
  expect(app.dialogs).toEqual([]);
  // Page errors, and also CSP reports of a blocked inline script or handler, would land here.
  expect(app.consoleErrors).toEqual([]);
  // An <img src=x> made from the text would have asked the server for /x.
  expect(app.requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
}

describe('an imported file with hostile names and properties', () => {
  let app: AppDriver;
  let layerId = '';

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.workbench.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the file name and the problem list literally in the review', async () => {
    await app.workbench.importFile({ name: FILE, buffer: Buffer.from(hostileGeoJson()) });
    expect(await app.textOf('wb-review')).toContain(FILE);
    const problems = await app.workbench.problemInnerTexts();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(SCRIPT);
    expect(problems[1]).toContain(`${IMG} null`);
    await expectNothingRan(app);
  });

  it('shows them literally in the layer list, the attribute table and the check table', async () => {
    await app.workbench.addImportToMap();
    expect(await app.textOf('wb-import-added')).toContain(FILE);
    layerId = (await app.workbench.workLayerIds())[0] ?? '';
    expect(layerId).toBeTruthy();
    expect(await app.textOf(`wb-layer-${layerId}`)).toContain(FILE);
    await app.workbench.showInTable(layerId);
    const table = await app.textOf('wb-table');
    for (const text of [IMG, SCRIPT, JS_URL, KEY]) expect(table).toContain(text);
    expect(await app.textOf('wb-table-section')).toContain(FILE);

    await app.workbench.check(layerId);
    const checks = await app.textOf('wb-checks');
    expect(checks).toContain(FILE);
    expect(checks).toContain(IMG);
    await expectNothingRan(app);
  });

  it('shows them literally in the feature editor, chosen from the table and on the map', async () => {
    await app.workbench.chooseRow({ id: 'f0' });
    expect(await app.textOf('wb-feature-name')).toBe(IMG);
    expect(await app.workbench.attributeValue('name')).toBe(IMG);
    expect(await app.workbench.attributeValue('url')).toBe(JS_URL);
    expect(await app.workbench.attributeValue(KEY)).toBe(SCRIPT);

    // Hover over both features, then choose the point by clicking it on the map.
    await app.map.jumpTo(105.85, 29.33, 11.5);
    await app.workbench.hoverMapAt(105.905, 29.357);
    await app.workbench.hoverMapAt(105.8, 29.3);
    await app.workbench.clickMapAt(105.8, 29.3);
    await app.workbench.waitForFeatureNamed(JS_URL, 10_000);
    expect(await app.workbench.attributeValue('url')).toBe(JS_URL);
    await expectNothingRan(app);
  });

  it('writes them as data in the exports: JSON strings, escaped KML, quoted CSV', async () => {
    const geojson = JSON.parse((await app.workbench.download('wb-export-geojson')).text) as FeatureCollection;
    expect(geojson.features[0]?.properties).toMatchObject({ name: IMG, note: SCRIPT, url: JS_URL, [KEY]: SCRIPT });
    const kml = (await app.workbench.download('wb-export-kml')).text;
    expect(kml).toContain('<name>&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;</name>');
    expect(kml).not.toContain(IMG);
    expect(kml).not.toContain(SCRIPT);
    const csv = (await app.workbench.download('wb-export-csv')).text;
    expect(csv).toContain('"<img src=x onerror=""window.__xss=1"">"');
    expect(csv).toContain(JS_URL);
    await expectNothingRan(app);
  });

  it('shows them literally again after a reload restores the saved work', async () => {
    await app.workbench.waitForSaved();
    await app.reload();
    await app.waitForMapIdle();
    await app.workbench.open();
    await app.workbench.showInTable(layerId);
    expect(await app.textOf('wb-table')).toContain(IMG);
    expect(await app.textOf(`wb-layer-${layerId}`)).toContain(FILE);
    await expectNothingRan(app);
  });
});

describe('a link whose every parameter is hostile', () => {
  it('opens the default view, runs nothing and names the parameters literally in the notice', async () => {
    const params: [string, string][] = [
      ['sel', `park:${IMG}`],
      ['lang', SCRIPT],
      ['c', JS_URL],
      ['z', '<svg onload="window.__xss=6">'],
      ['layers', IMG],
      ['ind', SCRIPT],
      ['base', JS_URL],
      [IMG, '1'],
      [SCRIPT, JS_URL],
    ];
    const search = `?${params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
    const app = await AppDriver.open(search);
    try {
      const notice = await app.textOf('url-notice');
      for (const name of ['sel', 'lang', 'c', 'layers', 'ind', 'base', IMG, SCRIPT]) expect(notice).toContain(name);
      expect(await app.language.htmlLang()).toBe('zh-CN');
      expect(await app.layout.selectionInUrl()).toBeNull();
      // The link the app offers for sharing carries none of it.
      const shared = decodeURIComponent(await app.share.sharedLink());
      expect(shared).not.toMatch(/<|javascript:/);
      await expectNothingRan(app);
    } finally {
      await app.close();
    }
  });
});
