/**
 * "Lies in 大安街道 62%, 陈食街道 38%": town shares as text, whole percentages adding up.
 * Pure, and free of turf (the details import it at start).
 */
import type { Language } from '../i18n/strings';
import type { TownShareResult } from '../geo/towns';

export interface TownNames {
  /** Chinese and English name of a town by id (the seat's 12-digit id). */
  (townId: string): { name: string; nameEn: string } | undefined;
}

/**
 * The shares as one line, largest first; a part outside every town is named last
 * (`outsideLabel` with `{{share}}` filled), and an empty list gives `outsideAll`.
 */
export function townSharesText(
  shares: readonly TownShareResult[],
  names: TownNames,
  language: Language,
  outside: { all: string; part: (share: string) => string },
): string {
  const inside = shares.reduce((s, x) => s + x.share, 0);
  const outsideShare = Math.max(0, 1 - inside);
  const all = outsideShare > 0.0005 ? [...shares, { townId: '', share: outsideShare }] : [...shares];
  const percents = sharePercents(all);
  if (percents.length === 0 || percents.every((p) => p.townId === '')) return outside.all;
  const parts = percents.map((p) => {
    if (p.townId === '') return outside.part(`${p.percent}%`);
    const n = names(p.townId);
    const name = n ? (language === 'zh' ? n.name : n.nameEn) : p.townId;
    return `${name} ${p.percent}%`;
  });
  return parts.join(language === 'zh' ? '、' : ', ');
}

/** Shares as whole percentages that add up to the rounded total (largest remainder). */
export function sharePercents(shares: readonly TownShareResult[]): { townId: string; percent: number }[] {
  const total = Math.round(shares.reduce((s, x) => s + x.share, 0) * 100);
  const raw = shares.map((s) => ({ townId: s.townId, exact: s.share * 100 }));
  const out = raw.map((r) => ({ townId: r.townId, percent: Math.floor(r.exact) }));
  let left = total - out.reduce((s, x) => s + x.percent, 0);
  const order = raw.map((r, i) => ({ i, rem: r.exact - Math.floor(r.exact) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    const o = out[i];
    if (o) o.percent += 1;
    left -= 1;
  }
  return out.filter((o) => o.percent > 0);
}
