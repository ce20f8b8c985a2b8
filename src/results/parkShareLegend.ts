/** The words of the legend of parks coloured by share of target (the shares themselves: parkShares.ts). */
import { registerMessages, translate, type Language } from '../i18n/strings';
import { resultsMessages } from '../i18n/messages/results';
import type { ParkShare } from './parkShares';
import type { ParkId } from '../data/types';

registerMessages(resultsMessages);

/** The legend's title and source line, e.g. "Share of the 2025 target reached (results for 2025)" and "Source: …". Null when no park has a share. */
export function parkShareLegend(shares: Record<ParkId, ParkShare>, language: Language): { title: string; source: string } | null {
  const withData = Object.values(shares).filter((share): share is Exclude<ParkShare, { kind: 'none' }> => share.kind !== 'none');
  const first = withData[0];
  if (!first) return null;
  const sources = [...new Set(withData.map((share) => share.source))];
  return {
    title: translate(language, 'resShareLegendTitle', { year: first.year }),
    source: translate(language, 'resShareLegendSource', { sources: sources.join(language === 'zh' ? '；' : '; ') }),
  };
}
