import { useEffect, useState } from 'react';
import { useGeoData } from '../../app/GeoDataContext';
import { parks } from '../../data/plan';
import { pick } from '../../data/names';
import type { ParkId } from '../../data/types';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/store';
import type { WorkbenchTool } from '../../state/workToolSlice';
import { addDrawing } from '../layers';
import { mapPort } from '../../map/port';

const TOOLS: { tool: WorkbenchTool; label: 'wbDrawPolygon' | 'wbDrawLine' | 'wbDrawPoint' }[] = [
  { tool: 'draw-polygon', label: 'wbDrawPolygon' },
  { tool: 'draw-line', label: 'wbDrawLine' },
  { tool: 'draw-point', label: 'wbDrawPoint' },
];

export function DrawSection() {
  const { t, language } = useT();
  const data = useGeoData();
  const tool = useAppStore((s) => s.workTool);
  // Load the drawing tool with the panel, so the first click of a drawing is not lost.
  useEffect(() => void mapPort.prepareDrawing(), []);
  const setTool = useAppStore((s) => s.setWorkTool);
  const [parkId, setParkId] = useState<ParkId>('gangqiao');
  const drawing = tool.startsWith('draw-');

  const copyOutline = () => {
    const shape = data.parks.features.find((f) => f.properties.id === parkId);
    const park = parks.find((p) => p.id === parkId);
    if (!shape || !park) return;
    const state = useAppStore.getState();
    const { layers, featureId } = addDrawing(
      state.workLayers,
      shape.geometry,
      { name: pick(park.name, language), park: parkId },
      t('wbDrawings'),
      parkId,
    );
    state.commitWork(layers);
    state.setWorkTool('none');
    state.selectWorkFeature({ layerId: 'drawings', featureId }, 'list');
    state.setWorkEditing({ layerId: 'drawings', featureId });
  };

  return (
    <section className="wb-section" aria-labelledby="wb-draw-title">
      <h3 id="wb-draw-title">{t('wbDraw')}</h3>
      <div className="wb-toolbar" role="group" aria-label={t('wbDraw')}>
        {TOOLS.map(({ tool: id, label }) => (
          <button key={id} type="button" aria-pressed={tool === id} data-testid={`wb-${id}`} onClick={() => setTool(tool === id ? 'none' : id)}>
            {t(label)}
          </button>
        ))}
        {drawing && (
          <button type="button" onClick={() => setTool('none')}>
            {t('wbStopTool')}
          </button>
        )}
      </div>
      {drawing && <p className="wb-hint">{t('wbDrawHint')}</p>}
      <h4>{t('wbRedrawPark')}</h4>
      <p className="wb-hint">{t('wbRedrawParkHint')}</p>
      <div className="wb-toolbar">
        <select aria-label={t('wbRedrawPark')} value={parkId} data-testid="wb-redraw-park" onChange={(e) => setParkId(e.target.value as ParkId)}>
          {parks.map((p) => (
            <option key={p.id} value={p.id}>
              {pick(p.name, language)}
            </option>
          ))}
        </select>
        <button type="button" data-testid="wb-copy-outline" onClick={copyOutline}>
          {t('wbCopyOutline')}
        </button>
      </div>
    </section>
  );
}
