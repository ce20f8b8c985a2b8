import { defineMessages } from './define';

/** Strings of published results: how far a source is trusted, undated sources, results of years without a target. */
const zh = {
  resProblem_noDateNote: '来源标为未注明日期（date 为 null），但没有说明（dateNote）',
  resProblem_badTrust: '可信度“{{value}}”无效（应为 {{classes}} 之一）',
  resUndated: '未注明日期',
  resTrustLabel: '可信度',
  resTrust_exact: '原文（文件本身）',
  resTrust_good: '较高（党媒或官方媒体）',
  resTrust_medium: '中等（第三方网站转载的官方文本）',
  'resTrust_medium-low': '中低（自媒体文章或其镜像）',
  resTrust_low: '低',
  resTrustNone: '未标可信度',
  resSourceDetails: '来源与可信度',
  resInterimTitle: '规划未设目标年份的已公布结果',
  resInterimIntro: '规划只设2022年和2025年目标；其他年份的结果列在这里，与其后最近的目标并列，不作是否达标的判断。',
  resInterimNone: '没有规划未设目标年份的结果。',
  resColNextTarget: '其后最近的目标',
  resColTrust: '可信度',
  resReviewNoneAtTargets: '目标年份尚无结果：全部 {{count}} 项目标均为“尚无结果”；其他年份的 {{interim}} 条已公布结果列在下方。',
};

const en: Record<keyof typeof zh, string> = {
  resProblem_noDateNote: 'the source is marked undated (date null) but has no note (dateNote) saying why',
  resProblem_badTrust: 'trust “{{value}}” is not one of {{classes}}',
  resUndated: 'undated',
  resTrustLabel: 'Trust',
  resTrust_exact: 'exact (the document itself)',
  resTrust_good: 'good (party or official media)',
  resTrust_medium: 'medium (an official text copied on a third-party site)',
  'resTrust_medium-low': 'medium-low (a self-media post or its mirror)',
  resTrust_low: 'low',
  resTrustNone: 'trust not stated',
  resSourceDetails: 'Source and trust',
  resInterimTitle: 'Published results for years without a target',
  resInterimIntro: 'The plan sets targets for 2022 and 2025 only; results for other years are listed here beside the next target, without a verdict.',
  resInterimNone: 'No results for years without a target.',
  resColNextTarget: 'Next target',
  resColTrust: 'Trust',
  resReviewNoneAtTargets: 'No target year has a result yet: all {{count}} targets are “no result yet”; {{interim}} published results for other years are listed below.',
};

export const publishedResultsMessages = defineMessages(zh, en);
