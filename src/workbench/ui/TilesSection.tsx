import { useEffect, useState } from 'react';
import { useIntakeTarget } from '../../intake/ui/targets';
import { needsGcj } from '../../basemap/basemaps';
import type { StringKey } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import { tileLayerColor } from '../../map/colors';
import { useAppStore } from '../../state/store';
import { archiveProblemText } from '../../tiles/problems';
import { allowTileFile, canRememberFiles, frameArchive, openTileFile, openTileUrl, pickTileFile, restoreTiles } from '../../tiles/runtime';
import type { TileArchiveInfo, TileLayer } from '../../tiles/types';
import { zoomAdvice } from '../../tiles/zoomRange';

function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** Bytes read so far, refreshed each second: only the tiles drawn are read. */
function useBytesRead(layer: TileLayer): number {
  const read = layer.status.kind === 'open' ? layer.status.handle.bytesRead : null;
  const [value, setValue] = useState(() => read?.() ?? 0);
  useEffect(() => {
    if (!read) return;
    const timer = setInterval(() => setValue(read()), 1000);
    return () => clearInterval(timer);
  }, [read]);
  return value;
}

/** “Zoom in to see this layer” while the view is further out than the archive's first zoom (announced as it appears). */
function ZoomAdvice({ info }: { info: TileArchiveInfo }) {
  const { t } = useT();
  const zoom = useAppStore((s) => s.view?.zoom);
  const advice = zoomAdvice(zoom, info);
  // The live region is always there, so that the advice is announced when it appears.
  return (
    <div role="status">
      {advice && (
        <p className="wb-warning" data-testid="tl-zoom-advice">
          {t('tlZoomIn', { min: advice.minZoom, zoom: advice.zoom.toFixed(1) })}{' '}
          <button type="button" data-testid="tl-zoom-in" onClick={() => frameArchive(info)}>
            {t('tlZoomInButton')}
          </button>
        </p>
      )}
    </div>
  );
}

function LayerEntry({ layer, index }: { layer: TileLayer; index: number }) {
  const { t } = useT();
  const read = useBytesRead(layer);
  const { status } = layer;
  const toggle = (visible: boolean) => useAppStore.getState().updateTileLayer(layer.id, { visible });
  return (
    <li data-testid={`tl-layer-${layer.id}`} data-status={status.kind} data-name={layer.name}>
      <label className="wb-layer-name">
        <input type="checkbox" checked={layer.visible} aria-label={`${t('tlShow')} ${layer.name}`} onChange={(e) => toggle(e.target.checked)} />
        <span className="wb-swatch" style={{ background: tileLayerColor(index) }} aria-hidden="true" />
        <span>{status.kind === 'open' ? status.info.title : layer.name}</span>
      </label>
      {status.kind === 'opening' && <p className="wb-hint">{t('tlOpening', { name: layer.name })}</p>}
      {status.kind === 'failed' && (
        <p className="wb-error" role="alert" data-testid="tl-error">
          {t('tlFailed', { name: layer.name, reason: archiveProblemText(status.code, status.detail, t) })}
        </p>
      )}
      {status.kind === 'needs-file' && (
        <p className="wb-warning" data-testid="tl-needs-file">
          {t('tlNeedsFile', { name: layer.name })}
        </p>
      )}
      {status.kind === 'needs-permission' && (
        <p className="wb-warning" data-testid="tl-needs-permission">
          {t('tlNeedsPermission', { name: layer.name })}{' '}
          <button type="button" onClick={() => void allowTileFile(layer.id)}>
            {t('tlAllow')}
          </button>
        </p>
      )}
      {status.kind === 'open' && (
        <dl className="wb-facts" data-testid="tl-facts">
          <dt>{status.info.kind === 'vector' ? t('tlVector') : t('tlRaster', { format: status.info.tileFormat.toUpperCase() })}</dt>
          <dd data-testid="tl-zoom">{t('tlZoom', { min: status.info.minZoom, max: status.info.maxZoom })}</dd>
          <dd data-testid="tl-bounds">
            {t('tlBounds', {
              w: status.info.bounds[0].toFixed(3),
              s: status.info.bounds[1].toFixed(3),
              e: status.info.bounds[2].toFixed(3),
              n: status.info.bounds[3].toFixed(3),
            })}
          </dd>
          {status.info.layers.map((l) => (
            <dd key={l.id} data-testid="tl-source-layer" data-layer={l.id} data-geometry={l.geometry}>
              {t('tlLayerLine', { layer: l.id, geometry: t(`tlGeom_${l.geometry}` as StringKey) })}
              {l.count !== null && ` · ${t('tlLayerCount', { count: l.count.toLocaleString() })}`}
            </dd>
          ))}
          <dd className="wb-hint" data-testid="tl-read" data-read={read} data-total={status.info.bytes}>
            {status.info.bytes > 0 ? t('tlRead', { read: megabytes(read), total: megabytes(status.info.bytes) }) : t('tlReadUnknown', { read: megabytes(read) })}
          </dd>
        </dl>
      )}
      {status.kind === 'open' && layer.visible && <ZoomAdvice info={status.info} />}
      <div className="wb-toolbar">
        {status.kind === 'open' && (
          <button type="button" data-testid="tl-fit" onClick={() => frameArchive(status.info)}>
            {t('tlFit')}
          </button>
        )}
        <button type="button" data-testid="tl-remove" onClick={() => useAppStore.getState().removeTileLayer(layer.id)}>
          {t('tlRemove')}
        </button>
      </div>
    </li>
  );
}

