/** "Lies in 大安街道 62%, 陈食街道 38%": town shares as text, whole percentages adding up. Pure. */
import type { Language } from '../i18n/strings';
import { sharePercents, type TownShareResult } from '../geo/towns';

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
