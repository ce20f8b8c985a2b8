import { useGeoData } from '../app/GeoDataContext';
import { industryById, parkById } from '../data/plan';
import { pick } from '../data/names';
import type { SubPark } from '../data/types';
import { DistancesSection } from '../distance/DistancesSection';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { AccuracyLine, Field, InconsistencyFlags, RefLabel, SchematicNotice } from './common';

export function SubParkDetail({ subPark }: { subPark: SubPark }) {
  const { t, language } = useT();
  const data = useGeoData();
  const select = useAppStore((state) => state.select);
  const parent = parkById(subPark.parentId);
  const shape = data.subParks.features.find((feature) => feature.properties.id === subPark.id);
  return (
    <div className="detail subpark-detail" data-testid={`subpark-detail-${subPark.id}`}>
      {language === 'en' && <p className="detail-altname" lang="zh-CN">{subPark.name.zh}</p>}
      <SchematicNotice />
      <dl>
        <Field label={t('parent')}>
          <button type="button" className="link" onClick={() => select({ kind: 'park', id: subPark.parentId }, 'list')}>
            {parent ? pick(parent.name, language) : subPark.parentId}
          </button>
        </Field>
        {subPark.industries.length > 0 && (
          <Field label={t('leadIndustries')}>
            <ul className="chips">
              {subPark.industries.map((id) => {
                const industry = industryById(id);
                return <li key={id}>{industry ? pick(industry.name, language) : id}</li>;
              })}
            </ul>
          </Field>
        )}
        <Field label={t('planText')}>
          <ul className="plain-list">
            {subPark.mentions.map((mention) => (
              <li key={mention.text}>
                <span className="plan-words" lang="zh-CN">{mention.text}</span> <RefLabel planRef={mention.ref} />
              </li>
            ))}
          </ul>
        </Field>
      </dl>
      <DistancesSection selection={{ kind: 'subpark', id: subPark.id }} />
      <InconsistencyFlags id={subPark.id} />
      {shape && (
        <AccuracyLine accuracy={shape.properties.accuracy} placedBy={shape.properties.placedBy}
          placedByZh={shape.properties.placedByZh}
          source={shape.properties.source} />
      )}
    </div>
  );
}
