/**
 * Schematic park and zone shapes (一城 一核 两翼 一区). No public outline or coordinate
 * exists for any of them: each is a smooth rounded shape placed relative to township
 * seats from the facts in the project's notes on places, and sized so that its area
 * matches the plan's figure. Planner-supplied outlines are kept (see kept.ts).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ParkId, ParkShapeProps, TownShare } from '../../src/data/types';
import { bbox, centroid, pointOnFeature } from '@turf/turf';
import { overlapKm2, pointInside, polygonWithin, type Polygonal } from '../../src/geo/inside';
import { normalizePolygonal } from '../../src/geo/normalize';
import { scaleToArea } from '../../src/geo/scaleToArea';
import { townsOf, type TownArea } from '../../src/geo/towns';
import { offsetKm, superellipse, toLocalKm, type LonLat, type SuperellipseSpec } from '../../src/geo/shapes';
import type { KeptFeature } from './kept';
import type { PlanParkFacts } from './plan';

export const SCHEMATIC_SOURCE = 'schematic, placed from the facts in geodata/plan/placements.json inside the towns they name; sized to plan 表2/表3';
export const SCHEMATIC_LICENCE = 'CC0 (project)';

/** A seat lookup: 12-digit township code -> [lon, lat]. */
export type Seats = ReadonlyMap<string, Position>;

export const SEAT = {
  zhongshanRoad: '500118001000',
  nandajie: '500118003000',
  daAn: '500118005000',
  chenshi: '500118006000',
  weixinghu: '500118007000',
  hegeng: '500118106000',
  songgai: '500118107000',
  sanjiao: '500118116000',
  zhutuo: '500118118000',
} as const;

/** How to draw one schematic shape: where, in what form, and which facts placed it. */
export interface ShapePlacement {
  id: string;
  /** Centre = this seat moved east/north by the given km. */
  anchorSeat: string;
  offsetKm: readonly [number, number];
  /** Ratio of the shape's long to short half-axis. */
  aspect: number;
  /** Superellipse exponent: 2 ellipse, 4 rounded rectangle. */
  exponent: number;
  /** Counter-clockwise rotation of the long axis from east, degrees. */
  rotationDeg: number;
  /**
   * Search for the centre (parks only): candidates on a grid of `stepKm` within
   * `radiusKm` of the seed; the chosen one lies best inside the named towns (see
   * choosePlacement), nearest the seed among equals.
   */
  search?: { radiusKm: number; stepKm: number; minEachShare?: number };
  /** Centre relative to an already placed park's centre instead of a seat. */
  anchorPark?: ParkId;
  /** Must lie inside this already placed park. */
  insidePark?: ParkId;
  /** Location facts (plain sentences); the sizing sentence is added from the plan. */
  placedBy: string[];
  /** The same facts in Chinese, sentence for sentence. */
  placedByZh: string[];
}

export interface ParkPlacement extends ShapePlacement {
  id: ParkId;
}

