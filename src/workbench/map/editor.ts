/**
 * Drawing and shape editing with terra-draw. Terra-draw holds only what is being drawn
 * or edited right now: a finished drawing moves into the store's "My drawings" layer, and
 * an edited shape is written back to its layer when the user finishes.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { translate } from '../../i18n/strings';
import type { WorkbenchTool } from '../../state/workbenchSlice';
import { useAppStore, type AppState } from '../../state/store';
import { mapPositions } from '../geometry';
import { addDrawing } from '../layers';
import type { WorkGeometry } from '../types';

const DRAW_MODES: Partial<Record<WorkbenchTool, string>> = {
  'draw-polygon': 'polygon',
  'draw-line': 'linestring',
  'draw-point': 'point',
};
const EDIT_MODE_OF: Partial<Record<WorkGeometry['type'], string>> = { Polygon: 'polygon', LineString: 'linestring', Point: 'point' };

const EDIT_FLAGS = {
  feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } },
};

let draw: TerraDraw | null = null;
let drawMap: MapLibreMap | null = null;
let editingKey: string | null = null;
let editingId: string | number | null = null;

const round9 = (p: GeoJSON.Position): GeoJSON.Position => [Math.round((p[0] ?? 0) * 1e9) / 1e9, Math.round((p[1] ?? 0) * 1e9) / 1e9];

function ensureDraw(map: MapLibreMap): TerraDraw {
  if (draw && drawMap === map) return draw;
  const instance = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode(),
      new TerraDrawLineStringMode(),
      new TerraDrawPointMode(),
      new TerraDrawSelectMode({
        allowManualDeselection: false,
        allowManualSelection: false,
        flags: { polygon: EDIT_FLAGS, linestring: EDIT_FLAGS, point: { feature: { draggable: true } } },
      }),
    ],
  });
  instance.start();
  instance.on('finish', (id, context) => {
    if (context.action !== 'draw') return;
    const feature = instance.getSnapshotFeature(id);
    if (!feature) return;
    const state = useAppStore.getState();
    const { layers, featureId } = addDrawing(
      state.workLayers,
      feature.geometry as WorkGeometry,
      { name: `${translate(state.language, 'wbDrawings')} ${(state.workLayers.find((l) => l.id === 'drawings')?.features.length ?? 0) + 1}` },
      translate(state.language, 'wbDrawings'),
    );
    instance.removeFeatures([id]);
    state.commitWork(layers);
    // After the click that finished the shape has been handled, so that it neither
    // selects something under it nor clears this selection.
    setTimeout(() => {
      useAppStore.getState().setWorkTool('none');
      useAppStore.getState().selectWorkFeature({ layerId: 'drawings', featureId }, 'map');
    }, 0);
  });
  draw = instance;
  drawMap = map;
  return instance;
}

/** The shape being edited as it is now, or null when nothing is being edited. */
export function editedGeometry(): WorkGeometry | null {
  if (!draw || editingId === null) return null;
  const feature = draw.getSnapshotFeature(editingId);
  return feature ? (feature.geometry as WorkGeometry) : null;
}

export function canEditShape(geometry: WorkGeometry): boolean {
  return geometry.type in EDIT_MODE_OF;
}

function stopEditing(instance: TerraDraw): void {
  if (editingId !== null) instance.removeFeatures([editingId]);
  editingId = null;
  editingKey = null;
}

export function applyEditor(map: MapLibreMap, state: AppState): void {
  const drawMode = DRAW_MODES[state.workTool];
  if (!draw && !drawMode && !state.workEditing) return;
  const instance = ensureDraw(map);
  const key = state.workEditing ? `${state.workEditing.layerId}/${state.workEditing.featureId}` : null;
  if (key !== editingKey) {
    stopEditing(instance);
    const ref = state.workEditing;
    const feature = ref && state.workLayers.find((l) => l.id === ref.layerId)?.features.find((f) => f.id === ref.featureId);
    const mode = feature ? EDIT_MODE_OF[feature.geometry.type] : undefined;
    if (feature && mode) {
      instance.setMode('select');
      const store: GeoJSONStoreFeatures = {
        type: 'Feature',
        id: crypto.randomUUID(),
        properties: { mode },
        geometry: mapPositions(feature.geometry, round9) as GeoJSONStoreFeatures['geometry'],
      };
      const [result] = instance.addFeatures([store]);
      if (result?.valid) {
        editingId = result.id ?? null;
        editingKey = key;
        if (editingId !== null) instance.selectFeature(editingId);
      } else {
        // Terra-draw refuses shapes it cannot edit (e.g. crossing rings); leave editing mode.
        useAppStore.getState().setWorkEditing(null);
      }
    }
  }
  const wanted = drawMode ?? (editingId !== null ? 'select' : 'static');
  if (instance.getMode() !== wanted) instance.setMode(wanted);
}
