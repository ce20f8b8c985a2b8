import { defineMessages } from './define';

/** Strings of the regional view: the plan's cooperation with neighbouring cities and zones. */
const zh = {
  regionalTitle: '区域协同发展',
  regionalIntro: '规划与周边城市、区县和开放平台的协同任务。地图数据中有轮廓的合作方可在地图上突出显示。',
  regionalLoading: '正在读取区域协同内容……',
  regionalFailed: '未能读取区域协同内容：{{message}}',
  regionalPlanText: '规划原文',
  regionalPartners: '合作方',
  regionalShow: '在地图上显示',
  regionalShown: '已在地图上显示',
  regionalOnMap: '地图上突出显示：{{names}}',
  regionalNotOnMap: '地图数据中没有轮廓：{{names}}',
  regionalNoneOnMap: '这些合作方在地图数据中都没有轮廓，只在此列出。',
  regionalMarkOnMap: '（地图上有）',
  regionalShownStatus: '地图上已突出显示 {{count}} 个区县。',
  regionalHiddenStatus: '地图上未突出显示合作方。',
};

const en: Record<keyof typeof zh, string> = {
  regionalTitle: 'Regional cooperation',
  regionalIntro: 'The plan’s tasks with neighbouring cities, districts and open platforms. Partners with an outline in the map’s data can be highlighted on the map.',
  regionalLoading: 'Reading the regional cooperation…',
  regionalFailed: 'Could not read the regional cooperation: {{message}}',
  regionalPlanText: 'The plan’s text',
  regionalPartners: 'Partners',
  regionalShow: 'Show on the map',
  regionalShown: 'Shown on the map',
  regionalOnMap: 'Highlighted on the map: {{names}}',
  regionalNotOnMap: 'No outline in the map’s data: {{names}}',
  regionalNoneOnMap: 'None of these partners has an outline in the map’s data; they are listed here only.',
  regionalMarkOnMap: '(on the map)',
  regionalShownStatus: '{{count}} districts or counties highlighted on the map.',
  regionalHiddenStatus: 'No partners highlighted on the map.',
};

export const regionalMessages = defineMessages(zh, en);