/** Where each park goes. Names, roles and area figures come from geodata/plan/parks.json. */
export const PARK_PLACEMENTS: readonly ParkPlacement[] = [
  {
    id: 'eco-city',
    anchorSeat: SEAT.zhongshanRoad,
    anchorPark: 'fenghuanghu',
    offsetKm: [0, 4.2],
    aspect: 1.7,
    exponent: 4,
    rotationDeg: 8,
    search: { radiusKm: 3, stepKm: 0.5 },
    placedBy: [
      'No source gives the eco-city’s location; this is the weakest placement on the map.',
      'The plan ties the eco-city to big data; the Chongqing Cloud Valley big-data park (重庆云谷·永川大数据产业园) lies in the 永川新城 new town near 兴业大道.',
      'The shape is therefore put just north of the 凤凰湖 shape, whose northern edge stands for 兴业大道; the towns it lies in follow from that choice only.',
    ],
    placedByZh: [
      '没有资料给出科技生态城的位置，这是本图中依据最弱的摆放。',
      '规划把生态城与大数据产业联系在一起；重庆云谷·永川大数据产业园位于永川新城兴业大道附近。',
      '因此图形紧靠凤凰湖图形以北，凤凰湖图形的北缘代表兴业大道；它落在哪些镇街只是这一选择的结果。',
    ],
  },
  {
    id: 'fenghuanghu',
    anchorSeat: SEAT.zhongshanRoad,
    offsetKm: [9, -1.2],
    aspect: 1.55,
    exponent: 4,
    rotationDeg: 6,
    search: { radiusKm: 5, stepKm: 0.5, minEachShare: 0.25 },
    placedBy: [
      '凤凰湖产业园 is the core of the 永川 high-tech zone and lies in 大安街道 and 陈食街道, bordering 卫星湖街道, east of the old city.',
      'The shape straddles the 大安/陈食 boundary east of the old city: of the positions lying at least 95% inside the two towns, with at least a quarter in each, the one nearest that boundary’s western end is used.',
      '卫星湖街道 borders 陈食街道 only south of the old city, about 6 km from the 大安/陈食 boundary, so one shape in both 大安 and 陈食 cannot also reach it.',
      'Its blocks reach north to 兴业大道 and south to the 成渝 G85 expressway and 陈食街道’s 卢家岩村; one rounded block stands for all of them.',
    ],
    placedByZh: [
      '凤凰湖产业园是永川高新区的核心，位于大安街道和陈食街道，与卫星湖街道相邻，在老城以东。',
      '图形跨大安、陈食两街道的界线，位于老城以东：在至少95%落在这两个街道内、且每个街道至少占四分之一的位置中，取最靠近该界线西端的一个。',
      '卫星湖街道只在老城以南、距大安与陈食界线约6公里处与陈食街道相邻，一个同时落在大安和陈食的图形无法同时触及它。',
      '园区各片区北至兴业大道，南至成渝G85高速和陈食街道卢家岩村；图中用一个圆角块体代表全部片区。',
    ],
  },
  {
    id: 'gangqiao',
    anchorSeat: SEAT.zhutuo,
    offsetKm: [-0.6, 2.2],
    aspect: 2.6,
    exponent: 4,
    rotationDeg: 70,
    search: { radiusKm: 2, stepKm: 0.25 },
    placedBy: [
      '港桥产业园 lies on the Yangtze; 朱沱镇 is its core (港桥新城), next to the 朱沱 port area.',
      'The shape runs along the river bank from the 朱沱 seat north-north-east, towards 何埂镇 and 松溉镇, to which G246 港城大道 links it.',
    ],
    placedByZh: [
      '港桥产业园位于长江边；朱沱镇是其核心（港桥新城），紧邻朱沱港区。',
      '图形从朱沱驻地沿江岸向北偏东延伸，朝向何埂镇和松溉镇，G246港城大道连接两地。',
    ],
  },
  {
    id: 'sanjiao',
    anchorSeat: SEAT.sanjiao,
    offsetKm: [0, 0],
    aspect: 1.3,
    exponent: 3,
    rotationDeg: 0,
    search: { radiusKm: 2, stepKm: 0.25 },
    placedBy: ['三教产业园 is in 三教镇, the district’s northern gateway; the shape is centred on the 三教 seat.'],
    placedByZh: ['三教产业园位于全区北大门三教镇；图形以三教驻地为中心。'],
  },
  {
    id: 'bonded-zone',
    anchorSeat: SEAT.zhongshanRoad,
    anchorPark: 'fenghuanghu',
    insidePark: 'fenghuanghu',
    offsetKm: [-2.2, -1.2],
    aspect: 1.2,
    exponent: 4,
    rotationDeg: 6,
    search: { radiusKm: 3, stepKm: 0.25 },
    placedBy: [
      'The bonded zone lies inside the high-tech zone, south of the central city, reached via 昌龙大道.',
      'The shape sits inside the south-west part of the 凤凰湖 shape (the high-tech zone’s core), towards the old city; no source names its town, so those named for 凤凰湖 apply.',
    ],
    placedByZh: [
      '综合保税区位于高新区内、中心城区以南，经昌龙大道到达。',
      '图形放在凤凰湖图形（高新区核心）内的西南部，靠近老城；没有资料给出其所在镇街，因此沿用凤凰湖的镇街。',
    ],
  },
];