function Inspection() {
  const { t } = useT();
  const inspection = useAppStore((s) => s.tileInspection);
  const layers = useAppStore((s) => s.tileLayers);
  if (!inspection) return <p className="wb-hint">{t('tlInspectNone')}</p>;
  const layer = layers.find((l) => l.id === inspection.layerId);
  return (
    <div className="wb-review" data-testid="tl-inspect" aria-labelledby="tl-inspect-title">
      <h4 id="tl-inspect-title">{t('tlInspectTitle')}</h4>
      <p className="wb-hint">
        {layer?.name ?? ''} · {t('tlInspectLayer', { layer: inspection.sourceLayer })}
      </p>
      <dl className="wb-facts">
        {Object.entries(inspection.properties).map(([key, value]) => (
          <div key={key} data-testid="tl-attribute" data-key={key} data-value={String(value)}>
            <dt>{key}</dt>
            <dd>{String(value)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => useAppStore.getState().inspectTile(null)}>
        {t('tlInspectClose')}
      </button>
    </div>
  );
}

/** The workbench's PMTiles layers: open files or the site's archives, see them, click their features. */
export function TilesSection() {
  const { t } = useT();
  const layers = useAppStore((s) => s.tileLayers);
  const offered = useAppStore((s) => s.deployment?.layers ?? []);
  const gcj = useAppStore((s) => needsGcj(s.basemap));
  // .pmtiles files come through the one chooser and drop zone (src/intake/route.ts).
  useIntakeTarget('tiles', (file, fileHandle) => void openTileFile(file, fileHandle));
  useEffect(() => {
    void restoreTiles();
  }, []);

  return (
    <section className="wb-section" aria-labelledby="tl-title" data-testid="tl-section">
      <h3 id="tl-title">{t('tlTitle')}</h3>
      <p className="wb-hint">{t('tlIntro')}</p>
      <p>
        {t('tlOpenHere')}{' '}
        {/* Where the browser can keep access to a file, its own picker opens one, so the layer comes back next visit. */}
        {canRememberFiles() && (
          <button type="button" data-testid="tl-pick-remembered" onClick={() => void pickTileFile()}>
            {t('tlChoose')}
          </button>
        )}
      </p>
      <p className="wb-hint">{canRememberFiles() ? t('tlRemembered') : t('tlNotRemembered')}</p>
      {offered.length > 0 && (
        <>
          <h4>{t('tlOffered')}</h4>
          <ul className="wb-layers" data-testid="tl-offered">
            {offered.map((entry) => (
              <li key={entry.url}>
                <span>{entry.name}</span>{' '}
                <button
                  type="button"
                  data-testid="tl-open-offered"
                  data-url={entry.url}
                  disabled={layers.some((l) => l.url === entry.url)}
                  onClick={() => void openTileUrl(entry.url, entry.name)}
                >
                  {t('tlOpenOffered')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {gcj && layers.length > 0 && (
        <p className="wb-warning" role="status" data-testid="tl-datum-hidden">
          {t('tlDatumHidden')}
        </p>
      )}
      {layers.length === 0 ? (
        <p className="wb-hint">{t('tlNone')}</p>
      ) : (
        <ul className="wb-layers" data-testid="tl-layers">
          {layers.map((layer, index) => (
            <LayerEntry key={layer.id} layer={layer} index={index} />
          ))}
        </ul>
      )}
      <Inspection />
    </section>
  );
}
