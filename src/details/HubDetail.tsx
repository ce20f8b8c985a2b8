import type { Feature, Point } from 'geojson';
import type { HubProps } from '../data/types';
import { hubKindTerms, term } from '../i18n/terms';
import { useT } from '../i18n/useT';
import { AccuracyLine, Field } from './common';

export function HubDetail({ hub }: { hub: Feature<Point, HubProps> }) {
  const { t, language } = useT();
  const props = hub.properties;
  return (
    <div className="detail" data-testid={`hub-detail-${props.id}`}>
      {language === 'en' && <p className="detail-altname" lang="zh-CN">{props.name}</p>}
      <dl>
        <Field label={t('hub')}>{term(hubKindTerms, props.kind, language)}</Field>
        <Field label={t('uncertainty')}>
          {language === 'zh' ? `${props.uncertaintyM} 米` : `${props.uncertaintyM} m`}
        </Field>
        {props.offMap && <Field label={t('accuracyClass')}>{t('offMap')}</Field>}
      </dl>
      <AccuracyLine accuracy={props.accuracy} placedBy={props.placedBy} placedByZh={props.placedByZh} source={props.source} />
    </div>
  );
}
