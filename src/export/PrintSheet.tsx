import { createPortal } from 'react-dom';
import { useGeoData } from '../app/GeoDataContext';
import { clusters, industryById, parkById, parks, subParkById } from '../data/plan';
import { pick } from '../data/names';
import type { Park } from '../data/types';
import { distanceHubs, distancesFrom, placeOf, roundKm } from '../distance/distances';
import { formatKm2, formatYi } from '../format/figures';
import { layoutTotals } from '../format/totals';
import { areaKindTerms, levelTerms, mentionTerms, term } from '../i18n/terms';
import { RefLabel } from '../details/common';
import { ResultsBeside } from '../results/ui/common';
import { ParkProjectsSheet } from '../projects/ParkProjects';
import { useT } from '../i18n/useT';
import type { PrintSheet as Sheet } from '../state/exportSlice';
import { useAppStore } from '../state/store';
import { today } from './exportPng';
import './print.css';

function SheetHeader({ title, name }: { title: string; name?: string }) {
  const { t } = useT();
  return (
    <header className="sheet-header">
      <p className="sheet-kicker">
        {t('appTitle')} · {t('appSubtitle')}
      </p>
      <h1>{name ?? title}</h1>
      {name && <p className="sheet-kind">{title}</p>}
    </header>
  );
}

function SheetFooter() {
  const { t } = useT();
  return (
    <footer className="sheet-footer">
      <p className="sheet-schematic">{t('schematicLong')}</p>
      <p>{t('plansNote')}</p>
      <p>{t('sourceLine')}</p>
      <p>{t('printedOn', { date: today() })}</p>
    </footer>
  );
}

function Snapshot({ src }: { src: string | null }) {
  const { t } = useT();
  if (!src) return null;
  return <img className="sheet-map" src={src} alt={t('mapSnapshot')} data-testid="sheet-map" />;
}