/** A park's named towns (geodata/plan/placements.json), by park id. */
export type NamedTowns = ReadonlyMap<string, readonly string[]>;

/** Share of the shape inside the named towns, target of the placement search (the check asks 90%). */
export const PLACEMENT_TARGET = 0.95;

export interface PlacedShape {
  polygon: Polygon;
  /** The shape's frame after sizing (for placing things inside it). */
  frame: SuperellipseSpec;
}

export function seatOf(seats: Seats, code: string): Position {
  const p = seats.get(code);
  if (!p) throw new Error(`no township seat ${code}`);
  return p;
}

function lonLat(p: Position): LonLat {
  return { lon: p[0] ?? 0, lat: p[1] ?? 0 };
}

export interface ShapeForm {
  aspect: number;
  exponent: number;
  rotationDeg: number;
}

/** Builds a superellipse of the given form around `centre` and sizes it to `km2`. Pure. */
export function placeShape(form: ShapeForm, km2: number, centre: LonLat): PlacedShape {
  // First guess from the ellipse formula (area = πab); scaleToArea then sizes it exactly.
  const b = Math.sqrt(km2 / (Math.PI * form.aspect));
  const spec: SuperellipseSpec = {
    centre,
    semiMajorKm: b * form.aspect,
    semiMinorKm: b,
    exponent: form.exponent,
    rotationDeg: form.rotationDeg,
    vertices: 64,
  };
  const sized = scaleToArea(superellipse(spec), km2);
  const polygon = normalizePolygonal(sized.polygon);
  return {
    polygon,
    frame: { ...spec, semiMajorKm: spec.semiMajorKm * sized.factor, semiMinorKm: spec.semiMinorKm * sized.factor },
  };
}

/**
 * A frame for placing sub-parks inside a planner-supplied outline: centred on the
 * outline's centroid (or a point on it when the centroid falls outside), half-axes half
 * the bounding box. Sub-park placement shrinks positions towards the centre until they fit.
 */
export function frameForOutline(geometry: Polygonal): SuperellipseSpec {
  const c = centroid(geometry).geometry.coordinates;
  const centre = lonLat(pointInside(c, geometry) ? c : pointOnFeature(geometry).geometry.coordinates);
  const [w, s, e, n] = bbox(geometry);
  const sw = toLocalKm(centre, [w, s]);
  const ne = toLocalKm(centre, [e, n]);
  return {
    centre,
    semiMajorKm: (ne.eastKm - sw.eastKm) / 2,
    semiMinorKm: (ne.northKm - sw.northKm) / 2,
    exponent: 4,
    rotationDeg: 0,
  };
}

export function centreOf(plan: ShapePlacement, seats: Seats): LonLat {
  const seat = seatOf(seats, plan.anchorSeat);
  const p = offsetKm(lonLat(seat), plan.offsetKm[0], plan.offsetKm[1]);
  return lonLat(p);
}

/** E.g. "Sized to the plan’s figure of 34.66 km² (表2: 规划批准面积34.66平方公里)." */
export function sizingSentenceZh(plan: PlanParkFacts): string {
  const where = [plan.sizedByRef, plan.sizedByText].filter((s) => s !== '').join('：');
  return `面积按规划数字${plan.sizedToKm2}平方公里确定${where ? `（${where}）` : ''}。`;
}

export function sizingSentence(plan: PlanParkFacts): string {
  const where = [plan.sizedByRef, plan.sizedByText].filter((s) => s !== '').join(': ');
  return `Sized to the plan’s figure of ${plan.sizedToKm2} km²${where ? ` (${where})` : ''}.`;
}

export type ParkFeature = Feature<Polygon | MultiPolygon, ParkShapeProps>;

export interface ParksResult {
  features: (ParkFeature | KeptFeature)[];
  /** Frames by park id for placing sub-parks (for kept parks: fitted to the outline). */
  frames: Map<ParkId, SuperellipseSpec>;
  geometries: Map<ParkId, Polygonal>;
}

