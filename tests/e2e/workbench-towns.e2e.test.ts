/**
 * Which town (镇街) an imported polygon lies in: the workbench checks fetch the full-detail
 * town polygons only when they run, and report a polygon straddling 大安街道 and 陈食街道 in
 * both, with shares adding up to 100%.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

type Town = FeatureCollection<Polygon | MultiPolygon, { id: string; name: string }>;
const towns = JSON.parse(readFileSync('geodata/township-areas-detail.geojson', 'utf8')) as Town;
const positions = (name: string): Position[] => {
  const g = towns.features.find((f) => f.properties.name === name)!.geometry;
  return g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
};

/** A 2 x 2 km square centred on a vertex the 大安 and 陈食 outlines share. */
function squareOnTheBoundary(): { name: string; buffer: Buffer } {
  const chenshi = new Set(positions('陈食街道').map((p) => p.join(',')));
  const shared = positions('大安街道').filter((p) => chenshi.has(p.join(',')));
  const [x, y] = shared[Math.floor(shared.length / 2)]!;
  const d = 0.01;
  const collection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'straddling block' },
        geometry: { type: 'Polygon', coordinates: [[[x! - d, y! - d], [x! + d, y! - d], [x! + d, y! + d], [x! - d, y! + d], [x! - d, y! - d]]] },
      },
    ],
  };
  return { name: 'straddling.geojson', buffer: Buffer.from(JSON.stringify(collection)) };
}

describe('the towns a planner’s polygon lies in', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.workbench.open();
    await app.workbench.importFile(squareOnTheBoundary());
  });

  afterAll(async () => {
    await app?.close();
  });

  it('fetches the detail towns only when the checks run, and reports 大安 and 陈食 adding to 100%', async () => {
    const detailRequested = () => app.requests.some((url) => url.includes('township-areas-detail'));
    // Map, panels, workbench and the import's review: no detail towns yet.
    expect(detailRequested()).toBe(false);
    // Adding the import runs the checks of the new layer.
    await app.workbench.addImportToMap();
    await app.workbench.waitForTownsChecked();
    expect(detailRequested()).toBe(true);
    const text = (await app.workbench.firstTownsCellText()) ?? '';
    expect(text).toContain('大安街道');
    expect(text).toContain('陈食街道');
    const percents = [...text.matchAll(/(\d+)%/g)].map((m) => Number(m[1]));
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
    expect(app.consoleErrors).toEqual([]);
  });
});
