import { useRef } from 'react';
import { useCover } from '../app/layout/covers';
import { industryById } from '../data/plan';
import { pick } from '../data/names';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { lensHostKeys } from './lens';
import './lens.css';

/** While an industry filter is on, says so over the map, with the way back to the full map. */
export function LensBanner() {
  const { t, language } = useT();
  const filter = useAppStore((state) => state.industryFilter);
  const setIndustryFilter = useAppStore((state) => state.setIndustryFilter);
  const setTab = useAppStore((state) => state.setTab);
  const ref = useRef<HTMLDivElement>(null);
  useCover(ref, 'banner', filter.length > 0);
  if (filter.length === 0) return null;
  const names = filter.map((id) => {
    const industry = industryById(id);
    return industry ? pick(industry.name, language) : id;
  });
  return (
    <div ref={ref} className="lens-banner" data-testid="lens-banner">
      <button type="button" className="lens-banner-names" onClick={() => setTab('industries')}>
        {t('lensActive', { names: names.join(t('and')) })}
        <span className="lens-banner-count"> · {t('hostsCount', { count: lensHostKeys(filter).size })}</span>
      </button>
      <button
        type="button"
        className="lens-banner-clear"
        aria-label={t('lensClearLabel')}
        data-testid="lens-banner-clear"
        onClick={() => setIndustryFilter([])}
      >
        {t('lensClear')} ✕
      </button>
    </div>
  );
}
