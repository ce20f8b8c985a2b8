/** The bundled web font, split by unicode-range so a browser downloads only the parts it needs. */
export const WEB_CJK_FONT = 'Noto Sans SC';
const SYSTEM_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function glyphPixels(character: string, font: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 40;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return '';
  context.font = font;
  context.textBaseline = 'top';
  context.fillText(character, 2, 2);
  return Array.from(context.getImageData(0, 0, 40, 40).data.filter((_, index) => index % 4 === 3)).join(',');
}

/**
 * Whether the system has a font for Chinese. Without one, every ideograph is drawn as the
 * same empty box, so two different characters give identical pixels.
 */
export function systemHasCjkFont(): boolean {
  const font = `32px ${SYSTEM_STACK}`;
  return glyphPixels('永', font) !== glyphPixels('凤', font);
}

/**
 * MapLibre draws labels onto a canvas once and keeps the result, so the web font must be
 * loaded before the map starts when the system has no Chinese font.
 */
export async function ensureCjkFont(text: string): Promise<'system' | 'web'> {
  if (typeof document === 'undefined' || !document.fonts) return 'system';
  if (systemHasCjkFont()) return 'system';
  // Only now fetch the web font's stylesheet (about 100 @font-face rules); most visitors never need it.
  await import('@fontsource/noto-sans-sc/400.css');
  await document.fonts.load(`24px "${WEB_CJK_FONT}"`, text);
  return 'web';
}
