import { defineMessages } from './define';

const zh = {
  indicatorsTitle: '主要指标（表1）',
  indicatorsTargetsNotResults:
    '规划期为2021—2025年，已于2025年结束。这里的2022年和2025年数字都是规划目标，不是实际完成值；2020年为规划编制时的基数。',
  indicatorsRowCount: '规划表1共印有 {{count}} 项指标，此处全部列出，数值与规划原表一致（方括号等写法照录）。',
  indicatorName: '指标',
  indicatorBase2020: '2020年现状',
  indicatorTarget2022: '2022年目标',
  indicatorTarget2025: '2025年目标',
  indicatorGrowth: '年均增速',
  indicatorTrend: '走势',
  indicatorAttribute: '属性',
  attributeExpected: '预期性',
  attributeBinding: '约束性',
  indicatorUnit: '单位',
  clusterTargetsChart: '产业集群规模目标（2025年）',
  clusterTargetsNote: '汽车摩托车：三（一）1写1100亿级，五（六）写1300亿级，图中按1100画出并标出1300。智能装备和数字产业没有集群规模目标。',
  parkTargetsChart: '“一城一核两翼一区” 2025年目标',
  parkTargetsNote: '综保区的目标是营业收入，其余为产值。',
  chartTableCaption: '{{title}}（数据表）',
  chartValue: '目标（亿元）',
  chartItem: '项目',
  chartOtherTarget: '另有目标',
  trendChartLabel: '2020年基数、2022年目标、2025年目标的走势',
} as const;

const en: Record<keyof typeof zh, string> = {
  indicatorsTitle: 'Main indicators (Table 1)',
  indicatorsTargetsNotResults:
    'The plan covers 2021-2025 and ended in 2025. The 2022 and 2025 figures here are targets, not results; the 2020 figures are the baseline from when the plan was written.',
  indicatorsRowCount:
    'The plan’s Table 1 prints {{count}} indicators; all are listed here, with the cells exactly as printed (including brackets).',
  indicatorName: 'Indicator',
  indicatorBase2020: '2020 baseline',
  indicatorTarget2022: '2022 target',
  indicatorTarget2025: '2025 target',
  indicatorGrowth: 'annual growth',
  indicatorTrend: 'Trend',
  indicatorAttribute: 'Attribute',
  attributeExpected: 'Expected',
  attributeBinding: 'Binding',
  indicatorUnit: 'Unit',
  clusterTargetsChart: 'Industry cluster size targets (2025)',
  clusterTargetsNote:
    'Automobiles and motorcycles: the industry section says 110 billion yuan and the Chengdu-Chongqing section 130 billion; the bar shows 110 and marks 130. Intelligent equipment and the digital industry have no cluster-size target.',
  parkTargetsChart: 'City, core, wings and zone: 2025 targets',
  parkTargetsNote: 'The bonded zone’s target is operating revenue; the others are output.',
  chartTableCaption: '{{title}} (data table)',
  chartValue: 'Target (100 million yuan)',
  chartItem: 'Item',
  chartOtherTarget: 'Other target',
  trendChartLabel: 'Trend from the 2020 baseline to the 2022 and 2025 targets',
};

/** Strings of the indicators view. */
export const indicatorMessages = defineMessages(zh, en);
