import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/store';
import { removeLayer, setLayerVisible } from '../layers';
import { workLayerColor } from '../../map/colors';
import { frameLayer } from '../runtime';

export function LayersSection({ onTable, onCheck }: { onTable: (layerId: string) => void; onCheck: (layerId: string) => void }) {
  const { t } = useT();
  const layers = useAppStore((s) => s.workLayers);
  const [confirming, setConfirming] = useState(false);
  const commit = useAppStore((s) => s.commitWork);

  return (
    <section className="wb-section" aria-labelledby="wb-layers-title">
      <h3 id="wb-layers-title">{t('wbLayers')}</h3>
      {layers.length === 0 ? (
        <p className="wb-hint">{t('wbNoLayers')}</p>
      ) : (
        <ul className="wb-layers" data-testid="wb-layers">
          {layers.map((layer) => (
            <li key={layer.id} data-testid={`wb-layer-${layer.id}`}>
              <label className="wb-layer-name">
                <input
                  type="checkbox"
                  checked={layer.visible}
                  aria-label={`${t('wbShow')} ${layer.name}`}
                  onChange={(e) => commit(setLayerVisible(useAppStore.getState().workLayers, layer.id, e.target.checked))}
                />
                <span className="wb-swatch" style={{ background: workLayerColor(layers.indexOf(layer)) }} aria-hidden="true" />
                <button
                  type="button"
                  className="wb-link"
                  onClick={() => frameLayer(layer.id)}
                >
                  {layer.name}
                </button>
              </label>
              <span className="wb-hint" data-testid="wb-layer-count">
                {t('wbFeatures', { count: layer.features.length.toLocaleString() })}
              </span>
              <div className="wb-toolbar">
                <button type="button" onClick={() => onTable(layer.id)}>
                  {t('wbTable')}
                </button>
                <button type="button" data-testid={`wb-check-${layer.id}`} onClick={() => onCheck(layer.id)}>
                  {t('wbCheck')}
                </button>
                <button type="button" onClick={() => commit(removeLayer(useAppStore.getState().workLayers, layer.id))}>
                  {t('wbDeleteLayer')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {layers.length > 0 &&
        (confirming ? (
          <div className="wb-confirm" role="alertdialog" aria-labelledby="wb-clear-question" data-testid="wb-clear-confirm">
            <p id="wb-clear-question">{t('wbClearConfirm')}</p>
            <div className="wb-actions">
              <button
                type="button"
                className="wb-danger"
                data-testid="wb-clear-yes"
                onClick={() => {
                  const state = useAppStore.getState();
                  state.setWorkEditing(null);
                  state.selectWorkFeature(null, 'list');
                  state.commitWork([]);
                  setConfirming(false);
                }}
              >
                {t('wbClearYes')}
              </button>
              <button type="button" autoFocus onClick={() => setConfirming(false)}>
                {t('wbClearNo')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="wb-danger-outline" data-testid="wb-clear-all" onClick={() => setConfirming(true)}>
            {t('wbClearAll')}
          </button>
        ))}
    </section>
  );
}
