import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

/** A fontconfig that offers only the fonts in `fontDir` (DejaVu: a machine without any Chinese font). */
function latinOnlyFontConfig(fontDir = '/usr/share/fonts/truetype/dejavu'): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'yc-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${fontDir}</dir>
  <cachedir>${dir}/cache</cachedir>
</fontconfig>
`,
  );
  return { file, dir };
}

describe('on a machine without Chinese fonts', () => {
  let app: AppDriver;
  let fonts: { file: string; dir: string };

  beforeAll(async () => {
    fonts = latinOnlyFontConfig();
    app = await AppDriver.open('?sel=park:fenghuanghu', { env: { FONTCONFIG_FILE: fonts.file } });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(fonts.dir, { recursive: true, force: true });
  });

  it('really has no system Chinese font (the premise of this test)', async () => {
    const systemOnly = await app.fonts.systemCjkFontMissing();
    expect(systemOnly).toBe(true);
  });

  it('draws Chinese in the UI and the map with the bundled web font', async () => {
    const result = await app.fonts.bundledFontProbe();
    expect(result.loaded).toBeGreaterThan(0);
    expect(result.distinct).toBe(true);

    await app.layout.waitForDetail('park', 'fenghuanghu');
    await app.fonts.waitForFontsReady();
    await app.screenshot('docs/screenshot-no-system-fonts.png');

    // The UI: ask Chromium which fonts drew each element's characters; every Chinese character
    // must come from the bundled web font, none from a fallback that shows boxes.
    for (const selector of ['h1', '[role="tab"][aria-selected="true"]', '.item-title', '.legend-slogan strong']) {
      const text = await app.fonts.textOf(selector);
      const han = [...(text ?? '')].filter((character) => /\p{Script=Han}/u.test(character)).length;
      const fonts = await app.fonts.fontsUsedFor(selector);
      const web = fonts.filter((font) => font.familyName.startsWith('Noto Sans SC'));
      expect(han, selector).toBeGreaterThan(0);
      expect(web.reduce((sum, font) => sum + font.glyphCount, 0), `${selector}: ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(han);
    }
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});

describe('on a machine without Latin fonts (only Chinese ones)', () => {
  let app: AppDriver;
  let fonts: { file: string; dir: string };

  beforeAll(async () => {
    fonts = latinOnlyFontConfig('/usr/share/fonts/opentype/noto');
    app = await AppDriver.open('?lang=en', { env: { FONTCONFIG_FILE: fonts.file } });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(fonts.dir, { recursive: true, force: true });
  });

  it('really has only CJK system fonts (the premise of this test)', () => {
    const listed = spawnSync('fc-list', [':', 'family'], { env: { ...process.env, FONTCONFIG_FILE: fonts.file }, encoding: 'utf8' }).stdout;
    const families = listed.split('\n').filter((line) => line.trim() !== '');
    expect(families.length).toBeGreaterThan(0);
    expect(families.filter((family) => !/CJK/.test(family))).toEqual([]);
  });

  it('draws the apostrophe of an English paragraph with a Latin font, not a CJK one', async () => {
    await app.fonts.waitForFaceLoaded('Noto Sans');
    await app.fonts.waitForFontsReady();
    const used = await app.fonts.fontsUsedForText('Totals of the plan’s figures', '[data-testid="tabpanel-overview"]');
    expect(used.length, JSON.stringify(used)).toBeGreaterThan(0);
    // The whole heading, its ’ included, comes from the bundled Latin font.
    expect(used.filter((font) => /CJK|Noto Sans SC/.test(font.familyName)), JSON.stringify(used)).toEqual([]);
    expect(used.map((font) => font.familyName)).toContain('Noto Sans');
    // In Chinese the same machine keeps the CJK font for the panel's text.
    await app.language.switch();
    const zh = await app.fonts.fontsUsedFor('[data-testid="tabpanel-overview"] h2');
    expect(zh.some((font) => /CJK/.test(font.familyName)), JSON.stringify(zh)).toBe(true);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
