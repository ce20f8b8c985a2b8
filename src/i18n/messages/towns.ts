import { defineMessages } from './define';

/** Strings of the 镇街 polygons: township details, parks' towns, the workbench's "which town". */
const zh = {
  townArea: '面积',
  townAreaNote: '由镇街轮廓计算（网络地图轮廓，来源未注明，非法定边界）',
  townClusterLevels: '集聚区级别',
  townClusterIndustries: '主导产业',
  townClusterAreaNote: '地图上的镇街范围表示该集聚区所在的镇街，并非集聚区本身的范围。',
  townParks: '位于本镇街的园区',
  townParkEntry: '{{park}} {{share}}',
  townParksNote: '由园区示意图形与镇街轮廓计算，只表示大致位置。',
  townParksNone: '没有园区图形落在本镇街',
  townPlanText: '规划的表述',
  townOtherTownsNote: '本镇街不属于规划表4的15个集聚区；规划把它与其他几个镇街一并表述：',
  townNoPlanText: '规划既未在表4中为本镇街列出集聚区，也未在其他镇街的表述中提到它。',
  parkTowns: '所在镇街',
  parkTownsNote: '由示意图形与镇街轮廓计算得出，只表示大致位置，并非法定边界。',
  parkTownsNamed: '资料所述：{{towns}}',
  parkTownsNamedNone: '没有资料给出所在镇街',
  wbColTowns: '所在镇街',
  wbTownsLoading: '正在加载镇街轮廓…',
  wbTownsFailed: '镇街轮廓加载失败：{{message}}',
  wbTownsOutside: '不在区内',
  wbTownsOutsidePart: '区外 {{share}}',
  wbTownsNote: '按镇街轮廓（网络地图轮廓，非法定边界）计算面积占比。',
};

const en: Record<keyof typeof zh, string> = {
  townArea: 'Area',
  townAreaNote: 'derived from the town outline (a web-map outline of unstated origin, not a legal boundary)',
  townClusterLevels: 'Cluster levels',
  townClusterIndustries: 'Lead industries',
  townClusterAreaNote: 'On the map the town’s area marks the township that hosts the cluster, not the cluster’s own site.',
  townParks: 'Parks lying in this town',
  townParkEntry: '{{park}} {{share}}',
  townParksNote: 'Follows from the parks’ schematic shapes and the town outlines: a rough position only.',
  townParksNone: 'No park shape lies in this town',
  townPlanText: 'What the plan says',
  townOtherTownsNote: 'This town is not among the 15 clusters of the plan’s table 4; the plan describes it together with other towns:',
  townNoPlanText: 'The plan lists no cluster for this town in table 4 and does not name it among the other towns either.',
  parkTowns: 'Lies in',
  parkTownsNote: 'Follows from the schematic shape and the town outlines: a rough position, not a boundary.',
  parkTownsNamed: 'Sources name: {{towns}}',
  parkTownsNamedNone: 'No source names its town',
  wbColTowns: 'Lies in',
  wbTownsLoading: 'Loading the town outlines…',
  wbTownsFailed: 'The town outlines could not be loaded: {{message}}',
  wbTownsOutside: 'Outside the district',
  wbTownsOutsidePart: 'outside {{share}}',
  wbTownsNote: 'Shares of the area by town outline (web-map outlines, not legal boundaries).',
};

export const townMessages = defineMessages(zh, en);
