import { defineMessages } from './define';

const zh = {
  tourLabel: '演示导览',
  tourStepOf: '第 {{step}} / {{count}} 步',
  tourPrev: '上一步',
  tourNext: '下一步',
  tourPlay: '自动播放',
  tourPause: '暂停',
  tourFullscreen: '全屏',
  tourExitFullscreen: '退出全屏',
  tourExit: '结束导览',
  tourKeys: '键盘：← → 、PageUp/PageDown 或空格翻页，Esc 结束',
  tourPointsName: '15个镇街中小企业集聚区和小企业创业基地',
  tourPointsCounts: '市级集聚区 {{municipal}} 个，区级集聚区 {{district}} 个',
  tourPointsTarget: '规划未给出“多点”的产值目标。',
  tourArea: '面积',
  tourMore: '下面还有内容，可滚动',
} as const;

const en: Record<keyof typeof zh, string> = {
  tourLabel: 'Guided tour',
  tourStepOf: 'Step {{step}} of {{count}}',
  tourPrev: 'Previous',
  tourNext: 'Next',
  tourPlay: 'Play',
  tourPause: 'Pause',
  tourFullscreen: 'Full screen',
  tourExitFullscreen: 'Exit full screen',
  tourExit: 'End tour',
  tourKeys: 'Keys: ← →, Page Up/Down or space to move, Esc to end',
  tourPointsName: '15 town-level SME clusters and start-up bases',
  tourPointsCounts: '{{municipal}} municipal-level and {{district}} district-level clusters',
  tourPointsTarget: 'The plan sets no output target for the points.',
  tourArea: 'Area',
  tourMore: 'More below: scroll',
};

/** The guided tour (presentation mode). */
export const tourMessages = defineMessages(zh, en);
