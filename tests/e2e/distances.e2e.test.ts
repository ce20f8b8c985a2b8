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
    const section = app.page.getByTestId('park-detail-fenghuanghu').getByTestId('distances');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('直线距离');
    for (const hub of ['yongchuan-east-station', 'da-an-general-airport', 'zhutuo-port', 'ckg-airport', 'chongqing-centre', 'chengdu-centre']) {
      const row = (await section.getByTestId(`distance-${hub}`).textContent()) ?? '';
      expect(row, hub).toMatch(/\d+(\.\d)? 公里/);
      expect(row, hub).toContain('±');
    }
    const chengdu = (await section.getByTestId('distance-chengdu-centre').textContent()) ?? '';
    const km = Number(/(\d+) 公里/.exec(chengdu)?.[1]);
    expect(km).toBeGreaterThan(230);
    expect(km).toBeLessThan(290);
  });

  it('draws 5, 10 and 20 km rings when asked', async () => {
    expect(await app.renderedFeatureIds('distance-rings-line')).toEqual([]);
    await app.page.getByTestId('distance-rings').check();
    await app.page.getByTestId('whole-district').click();
    await app.waitForMapIdle();
    const kms = await app.page.evaluate(() =>
      [...new Set(window.__yongchuanMap!.map.queryRenderedFeatures({ layers: ['distance-rings-line'] }).map((f) => f.properties.km as number))].sort((a, b) => a - b),
    );
    expect(kms).toEqual([5, 10, 20]);
  });

  it('filters the lists to what lies within N km of a hub', async () => {
    await app.openTab('clusters');
    const all = await app.page.locator('[data-testid^="item-cluster-"]').count();
    expect(all).toBe(15);
    await app.page.getByTestId('hub-filter-km').selectOption('10');
    await app.page.getByTestId('hub-filter-hub').selectOption('yongchuan-east-station');
    const shown = await app.page.locator('[data-testid^="item-cluster-"]').count();
    expect(shown).toBe(4); // 10 km of 永川东站, from geodata (straight line)
    expect(shown).toBeLessThan(15);
    await expect(app.page.getByTestId('hub-filter-status').textContent()).resolves.toContain(`${shown} / 15`);
    await app.page.getByTestId('hub-filter-km').selectOption('');
    await expect(app.page.locator('[data-testid^="item-cluster-"]').count()).resolves.toBe(15);
  });
});
