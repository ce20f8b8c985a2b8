/** Pure edits of the workbench's layers; the store records each result for undo. */
import type { ParkId } from '../data/types';
import type { WorkFeature, WorkGeometry, WorkLayer } from './types';

export const DRAWINGS_ID = 'drawings';

export function newLayerId(existing: readonly WorkLayer[], base: string): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 24) || 'layer';
  let id = slug;
  for (let n = 2; existing.some((l) => l.id === id); n++) id = `${slug}-${n}`;
  return id;
}

export function addLayer(layers: readonly WorkLayer[], layer: WorkLayer): WorkLayer[] {
  return [...layers, layer];
}

export function removeLayer(layers: readonly WorkLayer[], layerId: string): WorkLayer[] {
  return layers.filter((l) => l.id !== layerId);
}

function updateLayer(layers: readonly WorkLayer[], layerId: string, fn: (layer: WorkLayer) => WorkLayer): WorkLayer[] {
  return layers.map((l) => (l.id === layerId ? fn(l) : l));
}

export function setLayerVisible(layers: readonly WorkLayer[], layerId: string, visible: boolean): WorkLayer[] {
  return updateLayer(layers, layerId, (l) => ({ ...l, visible }));
}

export function renameLayer(layers: readonly WorkLayer[], layerId: string, name: string): WorkLayer[] {
  return updateLayer(layers, layerId, (l) => ({ ...l, name }));
}

/** Adds a feature to the drawings layer, creating that layer when needed. */
export function addDrawing(
  layers: readonly WorkLayer[],
  geometry: WorkGeometry,
  properties: Record<string, unknown>,
  layerName: string,
  parkId?: ParkId,
): { layers: WorkLayer[]; featureId: string } {
  const drawings = layers.find((l) => l.id === DRAWINGS_ID);
  const used = new Set(drawings?.features.map((f) => f.id));
  let n = (drawings?.features.length ?? 0) + 1;
  while (used.has(`d${n}`)) n++;
  const feature: WorkFeature = { type: 'Feature', id: `d${n}`, properties, geometry };
  const parkLinks = parkId ? { [feature.id]: parkId } : {};
  if (!drawings) {
    const layer: WorkLayer = { id: DRAWINGS_ID, name: layerName, origin: 'drawing', features: [feature], visible: true, parkLinks };
    return { layers: [...layers, layer], featureId: feature.id };
  }
  return {
    layers: updateLayer(layers, DRAWINGS_ID, (l) => ({ ...l, features: [...l.features, feature], parkLinks: { ...l.parkLinks, ...parkLinks } })),
    featureId: feature.id,
  };
}

function updateFeature(
  layers: readonly WorkLayer[],
  layerId: string,
  featureId: string,
  fn: (f: WorkFeature) => WorkFeature,
): WorkLayer[] {
  return updateLayer(layers, layerId, (l) => ({ ...l, features: l.features.map((f) => (f.id === featureId ? fn(f) : f)) }));
}

export function setFeatureGeometry(layers: readonly WorkLayer[], layerId: string, featureId: string, geometry: WorkGeometry): WorkLayer[] {
  return updateFeature(layers, layerId, featureId, (f) => ({ ...f, geometry }));
}

export function setFeatureProperties(
  layers: readonly WorkLayer[],
  layerId: string,
  featureId: string,
  properties: Record<string, unknown>,
): WorkLayer[] {
  return updateFeature(layers, layerId, featureId, (f) => ({ ...f, properties }));
}

export function deleteFeature(layers: readonly WorkLayer[], layerId: string, featureId: string): WorkLayer[] {
  return updateLayer(layers, layerId, (l) => {
    const parkLinks = { ...l.parkLinks };
    delete parkLinks[featureId];
    return { ...l, features: l.features.filter((f) => f.id !== featureId), parkLinks };
  });
}

export function linkPark(layers: readonly WorkLayer[], layerId: string, featureId: string, parkId: ParkId | null): WorkLayer[] {
  return updateLayer(layers, layerId, (l) => {
    const parkLinks = { ...l.parkLinks };
    if (parkId) parkLinks[featureId] = parkId;
    else delete parkLinks[featureId];
    return { ...l, parkLinks };
  });
}

/** Turns a text typed into an attribute field back into a number or boolean where it plainly is one. */
export function parseAttribute(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed !== '' && /^-?\d+(\.\d+)?$/.test(trimmed) && !/^-?0\d/.test(trimmed)) return Number(trimmed);
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  return text;
}
