import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

/** A fontconfig that offers only Latin fonts, as on a machine without any Chinese font. */
function latinOnlyFontConfig(): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'yc-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
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
