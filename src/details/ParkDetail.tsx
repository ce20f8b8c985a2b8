import { useGeoData } from '../app/GeoDataContext';
import { industryById, subParkById } from '../data/plan';
import { pick } from '../data/names';
import type { Park } from '../data/types';
import { formatKm2, formatYi } from '../format/figures';
import { areaKindTerms, term } from '../i18n/terms';
import { DistancesSection } from '../distance/DistancesSection';
import { useT } from '../i18n/useT';
import { sharePercents } from '../format/townShares';
import { useAppStore } from '../state/store';
import { DeferredResultsBeside } from '../results/ui/deferred';
import { ParkProjects } from '../projects/ParkProjects';
import { AccuracyLine, Field, InconsistencyFlags, RefLabel, SchematicNotice } from './common';

export function ParkDetail({ park }: { park: Park }) {
  const { t, language } = useT();
  const data = useGeoData();
  const select = useAppStore((state) => state.select);
  const shape = data.parks.features.find((feature) => feature.properties.id === park.id);
  return (
    <div className="detail park-detail" data-testid={`park-detail-${park.id}`}>
      {language === 'en' && <p className="detail-altname" lang="zh-CN">{park.name.zh}</p>}
      <p className="detail-summary">{pick(park.summary, language)}</p>
      <SchematicNotice />
      <dl>
        <Field label={t('role')}>
          {pick(park.slogan, language)}
        </Field>
        <Field label={t('positioning')}>
          <span lang="zh-CN">{park.positioning.zh}</span>
          {language === 'en' && <span className="translation"> — {park.positioning.en}</span>}
          <RefLabel planRef={{ section: '', table: park.role === 'zone' ? 3 : 2 }} />
        </Field>
        <Field label={t('leadIndustries')}>
          <ul className="chips">
            {park.leadIndustries.map((id) => {
              const industry = industryById(id);
              return <li key={id}>{industry ? pick(industry.name, language) : id}</li>;
            })}
            {park.otherLeadActivities.map((activity) => (
              <li key={activity.zh} className="chip-muted">
                {pick(activity, language)}
              </li>
            ))}
          </ul>
          <p className="verbatim" lang="zh-CN">
            {park.leadIndustriesText}
          </p>
        </Field>
        <Field label={t('areas')}>
          <table className="figures" data-testid="park-areas">
            <tbody>
              {park.areas.map((area) => (
                <tr key={`${area.kind}-${area.text}`}>
                  <th scope="row">{term(areaKindTerms, area.kind, language)}</th>
                  <td className="figure">{formatKm2(area.valueKm2, language)}</td>
                  <td>
                    <span className="plan-words" lang="zh-CN">{area.text}</span> <RefLabel planRef={area.ref} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Field>
        <Field label={t('target')}>
          <span className="figure big" data-testid="park-target">
            {formatYi(park.target.valueYi, language)}
          </span>{' '}
          <span className="plan-words" lang="zh-CN">{park.target.text}</span> <RefLabel planRef={park.target.ref} />
        </Field>
        <Field label={t('resResult')}>
          <DeferredResultsBeside measureKey={`park:${park.id}`} />
        </Field>
        {park.subParkIds.length > 0 && (
          <Field label={t('subParks')}>
            <ul className="link-list">
              {park.subParkIds.map((id) => {
                const subPark = subParkById(id);
                return (
                  <li key={id}>
                    <button type="button" className="link" onClick={() => select({ kind: 'subpark', id }, 'list')}>
                      {subPark ? pick(subPark.name, language) : id}
                    </button>
                  </li>
                );
              })}
            </ul>
          </Field>
        )}
        {shape?.properties.towns && shape.properties.towns.length > 0 && (
          <Field label={t('parkTowns')}>
            <ul className="link-list" data-testid="park-towns">
              {sharePercents(shape.properties.towns).map((entry) => {
                const town = data.townships.features.find((f) => f.properties.id === entry.townId);
                const name = town ? (language === 'zh' ? town.properties.name : town.properties.nameEn) : entry.townId;
                return (
                  <li key={entry.townId}>
                    <button type="button" className="link" onClick={() => select({ kind: 'township', id: entry.townId }, 'list')}>
                      {t('townParkEntry', { park: name, share: `${entry.percent}%` })}
                    </button>
                  </li>
                );
              })}
            </ul>
            <p className="detail-note">
              <span className="derived-badge">{t('derived')}</span> {t('parkTownsNote')}{' '}
              {shape.properties.namedTowns && shape.properties.namedTowns.length > 0
                ? t('parkTownsNamed', {
                    towns: shape.properties.namedTowns
                      .map((id) => {
                        const town = data.townships.features.find((f) => f.properties.id === id);
                        return town ? (language === 'zh' ? town.properties.name : town.properties.nameEn) : id;
                      })
                      .join(language === 'zh' ? '、' : ', '),
                  })
                : t('parkTownsNamedNone')}
            </p>
          </Field>
        )}
        {park.honours.length > 0 && (
          <Field label={t('honours')}>
            <ul className="plain-list">
              {park.honours.map((honour) => (
                <li key={honour.zh}>{pick(honour, language)}</li>
              ))}
            </ul>
          </Field>
        )}
      </dl>
      <ParkProjects areaId={park.id} />
      <DistancesSection selection={{ kind: 'park', id: park.id }} />
      <InconsistencyFlags id={park.id} />
      <details className="plan-text">
        <summary>
          {t('planText')} <RefLabel planRef={park.descriptionRef} />
        </summary>
        <p lang="zh-CN">{park.description}</p>
      </details>
      {shape && (
        <AccuracyLine
          accuracy={shape.properties.accuracy}
          // The data's own sentences already say which plan figure sized the shape.
          placedBy={shape.properties.placedBy}
          placedByZh={shape.properties.placedByZh}
          source={shape.properties.source}
        />
      )}
    </div>
  );
}
