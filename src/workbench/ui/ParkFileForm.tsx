import { useMemo, useState } from 'react';
import type { GeoData } from '../../data/geodata';
import { parkById } from '../../data/plan';
import { pick } from '../../data/names';
import type { ParkId } from '../../data/types';
import { overlapKm2, polygonWithin, type Polygonal } from '../../geo/inside';
import { useT } from '../../i18n/useT';
import { parkFileText, type OutlineMeta } from '../parkFile';
import { download } from './download';

/** Checks that `npm run data:check` would make of the new outline, run before download. */
function preChecks(data: GeoData, parkId: ParkId, outline: Polygonal): { outside: boolean; overlaps: ParkId[] } {
  const district = data.district.features[0]?.geometry;
  const outside = district ? !polygonWithin(outline, district) : false;
  const allowed = (other: ParkId) =>
    (parkId === 'bonded-zone' && other === 'fenghuanghu') || (parkId === 'fenghuanghu' && other === 'bonded-zone');
  const overlaps = data.parks.features
    .filter((f) => f.properties.id !== parkId && !allowed(f.properties.id))
    .filter((f) => overlapKm2(outline, f.geometry) > 1e-6)
    .map((f) => f.properties.id);
  return { outside, overlaps };
}

export function ParkFileForm({ parkId, geometry, data }: { parkId: ParkId; geometry: Polygonal; data: GeoData }) {
  const { t, language } = useT();
  const park = parkById(parkId);
  const [meta, setMeta] = useState<OutlineMeta>({ accuracy: 'official-outline', source: '', licence: '', placedBy: '' });
  const checks = useMemo(() => preChecks(data, parkId, geometry), [data, parkId, geometry]);
  const parkName = park ? pick(park.name, language) : parkId;
  const ready = meta.source.trim() !== '' && meta.licence.trim() !== '';
  const nameOf = (id: ParkId) => {
    const p = parkById(id);
    return p ? pick(p.name, language) : id;
  };

  const save = () => {
    const placedBy = meta.placedBy.trim() || `Outline from ${meta.source.trim()}, prepared in the planners’ workbench.`;
    const placedByZh = meta.placedBy.trim() || `轮廓取自${meta.source.trim()}，在规划工作台中整理。`;
    download(parkFileText(data.parks, parkId, geometry, { ...meta, placedBy, placedByZh }), 'parks.geojson', 'application/geo+json');
  };

  return (
    <div className="wb-parkfile" data-testid="wb-park-file">
      <h4>{t('wbParkFile')}</h4>
      <p className="wb-hint">{t('wbParkFileHint', { park: parkName })}</p>
      <label className="wb-field">
        <span>{t('wbParkAccuracy')}</span>
        <select value={meta.accuracy} onChange={(e) => setMeta({ ...meta, accuracy: e.target.value as OutlineMeta['accuracy'] })}>
          <option value="official-outline">{t('wbAccuracyOfficial')}</option>
          <option value="surveyed">{t('wbAccuracySurveyed')}</option>
        </select>
      </label>
      <label className="wb-field">
        <span>{t('wbParkSource')}</span>
        <input value={meta.source} data-testid="wb-park-source" onChange={(e) => setMeta({ ...meta, source: e.target.value })} />
      </label>
      <label className="wb-field">
        <span>{t('wbParkLicence')}</span>
        <input value={meta.licence} data-testid="wb-park-licence" onChange={(e) => setMeta({ ...meta, licence: e.target.value })} />
      </label>
      <label className="wb-field">
        <span>{t('wbParkPlacedBy')}</span>
        <input value={meta.placedBy} onChange={(e) => setMeta({ ...meta, placedBy: e.target.value })} />
      </label>
      <ul className="wb-prechecks" data-testid="wb-park-prechecks">
        {checks.outside && <li className="wb-warning">{t('wbParkWarnOutside')}</li>}
        {checks.overlaps.map((id) => (
          <li key={id} className="wb-warning">
            {t('wbParkWarnOverlap', { park: nameOf(id) })}
          </li>
        ))}
        {!checks.outside && checks.overlaps.length === 0 && <li className="wb-note">{t('wbParkOk')}</li>}
      </ul>
      {!ready && <p className="wb-hint">{t('wbParkNeedsSource')}</p>}
      <button type="button" className="wb-primary" data-testid="wb-park-download" disabled={!ready} onClick={save}>
        {t('wbParkDownload')}
      </button>
    </div>
  );
}