function ParkSheet({ park, snapshot }: { park: Park; snapshot: string | null }) {
  const { t, language } = useT();
  const data = useGeoData();
  const place = placeOf({ kind: 'park', id: park.id }, data);
  const hubs = distanceHubs(data);
  const distances = place ? distancesFrom(place.position, hubs) : [];
  return (
    <article className="sheet" data-testid={`print-sheet-park-${park.id}`}>
      <SheetHeader title={t('parkSheetTitle')} name={`${pick(park.slogan, language)} · ${pick(park.name, language)}`} />
      {language === 'en' && <p lang="zh-CN">{park.name.zh}</p>}
      <Snapshot src={snapshot} />
      <p>{pick(park.summary, language)}</p>
      <dl className="sheet-fields">
        <dt>{t('positioning')}</dt>
        <dd>
          <span lang="zh-CN">{park.positioning.zh}</span>
          {language === 'en' && <> — {park.positioning.en}</>}
        </dd>
        <dt>{t('leadIndustries')}</dt>
        <dd>
          {[
            ...park.leadIndustries.map((id) => {
              const industry = industryById(id);
              return industry ? pick(industry.name, language) : id;
            }),
            ...park.otherLeadActivities.map((activity) => pick(activity, language)),
          ].join(t('and'))}
        </dd>
        <dt>{t('target')}</dt>
        <dd>
          <strong>{formatYi(park.target.valueYi, language)}</strong> <span lang="zh-CN">{park.target.text}</span>{' '}
          <RefLabel planRef={park.target.ref} />
        </dd>
        <dt>{t('resResult')}</dt>
        <dd>
          <ResultsBeside measureKey={`park:${park.id}`} />
        </dd>
        {park.subParkIds.length > 0 && (
          <>
            <dt>{t('subParks')}</dt>
            <dd>{park.subParkIds.map((id) => (subParkById(id) ? pick(subParkById(id)!.name, language) : id)).join(t('and'))}</dd>
          </>
        )}
        {park.honours.length > 0 && (
          <>
            <dt>{t('honours')}</dt>
            <dd>{park.honours.map((honour) => pick(honour, language)).join(t('and'))}</dd>
          </>
        )}
      </dl>
      <h2>{t('areas')}</h2>
      <table className="sheet-table">
        <tbody>
          {park.areas.map((area) => (
            <tr key={`${area.kind}-${area.text}`}>
              <th scope="row">{term(areaKindTerms, area.kind, language)}</th>
              <td className="num">{formatKm2(area.valueKm2, language)}</td>
              <td lang="zh-CN">{area.text}</td>
              <td>
                <RefLabel planRef={area.ref} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ParkProjectsSheet areaId={park.id} />
      {distances.length > 0 && (
        <>
          <h2>{t('distancesTitle')}</h2>
          <p className="sheet-note">
            {t('distancesNote')} {t('distancesFromShape')}
          </p>
          <table className="sheet-table">
            <tbody>
              {distances.map((distance) => {
                const hub = hubs.find((h) => h.properties.id === distance.hubId)!;
                return (
                  <tr key={distance.hubId}>
                    <th scope="row">{language === 'zh' ? hub.properties.name : hub.properties.nameEn}</th>
                    <td className="num">{t('distanceKm', { km: roundKm(distance.km) })}</td>
                    <td>± {t('distanceKm', { km: distance.hubUncertaintyKm })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <SheetFooter />
    </article>
  );
}

function LayoutSheet({ snapshot }: { snapshot: string | null }) {
  const { t, language } = useT();
  const totals = layoutTotals(parks);
  return (
    <article className="sheet" data-testid="print-sheet-layout">
      <SheetHeader title={t('layoutSheetTitle')} />
      <Snapshot src={snapshot} />
      <p>{t('overviewIntro')}</p>
      <h2>{t('overviewElements')}</h2>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('positioning')}</th>
            <th scope="col">{t('leadIndustries')}</th>
            <th scope="col">{t('target')}</th>
          </tr>
        </thead>
        <tbody>
          {parks.map((park) => (
            <tr key={park.id}>
              <th scope="row">
                {pick(park.slogan, language)}
                <br />
                {pick(park.name, language)}
              </th>
              <td>{pick(park.positioning, language)}</td>
              <td>
                {park.leadIndustries.map((id) => (industryById(id) ? pick(industryById(id)!.name, language) : id)).join(t('and'))}
              </td>
              <td className="num">
                {formatYi(park.target.valueYi, language)} <RefLabel planRef={park.target.ref} />
                <ResultsBeside measureKey={`park:${park.id}`} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('totalOutputLabel')} <span className="derived-badge">{t('derived')}</span>
        {t('colon')}
        <strong>{formatYi(totals.outputYi, language)}</strong> · {t('totalPlannedAreaLabel')}{' '}
        <span className="derived-badge">{t('derived')}</span>
        {t('colon')}
        <strong>{formatKm2(totals.plannedAreaKm2, language)}</strong>
      </p>
      <h2>{t('clustersTable')}</h2>
      <table className="sheet-table compact">
        <thead>
          <tr>
            <th scope="col">{t('township')}</th>
            <th scope="col">{t('agglomerationLevelCol')}</th>
            <th scope="col">{t('incubatorLevelCol')}</th>
            <th scope="col">{t('directions')}</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((cluster) => (
            <tr key={cluster.id}>
              <th scope="row">{pick(cluster.name, language)}</th>
              <td>{term(levelTerms, cluster.agglomerationLevel, language)}</td>
              <td>{term(levelTerms, cluster.incubatorLevel, language)}</td>
              <td>{cluster.directions.map((direction) => term(mentionTerms, direction, language)).join(t('and'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sheet-note">
        {clusters[0] && <RefLabel planRef={clusters[0].ref} />}
      </p>
      <SheetFooter />
    </article>
  );
}

function SheetBody({ sheet }: { sheet: Sheet }) {
  if (sheet.kind === 'layout') return <LayoutSheet snapshot={sheet.snapshot} />;
  const park = parkById(sheet.id);
  return park ? <ParkSheet park={park} snapshot={sheet.snapshot} /> : null;
}

/** The A4 fact sheet, outside the app's layout: hidden on screen, the only thing printed. */
export function PrintSheet() {
  const sheet = useAppStore((state) => state.printSheet);
  const language = useAppStore((state) => state.language);
  if (!sheet) return null;
  return createPortal(
    <div className="print-sheet" lang={language === 'zh' ? 'zh-CN' : 'en'} data-testid="print-sheet">
      <SheetBody sheet={sheet} />
    </div>,
    document.body,
  );
}
