/**
 * Transport hubs and off-map reference points. None has a published coordinate in
 * reachable material except the reference points; every in-district hub is an
 * approximate point with an honest uncertainty radius.
 */
import type { Feature, Point, Position } from 'geojson';
import type { Accuracy, HubKind, HubProps } from '../../src/data/types';
import { pointInside, type Polygonal } from '../../src/geo/inside';
import { roundPosition } from '../../src/geo/normalize';
import { offsetKm, toLocalKm, type LonLat } from '../../src/geo/shapes';
import type { KeptFeature } from './kept';
import { SOURCES, type AirportRecord } from './sources';
import { SEAT, seatOf, type Seats } from './parks';

export const HUB_SOURCE = 'facts in geodata/plan/placements.json (no published coordinates); see placedBy';
export const REFERENCE_SOURCE = 'well-known reference coordinate (WGS-84), see placedBy';
export const HUB_LICENCE = 'CC0 (project)';

interface HubPlan {
  id: string;
  name: string;
  nameEn: string;
  kind: HubKind;
  accuracy: Extract<Accuracy, 'approximate-point' | 'reference-point' | 'published-point'>;
  /** For a published point: its source and licence (others use HUB_SOURCE / REFERENCE_SOURCE). */
  source?: string;
  licence?: string;
  offMap: boolean;
  uncertaintyM: number;
  /** How to compute the position from the seats and the district outline. */
  position: (ctx: HubContext) => Position;
  placedBy: string[];
  /** The same facts in Chinese, sentence for sentence. */
  placedByZh: string[];
}

export interface HubContext {
  seats: Seats;
  district: Polygonal;
  /** 大安通用机场's published record (airport-data-js). */
  airport: AirportRecord;
}

function lonLat(p: Position): LonLat {
  return { lon: p[0] ?? 0, lat: p[1] ?? 0 };
}

/**
 * The nearest point of the district boundary to `from` (local frame). Used for places
 * on the Yangtze, which forms the district's south-eastern boundary by 朱沱 and 松溉.
 */
export function nearestBoundaryPoint(from: Position, district: Polygonal): Position {
  const rings = district.type === 'Polygon' ? district.coordinates : district.coordinates.flat();
  const o = lonLat(from);
  let best: Position = from;
  let bestD = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (!a || !b) continue;
      const la = toLocalKm(o, a);
      const lb = toLocalKm(o, b);
      const dx = lb.eastKm - la.eastKm;
      const dy = lb.northKm - la.northKm;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(la.eastKm * dx + la.northKm * dy) / len2));
      const x = la.eastKm + t * dx;
      const y = la.northKm + t * dy;
      const d = Math.hypot(x, y);
      if (d < bestD) {
        bestD = d;
        best = offsetKm(o, x, y);
      }
    }
  }
  return best;
}

/** The point `fraction` of the way from `a` to `b` (local frame). */
export function between(a: Position, b: Position, fraction: number): Position {
  const o = lonLat(a);
  const d = toLocalKm(o, b);
  return offsetKm(o, d.eastKm * fraction, d.northKm * fraction);
}

