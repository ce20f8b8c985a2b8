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
    const layers = await app.map.styleLayerIds();
    for (const id of EXPECTED_LAYERS) expect(layers).toContain(id);
    const drawnParks = new Set(await app.map.renderedFeatureIds('parks-fill'));
    expect([...drawnParks].sort()).toEqual(parks.map((park) => park.id).sort());
    const drawnClusters = new Set(await app.map.renderedFeatureIds('clusters-circle'));
    expect(drawnClusters.size).toBe(15);
    const drawnSeats = new Set(await app.map.renderedFeatureIds('townships-dot'));
    expect(drawnSeats.size).toBe(23);
    await expect(app.layout.isSchematicBannerVisible()).resolves.toBe(true);
  });

  it('saves a screenshot of the district view for the README', async () => {
    mkdirSync('docs', { recursive: true });
    await app.screenshot('docs/screenshot-district.png');
  });

  it('opens each park from its list and shows the plan’s figures', async () => {
    await app.layout.openTab('parks');
    for (const park of parks) {
      await app.layout.chooseInList('park', park.id);
      await expect(app.layout.isDetailVisible('park', park.id)).resolves.toBe(true);
      const text = (await app.layout.detailText('park', park.id)) ?? '';
      for (const area of park.areas) {
        expect(text, `${park.id} ${area.kind}`).toContain(`${area.valueKm2}平方公里`);
        expect(text).toContain(area.text);
      }
      expect(text).toContain(`${park.target.valueYi}亿元`);
      expect(text).toContain(park.positioning.zh);
      expect(text).toContain('示意');
      expect(await app.layout.selectionInUrl()).toBe(`park:${park.id}`);
      expect(await app.layout.selectedFeatureState('parks', park.id)).toBe(true);
    }
  });

  it('opens each cluster from its list and shows its levels and directions', async () => {
    await app.layout.openTab('clusters');
    for (const cluster of clusters) {
      await app.layout.chooseInList('cluster', cluster.id);
      const text = (await app.layout.detailText('cluster', cluster.id)) ?? '';
      expect(text).toContain(cluster.directionsText);
      expect(text).toContain(cluster.positioningText);
      const level = (value: string) => (value === 'municipal' ? '市级' : '区级');
      const badges = (await app.layout.listBadges('cluster', cluster.id)).join('|');
      expect(badges).toContain(`${level(cluster.agglomerationLevel)} 中小企业集聚区`);
      expect(badges).toContain(`${level(cluster.incubatorLevel)} 小企业创业基地`);
      expect(await app.layout.selectedFeatureState('clusters', cluster.id)).toBe(true);
    }
  });

  it('selects a park by clicking its shape on the canvas', async () => {
    await app.layout.escape();
    await app.layout.showWholeDistrict();
    await app.layout.clickPark('fenghuanghu');
    await app.layout.waitForDetail('park', 'fenghuanghu');
    expect(await app.layout.selectionInUrl()).toBe('park:fenghuanghu');
    await expect(app.layout.tabAriaSelected('parks')).resolves.toBe('true');
    await expect(app.layout.announcement()).resolves.toContain('凤凰湖产业园');
  });

  it('steps back through selections with the browser’s Back button, and Escape clears', async () => {
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'gangqiao');
    await app.layout.chooseInList('park', 'sanjiao');
    expect(await app.layout.selectionInUrl()).toBe('park:sanjiao');
    await app.layout.back();
    await app.layout.waitForDetail('park', 'gangqiao');
    expect(await app.layout.selectedFeatureState('parks', 'gangqiao')).toBe(true);
    expect(await app.layout.selectedFeatureState('parks', 'sanjiao')).toBe(false);
    await app.layout.escape();
    await app.layout.waitForDetail('park', 'gangqiao', 'detached');
    expect(await app.layout.selectionInUrl()).toBeNull();
    await app.layout.back();
    await app.layout.waitForDetail('park', 'gangqiao');
  });

  it('highlights a park under the pointer and shows a pointer cursor', async () => {
    await app.layout.showWholeDistrict();
    await app.layout.hoverPark('fenghuanghu');
    const cursor = await app.layout.mapCursor();
    expect(cursor).toBe('pointer');
    await app.layout.movePointer(5, 300);
  });

  it('hides and shows a layer group with its switch', async () => {
    await app.layout.openLayerSwitches();
    await app.layout.setLayer('clusters', false);
    expect(await app.map.renderedFeatureIds('clusters-circle')).toEqual([]);
    await app.layout.setLayer('clusters', true);
    expect(new Set(await app.map.renderedFeatureIds('clusters-circle')).size).toBe(15);
  });

  it('credits its geometry sources in a folded attribution that opens on request', async () => {
    await expect(app.layout.isAttributionOpen()).resolves.toBe(false);
    await app.layout.toggleAttribution();
    await expect(app.layout.isAttributionOpen()).resolves.toBe(true);
    await expect(app.layout.attributionText()).resolves.toContain('GeoNames (CC BY 4.0)');
    await app.layout.toggleAttribution();
    await expect(app.layout.isAttributionOpen()).resolves.toBe(false);
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
      await app.layout.waitForDetail('cluster', 'cluster-sanjiao');
      expect(await app.layout.selectedFeatureState('clusters', 'cluster-sanjiao')).toBe(true);
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
      const panel = await app.layout.panelBox();
      const map = await app.layout.mapBox();
      expect(panel).not.toBeNull();
      expect(map).not.toBeNull();
      expect(panel!.width).toBe(390);
      expect(panel!.y + panel!.height).toBeCloseTo(844, 0);
      expect(map!.height).toBeGreaterThan(400);
      await app.layout.tapTab('clusters');
      await app.layout.tapInList('cluster', 'cluster-qingfeng');
      await app.layout.waitForDetail('cluster', 'cluster-qingfeng');
      const expanded = await app.layout.panelBox();
      expect(expanded!.height).toBeGreaterThan(300);
      const mapAfter = await app.layout.mapBox();
      expect(mapAfter!.height).toBeGreaterThan(250);
      // Opening an entry scrolls the list, never the page: the header stays in view.
      const header = await app.layout.headerBox();
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
      expect((await app.layout.panelBox())!.height).toBeGreaterThan(300);
      await app.tour.start();
      await app.waitForMapIdle();
      expect((await app.layout.panelBox())!.height).toBeLessThan(200);
      expect((await app.layout.mapBox())!.height).toBeGreaterThan(450);
      const caption = await app.tour.captionBox();
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
      const panel = await app.layout.panelBox();
      const map = await app.layout.mapBox();
      expect(map!.width + panel!.width).toBeLessThanOrEqual(1920);
      expect(map!.width).toBeGreaterThan(1300);
      expect(map!.height).toBeGreaterThan(900);
      // The drawing fills the map's whole area.
      const canvas = await app.layout.mapCanvasBox();
      for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(canvas![side] - map![side])).toBeLessThan(1);
      await app.layout.waitForDetail('park', 'fenghuanghu');
      await app.screenshot('docs/screenshot-projector.png');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
