import { defineMessages } from './define';

/** Strings of the map's colouring of parks by the share of their target reached (results). */
const zh = {
  shareColouring: '按目标完成比例给园区着色',
  shareUnder50: '不足 50%',
  share50to80: '50%–80%',
  share80to100: '80%–100%',
  shareReached: '已达到目标',
  shareNotComparable: '口径不同，不可比',
  shareNone: '尚无结果',
};

const en: Record<keyof typeof zh, string> = {
  shareColouring: 'Colour parks by share of target reached',
  shareUnder50: 'under 50%',
  share50to80: '50%–80%',
  share80to100: '80%–100%',
  shareReached: 'target reached',
  shareNotComparable: 'other definition: not comparable',
  shareNone: 'no result yet',
};

export const parkShareMessages = defineMessages(zh, en);
