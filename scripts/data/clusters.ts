/**
 * The 15 township clusters (中小企业集聚区 / 小企业创业基地) as points at their township's
 * GeoNames seat. The symbol marks the township, not the cluster's own site (unknown).
 */
import type { Feature, Point } from 'geojson';
import type { ClusterPointProps } from '../../src/data/types';
import type { PlanClusterFacts } from './plan';
import { PLAN_FILES, SOURCES } from './sources';
import type { TownshipFeature } from './townships';

/** The clusters the map expects, with their township codes (the plan file must agree). */
export const CLUSTER_TOWNSHIPS: Readonly<Record<string, string>> = {
  'cluster-shengli-road': '500118002000',
  'cluster-nandajie': '500118003000',
  'cluster-weixinghu': '500118007000',
  'cluster-da-an': '500118005000',
  'cluster-chenshi': '500118006000',
  'cluster-honglu': '500118114000',
  'cluster-shuangshi': '500118113000',
  'cluster-sanjiao': '500118116000',
  'cluster-linjiang': '500118104000',
  'cluster-qingfeng': '500118100000',
  'cluster-banqiao': '500118117000',
  'cluster-wujian': '500118110000',
  'cluster-hegeng': '500118106000',
  'cluster-xianlong': '500118108000',
  'cluster-yongrong': '500118115000',
};

export const CLUSTER_SOURCE = `township seat from ${SOURCES.geonames.cite}; levels from ${PLAN_FILES.clusters} (plan 表4)`;

export type ClusterFeature = Feature<Point, ClusterPointProps>;

export function buildClusters(plan: readonly PlanClusterFacts[], townships: readonly TownshipFeature[]): ClusterFeature[] {
  const expected = Object.keys(CLUSTER_TOWNSHIPS);
  const planIds = plan.map((c) => c.id);
  const missing = expected.filter((id) => !planIds.includes(id));
  const extra = planIds.filter((id) => !expected.includes(id));
  if (missing.length || extra.length) {
    throw new Error(`${PLAN_FILES.clusters}: missing [${missing.join(', ')}], unexpected [${extra.join(', ')}]`);
  }
  const byCode = new Map(townships.map((t) => [t.properties.code, t]));
  return expected.map((id): ClusterFeature => {
    const facts = plan.find((c) => c.id === id);
    const code = CLUSTER_TOWNSHIPS[id];
    if (!facts || !code) throw new Error(`cluster ${id} missing`);
    if (facts.townshipCode !== code) {
      throw new Error(`${PLAN_FILES.clusters} (${id}): townshipCode ${facts.townshipCode}, expected ${code}`);
    }
    const township = byCode.get(code);
    if (!township) throw new Error(`cluster ${id}: no township ${code}`);
    return {
      type: 'Feature',
      id,
      properties: {
        id,
        townshipCode: code,
        name: facts.name.zh,
        nameEn: facts.name.en,
        agglomerationLevel: facts.agglomerationLevel,
        incubatorLevel: facts.incubatorLevel,
        placedBy: [
          `The symbol marks the seat of ${township.properties.name} (${township.properties.nameEn}), the township the cluster belongs to, not the cluster’s own site, which no source gives.`,
        ],
        placedByZh: [
          `符号标在集聚区所属镇街${township.properties.name}的驻地，不是集聚区本身的位置（没有资料给出）。`,
        ],
        accuracy: 'gazetteer-point',
        source: CLUSTER_SOURCE,
        licence: SOURCES.geonames.licence,
      },
      geometry: { type: 'Point', coordinates: [...township.geometry.coordinates] },
    };
  });
}
