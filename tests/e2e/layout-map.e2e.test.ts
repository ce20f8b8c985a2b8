import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster, Park } from '../../src/data/types';
import { AppDriver } from './support/driver';

const parks = JSON.parse(readFileSync('geodata/plan/parks.json', 'utf8')) as Park[];
const clusters = JSON.parse(readFileSync('geodata/plan/clusters.json', 'utf8')) as Cluster[];

const EXPECTED_LAYERS = [
  'district-fill',
  'district-line',
  'mask-fill',
  'neighbours-fill',
  'neighbours-label',
  'parks-fill',
  'parks-line',
  'parks-label',
  'subparks-point',
  'subparks-fill',
  'clusters-circle',
  'clusters-ring',
  'townships-dot',
  'townships-label',
  'hubs-point',
  'hubs-label',
];

describe('the layout map on a laptop', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reaches idle with every layer present and drawn', async () => {
    const layers = await app.styleLayerIds();
    for (const id of EXPECTED_LAYERS) expect(layers).toContain(id);
    const drawnParks = new Set(await app.renderedFeatureIds('parks-fill'));
    expect([...drawnParks].sort()).toEqual(parks.map((park) => park.id).sort());
    const drawnClusters = new Set(await app.renderedFeatureIds('clusters-circle'));
    expect(drawnClusters.size).toBe(15);
    const drawnSeats = new Set(await app.renderedFeatureIds('townships-dot'));
    expect(drawnSeats.size).toBe(23);
    await expect(app.page.getByTestId('schematic-banner').isVisible()).resolves.toBe(true);
  });

  it('saves a screenshot of the district view for the README', async () => {
    mkdirSync('docs', { recursive: true });
    await app.screenshot('docs/screenshot-district.png');
  });

  it('opens each park from its list and shows the plan’s figures', async () => {
    await app.openTab('parks');
    for (const park of parks) {
      await app.chooseInList('park', park.id);
      const detail = app.page.getByTestId(`park-detail-${park.id}`);
      await expect(detail.isVisible()).resolves.toBe(true);
      const text = (await detail.textContent()) ?? '';
      for (const area of park.areas) {
        expect(text, `${park.id} ${area.kind}`).toContain(`${area.valueKm2}平方公里`);
        expect(text).toContain(area.text);
      }
      expect(text).toContain(`${park.target.valueYi}亿元`);
      expect(text).toContain(park.positioning.zh);
      expect(text).toContain('示意');
      expect(await app.selectionInUrl()).toBe(`park:${park.id}`);
      expect(await app.selectedFeatureState('parks', park.id)).toBe(true);
    }
  });

  it('opens each cluster from its list and shows its levels and directions', async () => {
    await app.openTab('clusters');
    for (const cluster of clusters) {
      await app.chooseInList('cluster', cluster.id);
      const detail = app.page.getByTestId(`cluster-detail-${cluster.id}`);
      const text = (await detail.textContent()) ?? '';
      expect(text).toContain(cluster.directionsText);
      expect(text).toContain(cluster.positioningText);
      const level = (value: string) => (value === 'municipal' ? '市级' : '区级');
      const badges = (await app.page.getByTestId(`item-cluster-${cluster.id}`).locator('.badge').allTextContents()).join('|');
      expect(badges).toContain(`${level(cluster.agglomerationLevel)} 中小企业集聚区`);
      expect(badges).toContain(`${level(cluster.incubatorLevel)} 小企业创业基地`);
      expect(await app.selectedFeatureState('clusters', cluster.id)).toBe(true);
    }
  });

  it('selects a park by clicking its shape on the canvas', async () => {
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('whole-district').click();
    await app.waitForMapIdle();
    const point = await app.clearPointOnPark('fenghuanghu');
    await app.page.mouse.click(point.x, point.y);
    await app.page.getByTestId('park-detail-fenghuanghu').waitFor();
    expect(await app.selectionInUrl()).toBe('park:fenghuanghu');
    await expect(app.page.getByTestId('tab-parks').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(app.page.getByTestId('announcer').textContent()).resolves.toContain('凤凰湖产业园');
  });

  it('steps back through selections with the browser’s Back button, and Escape clears', async () => {
    await app.openTab('parks');
    await app.chooseInList('park', 'gangqiao');
    await app.chooseInList('park', 'sanjiao');
    expect(await app.selectionInUrl()).toBe('park:sanjiao');
    await app.page.goBack();
    await app.page.getByTestId('park-detail-gangqiao').waitFor();
    expect(await app.selectedFeatureState('parks', 'gangqiao')).toBe(true);
    expect(await app.selectedFeatureState('parks', 'sanjiao')).toBe(false);
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('park-detail-gangqiao').waitFor({ state: 'detached' });
    expect(await app.selectionInUrl()).toBeNull();
    await app.page.goBack();
    await app.page.getByTestId('park-detail-gangqiao').waitFor();
  });

  it('highlights a park under the pointer and shows a pointer cursor', async () => {
    await app.page.getByTestId('whole-district').click();
    await app.waitForMapIdle();
    const point = await app.clearPointOnPark('fenghuanghu');
    await app.page.mouse.move(point.x, point.y);
    await app.page.waitForFunction(
      () => window.__yongchuanMap!.map.getFeatureState({ source: 'parks', id: 'fenghuanghu' }).hover === true,
    );
    const cursor = await app.page.evaluate(() => window.__yongchuanMap!.map.getCanvas().style.cursor);
    expect(cursor).toBe('pointer');
    await app.page.mouse.move(5, 300);
  });

  it('hides and shows a layer group with its switch', async () => {
    await app.page.getByTestId('legend').locator('.legend-layers > summary').click();
    await app.page.getByTestId('layer-clusters').uncheck();
    await app.waitForMapIdle();
    expect(await app.renderedFeatureIds('clusters-circle')).toEqual([]);
    await app.page.getByTestId('layer-clusters').check();
    await app.waitForMapIdle();
    expect(new Set(await app.renderedFeatureIds('clusters-circle')).size).toBe(15);
  });

  it('credits its geometry sources in a folded attribution that opens on request', async () => {
    const inner = app.page.locator('.maplibregl-ctrl-attrib-inner');
    await expect(inner.isVisible()).resolves.toBe(false);
    await app.page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect(inner.isVisible()).resolves.toBe(true);
    await expect(inner.textContent()).resolves.toContain('GeoNames (CC BY 4.0)');
    await app.page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect(inner.isVisible()).resolves.toBe(false);
  });

  it('made no request outside its origin and logged no console error', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('a shared link', () => {
  it('opens with the linked selection', async () => {
    const app = await AppDriver.open('?sel=cluster:cluster-sanjiao');
    try {
      await app.page.getByTestId('cluster-detail-cluster-sanjiao').waitFor();
      expect(await app.selectedFeatureState('clusters', 'cluster-sanjiao')).toBe(true);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('on a phone', () => {
  it('turns the panel into a bottom sheet and keeps the map usable', async () => {
    const app = await AppDriver.open('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const panel = await app.page.getByTestId('side-panel').boundingBox();
      const map = await app.page.getByTestId('map').boundingBox();
      expect(panel).not.toBeNull();
      expect(map).not.toBeNull();
      expect(panel!.width).toBe(390);
      expect(panel!.y + panel!.height).toBeCloseTo(844, 0);
      expect(map!.height).toBeGreaterThan(400);
      await app.page.getByTestId('tab-clusters').tap();
      await app.page.getByTestId('item-cluster-cluster-qingfeng').locator('.item-button').tap();
      await app.page.getByTestId('cluster-detail-cluster-qingfeng').waitFor();
      const expanded = await app.page.getByTestId('side-panel').boundingBox();
      expect(expanded!.height).toBeGreaterThan(300);
      const mapAfter = await app.page.getByTestId('map').boundingBox();
      expect(mapAfter!.height).toBeGreaterThan(250);
      // Opening an entry scrolls the list, never the page: the header stays in view.
      const header = await app.page.locator('header.topbar').boundingBox();
      expect(header!.y).toBe(0);
      await app.waitForMapIdle();
      await app.screenshot('docs/screenshot-phone.png');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the tour on a phone', () => {
  it('folds the bottom sheet down when the tour starts, so the map and the tour card have room', async () => {
    const app = await AppDriver.open('?sel=cluster:cluster-qingfeng', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const sheet = app.page.getByTestId('side-panel');
      expect((await sheet.boundingBox())!.height).toBeGreaterThan(300);
      await app.startTour();
      await app.waitForMapIdle();
      expect((await sheet.boundingBox())!.height).toBeLessThan(200);
      expect((await app.page.getByTestId('map').boundingBox())!.height).toBeGreaterThan(450);
      const caption = await app.page.getByTestId('tour-caption').boundingBox();
      expect(caption!.height).toBeGreaterThan(60);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('on a projector', () => {
  it('lays out the map and panel side by side at 1920×1080', async () => {
    const app = await AppDriver.open('?sel=park:fenghuanghu', { viewport: { width: 1920, height: 1080 } });
    try {
      const panel = await app.page.getByTestId('side-panel').boundingBox();
      const map = await app.page.getByTestId('map').boundingBox();
      expect(map!.width + panel!.width).toBeLessThanOrEqual(1920);
      expect(map!.width).toBeGreaterThan(1300);
      expect(map!.height).toBeGreaterThan(900);
      // The drawing fills the map's whole area.
      const canvas = await app.page.locator('[data-testid="map"] canvas').boundingBox();
      for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(canvas![side] - map![side])).toBeLessThan(1);
      await app.page.getByTestId('park-detail-fenghuanghu').waitFor();
      await app.screenshot('docs/screenshot-projector.png');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
