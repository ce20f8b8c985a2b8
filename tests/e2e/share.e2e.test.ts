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
    await app.openTab('parks');
    await app.chooseInList('park', 'fenghuanghu');
    await app.switchLanguage();
    await app.waitForMapIdle();
    const link = await app.sharedLink();
    const url = new URL(link);
    expect(url.searchParams.get('sel')).toBe('park:fenghuanghu');
    expect(url.searchParams.get('ind')).toBe('electronics,digital');
    expect(url.searchParams.get('lang')).toBe('en');
    await expect(app.page.getByTestId('share-qr').getAttribute('src')).resolves.toMatch(/^data:image\/png/);

    // A fresh browser whose own language is Chinese, so English can only come from the link.
    const fresh = await AppDriver.open(url.search, { locale: 'zh-CN' });
    try {
      const detail = fresh.page.getByTestId('park-detail-fenghuanghu');
      await detail.waitFor();
      expect(await detail.textContent()).toContain('Positioning');
      expect(await fresh.htmlLang()).toBe('en');
      await expect(fresh.page.getByTestId('tab-parks').textContent()).resolves.toBe('Parks');
      expect(await fresh.selectedFeatureState('parks', 'fenghuanghu')).toBe(true);
      const restored = new URL(await fresh.sharedLink());
      expect(restored.searchParams.get('ind')).toBe('electronics,digital');
      expect(restored.searchParams.get('sel')).toBe('park:fenghuanghu');
      // The view too: same centre and zoom as the sender's.
      expect(restored.searchParams.get('c')).toBe(url.searchParams.get('c'));
      expect(restored.searchParams.get('z')).toBe(url.searchParams.get('z'));
      await expect(fresh.page.getByTestId('url-notice').count()).resolves.toBe(0);
      expect(fresh.consoleErrors).toEqual([]);
      expect(fresh.foreignRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('remembers the chosen language in this browser', async () => {
    await app.page.goto(app.baseUrl);
    await app.waitForMapIdle();
    expect(await app.htmlLang()).toBe('en');
  });
});

describe('a malformed link', () => {
  it('still shows the map, applies what it can and names what it ignored', async () => {
    const app = await AppDriver.open('?sel=park:nowhere&c=abc,1&z=99&ind=electronics,steel&lang=fr&zz=%E0%A4%A&layers=parks,hubs');
    try {
      const notice = app.page.getByTestId('url-notice');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      for (const name of ['sel', 'c', 'ind', 'lang', 'zz']) expect(text).toContain(name);
      expect(await app.htmlLang()).toBe('zh-CN');
      expect(new Set(await app.renderedFeatureIds('parks-fill')).size).toBe(5);
      expect(await app.renderedFeatureIds('clusters-circle')).toEqual([]);
      await expect(app.page.getByTestId('layer-clusters').isChecked()).resolves.toBe(false);
      await app.page.getByRole('button', { name: '知道了' }).click();
      await expect(notice.count()).resolves.toBe(0);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
