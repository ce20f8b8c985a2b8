/**
 * Schematic sub-parks: points inside their parent park (and one polygon, 新材料产业园,
 * sized to the plan's 5 km²). No source gives the position of any of them within its park; the
 * points are spread over the parent's schematic frame only so that labels do not collide.
 */
import type { Feature, Point, Polygon, Position } from 'geojson';
import type { ParkId, SubParkShapeProps } from '../../src/data/types';
import { overlapKm2, pointInside, polygonWithin, type Polygonal } from '../../src/geo/inside';
import { roundPosition } from '../../src/geo/normalize';
import { pointInShapeFrame, toLocalKm, type LonLat, type SuperellipseSpec } from '../../src/geo/shapes';
import type { KeptFeature } from './kept';
import type { PlanSubParkFacts } from './plan';
import { SCHEMATIC_LICENCE, placeShape } from './parks';

export const SUBPARK_SOURCE = 'schematic, inside its parent park as the plan (geodata/plan/subparks.json) says; position inside the parent is arbitrary';

export interface SubParkPlacement {
  id: string;
  /** Position in the parent's frame, as fractions of its half-axes (-1..1). */
  u: number;
  v: number;
  /** Only for sub-parks drawn as a polygon. */
  polygon?: { sizedToKm2: number; aspect: number; exponent: number };
  placedBy: string[];
  /** The same facts in Chinese, sentence for sentence. */
  placedByZh: string[];
}

const INSIDE_ONLY_ZH = '没有资料给出它在园区内的具体位置；符号与同园的其他符号分开摆放，只是为了标注不重叠。';
const INSIDE_ONLY = 'No source gives its exact position within the park; the symbol is set apart from the park’s other symbols only so that labels do not overlap.';

/** Where each sub-park goes; names and parents come from geodata/plan/subparks.json. */
export const SUBPARK_PLACEMENTS: readonly SubParkPlacement[] = [
  {
    id: 'fenghuanghu-taiwan',
    u: -0.45,
    v: 0.5,
    placedBy: ['The plan places the 台商产业园 inside 凤凰湖产业园.', INSIDE_ONLY],
    placedByZh: ['规划把台商产业园设在凤凰湖产业园内。', INSIDE_ONLY_ZH],
  },
  {
    id: 'fenghuanghu-sino-german',
    u: 0.1,
    v: 0.55,
    placedBy: [
      'The plan places the 中德产业园 inside 凤凰湖产业园; its firms (e.g. EMAG) sit in the CNC machine-tool park there.',
      INSIDE_ONLY,
    ],
    placedByZh: ['规划把中德产业园设在凤凰湖产业园内；其企业（如埃马克）位于园内的数控机床产业园。', INSIDE_ONLY_ZH],
  },
  {
    id: 'fenghuanghu-rehab-devices',
    u: 0.05,
    v: -0.5,
    placedBy: ['The plan places the 康复器械产业园 inside 凤凰湖产业园.', INSIDE_ONLY],
    placedByZh: ['规划把康复器械产业园设在凤凰湖产业园内。', INSIDE_ONLY_ZH],
  },
  {
    id: 'fenghuanghu-civil-military',
    u: -0.35,
    v: -0.02,
    placedBy: ['The plan places the 军民融合产业园 inside 凤凰湖产业园.', INSIDE_ONLY],
    placedByZh: ['规划把军民融合产业园设在凤凰湖产业园内。', INSIDE_ONLY_ZH],
  },
  {
    id: 'fenghuanghu-new-materials',
    u: 0.6,
    v: 0,
    polygon: { sizedToKm2: 5, aspect: 1.1, exponent: 4 },
    placedBy: [
      'The plan places the 新材料产业园 inside 凤凰湖产业园 and gives it 5 km².',
      'No source gives its exact position within the park; the shape takes the park’s eastern part only to keep it clear of the other symbols.',
    ],
    placedByZh: [
      '规划把新材料产业园设在凤凰湖产业园内，面积5平方公里。',
      '没有资料给出它在园区内的具体位置；图形放在园区东部，只是为了避开其他符号。',
    ],
  },
  {
    id: 'gangqiao-paper',
    u: -0.45,
    v: 0,
    placedBy: ['The plan places the 纸及纸制品产业园 in 港桥产业园 (timber and paper cluster).', INSIDE_ONLY],
    placedByZh: ['规划把纸及纸制品产业园设在港桥产业园（木材与纸业集群）。', INSIDE_ONLY_ZH],
  },
  {
    id: 'gangqiao-smart-home',
    u: 0.45,
    v: 0,
    placedBy: ['The plan places a 智能家居产业园 in 港桥产业园.', INSIDE_ONLY],
    placedByZh: ['规划在港桥产业园设有智能家居产业园。', INSIDE_ONLY_ZH],
  },
  {
    id: 'sanjiao-food',
    u: -0.5,
    v: -0.15,
    placedBy: ['The plan places the 食品产业园 in 三教产业园.', INSIDE_ONLY],
    placedByZh: ['规划把食品产业园设在三教产业园。', INSIDE_ONLY_ZH],
  },
  {
    id: 'sanjiao-smart-home',
    u: 0.5,
    v: 0.15,
    placedBy: ['The plan places a 智能家居产业园 in 三教产业园.', INSIDE_ONLY],
    placedByZh: ['规划在三教产业园设有智能家居产业园。', INSIDE_ONLY_ZH],
  },
  {
    id: 'eco-city-cloud-valley',
    u: 0,
    v: 0,
    placedBy: [
      'The Cloud Valley big-data park lies in the 永川新城 new town near 兴业大道; the eco-city shape was placed there, so the point is its centre.',
    ],
    placedByZh: ['云谷大数据产业园位于永川新城兴业大道附近；生态城图形就摆在那里，因此该点取图形中心。'],
  },
];

