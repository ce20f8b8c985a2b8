import type { Feature, Point } from 'geojson';
import { clusters } from '../data/plan';
import { pick } from '../data/names';
import type { TownshipProps } from '../data/types';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { AccuracyLine, Field } from './common';

export function TownshipDetail({ township }: { township: Feature<Point, TownshipProps> }) {
  const { t, language } = useT();
  const select = useAppStore((state) => state.select);
  const props = township.properties;
  const cluster = clusters.find((entry) => entry.townshipCode === props.code);
  return (
    <div className="detail" data-testid={`township-detail-${props.id}`}>
      {language === 'en' && <p className="detail-altname" lang="zh-CN">{props.name}</p>}
      <dl>
        <Field label={t('townshipCode')}>{props.code}</Field>
        {cluster && (
          <Field label={t('hostsCluster')}>
            <button type="button" className="link" onClick={() => select({ kind: 'cluster', id: cluster.id }, 'list')}>
              {pick(cluster.name, language)}
            </button>
          </Field>
        )}
      </dl>
      <AccuracyLine accuracy={props.accuracy} source={props.source} />
    </div>
  );
}
