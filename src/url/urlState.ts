/**
 * The view a link carries, as plain data, with a parser that never throws and a
 * serialiser whose output the parser turns back into the same state.
 */
import { formatSelection, parseSelection, type Selection } from '../data/selection';

/** 'local' is the deployment's own basemap archive (offered only when deployment.json names one). */
export type BasemapId = 'none' | 'local' | 'osm' | 'tianditu' | 'amap';
export const basemapIds: readonly BasemapId[] = ['none', 'local', 'osm', 'tianditu', 'amap'];

export interface MapView {
  /** [longitude, latitude], WGS-84. */
  center: [number, number];
  zoom: number;
}

export interface UrlState {
  view: MapView | null;
  selection: Selection | null;
  /** Names of the visible layer groups. */
  layers: string[];
  industries: string[];
  language: 'zh' | 'en';
  basemap: BasemapId;
}

/** What the parser accepts: the app's current layer groups and industry ids. */
export interface UrlVocabulary {
  layerGroups: readonly string[];
  industryIds: readonly string[];
}

export const PARAMS = {
  selection: 'sel',
  center: 'c',
  zoom: 'z',
  layers: 'layers',
  industries: 'ind',
  language: 'lang',
  basemap: 'base',
} as const;

const known = new Set<string>(Object.values(PARAMS));

/** Links keep 5 decimals of a degree (about 1 m) and 2 of a zoom level. */
export const CENTER_DECIMALS = 5;
export const ZOOM_DECIMALS = 2;
export const ZOOM_RANGE = [0, 22] as const;

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function roundView(view: MapView): MapView {
  return {
    center: [roundTo(view.center[0], CENTER_DECIMALS), roundTo(view.center[1], CENTER_DECIMALS)],
    zoom: roundTo(view.zoom, ZOOM_DECIMALS),
  };
}

export interface ParsedUrl {
  /** Only the parameters that were present and valid. */
  state: Partial<UrlState>;
  /** Names of parameters that were unknown or malformed and so ignored. */
  ignored: string[];
}

const NUMBER = /^-?\d{1,3}(\.\d{1,12})?$/;

function parseNumber(text: string | null): number | null {
  if (text === null || !NUMBER.test(text)) return null;
  return Number(text);
}

function parseView(center: string | null, zoom: string | null): MapView | null {
  const parts = center?.split(',') ?? [];
  if (parts.length !== 2) return null;
  const lon = parseNumber(parts[0] ?? null);
  const lat = parseNumber(parts[1] ?? null);
  const z = parseNumber(zoom);
  if (lon === null || lat === null || z === null) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || z < ZOOM_RANGE[0] || z > ZOOM_RANGE[1]) return null;
  return roundView({ center: [lon, lat], zoom: z });
}

/** A comma list whose every entry is in `allowed`, without repeats; null if any entry is not. */
function parseList(text: string, allowed: readonly string[]): string[] | null {
  if (text === '') return [];
  const items = text.split(',');
  if (items.some((item) => !allowed.includes(item))) return null;
  return [...new Set(items)];
}

/** Reads a query string (with or without the leading `?`). Never throws. */
export function parseUrlState(search: string, vocabulary: UrlVocabulary): ParsedUrl {
  const state: Partial<UrlState> = {};
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: ['?'] };
  }
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!known.has(name)) {
      if (!seen.has(name)) ignored.push(name);
    } else if (params.getAll(name).length > 1 && !seen.has(name)) {
      ignored.push(name);
    }
    seen.add(name);
  }
  const single = (name: string): string | null => {
    const values = params.getAll(name);
    return values.length === 1 ? (values[0] ?? null) : null;
  };

  const sel = single(PARAMS.selection);
  if (sel !== null) {
    const selection = parseSelection(sel);
    if (selection) state.selection = selection;
    else ignored.push(PARAMS.selection);
  }

  const center = single(PARAMS.center);
  const zoom = single(PARAMS.zoom);
  if (center !== null || zoom !== null) {
    const view = parseView(center, zoom);
    if (view) state.view = view;
    else ignored.push(center !== null ? PARAMS.center : PARAMS.zoom);
  }

  const layers = single(PARAMS.layers);
  if (layers !== null) {
    const parsed = parseList(layers, vocabulary.layerGroups);
    if (parsed) state.layers = parsed;
    else ignored.push(PARAMS.layers);
  }

  const industries = single(PARAMS.industries);
  if (industries !== null) {
    const parsed = parseList(industries, vocabulary.industryIds);
    if (parsed) state.industries = parsed;
    else ignored.push(PARAMS.industries);
  }

  const language = single(PARAMS.language);
  if (language !== null) {
    if (language === 'zh' || language === 'en') state.language = language;
    else ignored.push(PARAMS.language);
  }

  const basemap = single(PARAMS.basemap);
  if (basemap !== null) {
    if ((basemapIds as readonly string[]).includes(basemap)) state.basemap = basemap as BasemapId;
    else ignored.push(PARAMS.basemap);
  }

  return { state, ignored: [...new Set(ignored)] };
}

/**
 * The query string for a state, with the leading `?`. Parameters at their default are
 * left out (all layers visible, no industry filter, no basemap) so links stay short.
 */
export function serializeUrlState(state: UrlState, vocabulary: UrlVocabulary): string {
  const params = new URLSearchParams();
  if (state.selection) params.set(PARAMS.selection, formatSelection(state.selection));
  if (state.view) {
    const view = roundView(state.view);
    params.set(PARAMS.center, `${view.center[0]},${view.center[1]}`);
    params.set(PARAMS.zoom, String(view.zoom));
  }
  const allVisible =
    vocabulary.layerGroups.every((group) => state.layers.includes(group)) &&
    state.layers.length === vocabulary.layerGroups.length;
  if (!allVisible) params.set(PARAMS.layers, vocabulary.layerGroups.filter((g) => state.layers.includes(g)).join(','));
  if (state.industries.length > 0) params.set(PARAMS.industries, state.industries.join(','));
  params.set(PARAMS.language, state.language);
  if (state.basemap !== 'none') params.set(PARAMS.basemap, state.basemap);
  // Commas and colons are safe in a query; keeping them readable makes links easier to check.
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
}
