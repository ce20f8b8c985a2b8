/**
 * The plan package's extra views: a park's key projects (专栏10 and the water, gas and power
 * projects the text of 四（三） ties to it) in its detail, grouped by what they build, and in its
 * printed fact sheet; the regional view (五（六）, 专栏15) in the overview, naming each
 * initiative's partners, with those the map holds highlighted on the map (feature-state of the
 * neighbours layer); in both languages and on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

const ON = 'regional';

describe('key projects under their parks', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.open('?lang=zh');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists 凤凰湖’s box-10 projects and its water works, by kind, with the plan reference (Chinese)', async () => {
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'fenghuanghu');
    expect(await app.planViews.projectCount('fenghuanghu')).toBe(25);
    expect(await app.planViews.projectGroups('fenghuanghu')).toEqual(['road', 'water', 'other']);
    const text = await app.planViews.projectsText('fenghuanghu');
    expect(text).toContain('重点基础设施项目');
    expect(text).toContain('专栏10');
    expect(text).toContain('§四（三）');
    expect(text).toContain('道路 (20)');
    const roads = await app.planViews.groupItems('fenghuanghu', 'road');
    expect(roads).toHaveLength(20);
    expect(roads[0]).toBe('永师路道路改造工程');
    const water = await app.planViews.groupItems('fenghuanghu', 'water');
    expect(water[0]).toContain('第四水厂');
    expect(water[0]).toContain('加快第四水厂建设'); // the plan's sentence, quoted
    const other = await app.planViews.groupItems('fenghuanghu', 'other');
    expect(other.join('\n')).toContain('场地平整');
    expect(await app.a11y.violations()).toEqual([]);
  });

  it('gives 三教 its water and sewage works, 港桥 its gas and power, the bonded zone none (said so)', async () => {
    await app.layout.chooseInList('park', 'sanjiao');
    expect(await app.planViews.projectGroups('sanjiao')).toEqual(['road', 'water', 'other']);
    expect((await app.planViews.groupItems('sanjiao', 'water')).join('\n')).toContain('污水处理');
    await app.layout.chooseInList('park', 'gangqiao');
    expect(await app.planViews.projectGroups('gangqiao')).toEqual(['road', 'gas', 'power', 'other']);
    expect(await app.planViews.groupItems('gangqiao', 'gas')).toHaveLength(3);
    await app.layout.chooseInList('park', 'bonded-zone');
    expect(await app.planViews.projectCount('bonded-zone')).toBe(0);
    expect(await app.planViews.projectsText('bonded-zone')).toContain('规划没有在此园区下列出重点基础设施项目');
  });

  it('in English: translated names first, the plan’s Chinese marked as such', async () => {
    await app.layout.chooseInList('park', 'fenghuanghu');
    await app.language.switch();
    const text = await app.planViews.projectsText('fenghuanghu');
    expect(text).toContain('Key infrastructure projects');
    expect(text).toContain('Box 10');
    expect(text).toContain('Roads (20)');
    expect((await app.planViews.groupItems('fenghuanghu', 'road'))[0]).toContain('Yongshi Road reconstruction');
    const unmarked = (await app.language.visibleTexts()).filter((t) => t.where.startsWith('project') && !t.zh && /\p{Script=Han}/u.test(t.text));
    expect(unmarked).toEqual([]);
    expect(await app.a11y.violations()).toEqual([]);
    await app.language.switch();
  });

  it('prints them on the park’s fact sheet', async () => {
    await app.export.printSheet({ park: 'fenghuanghu' });
    await app.export.emulatePrint(true);
    const sheet = await app.planViews.sheetProjectsText('fenghuanghu');
    expect(sheet).toContain('重点基础设施项目');
    expect(sheet).toContain('道路 (20)');
    expect(sheet).toContain('永师路道路改造工程');
    expect(sheet).toContain('第四水厂');
    await app.export.emulatePrint(false);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('the regional view', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.open('?lang=zh');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names each initiative of 五（六）/专栏15 with its partners, in the plan’s order', async () => {
    await app.layout.openTab('overview');
    await app.planViews.openRegional();
    expect(await app.planViews.initiativeIds()).toEqual(['chuannan-yuxi', 'lu-yong-jiang', 'main-city-integration', 'park-cooperation', 'baijiu']);
    const text = await app.planViews.regionalText();
    expect(text).toContain('区域协同发展');
    expect(text).toContain('§五（六）');
    expect(await app.planViews.initiativeText('lu-yong-jiang')).toContain('泸永江融合发展示范区建设');
    expect(await app.planViews.initiativeText('lu-yong-jiang')).toContain('专栏15');
    const names = (await app.planViews.partnerNames('chuannan-yuxi')).map((n) => (n.split('\n')[0] ?? '').replace('◉', '').trim());
    expect(names).toEqual(['泸州', '宜宾', '内江', '自贡', '江津', '荣昌']);
    expect((await app.planViews.partnerNames('lu-yong-jiang')).join('、')).toContain('泸州综合保税区');
    expect(await app.a11y.violations()).toEqual([]);
  });

  it('highlights the partners the map holds, says which it cannot show, and takes them off again', async () => {
    expect(await app.map.featureState('neighbours', '500116', ON)).not.toBe(true);
    await app.planViews.toggleOnMap('chuannan-yuxi');
    expect(await app.planViews.isShownOnMap('chuannan-yuxi')).toBe(true);
    for (const id of ['510502', '510521', '510522', '500116', '500153']) expect(await app.map.featureState('neighbours', id, ON), id).toBe(true);
    for (const id of ['500120', '500111', '500151']) expect(await app.map.featureState('neighbours', id, ON), id).not.toBe(true);
    const note = await app.planViews.initiativeText('chuannan-yuxi');
    expect(note).toContain('地图数据中没有轮廓：宜宾、内江、自贡');
    expect(note).toContain('江阳区、泸县、合江县');
    expect(await app.planViews.regionalStatus()).toContain('5');
    // The map framed them: Luzhou's counties to the south-west and Jiangjin to the east are in view.
    const [[west, south], [east, north]] = await app.map.bounds();
    expect(west).toBeLessThan(105.5);
    expect(east).toBeGreaterThan(106.2);
    expect(south).toBeLessThan(29.0);
    expect(north).toBeGreaterThan(29.4);
    // Another initiative replaces the highlight.
    await app.planViews.toggleOnMap('lu-yong-jiang');
    expect(await app.planViews.isShownOnMap('chuannan-yuxi')).toBe(false);
    expect(await app.map.featureState('neighbours', '500153', ON)).toBe(false);
    expect(await app.map.featureState('neighbours', '500116', ON)).toBe(true);
    await app.planViews.toggleOnMap('lu-yong-jiang');
    expect(await app.map.featureState('neighbours', '500116', ON)).toBe(false);
    // An initiative none of whose partners the map holds offers no map button and says why.
    expect(await app.planViews.canShowOnMap('park-cooperation')).toBe(false);
    expect(await app.planViews.initiativeText('park-cooperation')).toContain('都没有轮廓');
    expect(app.consoleErrors).toEqual([]);
  });

  it('in English, with the partners’ English names', async () => {
    await app.language.switch();
    await app.planViews.openRegional();
    expect(await app.planViews.regionalText()).toContain('Regional cooperation');
    const names = (await app.planViews.partnerNames('chuannan-yuxi')).map((n) => (n.split('\n')[0] ?? '').replace('◉', '').trim());
    expect(names).toEqual(['Luzhou (Sichuan)', 'Yibin (Sichuan)', 'Neijiang (Sichuan)', 'Zigong (Sichuan)', 'Jiangjin District (Chongqing)', 'Rongchang District (Chongqing)']);
    await app.planViews.toggleOnMap('lu-yong-jiang');
    expect(await app.planViews.initiativeText('lu-yong-jiang')).toContain('Highlighted on the map: Luzhou (Sichuan), Jiangjin District (Chongqing)');
    expect(await app.map.featureState('neighbours', '510502', ON)).toBe(true);
    const unmarked = (await app.language.visibleTexts()).filter((t) => t.where.startsWith('regional') && !t.zh && /\p{Script=Han}/u.test(t.text));
    expect(unmarked).toEqual([]);
    expect(await app.a11y.violations()).toEqual([]);
    // Leaving the view takes the highlight off the map.
    await app.layout.openTab('parks');
    await app.waitForMapIdle();
    expect(await app.map.featureState('neighbours', '510502', ON)).toBe(false);
    await app.language.switch();
  });
});

describe('on a phone (390 × 844)', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.open('?lang=zh', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the projects and the regional view read without sideways scrolling, and the map toggle works', async () => {
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'sanjiao');
    expect(await app.planViews.projectCount('sanjiao')).toBe(10);
    expect(await app.layout.pageScrollWidth()).toBeLessThanOrEqual(390);
    await app.screenshot('docs/park-projects-phone.png');
    await app.layout.openTab('overview');
    await app.planViews.openRegional();
    await app.planViews.toggleOnMap('lu-yong-jiang');
    expect(await app.map.featureState('neighbours', '500116', ON)).toBe(true);
    expect(await app.layout.pageScrollWidth()).toBeLessThanOrEqual(390);
    await app.language.switch();
    expect(await app.planViews.regionalText()).toContain('Shown on the map');
    expect(await app.layout.pageScrollWidth()).toBeLessThanOrEqual(390);
    await app.screenshot('docs/regional-phone.png');
  });
});
