import { useMemo } from 'react';
import { useGeoData } from '../../app/GeoDataContext';
import { parkById, parks as planParks } from '../../data/plan';
import { pick } from '../../data/names';
import type { ParkId } from '../../data/types';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/store';
import { checkPolygon, type CheckRow } from '../checks';
import { toCsv } from '../formats/csvWrite';
import { isPolygonal } from '../geometry';
import { formatNumber } from '../measure';
import { districtBbox } from '../runtime';
import { download, fileBase } from './download';
import { useTownshipAreasDetail } from '../../data/useTownshipAreasDetail';
import { townSharesText } from '../../format/townShares';

const POLYGON_LIMIT = 300;

export function ChecksSection({ layerId }: { layerId: string }) {
  const { t, language } = useT();
  const data = useGeoData();
  const layer = useAppStore((s) => s.workLayers.find((l) => l.id === layerId));
  // The checks are the one place that needs the full-detail town polygons: fetched now, not at start.
  const townAreas = useTownshipAreasDetail();
  const towns = townAreas.status === 'ready' ? townAreas.towns : undefined;
  const rows = useMemo(() => {
    if (!layer) return { rows: [] as CheckRow[], limited: false };
    const polygons = layer.features.filter((f) => isPolygonal(f.geometry));
    const [w, south, e, north] = districtBbox();
    const origin = { lon: (w + e) / 2, lat: (south + north) / 2 };
    const context = { parks: data.parks, townships: data.townships, plan: planParks, origin, ...(towns ? { townAreas: towns } : {}) };
    const out = polygons
      .slice(0, POLYGON_LIMIT)
      .map((f) => checkPolygon(f, layer.name, layer.parkLinks[f.id], context))
      .filter((r): r is CheckRow => r !== null);
    return { rows: out, limited: polygons.length > POLYGON_LIMIT };
  }, [layer, data, towns]);
  if (!layer) return null;

  const parkName = (id: ParkId) => {
    const park = parkById(id);
    return park ? pick(park.name, language) : id;
  };
  const seatName = (code: string) => {
    const seat = data.townships.features.find((f) => f.properties.code === code);
    return seat ? (language === 'zh' ? seat.properties.name : seat.properties.nameEn) : code;
  };
  const n = (v: number, d: number) => formatNumber(v, d, language);
  const pct = (v: number) => `${n(v * 100, 1)}%`;
  const signed = (v: number, d: number) => `${v > 0 ? '+' : ''}${n(v, d)}`;
  const overlapsText = (r: CheckRow) =>
    r.overlaps.map((o) => t('wbOverlapEntry', { park: parkName(o.parkId), km2: n(o.km2, 3), share: pct(o.share) })).join('；') || '—';
  const replaceText = (r: CheckRow) =>
    r.replacement
      ? t('wbReplaceEntry', {
          park: parkName(r.replacement.parkId),
          plan: r.replacement.planKm2,
          diff: `${signed(r.replacement.diffKm2, 3)} km²`,
          share: `${r.replacement.diffShare > 0 ? '+' : ''}${pct(r.replacement.diffShare)}`,
          overlap: pct(r.replacement.overlapShareOfSchematic),
        })
      : '—';
  const townName = (id: string) => data.townships.features.find((f) => f.properties.id === id)?.properties;
  const townsText = (r: CheckRow) =>
    r.towns
      ? townSharesText(r.towns, townName, language, { all: t('wbTownsOutside'), part: (share) => t('wbTownsOutsidePart', { share }) })
      : townAreas.status === 'error'
        ? t('wbTownsFailed', { message: townAreas.message })
        : t('wbTownsLoading');
  const nearestText = (r: CheckRow) => (r.nearestPark ? `${parkName(r.nearestPark.parkId)} ${n(r.nearestPark.km, 2)}` : '—');

  const header = [
    t('wbColFeature'),
    t('wbColArea'),
    t('wbColMu'),
    t('wbColOverlaps'),
    t('wbColTowns'),
    t('wbColSeats'),
    t('wbColNearest'),
    t('wbColReplace'),
  ];
  const exportCsv = () => {
    const body = rows.rows.map((r) => [
      r.featureName,
      Number(r.areaKm2.toFixed(4)),
      Math.round(r.areaMu),
      overlapsText(r),
      townsText(r),
      r.seats.map(seatName).join('、'),
      nearestText(r),
      replaceText(r),
    ]);
    download(toCsv([header, ...body]), `${fileBase(layer.name)}-checks.csv`, 'text/csv');
  };

  return (
    <section className="wb-section" aria-labelledby="wb-checks-title" data-testid="wb-checks">
      <h3 id="wb-checks-title">{t('wbChecksOf', { layer: layer.name })}</h3>
      {rows.rows.length === 0 ? (
        <p className="wb-hint">{t('wbNoPolygons')}</p>
      ) : (
        <>
          <p className="wb-hint">
            <span className="derived-badge">{t('derived')}</span> {t('wbDerivedNote')} {t('wbTownsNote')}
          </p>
          {rows.limited && <p className="wb-hint">{t('wbChecksLimited', { limit: POLYGON_LIMIT })}</p>}
          {/* One small table per polygon: readable in the narrow panel; the export has them all in one. */}
          {rows.rows.map((r) => (
            <table key={r.featureId} className="wb-check-card" data-testid="wb-check-row" data-id={r.featureId}>
              <caption>{r.featureName}</caption>
              <tbody>
                <tr>
                  <th scope="row">{t('wbColArea')}</th>
                  <td data-testid="wb-check-km2">{n(r.areaKm2, 3)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('wbColMu')}</th>
                  <td>{n(r.areaMu, 0)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('wbColOverlaps')}</th>
                  <td>{overlapsText(r)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('wbColTowns')}</th>
                  <td data-testid="wb-check-towns" data-ready={r.towns ? 'true' : 'false'}>
                    {townsText(r)}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('wbColSeats')}</th>
                  <td>{r.seats.map(seatName).join('、') || '—'}</td>
                </tr>
                <tr>
                  <th scope="row">{t('wbColNearest')}</th>
                  <td>{nearestText(r)}</td>
                </tr>
                {r.replacement && (
                  <tr>
                    <th scope="row">{t('wbColReplace')}</th>
                    <td data-testid="wb-check-replacement">{replaceText(r)}</td>
                  </tr>
                )}
              </tbody>
            </table>
          ))}
          <button type="button" className="wb-link" data-testid="wb-export-checks" onClick={exportCsv} disabled={!towns && townAreas.status === 'loading'}>
            {t('wbExportChecks')}
          </button>
        </>
      )}
    </section>
  );
}
