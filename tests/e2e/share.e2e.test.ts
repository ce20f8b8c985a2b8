import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

describe('a shared link', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('?ind=electronics,digital');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('carries selection, industry filter and English into a fresh browser', async () => {
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'fenghuanghu');
    await app.language.switch();
    await app.waitForMapIdle();
    const link = await app.share.sharedLink();
    const url = new URL(link);
    expect(url.searchParams.get('sel')).toBe('park:fenghuanghu');
    expect(url.searchParams.get('ind')).toBe('electronics,digital');
    expect(url.searchParams.get('lang')).toBe('en');
    await expect(app.share.qrSource()).resolves.toMatch(/^data:image\/png/);

    // A fresh browser whose own language is Chinese, so English can only come from the link.
    const fresh = await AppDriver.open(url.search, { locale: 'zh-CN' });
    try {
      await fresh.layout.waitForDetail('park', 'fenghuanghu');
      expect(await fresh.layout.detailText('park', 'fenghuanghu')).toContain('Positioning');
      expect(await fresh.language.htmlLang()).toBe('en');
      await expect(fresh.layout.tabLabel('parks')).resolves.toBe('Parks');
      expect(await fresh.layout.selectedFeatureState('parks', 'fenghuanghu')).toBe(true);
      const restored = new URL(await fresh.share.sharedLink());
      expect(restored.searchParams.get('ind')).toBe('electronics,digital');
      expect(restored.searchParams.get('sel')).toBe('park:fenghuanghu');
      // The view too: same centre and zoom as the sender's.
      expect(restored.searchParams.get('c')).toBe(url.searchParams.get('c'));
      expect(restored.searchParams.get('z')).toBe(url.searchParams.get('z'));
      await expect(fresh.share.urlNoticeCount()).resolves.toBe(0);
      expect(fresh.consoleErrors).toEqual([]);
      expect(fresh.foreignRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('remembers the chosen language in this browser', async () => {
    await app.visitHome();
    await app.waitForMapIdle();
    expect(await app.language.htmlLang()).toBe('en');
  });
});

describe('a malformed link', () => {
  it('still shows the map, applies what it can and names what it ignored', async () => {
    const app = await AppDriver.open('?sel=park:nowhere&c=abc,1&z=99&ind=electronics,steel&lang=fr&zz=%E0%A4%A&layers=parks,hubs');
    try {
      await app.share.waitForUrlNotice();
      const text = (await app.share.urlNoticeText()) ?? '';
      for (const name of ['sel', 'c', 'ind', 'lang', 'zz']) expect(text).toContain(name);
      expect(await app.language.htmlLang()).toBe('zh-CN');
      expect(new Set(await app.map.renderedFeatureIds('parks-fill')).size).toBe(5);
      expect(await app.map.renderedFeatureIds('clusters-circle')).toEqual([]);
      await expect(app.layout.isLayerOn('clusters')).resolves.toBe(false);
      await app.share.dismissUrlNotice();
      await expect(app.share.urlNoticeCount()).resolves.toBe(0);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
