import { clusters, indicators, inconsistencies, parks } from '../data/plan';
import { pick } from '../data/names';
import { InconsistencyBody, RefLabel } from '../details/common';
import { formatKm2, formatYi } from '../format/figures';
import { districtOutputTarget, layoutTotals } from '../format/totals';
import { MixedText } from '../i18n/MixedText';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { DeferredResultsBeside, DeferredResultsNotice } from '../results/ui/deferred';
import { parkColor } from './ParksPanel';
import { RegionalSection } from '../regional/RegionalSection';

export function OverviewPanel() {
  const { t, language } = useT();
  const select = useAppStore((state) => state.select);
  const totals = layoutTotals(parks);
  const zone = parks.find((park) => park.role === 'zone');
  const districtTarget = districtOutputTarget(indicators);
  const municipal = clusters.filter((cluster) => cluster.agglomerationLevel === 'municipal').length;
  const plannedParts = parks
    .filter((park) => totals.parkIds.includes(park.id))
    .map((park) => park.target.valueYi);
  return (
    <div className="panel-section overview">
      <p className="intro">{t('overviewIntro')}</p>
      <p className="plan-note">{t('plansNote')}</p>
      <DeferredResultsNotice where="overview" />
      <h2>{t('overviewElements')}</h2>
      <ul className="element-list">
        {parks.map((park) => (
          <li key={park.id}>
            <button
              type="button"
              className="element-button"
              data-testid={`overview-park-${park.id}`}
              onClick={() => select({ kind: 'park', id: park.id }, 'list')}
            >
              <span className="role-marker" style={{ background: parkColor(park) }} aria-hidden="true" />
              <span className="element-slogan">{pick(park.slogan, language)}</span>
              <span className="element-name">{pick(park.name, language)}</span>
              <span className="element-target">{formatYi(park.target.valueYi, language)}</span>
            </button>
            <DeferredResultsBeside measureKey={`park:${park.id}`} compact />
          </li>
        ))}
      </ul>
      <h2>{t('overviewClusters')}</h2>
      <p className="cluster-counts">
        {municipal} {t('municipalCount')} · {clusters.length - municipal} {t('districtCount')}
      </p>
      <ul className="cluster-grid">
        {clusters.map((cluster) => (
          <li key={cluster.id}>
            <button
              type="button"
              data-testid={`overview-cluster-${cluster.id}`}
              onClick={() => select({ kind: 'cluster', id: cluster.id }, 'list')}
            >
              <span className={`cluster-marker ${cluster.agglomerationLevel}`} aria-hidden="true" />
              {pick(cluster.name, language)}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('overviewTotals')}</h2>
      <dl className="totals" data-testid="totals">
        <div>
          <dt>
            {t('totalOutputLabel')} <span className="derived-badge">{t('derived')}</span>
          </dt>
          <dd>
            <span className="figure big" data-testid="total-output">
              {formatYi(totals.outputYi, language)}
            </span>
            <span className="derivation">
              = {plannedParts.join(' + ')} {language === 'zh' ? '亿元' : '(100 million yuan)'} · <RefLabel planRef={{ section: '四（一）', table: 2 }} />
            </span>
          </dd>
        </div>
        <div>
          <dt>
            {t('totalPlannedAreaLabel')} <span className="derived-badge">{t('derived')}</span>
          </dt>
          <dd>
            <span className="figure">{formatKm2(totals.plannedAreaKm2, language)}</span>{' '}
            <RefLabel planRef={{ section: '四（一）', table: 2 }} />
          </dd>
        </div>
        {zone && (
          <div>
            <dt>{t('bondedRevenueLabel')}</dt>
            <dd>
              <span className="figure">{formatYi(zone.target.valueYi, language)}</span> <RefLabel planRef={zone.target.ref} />
              <DeferredResultsBeside measureKey={`park:${zone.id}`} compact />
            </dd>
          </div>
        )}
        {districtTarget && (
          <div>
            <dt>{t('districtOutputTargetLabel')}</dt>
            <dd>
              <span className="figure">{formatYi(Number(districtTarget.target2025), language)}</span>{' '}
              <RefLabel planRef={districtTarget.ref} />
              <DeferredResultsBeside measureKey={`indicator:${districtTarget.id}`} compact />
            </dd>
          </div>
        )}
      </dl>
      <p className="derived-note">{t('derivedNote')}</p>
      <RegionalSection />
      <h2>{t('inconsistenciesTitle')}</h2>
      <ul className="inconsistency-list" data-testid="inconsistency-list">
        {inconsistencies.map((item) => (
          <li key={item.id}>
            <details>
              <summary>
                <MixedText text={pick(item.title, language)} />
              </summary>
              <InconsistencyBody item={item} />
            </details>
          </li>
        ))}
      </ul>
      <p className="source-line">{t('sourceLine')}</p>
    </div>
  );
}
