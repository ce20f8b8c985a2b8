import type { Cluster } from '../data/types';
import { mentionTerms, term } from '../i18n/terms';
import { DistancesSection } from '../distance/DistancesSection';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { Field, InconsistencyFlags, RefLabel } from './common';
import { IndustryLines } from './IndustryLines';
import { LevelBadges } from './LevelBadges';

export function ClusterDetail({ cluster }: { cluster: Cluster }) {
  const { t, language } = useT();
  const select = useAppStore((state) => state.select);
  return (
    <div className="detail cluster-detail" data-testid={`cluster-detail-${cluster.id}`}>
      {language === 'en' && <p className="detail-altname" lang="zh-CN">{cluster.name.zh}</p>}
      <dl>
        <Field label={t('clusterLevels')}>
          <LevelBadges cluster={cluster} />
          <p className="verbatim" lang="zh-CN">
            {cluster.positioningText} <RefLabel planRef={cluster.ref} />
          </p>
        </Field>
        <Field label={t('directions')}>
          <ul className="chips">
            {cluster.directions.map((direction) => (
              <li key={direction}>{term(mentionTerms, direction, language)}</li>
            ))}
          </ul>
          <p className="verbatim" lang="zh-CN" data-testid="cluster-directions">
            {cluster.directionsText} <RefLabel planRef={cluster.ref} />
          </p>
        </Field>
        {cluster.remark && (
          <Field label={t('remark')}>
            <span lang="zh-CN">{cluster.remark}</span>
          </Field>
        )}
        <Field label={t('detailedIndustries')}>
          <IndustryLines lines={cluster.details} />
          <RefLabel planRef={cluster.detailsRef} />
        </Field>
        <Field label={t('township')}>
          <button
            type="button"
            className="link"
            onClick={() => select({ kind: 'township', id: cluster.townshipCode }, 'list')}
          >
            {cluster.townshipCode}
          </button>
          <p className="detail-note">{t('townClusterAreaNote')}</p>
        </Field>
      </dl>
      <DistancesSection selection={{ kind: 'cluster', id: cluster.id }} />
      <InconsistencyFlags id={cluster.id} />
    </div>
  );
}
