import { defineMessages } from './define';

const zh = {
  industriesTitle: '产业体系：“5+3”及数字产业',
  industriesIntro: '选择一个或多个行业：地图和列表突出承载这些行业的园区、园中园和集聚区，其余变淡。目标为产业集群2025年规模目标。',
  industryListLabel: '行业（可多选）',
  tierPillar: '五大支柱产业',
  tierEmerging: '三大战略性新兴产业',
  tierDigital: '数字产业',
  clusterTargetNone: '规划未给出产业集群规模目标',
  clusterTargetNoneShort: '无集群规模目标',
  chosenIndustriesTitle: '所选行业：细分领域与重点工程',
  otherTargetsLabel: '其他目标',
  subSectorsLabel: '细分领域',
  keyProjectsLabel: '重点工程',
  showIndustryDetails: '细分领域与重点工程',
  clearIndustries: '清除行业筛选',
  hostsTitle: '承载园区与集聚区',
  hostsNone: '规划没有为所选行业点名园区或集聚区。',
  hostKindPark: '园区',
  hostKindSubpark: '园中园',
  hostKindCluster: '镇街集聚区',
  hostKindOtherTowns: '其他镇街',
  basisLeadIndustry: '主导产业（表2、表3）',
  basisSubPark: '园中园（据规划文字归类）',
  basisTable4: '主导产业方向（表4）',
  basisTownText: '细分产业（表4上方正文）',
  subParkInferredNote: '园中园与行业的对应是根据规划原文归类的，规划并未逐一列出；请看下面的原文。',
  equipmentNamingNote:
    '镇街表（表4）及其正文称“装备制造”，产业体系称“智能装备”；本图把“装备制造”视为“智能装备”，并在相应位置注明。',
  viaEquipment: '规划此处写作“装备制造”',
  selectOnMap: '在地图上定位',
} as const;

const en: Record<keyof typeof zh, string> = {
  industriesTitle: 'The “5+3” industries and the digital industry',
  industriesIntro:
    'Choose one or more industries: the map and the lists highlight the parks, sub-parks and clusters that host them and dim the rest. Figures are 2025 cluster-size targets.',
  industryListLabel: 'Industries (choose one or more)',
  tierPillar: 'Five pillar industries',
  tierEmerging: 'Three strategic emerging industries',
  tierDigital: 'Digital industry',
  clusterTargetNone: 'The plan sets no cluster-size target',
  clusterTargetNoneShort: 'no size target',
  chosenIndustriesTitle: 'The chosen industries: sub-sectors and key projects',
  otherTargetsLabel: 'Other targets',
  subSectorsLabel: 'Sub-sectors',
  keyProjectsLabel: 'Key projects',
  showIndustryDetails: 'Sub-sectors and key projects',
  clearIndustries: 'Clear industry filter',
  hostsTitle: 'Where the plan puts them',
  hostsNone: 'The plan names no park or cluster for the chosen industries.',
  hostKindPark: 'Parks',
  hostKindSubpark: 'Sub-parks',
  hostKindCluster: 'Town clusters',
  hostKindOtherTowns: 'Other towns',
  basisLeadIndustry: 'Lead industry (Tables 2, 3)',
  basisSubPark: 'Sub-park (classified from the plan’s words)',
  basisTable4: 'Industry direction (Table 4)',
  basisTownText: 'Detailed industries (text above Table 4)',
  subParkInferredNote:
    'The plan does not list sub-parks by industry; the link is read from the plan’s words, quoted below.',
  equipmentNamingNote:
    'The towns’ table (Table 4) and its text say “equipment manufacturing” where the industry list says “intelligent equipment”; this map treats the two as one and marks each place where it does.',
  viaEquipment: 'The plan writes “equipment manufacturing” here',
  selectOnMap: 'Show on map',
};

/** Strings of the industry lens. */
export const industryMessages = defineMessages(zh, en);
