import { defineMessages } from './define';

/** The industry lens as the map and lists show it (the Sectors tab chooses the industries). */
const zh = {
  hostsCount: '{{count}} 处承载所选行业',
  lensActive: '行业筛选：{{names}}',
  lensClear: '清除',
  lensClearLabel: '清除行业筛选，恢复全部显示',
  lensDimmedHint: '（不承载所选行业）',
  lensHostHint: '（承载所选行业）',
} as const;

const en: Record<keyof typeof zh, string> = {
  hostsCount: 'Places hosting the chosen industries: {{count}}',
  lensActive: 'Industry filter: {{names}}',
  lensClear: 'Clear',
  lensClearLabel: 'Clear the industry filter and show everything',
  lensDimmedHint: '(does not host the chosen industries)',
  lensHostHint: '(hosts the chosen industries)',
};

export const lensMessages = defineMessages(zh, en);