/** How far a frame position may be pulled towards the parent's centre to fit. */
const SHRINK_STEPS: readonly number[] = [1, 0.85, 0.7, 0.55, 0.4, 0.25, 0.1, 0];

/** Smallest distance kept between two sub-park points of the same (schematic) parent, km. */
export const MIN_POINT_SPACING_KM = 1;

export type SubParkFeature = Feature<Point | Polygon, SubParkShapeProps>;

function lonLat(p: Position): LonLat {
  return { lon: p[0] ?? 0, lat: p[1] ?? 0 };
}

export function buildSubParks(
  planSubParks: readonly PlanSubParkFacts[],
  frames: ReadonlyMap<ParkId, SuperellipseSpec>,
  parents: ReadonlyMap<ParkId, Polygonal>,
  kept: ReadonlyMap<string, KeptFeature>,
  /** Polygons that sub-park points and shapes must stay out of (e.g. the bonded zone). */
  avoid: readonly Polygonal[],
  /** Parents whose outline a planner supplied (their sub-park points are not spaced). */
  keptParents: ReadonlySet<ParkId> = new Set(),
): (SubParkFeature | KeptFeature)[] {
  const planIds = planSubParks.map((p) => p.id).sort();
  const placementIds = SUBPARK_PLACEMENTS.map((p) => p.id).sort();
  if (planIds.join() !== placementIds.join()) {
    throw new Error(`plan sub-parks [${planIds.join(', ')}] differ from placements [${placementIds.join(', ')}]`);
  }
  const byId = new Map<string, SubParkFeature | KeptFeature>();
  const points: { id: string; parentId: ParkId; p: Position }[] = [];
  const polygons: Polygonal[] = [...avoid];
  // Polygons first, so that points can be kept clear of them.
  const order = [...SUBPARK_PLACEMENTS.filter((p) => p.polygon), ...SUBPARK_PLACEMENTS.filter((p) => !p.polygon)];
  for (const placement of order) {
    const keep = kept.get(placement.id);
    if (keep) {
      byId.set(placement.id, keep);
      if (keep.geometry.type !== 'Point') polygons.push(keep.geometry);
      continue;
    }
    const plan = planSubParks.find((p) => p.id === placement.id);
    if (!plan) throw new Error(`no plan record for sub-park ${placement.id}`);
    const frame = frames.get(plan.parentId);
    const parent = parents.get(plan.parentId);
    if (!frame || !parent) throw new Error(`sub-park ${plan.id}: no parent ${plan.parentId}`);
    const base = {
      id: plan.id,
      parentId: plan.parentId,
      name: plan.name.zh,
      nameEn: plan.name.en,
      placedBy: placement.placedBy,
      placedByZh: placement.placedByZh,
      accuracy: 'schematic' as const,
      source: SUBPARK_SOURCE,
      licence: SCHEMATIC_LICENCE,
    };
    // In a schematic parent the frame position must fit as it is; in a planner-supplied
    // outline it is pulled towards the outline's centre until the symbol fits.
    let placedFeature: SubParkFeature | null = null;
    for (const shrink of keptParents.has(plan.parentId) ? SHRINK_STEPS : [1]) {
      const centre = roundPosition(pointInShapeFrame(frame, placement.u * shrink, placement.v * shrink));
      if (placement.polygon) {
        const form = { ...placement.polygon, rotationDeg: frame.rotationDeg };
        const placed = placeShape(form, placement.polygon.sizedToKm2, lonLat(centre));
        if (!polygonWithin(placed.polygon, parent)) continue;
        if (polygons.some((other) => overlapKm2(placed.polygon, other) > 0)) continue;
        polygons.push(placed.polygon);
        placedFeature = {
          type: 'Feature',
          id: plan.id,
          properties: { ...base, sizedToKm2: placement.polygon.sizedToKm2 },
          geometry: placed.polygon,
        };
      } else {
        if (!pointInside(centre, parent) || polygons.some((g) => pointInside(centre, g))) continue;
        if (!keptParents.has(plan.parentId)) points.push({ id: plan.id, parentId: plan.parentId, p: centre });
        placedFeature = { type: 'Feature', id: plan.id, properties: base, geometry: { type: 'Point', coordinates: centre } };
      }
      break;
    }
    if (!placedFeature) {
      throw new Error(
        `sub-park ${plan.id} does not fit inside ${plan.parentId} clear of the other shapes; ` +
          `give it its own outline or point (accuracy 'official-outline' or 'surveyed', see geodata/README.md)`,
      );
    }
    byId.set(placement.id, placedFeature);
  }
  // Keep the points of a schematic parent apart, so that labels do not collide.
  for (const [i, a] of points.entries()) {
    for (const b of points.slice(i + 1)) {
      if (a.parentId !== b.parentId) continue;
      const d = toLocalKm(lonLat(a.p), b.p);
      if (Math.hypot(d.eastKm, d.northKm) < MIN_POINT_SPACING_KM) {
        throw new Error(`sub-parks ${a.id} and ${b.id} are closer than ${MIN_POINT_SPACING_KM} km`);
      }
    }
  }
  return SUBPARK_PLACEMENTS.map((p) => {
    const f = byId.get(p.id);
    if (!f) throw new Error(`sub-park ${p.id} was not placed`);
    return f;
  });
}
