import { defineMessages } from './define';

const zh = {
  distancesTitle: '到交通节点和城市的直线距离',
  distancesNote: '直线距离，不是道路里程。',
  distancesFromShape: '从示意图形的中心量起，图形位置本身是示意的。',
  distancesFromSeat: '从镇街驻地量起，不是集聚区本身的位置。',
  distancesFromPoint: '从示意位置量起。',
  distanceKm: '{{km}} 公里',
  distanceUncertainty: '节点位置误差约 ±{{km}} 公里（{{accuracy}}）',
  distanceRings: '在地图上显示 5、10、20 公里距离圈',
  ringLabel: '{{km}} 公里',
  hubFilterLabel: '按距离筛选',
  hubFilterHub: '交通节点',
  hubFilterKm: '距离（直线）',
  hubFilterAll: '不筛选',
  hubFilterWithin: '{{km}} 公里以内',
  hubFilterShown: '显示 {{shown}} / {{total}} 项（距{{hub}}直线 {{km}} 公里以内）',
  hubFilterNone: '没有要素在此距离内。',
} as const;

const en: Record<keyof typeof zh, string> = {
  distancesTitle: 'Straight-line distances to hubs and cities',
  distancesNote: 'Straight-line distances, not road distances.',
  distancesFromShape: 'Measured from the centre of the schematic shape, whose position is itself schematic.',
  distancesFromSeat: 'Measured from the township seat, not from the cluster’s own site.',
  distancesFromPoint: 'Measured from the schematic position.',
  distanceKm: '{{km}} km',
  distanceUncertainty: 'hub position uncertain by about ±{{km}} km ({{accuracy}})',
  distanceRings: 'Show 5, 10 and 20 km rings on the map',
  ringLabel: '{{km}} km',
  hubFilterLabel: 'Filter by distance',
  hubFilterHub: 'Hub',
  hubFilterKm: 'Distance (straight line)',
  hubFilterAll: 'No filter',
  hubFilterWithin: 'within {{km}} km',
  hubFilterShown: 'Showing {{shown}} of {{total}} (within {{km}} km of {{hub}} in a straight line)',
  hubFilterNone: 'Nothing lies within this distance.',
};

/** Distances to hubs: the detail section, the rings and the list filter. */
export const distanceMessages = defineMessages(zh, en);
