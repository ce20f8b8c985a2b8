import type { Feature, Point } from 'geojson';
import { useGeoData } from '../app/GeoDataContext';
import { clusters, otherTowns, parkById } from '../data/plan';
import { pick } from '../data/names';
import type { TownshipProps } from '../data/types';
import { formatKm2 } from '../format/figures';
import { mentionTerms, term } from '../i18n/terms';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { AccuracyLine, Field, RefLabel } from './common';
import { IndustryLines } from './IndustryLines';
import { LevelBadges } from './LevelBadges';

/**
 * A township (镇街): code, its area (derived from the town polygon), the cluster it
 * hosts with levels and industries, or else what the plan says for it, and the parks
 * whose schematic shapes lie in it.
 */
export function TownshipDetail({ township }: { township: Feature<Point, TownshipProps> }) {
  const { t, language } = useT();
  const data = useGeoData();
  const select = useAppStore((state) => state.select);
  const props = township.properties;
  const cluster = clusters.find((entry) => entry.townshipCode === props.code);
  const area = data.townshipAreas.features.find((f) => f.properties.id === props.id);
  const inOtherTowns = otherTowns.townshipCodes.includes(props.code);
  const parksHere = data.parks.features
    .map((park) => ({ park, share: park.properties.towns?.find((x) => x.townId === props.id)?.share ?? 0 }))
    .filter((x) => x.share >= 0.01)
    .sort((a, b) => b.share - a.share);
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return (
    <div className="detail" data-testid={`township-detail-${props.id}`}>
      {language === 'en' && <p className="detail-altname" lang="zh-CN">{props.name}</p>}
      <dl>
        <Field label={t('townshipCode')}>{props.code}</Field>
        {area && (
          <Field label={t('townArea')}>
            <span className="figure" data-testid="township-area">
              {formatKm2(area.properties.areaKm2, language)}
            </span>{' '}
            <span className="derived-badge">{t('derived')}</span> <span className="detail-note">{t('townAreaNote')}</span>
          </Field>
        )}
        {cluster && (
          <>
            <Field label={t('hostsCluster')}>
              <button type="button" className="link" onClick={() => select({ kind: 'cluster', id: cluster.id }, 'list')}>
                {pick(cluster.name, language)}
              </button>
              <p className="detail-note">{t('townClusterAreaNote')}</p>
            </Field>
            <Field label={t('townClusterLevels')}>
              <span data-testid="township-cluster-levels">
                <LevelBadges cluster={cluster} />
              </span>
            </Field>
            <Field label={t('townClusterIndustries')}>
              <ul className="chips" data-testid="township-cluster-industries">
                {cluster.directions.map((direction) => (
                  <li key={direction}>{term(mentionTerms, direction, language)}</li>
                ))}
              </ul>
              <p className="verbatim" lang="zh-CN">
                {cluster.directionsText} <RefLabel planRef={cluster.ref} />
              </p>
            </Field>
          </>
        )}
        {!cluster && (
          <Field label={t('townPlanText')}>
            {inOtherTowns ? (
              <div data-testid="township-other-towns">
                <p>{t('townOtherTownsNote')}</p>
                <IndustryLines lines={otherTowns.details} />
                <p className="verbatim" lang="zh-CN">
                  {otherTowns.text} <RefLabel planRef={otherTowns.ref} />
                </p>
              </div>
            ) : (
              <p data-testid="township-no-plan-text">{t('townNoPlanText')}</p>
            )}
          </Field>
        )}
        <Field label={t('townParks')}>
          {parksHere.length > 0 ? (
            <>
              <ul className="link-list" data-testid="township-parks">
                {parksHere.map(({ park, share }) => {
                  const plan = parkById(park.properties.id);
                  return (
                    <li key={park.properties.id}>
                      <button type="button" className="link" onClick={() => select({ kind: 'park', id: park.properties.id }, 'list')}>
                        {t('townParkEntry', {
                          park: plan ? pick(plan.name, language) : park.properties.name,
                          share: percent(share),
                        })}
                      </button>
                    </li>
                  );
                })}
              </ul>
              <p className="detail-note">{t('townParksNote')}</p>
            </>
          ) : (
            <span>{t('townParksNone')}</span>
          )}
        </Field>
      </dl>
      <AccuracyLine accuracy={props.accuracy} source={props.source} />
      {area && <AccuracyLine accuracy={area.properties.accuracy} source={area.properties.source} />}
    </div>
  );
}
