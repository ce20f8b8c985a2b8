/**
 * English text is set in a Latin font first, so that its punctuation (’ “ ”) is never drawn
 * with a CJK font's full-width glyphs. The system's Latin fonts come first in the stack
 * (app.css); where there are none, the bundled Noto Sans Latin subset draws the text. Its
 * stylesheet is fetched only when the app is shown in English, and a face's file only if used.
 */
export const WEB_LATIN_FONT = 'Noto Sans';

let loading: Promise<void> | null = null;

export function ensureLatinFont(): Promise<void> {
  loading ??= Promise.all([
    import('@fontsource/noto-sans/latin-400.css'),
    import('@fontsource/noto-sans/latin-600.css'),
    import('@fontsource/noto-sans/latin-700.css'),
  ]).then(() => undefined);
  return loading;
}
