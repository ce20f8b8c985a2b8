/**
 * Writing a layer out: RFC 7946 GeoJSON (WGS-84, 8 decimals, i.e. about 1 mm, exterior
 * rings counter-clockwise, no `crs`), CSV (the typed table of exportTable.ts in the chosen
 * system, through the one CSV writer) and KML 2.2 (WGS-84); and the towns each feature
 * lies in (withTowns). Shapefile: exportShapefile.ts; Excel: formats/xlsxExport.ts. Pure.
 */
import type { Position } from 'geojson';
import { rewindPolygonRings, roundPosition } from '../geo/normalize';
import { townsOf, type TownArea, type TownShareResult } from '../geo/towns';
import type { ExportCrs } from './exportCrs';
import { layerTable, type TownSharesOf } from './exportTable';
import { toCsv } from './formats/csvWrite';
import { mapPositions } from './geometry';
import type { WorkFeature, WorkGeometry } from './types';

/** Decimals of WGS-84 degrees in GeoJSON and KML: 1e-8° is about 1 mm, so an export keeps a surveyed outline to the centimetre. */
export const WGS84_DECIMALS = 8;

function rfc7946Geometry(geometry: WorkGeometry): WorkGeometry {
  const rounded = mapPositions(geometry, (p) => roundPosition(p, WGS84_DECIMALS));
  if (rounded.type === 'Polygon') return { ...rounded, coordinates: rewindPolygonRings(rounded.coordinates) };
  if (rounded.type === 'MultiPolygon') return { ...rounded, coordinates: rounded.coordinates.map(rewindPolygonRings) };
  return rounded;
}

export function toGeoJsonText(features: readonly WorkFeature[]): string {
  const collection = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', id: f.id, properties: f.properties, geometry: rfc7946Geometry(f.geometry) })),
  };
  return `${JSON.stringify(collection)}\n`;
}

const pos = (p: Position): string => `${p[0]} ${p[1]}`;
const ring = (r: readonly Position[]): string => `(${r.map(pos).join(', ')})`;

/** Well-known text of a WGS-84 geometry, rounded as GeoJSON is. */
export function toWkt(geometry: WorkGeometry): string {
  return wktOf(rfc7946Geometry(geometry));
}

/** Well-known text of a geometry's coordinates as they are (any system). */
export function wktOf(g: WorkGeometry): string {
  switch (g.type) {
    case 'Point':
      return `POINT (${pos(g.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT (${g.coordinates.map((p) => `(${pos(p)})`).join(', ')})`;
    case 'LineString':
      return `LINESTRING ${ring(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING (${g.coordinates.map(ring).join(', ')})`;
    case 'Polygon':
      return `POLYGON (${g.coordinates.map(ring).join(', ')})`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${g.coordinates.map((poly) => `(${poly.map(ring).join(', ')})`).join(', ')})`;
  }
}

function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The layer's typed table (exportTable.ts) in the chosen system, as CSV. */
export function toCsvText(features: readonly WorkFeature[], crs: ExportCrs, options: { townShares?: TownSharesOf } = {}): string {
  const { header, rows } = layerTable(features, crs, options);
  return toCsv([header, ...rows]);
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const kmlCoords = (ps: readonly Position[]): string => `<coordinates>${ps.map((p) => `${p[0]},${p[1]}`).join(' ')}</coordinates>`;

function kmlPolygon(rings: readonly Position[][]): string {
  const [outer, ...holes] = rings;
  const inner = holes.map((h) => `<innerBoundaryIs><LinearRing>${kmlCoords(h)}</LinearRing></innerBoundaryIs>`).join('');
  return `<Polygon><outerBoundaryIs><LinearRing>${kmlCoords(outer ?? [])}</LinearRing></outerBoundaryIs>${inner}</Polygon>`;
}

function kmlGeometry(geometry: WorkGeometry): string {
  const g = rfc7946Geometry(geometry);
  switch (g.type) {
    case 'Point':
      return `<Point>${kmlCoords([g.coordinates])}</Point>`;
    case 'MultiPoint':
      return `<MultiGeometry>${g.coordinates.map((p) => `<Point>${kmlCoords([p])}</Point>`).join('')}</MultiGeometry>`;
    case 'LineString':
      return `<LineString>${kmlCoords(g.coordinates)}</LineString>`;
    case 'MultiLineString':
      return `<MultiGeometry>${g.coordinates.map((l) => `<LineString>${kmlCoords(l)}</LineString>`).join('')}</MultiGeometry>`;
    case 'Polygon':
      return kmlPolygon(g.coordinates);
    case 'MultiPolygon':
      return `<MultiGeometry>${g.coordinates.map(kmlPolygon).join('')}</MultiGeometry>`;
  }
}

export function toKmlText(features: readonly WorkFeature[], layerName: string, nameOf: (f: WorkFeature) => string): string {
  const placemarks = features.map((f) => {
    const data = Object.entries(f.properties)
      .map(([k, v]) => `<Data name="${xml(k)}"><value>${xml(String(cell(v)))}</value></Data>`)
      .join('');
    return `<Placemark id="${xml(f.id)}"><name>${xml(nameOf(f))}</name><ExtendedData>${data}</ExtendedData>${kmlGeometry(f.geometry)}</Placemark>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${xml(layerName)}</name>\n${placemarks.join('\n')}\n</Document></kml>\n`;
}

/** The property a layer's features get for the towns they lie in (see withTowns). */
export const TOWNS_PROPERTY = 'towns';

/**
 * The features with one more property, `towns`: the towns (镇街) each lies in with its
 * share, as text ("大安街道 62%、陈食街道 38%"), for the attribute table and every export
 * format. A feature that already has a `towns` property keeps its own. Pure.
 */
export function withTowns(
  features: readonly WorkFeature[],
  townAreas: readonly TownArea[],
  describe: (shares: TownShareResult[]) => string,
): WorkFeature[] {
  return features.map((f) =>
    TOWNS_PROPERTY in f.properties
      ? f
      : { ...f, properties: { ...f.properties, [TOWNS_PROPERTY]: describe(townsOf(f.geometry, townAreas)) } },
  );
}
