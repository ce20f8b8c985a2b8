/**
 * Drawing and reshaping with terra-draw, for the map owner (loaded only when first needed).
 * Terra-draw works in the map's datum; this wrapper hands it WGS-84 shifted in and gives back
 * WGS-84, so a drawn or edited shape is stored where it truly is whatever the basemap.
 */
import type { Geometry } from 'geojson';
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
import { geometryIn, geometryOut, type Datum } from './datum';
import type { MapScene } from './scene';

const DRAW_MODES: Record<NonNullable<MapScene['drawTool']>, string> = {
  'draw-polygon': 'polygon',
  'draw-line': 'linestring',
  'draw-point': 'point',
};
const EDIT_MODE_OF: Partial<Record<Geometry['type'], string>> = { Polygon: 'polygon', LineString: 'linestring', Point: 'point' };

const EDIT_FLAGS = {
  feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } },
};

/** Whether terra-draw can reshape this kind of geometry (it has no multi-part modes). */
export function canEditShape(geometry: Geometry): boolean {
  return geometry.type in EDIT_MODE_OF;
}

const round9 = (value: number): number => Math.round(value * 1e9) / 1e9;
function rounded<G extends Geometry>(geometry: G): G {
  const walk = (value: unknown): unknown =>
    Array.isArray(value) ? (typeof value[0] === 'number' ? value.map((n: number) => round9(n)) : value.map(walk)) : value;
  return geometry.type === 'GeometryCollection' ? geometry : ({ ...geometry, coordinates: walk(geometry.coordinates) } as G);
}

export interface DrawHandlers {
  /** A shape the user finished drawing, in WGS-84. */
  drawn: (geometry: Geometry) => void;
  /** Terra-draw refused a shape it cannot edit (e.g. crossing rings). */
  editRefused: () => void;
}

export class DrawTool {
  private readonly draw: TerraDraw;
  private datum: Datum = 'wgs84';
  private editing: { key: string; datum: Datum; id: string | number } | null = null;

  constructor(map: MapLibreMap, handlers: DrawHandlers) {
    this.draw = new TerraDraw({
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
    this.draw.start();
    this.draw.on('finish', (id, context) => {
      if (context.action !== 'draw') return;
      const feature = this.draw.getSnapshotFeature(id);
      if (!feature) return;
      this.draw.removeFeatures([id]);
      handlers.drawn(geometryOut(this.datum, feature.geometry as Geometry));
    });
    this.handlers = handlers;
  }

  private readonly handlers: DrawHandlers;

  /** Idempotent: the drawing tool and the shape being edited as the scene says. */
  apply(tool: MapScene['drawTool'], editing: MapScene['editing'], datum: Datum): void {
    this.datum = datum;
    const editKey = editing ? `${editing.key}` : null;
    if (editKey !== (this.editing?.key ?? null) || (this.editing && this.editing.datum !== datum)) {
      this.stopEditing();
      if (editing) this.startEditing(editing, datum);
    }
    const wanted = tool ? DRAW_MODES[tool] : this.editing ? 'select' : 'static';
    if (this.draw.getMode() !== wanted) this.draw.setMode(wanted);
  }

  private startEditing(editing: NonNullable<MapScene['editing']>, datum: Datum): void {
    const mode = EDIT_MODE_OF[editing.geometry.type];
    if (!mode) return;
    this.draw.setMode('select');
    const feature: GeoJSONStoreFeatures = {
      type: 'Feature',
      id: crypto.randomUUID(),
      properties: { mode },
      geometry: rounded(geometryIn(datum, editing.geometry)) as GeoJSONStoreFeatures['geometry'],
    };
    const [result] = this.draw.addFeatures([feature]);
    if (result?.valid && result.id !== undefined) {
      this.editing = { key: editing.key, datum, id: result.id };
      this.draw.selectFeature(result.id);
    } else {
      this.handlers.editRefused();
    }
  }

  private stopEditing(): void {
    if (this.editing) this.draw.removeFeatures([this.editing.id]);
    this.editing = null;
  }

  /** The shape being edited as it is now (WGS-84), or null. */
  editedGeometry(): Geometry | null {
    if (!this.editing) return null;
    const feature = this.draw.getSnapshotFeature(this.editing.id);
    return feature ? geometryOut(this.editing.datum, feature.geometry as Geometry) : null;
  }

  destroy(): void {
    this.draw.stop();
  }
}
