import { defineMessages } from './define';

/** Strings of a park's key projects (the plan package's boxes of projects). */
const zh = {
  projectsTitle: '重点基础设施项目',
  projectsCount: '共 {{count}} 项',
  projectsLoading: '正在读取重点项目……',
  projectsFailed: '未能读取重点项目：{{message}}',
  projectsNone: '规划没有在此园区下列出重点基础设施项目。',
  projectsFromText: '正文所列',
  projectsNote: '项目名称照录规划；分组由本图按项目名称所加。',
  projectGroup_road: '道路',
  projectGroup_gas: '天然气',
  projectGroup_power: '电力',
  projectGroup_water: '供水与污水处理',
  projectGroup_other: '其他',
  projectKind_site: '场地平整',
  projectKind_rail: '铁路',
  projectKind_sewage: '污水处理',
  projectKind_other: '综合',
};

const en: Record<keyof typeof zh, string> = {
  projectsTitle: 'Key infrastructure projects',
  projectsCount: '{{count}} in all',
  projectsLoading: 'Reading the key projects…',
  projectsFailed: 'Could not read the key projects: {{message}}',
  projectsNone: 'The plan lists no key infrastructure projects under this park.',
  projectsFromText: 'named in the text',
  projectsNote: 'Project names as printed in the plan, with the project’s English translation; the grouping is the map’s, read from the names.',
  projectGroup_road: 'Roads',
  projectGroup_gas: 'Gas',
  projectGroup_power: 'Power',
  projectGroup_water: 'Water and sewage',
  projectGroup_other: 'Other',
  projectKind_site: 'site levelling',
  projectKind_rail: 'rail',
  projectKind_sewage: 'sewage',
  projectKind_other: 'mixed',
};

export const projectMessages = defineMessages(zh, en);
