/**
 * Reading a coordinate written as text: decimal degrees ("105.9"), degrees-minutes-
 * seconds ("105°54′30″E", "29 21 25 N", "北纬29°21′"), or degrees and decimal minutes
 * ("29°21.5'N"). South and west are negative. Pure.
 */

const MARK = '([NSEW]|北纬|南纬|东经|西经|北緯|南緯|東經|西經)';
const PREFIX = new RegExp(`^${MARK}\\s*`, 'i');
const SUFFIX = new RegExp(`\\s*${MARK}$`, 'i');
const NEGATIVE = new Set(['S', 'W', '南纬', '西经', '南緯', '西經']);

/** The number a coordinate text stands for, or NaN. */
export function parseCoordinateText(text: string | undefined): number {
  let t = (text ?? '').trim();
  if (t === '') return NaN;
  const plain = Number(t);
  if (Number.isFinite(plain)) return plain;
  let sign = 1;
  for (const mark of [PREFIX, SUFFIX]) {
    const m = mark.exec(t);
    if (!m) continue;
    if (NEGATIVE.has((m[1] ?? '').toUpperCase())) sign = -1;
    t = t.replace(mark, '');
  }
  if (t.startsWith('-')) {
    sign = -sign;
    t = t.slice(1).trim();
  }
  // Degrees, minutes and seconds, separated by symbols (° ' ′ " ″ 度 分 秒, d m s) or spaces.
  const parts = t
    .replace(/[°º˚度dD]/g, ' ')
    .replace(/['′’分mM]/g, ' ')
    .replace(/["″”秒sS]|''/g, ' ')
    .trim()
    .split(/[\s,:]+/)
    .filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 3 || !parts.every((p) => /^\d+(?:\.\d+)?$/.test(p))) return NaN;
  const [d = 0, m = 0, s = 0] = parts.map(Number);
  if (m >= 60 || s >= 60) return NaN;
  return sign * (d + m / 60 + s / 3600);
}
