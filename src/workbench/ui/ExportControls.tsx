import { useState } from 'react';
import { downloadBlob } from '../../app/download';
import { useT } from '../../i18n/useT';
import { COMMON_EPSG, CRS_IDS, CRS_LABELS } from '../crs';
import { parseCrsInput } from '../crsResolve';
import { defaultExportCrs, epsgCodeOf } from '../exportCrs';
import { loadExportCrs } from '../exportCrsLoad';
import { toCsvText, toGeoJsonText, toKmlText } from '../exportFormats';
import type { TownSharesOf } from '../exportTable';
import type { OutEncoding } from '../formats/textEncode';
import { featureName } from '../geometry';
import type { CrsId, WorkFeature, WorkLayer } from '../types';
import { download } from './download';

type Format = 'geojson' | 'csv' | 'kml' | 'xlsx' | 'shapefile';
const OTHER = 'other';

/** The systems offered: the layer's own first, the built-in ones (GCJ-02/BD-09 only when the layer came so), the common EPSG ones. */
function crsOptions(source: CrsId): { id: CrsId; label: string }[] {
  const builtins = CRS_IDS.filter((id) => (id !== 'gcj02' && id !== 'bd09') || id === source).map((id) => ({ id: id as CrsId, label: CRS_LABELS[id] }));
  const all = [...builtins, ...COMMON_EPSG.map((c) => ({ id: c.crs as CrsId, label: c.label }))];
  return all.some((o) => o.id === source) || source === 'prj' ? all : [{ id: source, label: `EPSG:${epsgCodeOf(source) ?? source}` }, ...all];
}

/**
 * The export toolbar of the attribute table: the system and (for Shapefile) the encoding,
 * then one button per format. What an export changed (renamed fields, a missing .prj) is said after it.
 */
export function ExportControls(props: { features: WorkFeature[]; layer: WorkLayer | undefined; layerName: string; base: string; townShares: TownSharesOf }) {
  const { t } = useT();
  const { features, layer, layerName, base, townShares } = props;
  const source = defaultExportCrs(layer);
  const [choice, setChoice] = useState<string>(source);
  const [otherCode, setOtherCode] = useState('');
  const [encoding, setEncoding] = useState<OutEncoding>('utf-8');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);
  const options = crsOptions(source);
  const sourceLabel = options.find((o) => o.id === source)?.label ?? '.prj';

  const chosenCrs = (): CrsId | { bad: string } => {
    if (choice !== OTHER) return choice as CrsId;
    const parsed = parseCrsInput(otherCode);
    return parsed ?? { bad: otherCode.trim() || '?' };
  };

  const exportAs = async (format: Format) => {
    setStatus(null);
    try {
      if (format === 'geojson') return download(toGeoJsonText(features), `${base}.geojson`, 'application/geo+json');
      if (format === 'kml') return download(toKmlText(features, layerName, (f) => featureName(f.properties) ?? f.id), `${base}.kml`, 'application/vnd.google-earth.kml+xml');
      const id = chosenCrs();
      const crs = typeof id === 'string' ? await loadExportCrs(id, { shapefile: format === 'shapefile', ...(layer?.source?.prj ? { sourcePrj: layer.source.prj } : {}) }) : null;
      if (!crs) {
        const code = typeof id === 'string' ? (epsgCodeOf(id) ?? id) : id.bad;
        return setStatus({ kind: 'error', lines: [t('wbExportCrsUnknown', { code: String(code) })] });
      }
      const tag = crs.code !== null && crs.code !== 4326 ? `-EPSG${crs.code}` : '';
      if (format === 'csv') return download(toCsvText(features, crs, { townShares }), `${base}${tag}.csv`, 'text/csv');
      if (format === 'xlsx') {
        // The writer is loaded on the first Excel export only.
        const { layerXlsx } = await import('../formats/xlsxExport');
        const bytes = await layerXlsx(features, layerName, crs, { townShares });
        return downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${base}${tag}.xlsx`);
      }
      const { shapefileZip } = await import('../exportShapefile');
      const { bytes, report } = shapefileZip(features, base, crs, encoding);
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${base}${tag}-shp.zip`);
      const sets = report.sets.map((s) => t('wbShpSet', { name: s.name, kind: t(`wbShpKind_${s.kind}`), count: s.count })).join('；');
      const lines = [t('wbExportShpDone', { sets })];
      if (report.renamed.length) lines.push(t('wbExportRenamed', { list: report.renamed.map((r) => `${r.from} → ${r.to}`).join(', ') }));
      if (report.truncated) lines.push(t('wbExportTruncated', { count: report.truncated }));
      if (report.unencodable) lines.push(t('wbExportUnencodable', { count: report.unencodable }));
      if (report.noPrj) lines.push(t('wbExportNoPrj', { crs: crs.label }));
      setStatus({ kind: 'ok', lines });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', lines: [format === 'xlsx' ? t('wbExportFailed', { message }) : t('wbExportError', { message })] });
    }
  };

  return (
    <div className="wb-export" role="group" aria-labelledby="wb-export-title" data-testid="wb-export">
      <span id="wb-export-title">{t('wbExport')}:</span>
      <div className="wb-toolbar">
        <label className="wb-field-inline">
          <span>{t('wbExportCrs')}</span>
          <select value={choice} data-testid="wb-export-crs" aria-describedby="wb-export-crs-note" onChange={(e) => setChoice(e.target.value)}>
            {source === 'prj' && <option value="prj">{t('wbExportCrsSource', { crs: sourceLabel })}</option>}
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id === source ? t('wbExportCrsSource', { crs: o.label }) : o.label}
              </option>
            ))}
            <option value={OTHER}>{t('wbExportCrsOther')}</option>
          </select>
        </label>
        {choice === OTHER && (
          <label className="wb-field-inline">
            <span>{t('wbExportEpsgCode')}</span>
            <input value={otherCode} inputMode="numeric" placeholder="4544" data-testid="wb-export-epsg" onChange={(e) => setOtherCode(e.target.value)} />
          </label>
        )}
        <label className="wb-field-inline">
          <span>{t('wbExportEncoding')}</span>
          <select value={encoding} data-testid="wb-export-encoding" onChange={(e) => setEncoding(e.target.value as OutEncoding)}>
            <option value="utf-8">{t('wbExportUtf8')}</option>
            <option value="gbk">{t('wbExportGbk')}</option>
          </select>
        </label>
      </div>
      <p className="wb-hint" id="wb-export-crs-note">
        {t('wbExportCrsNote')}
      </p>
      <div className="wb-toolbar">
        <button type="button" data-testid="wb-export-geojson" onClick={() => void exportAs('geojson')}>
          GeoJSON
        </button>
        <button type="button" data-testid="wb-export-csv" onClick={() => void exportAs('csv')}>
          CSV
        </button>
        <button type="button" data-testid="wb-export-kml" onClick={() => void exportAs('kml')}>
          KML
        </button>
        <button type="button" data-testid="wb-export-xlsx" onClick={() => void exportAs('xlsx')}>
          {t('wbExportXlsx')}
        </button>
        <button type="button" data-testid="wb-export-shapefile" onClick={() => void exportAs('shapefile')}>
          {t('wbExportShapefile')}
        </button>
      </div>
      {status && (
        <div className={status.kind === 'error' ? 'wb-error' : 'wb-hint'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid={status.kind === 'error' ? 'wb-export-error' : 'wb-export-report'}>
          {status.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
