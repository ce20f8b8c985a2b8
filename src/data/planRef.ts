import type { Bilingual, PlanRef } from './types';

/**
 * A PlanRef for display: "§四（一）2 · 表2 · 专栏3" in Chinese, "Sec. 四（一）2 · Table 2 · Box 3"
 * in English. Parts the ref lacks are left out; an empty ref gives "".
 */
export function formatPlanRef(ref: PlanRef, language: 'zh' | 'en'): string {
  const parts: string[] = [];
  if (ref.section) parts.push(language === 'zh' ? `§${ref.section}` : `Sec. ${ref.section}`);
  if (ref.table !== undefined) parts.push(language === 'zh' ? `表${ref.table}` : `Table ${ref.table}`);
  if (ref.box !== undefined) parts.push(language === 'zh' ? `专栏${ref.box}` : `Box ${ref.box}`);
  return parts.join(' · ');
}

/** Both languages at once. */
export function formatPlanRefBilingual(ref: PlanRef): Bilingual {
  return { zh: formatPlanRef(ref, 'zh'), en: formatPlanRef(ref, 'en') };
}
