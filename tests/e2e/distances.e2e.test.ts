import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

describe('distances to hubs', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('?sel=park:fenghuanghu');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists straight-line distances with each hub’s accuracy', async () => {
    await app.layout.waitForDistances('fenghuanghu');
    const text = (await app.layout.distancesText('fenghuanghu')) ?? '';
    expect(text).toContain('直线距离');
    for (const hub of ['yongchuan-east-station', 'da-an-general-airport', 'zhutuo-port', 'ckg-airport', 'chongqing-centre', 'chengdu-centre']) {
      const row = (await app.layout.distanceRow('fenghuanghu', hub)) ?? '';
      expect(row, hub).toMatch(/\d+(\.\d)? 公里/);
      expect(row, hub).toContain('±');
    }
    const chengdu = (await app.layout.distanceRow('fenghuanghu', 'chengdu-centre')) ?? '';
    const km = Number(/(\d+) 公里/.exec(chengdu)?.[1]);
    expect(km).toBeGreaterThan(230);
    expect(km).toBeLessThan(290);
  });

  it('draws 5, 10 and 20 km rings when asked', async () => {
    expect(await app.map.renderedFeatureIds('distance-rings-line')).toEqual([]);
    await app.layout.showDistanceRings();
    await app.layout.showWholeDistrict();
    const kms = await app.layout.drawnRingKms();
    expect(kms).toEqual([5, 10, 20]);
  });

  it('filters the lists to what lies within N km of a hub', async () => {
    await app.layout.openTab('clusters');
    const all = await app.layout.listCount('cluster');
    expect(all).toBe(15);
    await app.layout.filterByHub('10', 'yongchuan-east-station');
    const shown = await app.layout.listCount('cluster');
    expect(shown).toBe(4); // 10 km of 永川东站, from geodata (straight line)
    expect(shown).toBeLessThan(15);
    await expect(app.layout.hubFilterStatus()).resolves.toContain(`${shown} / 15`);
    await app.layout.filterByHub('');
    await expect(app.layout.listCount('cluster')).resolves.toBe(15);
  });
});
