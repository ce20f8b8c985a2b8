// @vitest-environment happy-dom
/**
 * The township and park details read the town polygons: area (derived), cluster levels
 * and industries, the plan's text for towns without a cluster, parks lying in the town,
 * and a park's towns.
 */
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Feature, Point } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { GeoDataContext } from '../../src/app/GeoDataContext';
import type { GeoData } from '../../src/data/geodata';
import { parkById } from '../../src/data/plan';
import type { TownshipProps } from '../../src/data/types';
import { ParkDetail } from '../../src/details/ParkDetail';
import { TownshipDetail } from '../../src/details/TownshipDetail';
import { LAYER_FILES } from '../../scripts/data/sources';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const read = (rel: string): unknown => JSON.parse(readFileSync(rel, 'utf8')) as unknown;
const data = {
  district: read(LAYER_FILES.district),
  neighbours: read(LAYER_FILES.neighbours),
  townships: read(LAYER_FILES.townships),
  townshipAreas: read(LAYER_FILES.townshipAreas),
  parks: read(LAYER_FILES.parks),
  subParks: read(LAYER_FILES.subparks),
  clusters: read(LAYER_FILES.clusters),
  hubs: read(LAYER_FILES.hubs),
} as GeoData;

function seat(name: string): Feature<Point, TownshipProps> {
  const f = data.townships.features.find((x) => x.properties.name === name);
  if (!f) throw new Error(name);
  return f;
}

function render(node: React.ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    createRoot(container).render(<GeoDataContext.Provider value={data}>{node}</GeoDataContext.Provider>);
  });
  return container;
}

describe('township detail', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('青峰镇: its derived area, cluster levels and industries', () => {
    const el = render(<TownshipDetail township={seat('青峰镇')} />);
    const area = data.townshipAreas.features.find((f) => f.properties.name === '青峰镇')!.properties.areaKm2;
    expect(el.querySelector('[data-testid="township-area"]')?.textContent).toBe(`${area}平方公里`);
    expect(el.querySelector('[data-testid="township-cluster-levels"]')?.textContent).toMatch(/区级.*市级/);
    expect(el.querySelector('[data-testid="township-cluster-industries"]')?.textContent?.length).toBeGreaterThan(0);
    expect(el.querySelector('[data-testid="township-no-plan-text"]')).toBeNull();
  });

  it('朱沱镇 (no cluster): the plan’s text for the other towns, and 港桥 lying in it', () => {
    const el = render(<TownshipDetail township={seat('朱沱镇')} />);
    expect(el.querySelector('[data-testid="township-other-towns"]')?.textContent).toContain('朱沱镇、来苏镇、宝峰镇、吉安镇、金龙镇');
    expect(el.querySelector('[data-testid="township-parks"]')?.textContent).toMatch(/港桥产业园 9\d%/);
  });

  it('中山路街道 (no cluster, not among the other towns) says the plan names neither', () => {
    const el = render(<TownshipDetail township={seat('中山路街道')} />);
    expect(el.querySelector('[data-testid="township-no-plan-text"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="township-other-towns"]')).toBeNull();
  });

  it('凤凰湖’s detail lists 大安街道 and 陈食街道 with shares adding to 100%', () => {
    const el = render(<ParkDetail park={parkById('fenghuanghu')!} />);
    const text = el.querySelector('[data-testid="park-towns"]')?.textContent ?? '';
    expect(text).toContain('大安街道');
    expect(text).toContain('陈食街道');
    const sum = [...text.matchAll(/(\d+)%/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(sum).toBe(100);
  });
});
