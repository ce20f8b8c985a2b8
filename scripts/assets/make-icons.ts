/**
 * Renders public/favicon.svg to the PNG app icons the web-app manifest names, with the
 * Debian Chromium. Run after changing the SVG: `npx tsx scripts/assets/make-icons.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'yc-icons-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = context.pages()[0] ?? (await context.newPage());
for (const size of [192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  console.log(`wrote public/icons/icon-${size}.png`);
}
await context.close();
rmSync(profile, { recursive: true, force: true });