/** Parks that may overlap: the bonded zone is drawn inside 凤凰湖. */
export const ALLOWED_OVERLAPS: readonly (readonly [ParkId, ParkId])[] = [['bonded-zone', 'fenghuanghu']];

export interface ParkTownContext {
  namedTowns: NamedTowns;
  /** Display town polygons (fast) for the search; detail ones for the stored shares. */
  townsDisplay: readonly TownArea[];
  townsDetail: readonly TownArea[];
}

/** The stored shares: 3 decimals, largest first, shares under 0.1% left out. */
export function storedShares(geometry: Polygonal, towns: readonly TownArea[]): TownShare[] {
  return townsOf(geometry, towns)
    .map((t) => ({ townId: t.townId, share: Math.round(t.share * 1000) / 1000 }))
    .filter((t) => t.share > 0);
}

function shareIn(polygon: Polygonal, named: readonly string[], towns: readonly TownArea[]): { total: number; min: number } {
  const shares = townsOf(polygon, towns.filter((t) => named.includes(t.properties.id)));
  const each = named.map((id) => shares.find((s) => s.townId === id)?.share ?? 0);
  return { total: each.reduce((a, b) => a + b, 0), min: Math.min(...each) };
}

/**
 * Where a shape goes: candidates on a grid around the seed, nearest first; the first
 * that satisfies the constraints and lies >= PLACEMENT_TARGET inside the named towns
 * (each named town >= minEachShare) wins; if none does, the best of those that satisfy
 * the constraints. Deterministic.
 */
function choosePlacement(
  placement: ParkPlacement,
  km2: number,
  seed: LonLat,
  named: readonly string[],
  towns: readonly TownArea[],
  allowed: (polygon: Polygon) => boolean,
): PlacedShape {
  const search = placement.search ?? { radiusKm: 0, stepKm: 1 };
  const n = Math.floor(search.radiusKm / search.stepKm);
  const offsets: [number, number][] = [];
  for (let i = -n; i <= n; i++) for (let j = -n; j <= n; j++) {
    const dx = i * search.stepKm;
    const dy = j * search.stepKm;
    if (Math.hypot(dx, dy) <= search.radiusKm + 1e-9) offsets.push([dx, dy]);
  }
  offsets.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]) || a[1] - b[1] || a[0] - b[0]);
  let best: { placed: PlacedShape; score: number } | null = null;
  for (const [dx, dy] of offsets) {
    const placed = placeShape(placement, km2, lonLat(offsetKm(seed, dx, dy)));
    if (!allowed(placed.polygon)) continue;
    if (named.length === 0) return placed;
    const { total, min } = shareIn(placed.polygon, named, towns);
    const minEach = search.minEachShare ?? 0;
    if (total >= PLACEMENT_TARGET && min >= minEach) return placed;
    const score = total + Math.min(min, minEach);
    if (!best || score > best.score) best = { placed, score };
  }
  if (!best) throw new Error(`park ${placement.id}: no position inside the district satisfies its constraints`);
  return best.placed;
}