export const HUB_PLANS: readonly HubPlan[] = [
  {
    id: 'yongchuan-east-station',
    name: '永川东站',
    nameEn: 'Yongchuan East Railway Station',
    kind: 'rail-station',
    accuracy: 'approximate-point',
    offMap: false,
    uncertaintyM: 1500,
    position: () => [105.95, 29.37],
    placedBy: [
      'Station on the Chengdu-Chongqing high-speed railway (opened 2015-12-26), next to and south of the 成渝 G85 expressway.',
      'Reported positions disagree by about 2.7 km; the better one, about 29.37 N 105.95 E, is used.',
    ],
    placedByZh: [
      '成渝高铁车站（2015年12月26日开通），紧邻成渝G85高速南侧。',
      '公开报道的位置相差约2.7公里；采用较可信的一个，约北纬29.37度、东经105.95度。',
    ],
  },
  {
    id: 'da-an-general-airport',
    name: '大安通用机场',
    nameEn: "Da'an General Aviation Airport",
    kind: 'general-aviation',
    accuracy: 'published-point',
    source: SOURCES.airport.cite,
    licence: SOURCES.airport.licence,
    offMap: false,
    // The point marks the airfield; its 1000 m runway reaches about 500 m either side of it.
    uncertaintyM: 500,
    position: ({ airport }) => [airport.lon, airport.lat],
    placedBy: [
      'General aviation airport (opened 2019-11-28, 1000 m runway) in 大安街道 (铜鼓村) and 陈食街道 (卢家岩村).',
      'The point is the published one of airport-data-js@4.0.0 (OurAirports record YGA, “Yongchuan Da’an General Airport”, runway 3281 ft = 1000 m), stored as published; the uncertainty is half the runway length.',
    ],
    placedByZh: [
      '通用机场（2019年11月28日启用，跑道1000米），位于大安街道（铜鼓村）和陈食街道（卢家岩村）。',
      '坐标点取自airport-data-js@4.0.0公开数据（OurAirports记录YGA，“Yongchuan Da’an General Airport”，跑道3281英尺即1000米），按原样存储；不确定范围取跑道长度的一半。',
    ],
  },
  {
    id: 'zhutuo-port',
    name: '朱沱港区',
    nameEn: 'Zhutuo Port Area',
    kind: 'port',
    accuracy: 'approximate-point',
    offMap: false,
    uncertaintyM: 2000,
    position: ({ seats, district }) => {
      const seat = seatOf(seats, SEAT.zhutuo);
      return between(seat, nearestBoundaryPoint(seat, district), 0.6);
    },
    placedBy: [
      'The 朱沱 port area (永川港, 理文 wharf) is in 朱沱镇 on the Yangtze.',
      'Placed between the 朱沱 seat and the nearest point of the district boundary, which follows the Yangtze there.',
    ],
    placedByZh: [
      '朱沱港区（永川港、理文码头）位于长江边的朱沱镇。',
      '放在朱沱驻地与最近的区界点之间，那一段区界沿长江走。',
    ],
  },
  {
    id: 'songgai-wharf',
    name: '松溉码头',
    nameEn: 'Songgai Wharf',
    kind: 'wharf',
    accuracy: 'approximate-point',
    offMap: false,
    uncertaintyM: 1000,
    position: ({ seats, district }) => {
      const seat = seatOf(seats, SEAT.songgai);
      return between(seat, nearestBoundaryPoint(seat, district), 0.6);
    },
    placedBy: [
      'The 松溉 wharf is in 松溉镇 on the Yangtze.',
      'Placed between the 松溉 seat and the nearest point of the district boundary, which follows the Yangtze there.',
    ],
    placedByZh: ['松溉码头位于长江边的松溉镇。', '放在松溉驻地与最近的区界点之间，那一段区界沿长江走。'],
  },
  {
    id: 'ckg-airport',
    name: '重庆江北国际机场',
    nameEn: 'Chongqing Jiangbei International Airport',
    kind: 'airport',
    accuracy: 'reference-point',
    offMap: true,
    uncertaintyM: 500,
    position: () => [106.642, 29.719],
    placedBy: ['Chongqing Jiangbei International Airport (CKG) at about 29.719 N, 106.642 E (WGS-84); outside the district.'],
    placedByZh: ['重庆江北国际机场（CKG），约北纬29.719度、东经106.642度（WGS-84）；在永川区外。'],
  },
  {
    id: 'chongqing-centre',
    name: '重庆市中心（解放碑）',
    nameEn: 'Central Chongqing (Jiefangbei)',
    kind: 'city',
    accuracy: 'reference-point',
    offMap: true,
    uncertaintyM: 500,
    position: () => [106.577, 29.557],
    placedBy: [
      'Central Chongqing, taken as 解放碑 at about 29.557 N, 106.577 E (WGS-84); about 56-63 km from Yongchuan in a straight line.',
    ],
    placedByZh: ['重庆市中心取解放碑，约北纬29.557度、东经106.577度（WGS-84）；距永川直线约56—63公里。'],
  },
  {
    id: 'chengdu-centre',
    name: '成都市中心（天府广场）',
    nameEn: 'Central Chengdu (Tianfu Square)',
    kind: 'city',
    accuracy: 'reference-point',
    offMap: true,
    uncertaintyM: 500,
    position: () => [104.066, 30.657],
    placedBy: ['Central Chengdu, taken as 天府广场 at about 30.657 N, 104.066 E (WGS-84); about 276 km from Yongchuan in a straight line.'],
    placedByZh: ['成都市中心取天府广场，约北纬30.657度、东经104.066度（WGS-84）；距永川直线约276公里。'],
  },
];

export type HubFeature = Feature<Point, HubProps>;

export function buildHubs(ctx: HubContext, kept: ReadonlyMap<string, KeptFeature>): (HubFeature | KeptFeature)[] {
  return HUB_PLANS.map((plan) => {
    const keep = kept.get(plan.id);
    if (keep) return keep;
    const position = roundPosition(plan.position(ctx));
    if (!plan.offMap && !pointInside(position, ctx.district)) throw new Error(`hub ${plan.id} is not inside the district`);
    if (plan.offMap && pointInside(position, ctx.district)) throw new Error(`hub ${plan.id} is marked offMap but lies inside`);
    const properties: HubProps = {
      id: plan.id,
      name: plan.name,
      nameEn: plan.nameEn,
      kind: plan.kind,
      offMap: plan.offMap,
      uncertaintyM: plan.uncertaintyM,
      placedBy: plan.placedBy,
      placedByZh: plan.placedByZh,
      accuracy: plan.accuracy,
      source: plan.source ?? (plan.accuracy === 'reference-point' ? REFERENCE_SOURCE : HUB_SOURCE),
      licence: plan.licence ?? HUB_LICENCE,
    };
    return { type: 'Feature', id: plan.id, properties, geometry: { type: 'Point', coordinates: position } };
  });
}
