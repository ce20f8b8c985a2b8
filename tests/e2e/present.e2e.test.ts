import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Cluster, Park } from '../../src/data/types';
import { intersects } from '../../src/app/layout/freeArea';
import { pngLayout } from '../../src/export/pngLayout';
import { roleColors, wingColors } from '../../src/map/colors';
import { tourSteps } from '../../src/tour/tourSteps';
import { AppDriver } from './support/driver';

const parks = JSON.parse(readFileSync('geodata/plan/parks.json', 'utf8')) as Park[];
const clusters = JSON.parse(readFileSync('geodata/plan/clusters.json', 'utf8')) as Cluster[];
const parkShapes = JSON.parse(readFileSync('geodata/parks.geojson', 'utf8')) as FeatureCollection;
const clusterPoints = JSON.parse(readFileSync('geodata/clusters.geojson', 'utf8')) as FeatureCollection;
const steps = tourSteps(parks, clusters);

/** The WGS-84 geometries a tour step shows, from the geodata the map draws. */
function stepGeometries(step: (typeof steps)[number]): Geometry[] {
  return [
    ...parkShapes.features.filter((f) => step.parkIds.includes(String(f.properties?.id))),
    ...clusterPoints.features.filter((f) => step.clusterIds.includes(String(f.properties?.id))),
  ].map((f) => f.geometry);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

describe('the tour never covers what it shows', () => {
  const screens = [
    { width: 1366, height: 768, name: 'laptop' },
    { width: 1920, height: 1080, name: 'projector' },
  ];
  for (const screen of screens) {
    for (const language of ['zh', 'en'] as const) {
      it(`frames every step in the free map area, with the card's text fitting and its controls in one row (${screen.width}×${screen.height}, ${language})`, async () => {
        const app = await AppDriver.open(language === 'en' ? '?lang=en' : '', { viewport: { width: screen.width, height: screen.height } });
        try {
          const before = await app.layout.presentationLayout();
          expect(before.legendOpen).toBe(true);
          // The seven tabs sit in one row.
          expect(new Set(before.tabs.map((tab) => Math.round(tab.top))).size, JSON.stringify(before.tabs)).toBe(1);
          await app.tour.start();
          for (const [index, step] of steps.entries()) {
            if (index > 0) await app.press('ArrowRight');
            expect(await app.tour.step()).toBe(step.id);
            await app.tour.waitForFramed();
            const layout = await app.layout.presentationLayout();
            const where = `${step.id}: ${JSON.stringify(layout)}`;
            expect(layout.legendOpen, where).toBe(false);
            const shown = await app.map.screenBoxOf(stepGeometries(step));
            // Fully on the map, and under none of what covers it.
            expect(shown.left, where).toBeGreaterThanOrEqual(layout.map.left);
            expect(shown.right, where).toBeLessThanOrEqual(layout.map.right);
            expect(shown.top, where).toBeGreaterThanOrEqual(layout.map.top);
            expect(shown.bottom, where).toBeLessThanOrEqual(layout.map.bottom);
            for (const [name, cover] of [['card', layout.card], ['legend', layout.legend], ['panel', layout.panel]] as const) {
              if (cover) expect(intersects(shown, cover), `${name} covers ${JSON.stringify(shown)} at ${where}`).toBe(false);
            }
            expect(layout.card, where).not.toBeNull();
            expect(layout.overflowing, where).toEqual([]);
            if (layout.captionScrolls) expect(layout.scrollCue, where).toBe(true);
            expect(new Set(layout.controls.map((button) => Math.round(button.top))).size, where).toBe(1);
            await app.screenshot(`.tmp/e2e-artifacts/tour-${screen.width}-${language}-${step.id}.png`);
            if (step.id === 'wings' && language === 'en') {
              await app.screenshot(screen.name === 'projector' ? 'docs/screenshot-tour-projector.png' : 'docs/screenshot-tour.png');
            }
          }
          await app.press('Escape');
          await app.tour.waitForClosed();
          // The legend comes back after the tour.
          expect((await app.layout.presentationLayout()).legendOpen).toBe(true);
          expect(app.consoleErrors).toEqual([]);
          expect(app.foreignRequests).toEqual([]);
        } finally {
          await app.close();
        }
      });
    }
  }

  it('frames a park chosen in the list or found by search clear of the open legend (1366×768, en)', async () => {
    const app = await AppDriver.open('?lang=en');
    try {
      await app.layout.openTab('parks');
      for (const id of ['bonded-zone', 'sanjiao']) {
        if (id === 'sanjiao') {
          await app.insights.search('sanjiao');
          await app.insights.chooseSearchOption('park-sanjiao');
        } else {
          await app.layout.chooseInList('park', id);
        }
        await app.waitForMapIdle();
        const layout = await app.layout.presentationLayout();
        expect(layout.legendOpen).toBe(true);
        const shown = await app.map.screenBoxOf(parkShapes.features.filter((f) => f.properties?.id === id).map((f) => f.geometry));
        expect(intersects(shown, layout.legend!), `${id}: ${JSON.stringify({ shown, layout })}`).toBe(false);
        expect(shown.right).toBeLessThanOrEqual(layout.map.right);
        expect(shown.left).toBeGreaterThanOrEqual(layout.map.left);
      }
    } finally {
      await app.close();
    }
  });

  it('on a phone, keeps each step clear of the card too (390×844, en)', async () => {
    const app = await AppDriver.open('?lang=en', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await app.tour.start();
      for (const [index, step] of steps.entries()) {
        if (index > 0) await app.press('ArrowRight');
        await app.tour.waitForFramed();
        const layout = await app.layout.presentationLayout();
        const shown = await app.map.screenBoxOf(stepGeometries(step));
        const where = `${step.id}: ${JSON.stringify(layout)}`;
        expect(intersects(shown, layout.card!), where).toBe(false);
        expect(shown.top, where).toBeGreaterThanOrEqual(layout.map.top);
        expect(layout.overflowing, where).toEqual([]);
        await app.screenshot(`.tmp/e2e-artifacts/tour-390-en-${step.id}.png`);
      }
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

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
    await app.tour.start();
    expect(await app.tour.step()).toBe('city');
    await app.waitForMapIdle();
    expect(await app.tour.featureState('parks', 'eco-city')).toBe(true);
    await expect(app.tour.captionText()).resolves.toContain('永川科技生态城');

    await app.press('ArrowRight');
    expect(await app.tour.step()).toBe('core');
    await app.press('PageDown');
    expect(await app.tour.step()).toBe('wings');
    await app.waitForMapIdle();
    expect(await app.tour.featureState('parks', 'sanjiao')).toBe(true);
    expect(await app.tour.featureState('parks', 'gangqiao')).toBe(true);
    expect(await app.tour.featureState('parks', 'fenghuanghu')).toBe(false);
    // Both wings are in view, above the caption card.
    const inView = await app.tour.parksInViewAboveCard(['sanjiao', 'gangqiao']);
    expect(inView).toBe(true);
    await app.press(' ');
    expect(await app.tour.step()).toBe('zone');
    const zoneCaption = (await app.tour.captionText()) ?? '';
    const zone = parks.find((park) => park.role === 'zone')!;
    expect(zoneCaption).toContain(`${zone.target.valueYi}亿元`);
    await app.press('ArrowRight');
    expect(await app.tour.step()).toBe('points');
    await app.waitForMapIdle();
    expect(await app.tour.featureState('clusters', 'cluster-sanjiao')).toBe(true);
    await app.press('ArrowRight');
    expect(await app.tour.step()).toBe('points');
    await app.press('PageUp');
    expect(await app.tour.step()).toBe('zone');
    await app.press('ArrowLeft');
    expect(await app.tour.step()).toBe('wings');
    await app.press('Escape');
    await app.tour.waitForClosed();
    await app.waitForMapIdle();
    expect(await app.tour.featureState('parks', 'sanjiao')).toBe(false);
  });

  it('autoplay can be paused from the card', async () => {
    await app.tour.start();
    await app.tour.togglePlay();
    await expect(app.tour.playPressed()).resolves.toBe('true');
    await app.tour.togglePlay();
    await expect(app.tour.playPressed()).resolves.toBe('false');
    await app.tour.clickExit();
  });

  it('downloads a PNG larger than the map, with the legend drawn in it', async () => {
    await app.layout.showWholeDistrict();
    const map = (await app.layout.mapBox())!;
    const { name, bytes } = await app.export.downloadPng();
    expect(name).toMatch(/^yongchuan-layout-\d{4}-\d{2}-\d{2}\.png$/);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThan(map.width);
    expect(size.height).toBeGreaterThan(map.height);
    // The legend's swatches sit where the layout puts them, in the layout's colours (device scale 1).
    const layout = pngLayout(Math.round(map.width), Math.round(map.height), 10);
    expect(size).toEqual({ width: layout.width, height: layout.height });
    const pixels = await app.export.pngPixels(bytes, layout.swatchCentres.slice(0, 5));
    const expected = [roleColors.city, roleColors.core, wingColors.north, wingColors.south, roleColors.zone].map(rgb);
    pixels.forEach((pixel, i) => {
      pixel.forEach((channel, c) => expect(Math.abs(channel - expected[i]![c]!)).toBeLessThanOrEqual(2));
    });
    // And the map itself was copied (not a blank canvas): the map area has many colours.
    const samples = await app.export.pngPixels(
      bytes,
      Array.from({ length: 40 }, (_, i) => ({ x: layout.map.x + ((i * 37) % layout.map.width), y: layout.map.y + ((i * 53) % layout.map.height) })),
    );
    expect(new Set(samples.map((p) => p.join(','))).size).toBeGreaterThan(3);
    await app.closePopover();
  });

  it('prints a park’s A4 fact sheet with its figures, and nothing else', async () => {
    const park = parks.find((p) => p.id === 'gangqiao')!;
    await app.export.printSheet({ park: park.id });
    const sheet = { park: park.id };
    expect(await app.export.isSheetVisible(sheet)).toBe(false); // hidden on screen
    await app.export.emulatePrint(true);
    try {
      expect(await app.export.isSheetVisible(sheet)).toBe(true);
      expect(await app.export.isAppVisible()).toBe(false);
      const text = (await app.export.sheetText(sheet)) ?? '';
      expect(text).toContain(park.name.zh);
      expect(text).toContain(`${park.target.valueYi}亿元`);
      expect(text).toContain(park.positioning.zh);
      for (const area of park.areas) {
        expect(text).toContain(`${area.valueKm2}平方公里`);
        expect(text).toContain(area.text);
      }
      expect(text).toContain('示意');
      expect(text).toContain('永川府发〔2022〕7号');
      expect(await app.export.sheetMapIsDrawnPng(sheet)).toBe(true);
      await app.screenshot('docs/screenshot-factsheet-park.png', { fullPage: true });
    } finally {
      await app.export.emulatePrint(false);
    }
  });

  it('prints the whole layout’s fact sheet in English', async () => {
    await app.closePopover();
    await app.language.switch();
    await app.export.printSheet('layout');
    await app.export.emulatePrint(true);
    try {
      const text = (await app.export.sheetText('layout')) ?? '';
      for (const park of parks) expect(text).toContain(park.name.en);
      expect(text).toContain('derived');
      expect(text).toContain('Shengli Road Subdistrict');
      expect(text).toContain('not legal or surveyed boundaries');
      await app.screenshot('docs/screenshot-factsheet-layout-en.png', { fullPage: true });
    } finally {
      await app.export.emulatePrint(false);
    }
  });

  it('made no request outside its origin and logged no console error', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
