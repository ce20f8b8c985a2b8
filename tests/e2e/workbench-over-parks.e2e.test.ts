import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedLabelPoint } from '../../src/geo/storedLabels';
import type { ParkShapeProps } from '../../src/data/types';
import { AppDriver } from './support/driver';

const parks = JSON.parse(readFileSync('geodata/parks.geojson', 'utf8')) as FeatureCollection<Polygon, ParkShapeProps>;
const centre = storedLabelPoint(parks.features.find((f) => f.properties.id === 'fenghuanghu')!.properties) as [number, number];

/** A planner's square of about 1 km around the centre of 凤凰湖产业园's schematic shape. */
function squareOverTheCore(): { name: string; buffer: Buffer } {
  const [x, y] = centre;
  const d = 0.005;
  const collection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'official block A' },
        geometry: { type: 'Polygon', coordinates: [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]] },
      },
    ],
  };
  return { name: 'block-a.geojson', buffer: Buffer.from(JSON.stringify(collection)) };
}

describe('a planner’s own feature drawn over a park', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.workbench.open();
    await app.workbench.importFile(squareOverTheCore());
    await app.workbench.addImportToMap();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('takes the click: the workbench opens the feature and the park is not selected', async () => {
    await app.map.jumpTo(centre[0], centre[1], 13);
    await app.workbench.clickMapAt(centre[0], centre[1]);
    await app.workbench.waitForFeatureNamed('official block A', 10_000);
    expect(await app.layout.selectionInUrl()).toBeNull();
    expect(await app.layout.tabAriaSelected('workbench')).toBe('true');
    expect(app.consoleErrors).toEqual([]);
  });
});
