/**
 * English glosses for the plan's units and growth cells in table 1. The plan's printed text is
 * never changed: the gloss is shown beside it, so a foreign reader reads 亿元 as CNY 100 million.
 */

/** The plan's units of table 1, in English (null: the unit reads the same in English). */
const UNIT_GLOSSES: Readonly<Record<string, string>> = {
  亿元: 'CNY 100 million',
  万元: 'CNY 10,000',
  '万元/人': 'CNY 10,000 per person',
  'tce/万元': 'tce per CNY 10,000',
  个: 'number',
};

/** The English gloss of a unit as printed, or null if it needs none (%, or an unknown unit). */
export function unitGloss(unit: string): string | null {
  return UNIT_GLOSSES[unit.trim()] ?? null;
}

/**
 * The English gloss of a growth cell as printed: "1.55个百分点" -> "1.55 percentage points",
 * "下降0.22个百分点" -> "down 0.22 percentage points", "下降3.2%" -> "down 3.2%"; null when the
 * cell has no Chinese in it ("17.6%", "—").
 */
export function growthGloss(cell: string): string | null {
  const match = /^(下降)?\s*([+-]?\d+(?:\.\d+)?)\s*(个百分点|%)$/.exec(cell.trim());
  if (!match) return null;
  const [, down, value, unit] = match;
  if (!down && unit === '%') return null;
  const amount = unit === '%' ? `${value}%` : `${value} ${value === '1' ? 'percentage point' : 'percentage points'}`;
  return down ? `down ${amount}` : amount;
}
