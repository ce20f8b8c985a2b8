import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

/** Console messages Chromium writes for a refused resource or inline code. */
const cspConsoleErrors = (app: AppDriver) => app.consoleErrors.filter((text) => /Content Security Policy|Refused to (apply|load|execute)/i.test(text));

describe("style-src 'self': no view needs inline styles", () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('', { viewport: { width: 1366, height: 768 } });
  });

  afterAll(async () => {
    await app?.close();
  });

  async function expectNoViolation(where: string): Promise<void> {
    expect({ where, violations: await app.security.cspViolations(), console: cspConsoleErrors(app) }).toEqual({ where, violations: [], console: [] });
  }

  it('the first load and every tab', async () => {
    await expectNoViolation('first load');
    for (const tab of ['overview', 'parks', 'clusters', 'industries', 'compare', 'indicators', 'workbench'] as const) {
      if (tab === 'workbench') await app.workbench.open();
      else await app.layout.openTab(tab);
      await expectNoViolation(`tab ${tab}`);
    }
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'sanjiao');
    await app.waitForMapIdle();
    await app.results.openIndicators('review');
    await expectNoViolation('a park open, the review');
  });

  it('the share dialog with its QR code, the basemap and export menus', async () => {
    await app.share.openPanel();
    expect(await app.share.qrSource()).toMatch(/^data:image\/png/);
    await app.closePopover();
    await app.basemap.openMenu();
    await app.closePopover();
    await app.export.downloadPng();
    await expectNoViolation('share, basemap, PNG');
  });

  it('the print sheet, on screen and as printed', async () => {
    await app.export.printSheet('layout');
    await app.export.emulatePrint(true);
    expect(await app.export.isSheetVisible('layout')).toBe(true);
    await app.export.emulatePrint(false);
    await expectNoViolation('print sheet');
  });

  it('drawing in the workbench (terra-draw)', async () => {
    await app.workbench.open();
    await app.map.jumpTo(105.8075, 29.3065, 12.5);
    const corners: [number, number][] = [
      [105.8, 29.3],
      [105.815, 29.3],
      [105.815, 29.313],
    ];
    await app.workbench.workbenchTool('wb-draw-polygon');
    for (const corner of corners) await app.workbench.clickMapAt(...corner);
    await app.workbench.clickMapAt(...corners[0]!);
    await app.workbench.waitForLayer('drawings');
    await expectNoViolation('drawing');
  });

  it('the tour, in full screen', async () => {
    await app.layout.escape();
    await app.tour.start();
    await app.press('ArrowRight');
    await app.tour.waitForFramed();
    expect(await app.tour.toggleFullscreen()).toBe(true);
    await app.press('ArrowRight');
    await app.tour.waitForFramed();
    expect(await app.tour.toggleFullscreen()).toBe(false);
    await app.tour.exit();
    await expectNoViolation('tour, full screen');
  });

  it('refuses inline styles (the policy has no unsafe-inline, and the recorder sees it: the check can fail)', async () => {
    const applied = await app.security.tryInlineStyles();
    expect(applied).toEqual({ elementApplied: false, attributeApplied: false });
    await app.security.waitForCspViolation('style-src-elem');
    await app.security.waitForCspViolation('style-src-attr');
  });
});
