import { useState } from 'react';
import { useGeoData } from '../app/GeoDataContext';
import { parks } from '../data/plan';
import { pick } from '../data/names';
import type { ParkId } from '../data/types';
import { featureBounds } from '../geo/bounds';
import { useT } from '../i18n/useT';
import { mapPort } from '../map/port';
import { basemapAttribution } from '../basemap/basemaps';
import { useAppStore } from '../state/store';
import { exportPng } from './exportPng';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Waits for React to render the sheet and for its snapshot image to decode. */
async function sheetReady(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  const image = document.querySelector<HTMLImageElement>('.print-sheet img');
  if (image && !image.complete) await image.decode().catch(() => undefined);
}

/** The export panel's content: a PNG of the map and the printed fact sheets (loaded with the export feature). */
export function ExportContent() {
  const { t, language } = useT();
  const data = useGeoData();
  const selection = useAppStore((state) => state.selection);
  const setPrintSheet = useAppStore((state) => state.setPrintSheet);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selectedPark = selection?.kind === 'park' ? (selection.id as ParkId) : null;
  const [parkId, setParkId] = useState<ParkId>(selectedPark ?? 'fenghuanghu');

  const run = async (task: () => Promise<void>, failKey: 'exportFailed' | 'printFailed', doneKey?: 'exportDone') => {
    setBusy(true);
    setStatus(t('exportBusy'));
    try {
      await task();
      setStatus(doneKey ? t(doneKey) : '');
    } catch (error) {
      setStatus(t(failKey, { reason: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  const png = () =>
    run(
      async () => {
        const image = mapPort.capture();
        if (!image) throw new Error(t('mapUnavailable'));
        const state = useAppStore.getState();
        await exportPng(await image, state, data, basemapAttribution(state.basemap, state.deployment?.basemap?.attribution));
      },
      'exportFailed',
      'exportDone',
    );

  const print = (sheet: { kind: 'park'; id: ParkId } | { kind: 'layout' }) =>
    run(async () => {
      const feature = sheet.kind === 'park' ? data.parks.features.find((f) => f.properties.id === sheet.id) : null;
      // WGS-84; the map frames it in whatever datum it draws in (null: the whole district).
      const snapshot = (await mapPort.snapshot(feature ? featureBounds(feature) : null)) ?? null;
      setPrintSheet({ ...sheet, snapshot });
      await sheetReady();
      window.print();
    }, 'printFailed');

  return (
    <div className="export">
      <button type="button" className="primary-button" disabled={busy} data-testid="export-png" onClick={() => void png()}>
        {t('exportPng')}
      </button>
      <p className="popover-intro">{t('exportPngHelp')}</p>
      <hr />
      <label className="export-park">
        <span>{t('printParkChoice')}</span>
        <select value={parkId} data-testid="print-park-choice" onChange={(event) => setParkId(event.target.value as ParkId)}>
          {parks.map((park) => (
            <option key={park.id} value={park.id}>
              {pick(park.slogan, language)} · {pick(park.name, language)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="secondary-button"
        disabled={busy}
        data-testid="print-park"
        onClick={() => void print({ kind: 'park', id: parkId })}
      >
        {t('printPark')}
      </button>
      <button
        type="button"
        className="secondary-button"
        disabled={busy}
        data-testid="print-layout"
        onClick={() => void print({ kind: 'layout' })}
      >
        {t('printLayout')}
      </button>
      <p className="popover-intro">{t('printHelp')}</p>
      <p className="share-status" role="status" data-testid="export-status">
        {status}
      </p>
    </div>
  );
}
