import type { Accuracy, AreaKind, ClusterLevel, HubKind, IndustryMention } from '../data/types';
import type { Language } from './strings';

type Terms<K extends string> = Record<K, Record<Language, string>>;

/** What each kind of area figure means, in plain words. */
export const areaKindTerms: Terms<AreaKind> = {
  'total-planned': { zh: '总规划面积', en: 'Total planned area' },
  'first-phase': { zh: '首开区面积', en: 'First-phase area' },
  approved: { zh: '规划批准面积', en: 'Approved planning area' },
  'built-2020': { zh: '截至2020年底建成面积', en: 'Built by end of 2020' },
  'planned-2021-2025': { zh: '“十四五”期间规划建设面积', en: 'Planned for construction 2021-2025' },
  'built-up-2025': { zh: '到2025年建成区面积', en: 'Built-up area to complete by 2025' },
  'sub-park': { zh: '园中园面积', en: 'Sub-park area' },
};

export const accuracyTerms: Terms<Accuracy> = {
  surveyed: { zh: '测绘数据', en: 'Surveyed' },
  'official-outline': { zh: '行政区划轮廓（约百米精度）', en: 'Administrative outline (about 100 m)' },
  'web-map-outline': {
    zh: '网络地图轮廓（来源未注明，约百米精度，非法定边界）',
    en: 'Web-map outline (origin not stated, about 100 m; not a legal boundary)',
  },
  'gazetteer-point': { zh: '地名库驻地点（GeoNames）', en: 'Gazetteer point (GeoNames)' },
  'published-point': { zh: '公开数据库坐标点', en: 'Published point (open database)' },
  'approximate-point': { zh: '近似位置', en: 'Approximate position' },
  'reference-point': { zh: '参照点', en: 'Reference point' },
  schematic: { zh: '示意图形，非法定边界', en: 'Schematic, not a legal boundary' },
};

export const levelTerms: Terms<ClusterLevel> = {
  municipal: { zh: '市级', en: 'Municipal' },
  district: { zh: '区级', en: 'District' },
};

export const hubKindTerms: Terms<HubKind | 'city'> = {
  'rail-station': { zh: '铁路车站', en: 'Railway station' },
  airport: { zh: '机场', en: 'Airport' },
  'general-aviation': { zh: '通用机场', en: 'General-aviation airport' },
  port: { zh: '港区', en: 'Port area' },
  wharf: { zh: '码头', en: 'Wharf' },
  city: { zh: '城市中心（参照）', en: 'City centre (reference)' },
};

/** Names of industries as the towns' table prints them, where they differ from the industry list. */
export const mentionTerms: Terms<Exclude<IndustryMention, never>> = {
  'auto-moto': { zh: '汽车摩托车', en: 'Automobiles and motorcycles' },
  electronics: { zh: '电子信息', en: 'Electronic information' },
  'smart-equipment': { zh: '智能装备', en: 'Intelligent equipment' },
  'smart-home-materials': { zh: '智能家居及材料', en: 'Smart home and materials' },
  'consumer-goods': { zh: '特色消费品', en: 'Distinctive consumer goods' },
  'biomed-health': { zh: '生物医药及大健康', en: 'Biomedicine and health' },
  'new-energy': { zh: '新能源', en: 'New energy' },
  'civil-aviation': { zh: '民用航空', en: 'Civil aviation' },
  digital: { zh: '数字产业', en: 'Digital industry' },
  'equipment-manufacturing': { zh: '装备制造', en: 'Equipment manufacturing' },
  other: { zh: '其他', en: 'Other' },
};

export function term<K extends string>(terms: Terms<K>, key: K, language: Language): string {
  return terms[key][language];
}