export function buildParks(
  planParks: readonly PlanParkFacts[],
  seats: Seats,
  district: Polygonal,
  kept: ReadonlyMap<string, KeptFeature>,
  towns: ParkTownContext,
): ParksResult {
  const features: (ParkFeature | KeptFeature)[] = [];
  const frames = new Map<ParkId, SuperellipseSpec>();
  const geometries = new Map<ParkId, Polygonal>();
  const centres = new Map<ParkId, LonLat>();
  const planIds = planParks.map((p) => p.id).sort();
  const placementIds = PARK_PLACEMENTS.map((p) => p.id).sort();
  if (planIds.join() !== placementIds.join()) {
    throw new Error(`plan parks [${planIds.join(', ')}] differ from placements [${placementIds.join(', ')}]`);
  }
  const allowedPair = (a: string, b: string): boolean =>
    ALLOWED_OVERLAPS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  // Place in dependency order (a park anchored on another after it); write in PARK_PLACEMENTS order.
  const order = [...PARK_PLACEMENTS].sort((a, b) => Number(a.anchorPark !== undefined) - Number(b.anchorPark !== undefined));
  const built = new Map<ParkId, ParkFeature | KeptFeature>();
  for (const placement of order) {
    const plan = planParks.find((p) => p.id === placement.id);
    if (!plan) throw new Error(`no plan record for park ${placement.id}`);
    const named = towns.namedTowns.get(plan.id);
    if (!named) throw new Error(`park ${plan.id} has no record in geodata/plan/placements.json`);
    const keep = kept.get(plan.id);
    if (keep) {
      if (keep.geometry.type === 'Point') throw new Error(`kept park ${plan.id} must be a polygon`);
      const keptFeature: KeptFeature = {
        ...keep,
        properties: { ...keep.properties, towns: storedShares(keep.geometry, towns.townsDetail), namedTowns: [...named] },
      };
      built.set(plan.id, keptFeature);
      geometries.set(plan.id, keep.geometry);
      frames.set(plan.id, frameForOutline(keep.geometry));
      centres.set(plan.id, frameForOutline(keep.geometry).centre);
      continue;
    }
    const anchor = placement.anchorPark ? centres.get(placement.anchorPark) : lonLat(seatOf(seats, placement.anchorSeat));
    if (!anchor) throw new Error(`park ${plan.id}: its anchor park ${String(placement.anchorPark)} is not placed`);
    const seed = lonLat(offsetKm(anchor, placement.offsetKm[0], placement.offsetKm[1]));
    const parent = placement.insidePark ? geometries.get(placement.insidePark) : undefined;
    const allowed = (polygon: Polygon): boolean => {
      if (!polygonWithin(polygon, district)) return false;
      if (parent && !kept.has(placement.insidePark ?? '') && !polygonWithin(polygon, parent)) return false;
      for (const [other, g] of geometries) {
        if (kept.has(other) || allowedPair(plan.id, other)) continue;
        if (overlapKm2(polygon, g) > 0) return false;
      }
      return true;
    };
    const placed = choosePlacement(placement, plan.sizedToKm2, seed, named, towns.townsDisplay, allowed);
    frames.set(plan.id, placed.frame);
    centres.set(plan.id, placed.frame.centre);
    const properties: ParkShapeProps = {
      id: plan.id,
      name: plan.name.zh,
      nameEn: plan.name.en,
      role: plan.role,
      ...(plan.wing ? { wing: plan.wing } : {}),
      sizedBy: plan.sizedBy,
      sizedToKm2: plan.sizedToKm2,
      placedBy: [...placement.placedBy, sizingSentence(plan)],
      placedByZh: [...placement.placedByZh, sizingSentenceZh(plan)],
      towns: storedShares(placed.polygon, towns.townsDetail),
      namedTowns: [...named],
      accuracy: 'schematic',
      source: SCHEMATIC_SOURCE,
      licence: SCHEMATIC_LICENCE,
    };
    built.set(plan.id, { type: 'Feature', id: plan.id, properties, geometry: placed.polygon });
    geometries.set(plan.id, placed.polygon);
  }
  for (const placement of PARK_PLACEMENTS) {
    const f = built.get(placement.id);
    if (f) features.push(f);
  }
  // Schematic shapes must not overlap each other, except the bonded zone inside 凤凰湖.
  const ids = [...geometries.keys()];
  for (const [i, a] of ids.entries()) {
    for (const b of ids.slice(i + 1)) {
      const ga = geometries.get(a);
      const gb = geometries.get(b);
      if (!ga || !gb) continue;
      const schematic = !kept.has(a) && !kept.has(b);
      if (!allowedPair(a, b) && schematic && overlapKm2(ga, gb) > 0) throw new Error(`parks ${a} and ${b} overlap`);
    }
  }
  const bonded = geometries.get('bonded-zone');
  const core = geometries.get('fenghuanghu');
  if (bonded && core && !kept.has('bonded-zone') && !kept.has('fenghuanghu') && !polygonWithin(bonded, core)) {
    throw new Error('the bonded zone is not inside 凤凰湖');
  }
  return { features, frames, geometries };
}
