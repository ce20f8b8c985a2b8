import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster, Indicator, Park, SubPark } from '../../src/data/types';
import { AppDriver } from './support/driver';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const parks = read<Park[]>('geodata/plan/parks.json');
const subParks = read<SubPark[]>('geodata/plan/subparks.json');
const clusters = read<Cluster[]>('geodata/plan/clusters.json');
const indicators = read<Indicator[]>('geodata/plan/indicators.json');

const ARTIFACTS = '.tmp/e2e-artifacts';

/**
 * What the plan names for 新能源: 凤凰湖产业园 lists it among its lead industries (表2) and its
 * 新材料产业园 is to develop 页岩气深加工 (§四（一）2). No town's row of 表4 names it.
 */
const NEW_ENERGY_HOSTS = ['park:fenghuanghu', 'subpark:fenghuanghu-new-materials'];

describe('industries, search, comparison and indicators on a laptop', () => {
  let app: AppDriver;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await AppDriver.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('choosing 新能源 highlights exactly the hosts the plan names, on the map and in the lists', async () => {
    await app.insights.openPanel('industries');
    await app.insights.toggleIndustry('new-energy');
    expect((await app.insights.listedHosts()).sort()).toEqual(NEW_ENERGY_HOSTS);
    // Each listed host shows the plan's words that make it one.
    const fenghuanghu = (await app.insights.hostText('park-fenghuanghu')) ?? '';
    expect(fenghuanghu).toContain('培育壮大生物医药及大健康、新能源等战略性新兴产业。');
    const newMaterials = (await app.insights.hostText('subpark-fenghuanghu-new-materials')) ?? '';
    expect(newMaterials).toContain('页岩气深加工产业');

    const parkStates = await app.insights.lensStates('parks', parks.map((park) => park.id));
    const subParkStates = await app.insights.lensStates('subparks', subParks.map((subPark) => subPark.id));
    const clusterStates = await app.insights.lensStates('clusters', clusters.map((cluster) => cluster.id));
    const hosts = [
      ...Object.entries(parkStates).filter(([, state]) => state.host).map(([id]) => `park:${id}`),
      ...Object.entries(subParkStates).filter(([, state]) => state.host).map(([id]) => `subpark:${id}`),
      ...Object.entries(clusterStates).filter(([, state]) => state.host).map(([id]) => `cluster:${id}`),
    ];
    expect(hosts.sort()).toEqual(NEW_ENERGY_HOSTS);
    // Everything else is dimmed.
    for (const [id, state] of Object.entries({ ...parkStates, ...subParkStates, ...clusterStates })) {
      if (id === 'fenghuanghu' || id === 'fenghuanghu-new-materials') expect(state.dim, id).toBe(false);
      else expect(state.dim, id).toBe(true);
    }
    await expect(app.insights.lensBannerText()).resolves.toContain('新能源');
    await app.screenshotTo(`${ARTIFACTS}/industries-desktop.png`);

    // The lists dim the rest too.
    await app.layout.openTab('parks');
    await expect(app.layout.listLens('park', 'fenghuanghu')).resolves.toBe('host');
    await expect(app.layout.listLens('park', 'gangqiao')).resolves.toBe('dimmed');
    await expect(app.layout.listLens('subpark', 'fenghuanghu-new-materials')).resolves.toBe('host');
    await app.layout.openTab('clusters');
    await expect(app.layout.listLens('cluster', 'cluster-sanjiao')).resolves.toBe('dimmed');
  });

  it('maps the towns’ 装备制造 to 智能装备 openly, and clearing restores the map', async () => {
    await app.insights.openPanel('industries');
    await app.insights.toggleIndustry('smart-equipment');
    await app.insights.waitForEquipmentNamingNote();
    const hosts = await app.insights.listedHosts();
    expect(hosts).toContain('cluster:cluster-shengli-road');
    await expect(app.insights.hostViaEquipment('cluster-cluster-shengli-road')).resolves.toBe(true);
    await app.insights.clearLensFromBanner();
    await app.waitForMapIdle();
    const states = await app.insights.lensStates('parks', parks.map((park) => park.id));
    expect(Object.values(states).every((state) => !state.host && !state.dim)).toBe(true);
    await expect(app.insights.lensBannerCount()).resolves.toBe(0);
  });

  it('finds 三教 by "sanjiao", "三教" and "sj"', async () => {
    for (const query of ['sanjiao', '三教', 'sj']) {
      const options = await app.insights.search(query);
      expect(options, query).toContain('park:sanjiao');
      expect(options, query).toContain('cluster:cluster-sanjiao');
      expect(options, query).toContain('township:500118116000');
    }
    // Grouped by kind.
    await expect(app.insights.isSearchGroupVisible('park')).resolves.toBe(true);
    await expect(app.insights.isSearchGroupVisible('cluster')).resolves.toBe(true);
  });

  it('is driven by the keyboard: arrows, Enter selects on the map, Escape closes', async () => {
    const options = await app.insights.search('fhh');
    expect(options[0]).toBe('park:fenghuanghu');
    await expect(app.insights.searchExpanded()).resolves.toBe('true');
    await app.insights.pressInSearch('ArrowDown');
    const active = await app.insights.searchActiveDescendant();
    expect(active).toBeTruthy();
    await expect(app.insights.ariaSelectedOf(active!)).resolves.toBe('true');
    await app.insights.pressInSearch('Enter');
    await app.waitForMapIdle();
    expect(await app.layout.selectionInUrl()).toBe('park:fenghuanghu');
    expect(await app.layout.selectedFeatureState('parks', 'fenghuanghu')).toBe(true);
    await app.layout.waitForDetail('park', 'fenghuanghu');

    await app.insights.search('fenghuang');
    await app.insights.pressInSearch('Escape');
    await expect(app.insights.searchExpanded()).resolves.toBe('false');
    // Escape in the box leaves the selection alone.
    expect(await app.layout.selectionInUrl()).toBe('park:fenghuanghu');

    const none = await app.insights.search('zzqx');
    expect(none).toEqual([]);
    await expect(app.insights.searchEmptyText()).resolves.toContain('zzqx');

    // Choosing an industry opens the lens on it.
    await app.insights.search('xinnengyuan');
    await app.insights.pressInSearch('Enter');
    await app.insights.waitForHosts();
    expect((await app.insights.listedHosts()).sort()).toEqual(NEW_ENERGY_HOSTS);
    await app.insights.clearIndustries();
  });

  it('compares 凤凰湖 and 港桥 side by side and exports a UTF-8 CSV with the right values', async () => {
    await app.insights.compare(['fenghuanghu', 'gangqiao']);
    await expect(app.insights.compareColumnText('fenghuanghu')).resolves.toContain('凤凰湖产业园');
    await expect(app.insights.compareColumnText('gangqiao')).resolves.toContain('港桥产业园');
    const approved = (await app.insights.compareRowText('area-approved')) ?? '';
    expect(approved).toContain('34.66平方公里');
    expect(approved).toContain('12.23平方公里');
    const target = (await app.insights.compareRowText('target')) ?? '';
    expect(target).toContain('2000亿元');
    expect(target).toContain('600亿元');
    const derived = (await app.insights.compareRowText('derived-target-per-planned-construction')) ?? '';
    expect(derived).toContain('推算');
    expect(derived).toContain('83.33');
    expect(derived).toContain('76.92');
    await app.screenshotTo(`${ARTIFACTS}/compare-desktop.png`);

    const { bytes, fileName } = await app.insights.downloadComparisonCsv();
    expect(fileName).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('项目,单位,凤凰湖产业园,港桥产业园,出处或算法');
    expect(lines).toContain('规划批准面积,平方公里,34.66,12.23,表2');
    expect(lines).toContain('截至2020年底建成面积,平方公里,21.5,7.5,表2');
    expect(lines.some((line) => line.startsWith('2025年目标,亿元,2000,600,'))).toBe(true);
    expect(lines.some((line) => line.startsWith('2025年目标 ÷ “十四五”期间规划建设面积（推算）,亿元/平方公里,83.33,76.92,'))).toBe(true);
  });

  it('shows the 24 rows of table 1 with their 2025 targets, as targets', async () => {
    await app.insights.openPanel('indicators');
    await expect(app.insights.indicatorRowCount()).resolves.toBe(24);
    for (const indicator of indicators) {
      await expect(app.insights.indicator2025(indicator.id), indicator.id).resolves.toBe(
        indicator.target2025,
      );
    }
    await expect(app.insights.indicatorsCountText()).resolves.toContain('24');
    await expect(app.insights.indicatorsNotice()).resolves.toContain('不是实际完成值');
    await expect(app.insights.chartTableCount('clusters')).resolves.toBe(1);
    await expect(app.insights.chartTableCount('parks')).resolves.toBe(1);
    await app.screenshotTo(`${ARTIFACTS}/indicators-desktop.png`);
    await app.insights.screenshotChart('clusters', `${ARTIFACTS}/chart-clusters.png`);
    await app.insights.screenshotChart('parks', `${ARTIFACTS}/chart-parks.png`);
  });

  it('speaks English: views, search by English name and an English CSV', async () => {
    await app.language.switch();
    await app.insights.openPanel('indicators');
    await expect(app.insights.indicatorsNotice()).resolves.toContain('targets, not results');
    await app.screenshotTo(`${ARTIFACTS}/indicators-desktop-en.png`);
    await app.insights.screenshotChart('clusters', `${ARTIFACTS}/chart-clusters-en.png`);
    // The panel never widens the page, even with six English tabs.
    await expect(app.layout.pageScrollWidth()).resolves.toBeLessThanOrEqual(1366);
    const options = await app.insights.search('bonded');
    expect(options[0]).toBe('park:bonded-zone');
    await app.insights.pressInSearch('Escape');
    await app.insights.openPanel('industries');
    await app.insights.toggleIndustry('civil-aviation');
    expect((await app.insights.listedHosts()).sort()).toEqual(['park:bonded-zone', 'park:eco-city']);
    await app.screenshotTo(`${ARTIFACTS}/industries-desktop-en.png`);
    await app.insights.clearIndustries();
    await app.insights.openPanel('compare');
    await app.insights.waitForCompareTable();
    await app.screenshotTo(`${ARTIFACTS}/compare-desktop-en.png`);
    const { bytes } = await app.insights.downloadComparisonCsv();
    const lines = new TextDecoder('utf-8').decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toBe('Item,Unit,Fenghuanghu Industrial Park,Gangqiao Industrial Park,Source or calculation');
    expect(lines).toContain('Approved planning area,km²,34.66,12.23,Table 2');
    await app.language.switch();
  });

  it('made no request outside its origin and logged no console error', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('industries and search on a phone', () => {
  it('searches from the top bar and shows the lens in the bottom sheet', async () => {
    const app = await AppDriver.open('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const options = await app.insights.search('sj');
      expect(options).toContain('park:sanjiao');
      await app.screenshotTo(`${ARTIFACTS}/search-phone.png`);
      await app.insights.search('新能源');
      await app.insights.tapSearchOption('industry-new-energy');
      await app.insights.waitForHosts();
      await app.waitForMapIdle();
      await app.screenshotTo(`${ARTIFACTS}/industries-phone.png`);
      await app.insights.scrollToHosts();
      await app.screenshotTo(`${ARTIFACTS}/industries-hosts-phone.png`);
      await app.insights.compare(['fenghuanghu', 'gangqiao']);
      await app.screenshotTo(`${ARTIFACTS}/compare-phone.png`);
      // The wide table scrolls inside the panel; the page itself does not widen.
      await expect(app.layout.pageScrollWidth()).resolves.toBeLessThanOrEqual(390);
      await app.insights.openPanel('indicators');
      await app.screenshotTo(`${ARTIFACTS}/indicators-phone.png`);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
