import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Park } from '../../src/data/types';
import { pngLayout } from '../../src/export/pngLayout';
import { roleColors, wingColors } from '../../src/map/colors';
import { AppDriver } from './support/driver';

const parks = JSON.parse(readFileSync('geodata/plan/parks.json', 'utf8')) as Park[];

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

describe('presenting to a prospect on a laptop', () => {
  let app: AppDriver;

  beforeAll(async () => {
    mkdirSync('docs', { recursive: true });
    app = await AppDriver.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('steps through 一城 -> 一核 -> 两翼 -> 一区 -> 多点 with the keyboard', async () => {
    await app.startTour();
    expect(await app.tourStep()).toBe('city');
    await app.waitForMapIdle();
    expect(await app.tourFeatureState('parks', 'eco-city')).toBe(true);
    await expect(app.page.getByTestId('tour-caption').textContent()).resolves.toContain('永川科技生态城');

    await app.press('ArrowRight');
    expect(await app.tourStep()).toBe('core');
    await app.press('PageDown');
    expect(await app.tourStep()).toBe('wings');
    await app.waitForMapIdle();
    expect(await app.tourFeatureState('parks', 'sanjiao')).toBe(true);
    expect(await app.tourFeatureState('parks', 'gangqiao')).toBe(true);
    expect(await app.tourFeatureState('parks', 'fenghuanghu')).toBe(false);
    // Both wings are in view, above the caption card.
    const inView = await app.page.evaluate(() => {
      const map = window.__yongchuanMap!.map;
      const card = document.querySelector('[data-testid="tour"]')!.getBoundingClientRect();
      const canvas = map.getCanvas().getBoundingClientRect();
      const ids = new Set(
        map
          .queryRenderedFeatures([
            [0, 0],
            [canvas.width, card.top - canvas.top],
          ], { layers: ['parks-fill'] })
          .map((f) => String(f.properties.id)),
      );
      return ids.has('sanjiao') && ids.has('gangqiao');
    });
    expect(inView).toBe(true);
    await app.screenshot('docs/screenshot-tour.png');
    await app.press(' ');
    expect(await app.tourStep()).toBe('zone');
    const zoneCaption = (await app.page.getByTestId('tour-caption').textContent()) ?? '';
    const zone = parks.find((park) => park.role === 'zone')!;
    expect(zoneCaption).toContain(`${zone.target.valueYi}亿元`);
    await app.press('ArrowRight');
    expect(await app.tourStep()).toBe('points');
    await app.waitForMapIdle();
    expect(await app.tourFeatureState('clusters', 'cluster-sanjiao')).toBe(true);
    await app.press('ArrowRight');
    expect(await app.tourStep()).toBe('points');
    await app.press('PageUp');
    expect(await app.tourStep()).toBe('zone');
    await app.press('ArrowLeft');
    expect(await app.tourStep()).toBe('wings');
    await app.press('Escape');
    await app.page.getByTestId('tour').waitFor({ state: 'detached' });
    await app.waitForMapIdle();
    expect(await app.tourFeatureState('parks', 'sanjiao')).toBe(false);
  });

  it('autoplay can be paused from the card', async () => {
    await app.startTour();
    const play = app.page.getByTestId('tour-play');
    await play.click();
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('true');
    await play.click();
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('false');
    await app.page.getByTestId('tour-exit').click();
  });

  it('downloads a PNG larger than the map, with the legend drawn in it', async () => {
    await app.page.getByTestId('whole-district').click();
    await app.waitForMapIdle();
    const map = (await app.page.getByTestId('map').boundingBox())!;
    const { name, bytes } = await app.downloadPng();
    expect(name).toMatch(/^yongchuan-layout-\d{4}-\d{2}-\d{2}\.png$/);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThan(map.width);
    expect(size.height).toBeGreaterThan(map.height);
    // The legend's swatches sit where the layout puts them, in the layout's colours (device scale 1).
    const layout = pngLayout(Math.round(map.width), Math.round(map.height), 10);
    expect(size).toEqual({ width: layout.width, height: layout.height });
    const pixels = await app.pngPixels(bytes, layout.swatchCentres.slice(0, 5));
    const expected = [roleColors.city, roleColors.core, wingColors.north, wingColors.south, roleColors.zone].map(rgb);
    pixels.forEach((pixel, i) => {
      pixel.forEach((channel, c) => expect(Math.abs(channel - expected[i]![c]!)).toBeLessThanOrEqual(2));
    });
    // And the map itself was copied (not a blank canvas): the map area has many colours.
    const samples = await app.pngPixels(
      bytes,
      Array.from({ length: 40 }, (_, i) => ({ x: layout.map.x + ((i * 37) % layout.map.width), y: layout.map.y + ((i * 53) % layout.map.height) })),
    );
    expect(new Set(samples.map((p) => p.join(','))).size).toBeGreaterThan(3);
    await app.closePopover();
  });

  it('prints a park’s A4 fact sheet with its figures, and nothing else', async () => {
    const park = parks.find((p) => p.id === 'gangqiao')!;
    await app.printSheet({ park: park.id });
    const sheet = app.page.getByTestId(`print-sheet-park-${park.id}`);
    expect(await sheet.isVisible()).toBe(false); // hidden on screen
    await app.emulatePrint(true);
    try {
      expect(await sheet.isVisible()).toBe(true);
      expect(await app.page.locator('#root').isVisible()).toBe(false);
      const text = (await sheet.textContent()) ?? '';
      expect(text).toContain(park.name.zh);
      expect(text).toContain(`${park.target.valueYi}亿元`);
      expect(text).toContain(park.positioning.zh);
      for (const area of park.areas) {
        expect(text).toContain(`${area.valueKm2}平方公里`);
        expect(text).toContain(area.text);
      }
      expect(text).toContain('示意');
      expect(text).toContain('永川府发〔2022〕7号');
      const img = sheet.getByTestId('sheet-map');
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth > 100 && el.src.startsWith('data:image/png'))).toBe(true);
      await app.screenshot('docs/screenshot-factsheet-park.png', { fullPage: true });
    } finally {
      await app.emulatePrint(false);
    }
  });

  it('prints the whole layout’s fact sheet in English', async () => {
    await app.closePopover();
    await app.switchLanguage();
    await app.printSheet('layout');
    await app.emulatePrint(true);
    try {
      const text = (await app.page.getByTestId('print-sheet-layout').textContent()) ?? '';
      for (const park of parks) expect(text).toContain(park.name.en);
      expect(text).toContain('derived');
      expect(text).toContain('Shengli Road Subdistrict');
      expect(text).toContain('not legal or surveyed boundaries');
      await app.screenshot('docs/screenshot-factsheet-layout-en.png', { fullPage: true });
    } finally {
      await app.emulatePrint(false);
    }
  });

  it('made no request outside its origin and logged no console error', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
