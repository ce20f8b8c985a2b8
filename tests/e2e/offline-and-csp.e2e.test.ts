import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

describe('secure and offline by default', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('has a Content-Security-Policy that blocks inline scripts and foreign origins', async () => {
    const result = await app.security.tryInlineScriptAndForeignFetch();
    expect(result.inlineRan).toBe(false);
    expect(result.fetched).toBe(false);
    expect(result.violations).toContain('script-src-elem');
    expect(result.violations).toContain('connect-src');
    // The blocked attempts never left the browser.
    expect(app.foreignRequests).toEqual([]);
  });

  it('keeps working offline after the first visit (service worker)', async () => {
    await app.loading.waitForServiceWorker();
    // The worker installed during the first visit has precached the app; a new load is served by it.
    await app.loading.setOffline(true);
    try {
      await app.reload();
      await app.waitForMapIdle();
      expect(new Set(await app.map.renderedFeatureIds('parks-fill')).size).toBe(5);
      await expect(app.layout.isTabVisible('overview')).resolves.toBe(true);
    } finally {
      await app.loading.setOffline(false);
    }
  });

  it('offers a web-app manifest with icons, so it can be installed', async () => {
    const manifest = await app.loading.manifest();
    expect(manifest).not.toBeNull();
    expect(manifest!.icons.map((icon) => icon.sizes)).toContain('512x512');
  });
});
