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
    const result = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      let fetched = true;
      try {
        await fetch('https://example.com/tiles/1/1/1.png');
      } catch {
        fetched = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        fetched,
        violations,
      };
    });
    expect(result.inlineRan).toBe(false);
    expect(result.fetched).toBe(false);
    expect(result.violations).toContain('script-src-elem');
    expect(result.violations).toContain('connect-src');
    // The blocked attempts never left the browser.
    expect(app.foreignRequests).toEqual([]);
  });

  it('keeps working offline after the first visit (service worker)', async () => {
    await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker installed during the first visit has precached the app; a new load is served by it.
    await app.page.context().setOffline(true);
    try {
      await app.page.reload();
      await app.waitForMapIdle();
      expect(new Set(await app.renderedFeatureIds('parks-fill')).size).toBe(5);
      await expect(app.page.getByTestId('tab-overview').isVisible()).resolves.toBe(true);
    } finally {
      await app.page.context().setOffline(false);
    }
  });

  it('offers a web-app manifest with icons, so it can be installed', async () => {
    const manifest = await app.page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return null;
      return (await (await fetch(link.href)).json()) as { icons: { sizes: string }[]; start_url: string };
    });
    expect(manifest).not.toBeNull();
    expect(manifest!.icons.map((icon) => icon.sizes)).toContain('512x512');
  });
});
