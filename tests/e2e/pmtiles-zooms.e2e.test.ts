/**
 * A PMTiles archive whose zooms start at 10 (issue 21): opened at the district view (zoom
 * about 9.8) it is framed at its first zoom, so its features show; zoomed out past it, the entry
 * says “zoom in to see this layer” (announced, in both languages) and its button, like
 * “Zoom to layer”, brings the view back to a zoom that draws it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import { buildPointArchive } from '../support/pmtiles/archives';

const NAME = 'from-zoom-10.pmtiles';
const CENTRE = [105.87, 29.28] as const;

describe('a PMTiles archive whose zooms start at 10', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('', { reducedMotion: 'reduce' });
    await app.workbench.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  const drawnAtMinZoom = async () => {
    await app.waitForMapIdle();
    await app.map.waitForTilesLoaded();
    expect(await app.map.zoom()).toBeGreaterThanOrEqual(10);
    expect((await app.tiles.renderedFeatures()).length).toBeGreaterThan(0);
    await app.tiles.waitForZoomAdvice(NAME, false);
  };

  it('is framed at or above its first zoom when opened, and its features are drawn', async () => {
    expect(await app.map.zoom()).toBeLessThan(10);
    const { buffer } = buildPointArchive(20_000, { minZoom: 10, maxZoom: 14 });
    expect(await app.tiles.openFile({ name: NAME, buffer })).toBe('open');
    await expect(app.tiles.zoomText(NAME)).resolves.toContain('10–14');
    await drawnAtMinZoom();
  });

  it('zoomed out of its zooms, says so (announced, zh and en) and draws nothing', async () => {
    await app.map.jumpTo(CENTRE[0], CENTRE[1], 9);
    await app.map.waitForTilesLoaded();
    expect(await app.tiles.renderedFeatures()).toEqual([]);
    await app.tiles.waitForZoomAdvice(NAME, true);
    await expect(app.tiles.zoomAdviceText(NAME)).resolves.toMatch(/放大地图才能看到此图层.*第 10 级.*第 9\.0 级/);
    expect(await app.tiles.zoomAdviceAnnounced(NAME)).toBe(true);
    await app.language.switch();
    await expect(app.tiles.zoomAdviceText(NAME)).resolves.toMatch(/Zoom in to see this layer: its tiles start at zoom 10, and the map is at zoom 9\.0/);
    await app.language.switch();
  });

  it('“Zoom to layer” frames it at its first zoom, not further out', async () => {
    await app.tiles.clickFit(NAME);
    await drawnAtMinZoom();
  });

  it('the advice’s own button brings the view in too', async () => {
    await app.map.jumpTo(CENTRE[0], CENTRE[1], 8.5);
    await app.tiles.waitForZoomAdvice(NAME, true);
    await app.tiles.clickZoomIn(NAME);
    await drawnAtMinZoom();
    expect(app.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
