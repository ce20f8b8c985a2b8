import { defineMessages } from './define';

const zh = {
  compareTitle: '并排对比',
  compareIntro: '选择2至5个对象（园区、综保区、生态城），并排查看规划给出的定位、主导产业、面积和目标。',
  compareChoose: '比较对象',
  compareNeedTwo: '请至少选择两个对象。',
  compareItem: '项目',
  compareUnit: '单位',
  compareSource: '出处或算法',
  compareShared: '共有',
  compareSharedNote: '★ 表示所选对象中两个及以上共有的主导产业。',
  compareDownload: '导出 CSV',
  compareDownloadLabel: '导出 CSV：对比表，UTF-8 编码，可用 Excel 打开',
  compareFileName: '永川园区对比',
  compareTargetOutput: '产值',
  compareTargetRevenue: '营业收入',
  compareTargetRow: '2025年目标',
  compareTargetKind: '2025年目标口径',
  derivedTargetPerPlanned: '2025年目标 ÷ “十四五”期间规划建设面积',
  derivedTargetPerApproved: '2025年目标 ÷ 规划批准面积',
  derivedTargetPerTotal: '2025年目标 ÷ 总规划面积',
  derivedBuiltShare: '截至2020年底建成面积 ÷ 规划批准面积',
  unitYiPerKm2: '亿元/平方公里',
  unitPercent: '%',
  compareDerivedTag: '（推算）',
  compareDerivedNote:
    '标为“推算”的数字由规划数字相除得出，规划本身没有给出；综保区的目标是营业收入而非产值，与其他对象不完全可比。',
  compareTableCaption: '所选对象的规划数字对比',
  compareNotGiven: '—',
} as const;

const en: Record<keyof typeof zh, string> = {
  compareTitle: 'Side by side',
  compareIntro:
    'Pick two to five places (parks, the bonded zone, the eco-city) to see the plan’s positioning, lead industries, areas and targets side by side.',
  compareChoose: 'Places to compare',
  compareNeedTwo: 'Choose at least two places.',
  compareItem: 'Item',
  compareUnit: 'Unit',
  compareSource: 'Source or calculation',
  compareShared: 'shared',
  compareSharedNote: '★ marks a lead industry that two or more of the chosen places share.',
  compareDownload: 'Download CSV',
  compareDownloadLabel: 'Download CSV of the comparison (UTF-8, opens in Excel)',
  compareFileName: 'yongchuan-comparison',
  compareTargetOutput: 'output',
  compareTargetRevenue: 'operating revenue',
  compareTargetRow: '2025 target',
  compareTargetKind: '2025 target type',
  derivedTargetPerPlanned: '2025 target ÷ area planned for construction 2021-2025',
  derivedTargetPerApproved: '2025 target ÷ approved planning area',
  derivedTargetPerTotal: '2025 target ÷ total planned area',
  derivedBuiltShare: 'Built by end of 2020 ÷ approved planning area',
  unitYiPerKm2: '100 million yuan per km²',
  unitPercent: '%',
  compareDerivedTag: ' (derived)',
  compareDerivedNote:
    'Figures marked “derived” are calculated by dividing one of the plan’s figures by another; the plan does not print them. The bonded zone’s target is operating revenue, not output, so it is not fully comparable.',
  compareTableCaption: 'The plan’s figures for the chosen places',
  compareNotGiven: '—',
};

/** Strings of the side-by-side comparison and its CSV export. */
export const compareMessages = defineMessages(zh, en);
