import { useState } from 'react';
import { useGeoData } from '../../app/GeoDataContext';
import { parks } from '../../data/plan';
import { pick } from '../../data/names';
import type { ParkId } from '../../data/types';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/store';
import { featureName, isPolygonal } from '../geometry';
import { deleteFeature, linkPark, parseAttribute, setFeatureGeometry, setFeatureProperties } from '../layers';
import { mapPort } from '../../map/port';
import { canEditShape } from '../geometry';
import type { WorkFeature, WorkLayer } from '../types';
import { ParkFileForm } from './ParkFileForm';

export function FeatureSection() {
  const { t } = useT();
  const selection = useAppStore((s) => s.workSelection);
  const layers = useAppStore((s) => s.workLayers);
  const layer = selection ? layers.find((l) => l.id === selection.layerId) : undefined;
  const feature = layer?.features.find((f) => f.id === selection?.featureId);
  return (
    <section className="wb-section" aria-labelledby="wb-feature-title" data-testid="wb-feature">
      <h3 id="wb-feature-title">{t('wbSelected')}</h3>
      {layer && feature ? (
        <FeatureEditor key={`${layer.id}/${feature.id}`} layer={layer} feature={feature} />
      ) : (
        <p className="wb-hint">{t('wbNoSelection')}</p>
      )}
    </section>
  );
}

function FeatureEditor({ layer, feature }: { layer: WorkLayer; feature: WorkFeature }) {
  const { t, language } = useT();
  const data = useGeoData();
  const editing = useAppStore((s) => s.workEditing);
  const isEditing = editing?.layerId === layer.id && editing.featureId === feature.id;
  const [rows, setRows] = useState(() => Object.entries(feature.properties).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]));
  const linked = layer.parkLinks[feature.id];

  const commit = (fn: (layers: WorkLayer[]) => WorkLayer[]) => {
    const state = useAppStore.getState();
    state.commitWork(fn(state.workLayers));
  };

  const saveAttributes = () => {
    const properties: Record<string, unknown> = {};
    for (const [k, v] of rows) if (k.trim() !== '') properties[k.trim()] = parseAttribute(v);
    commit((l) => setFeatureProperties(l, layer.id, feature.id, properties));
  };

  const finishEditing = () => {
    const geometry = mapPort.editedGeometry();
    const state = useAppStore.getState();
    if (geometry && geometry.type !== 'GeometryCollection') state.commitWork(setFeatureGeometry(state.workLayers, layer.id, feature.id, geometry));
    state.setWorkEditing(null);
  };

  return (
    <div className="wb-feature">
      <p>
        <strong data-testid="wb-feature-name">{featureName(feature.properties) ?? feature.id}</strong>{' '}
        <span className="wb-hint">
          {layer.name} · {feature.geometry.type}
        </span>
      </p>
      <div className="wb-toolbar">
        {isEditing ? (
          <>
            <button type="button" className="wb-primary" data-testid="wb-finish-edit" onClick={finishEditing}>
              {t('wbFinishEdit')}
            </button>
            <button type="button" onClick={() => useAppStore.getState().setWorkEditing(null)}>
              {t('wbCancelEdit')}
            </button>
          </>
        ) : (
          <button
            type="button"
            data-testid="wb-edit-shape"
            disabled={!canEditShape(feature.geometry)}
            title={canEditShape(feature.geometry) ? undefined : t('wbCannotEditShape')}
            onClick={() => useAppStore.getState().setWorkEditing({ layerId: layer.id, featureId: feature.id })}
          >
            {t('wbEditShape')}
          </button>
        )}
        <button
          type="button"
          data-testid="wb-delete-feature"
          onClick={() => {
            commit((l) => deleteFeature(l, layer.id, feature.id));
            useAppStore.getState().selectWorkFeature(null, 'list');
            useAppStore.getState().setWorkEditing(null);
          }}
        >
          {t('wbDeleteFeature')}
        </button>
      </div>
      {isEditing && <p className="wb-hint">{t('wbEditingHint')}</p>}

      <h4>{t('wbAttributes')}</h4>
      <table className="wb-attrs">
        <thead>
          <tr>
            <th scope="col">{t('wbAttrKey')}</th>
            <th scope="col">{t('wbAttrValue')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('wbRemoveAttr', { key: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v], i) => (
            <tr key={i}>
              <td>
                <input aria-label={t('wbAttrKey')} value={k} onChange={(e) => setRows(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
              </td>
              <td>
                <input
                  aria-label={`${t('wbAttrValue')} ${k}`}
                  data-testid={`wb-attr-${k}`}
                  value={v}
                  onChange={(e) => setRows(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))}
                />
              </td>
              <td>
                <button type="button" aria-label={t('wbRemoveAttr', { key: k })} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="wb-toolbar">
        <button type="button" onClick={() => setRows([...rows, ['', '']])}>
          {t('wbAddAttr')}
        </button>
        <button type="button" className="wb-primary" data-testid="wb-save-attrs" onClick={saveAttributes}>
          {t('wbSaveAttrs')}
        </button>
      </div>

      {isPolygonal(feature.geometry) && (
        <>
          <label className="wb-field">
            <span>{t('wbReplacesPark')}</span>
            <select
              value={linked ?? ''}
              data-testid="wb-link-park"
              onChange={(e) => commit((l) => linkPark(l, layer.id, feature.id, (e.target.value || null) as ParkId | null))}
            >
              <option value="">{t('wbReplacesNone')}</option>
              {parks.map((p) => (
                <option key={p.id} value={p.id}>
                  {pick(p.name, language)}
                </option>
              ))}
            </select>
          </label>
          {linked && <ParkFileForm parkId={linked} geometry={feature.geometry} data={data} />}
        </>
      )}
    </div>
  );
}
