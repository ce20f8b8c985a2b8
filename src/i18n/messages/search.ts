import { defineMessages } from './define';

const zh = {
  searchLabel: '搜索园区、镇街、行业、交通节点',
  searchPlaceholder: '搜索：名称、拼音或首字母',
  searchNoResults: '没有找到“{{query}}”。可试试中文名、英文名、拼音（如 fenghuang）或首字母（如 fhh）。',
  searchResultsCount: '{{count}} 个结果，用上下方向键选择，回车确认',
  searchKindPark: '园区',
  searchKindSubpark: '园中园',
  searchKindIndustry: '行业',
  searchKindCluster: '集聚区',
  searchKindTownship: '镇街',
  searchKindHub: '交通节点',
  searchVia: '匹配：{{word}}',
  searchClear: '清空搜索',
} as const;

const en: Record<keyof typeof zh, string> = {
  searchLabel: 'Search parks, townships, industries and hubs',
  searchPlaceholder: 'Search: name, pinyin or initials',
  searchNoResults:
    'Nothing found for “{{query}}”. Try a Chinese or English name, pinyin (e.g. fenghuang) or initials (e.g. fhh).',
  searchResultsCount: 'Results: {{count}}; use the arrow keys and Enter',
  searchKindPark: 'Parks',
  searchKindSubpark: 'Sub-parks',
  searchKindIndustry: 'Industries',
  searchKindCluster: 'Clusters',
  searchKindTownship: 'Townships',
  searchKindHub: 'Hubs',
  searchVia: 'matched: {{word}}',
  searchClear: 'Clear search',
};

/** Strings of the search box. */
export const searchMessages = defineMessages(zh, en);
