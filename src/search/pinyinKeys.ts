import { pinyin } from 'pinyin-pro';
import { hanKey, latinKey } from './normalize';

/** Full pinyin without tones or separators: 凤凰湖 -> "fenghuanghu". */
export function pinyinKey(text: string): string {
  return latinKey(pinyin(hanKey(text), { toneType: 'none', type: 'array' }).join(''));
}

/** Pinyin initials: 凤凰湖 -> "fhh". Latin letters in the text keep their own initial. */
export function initialsKey(text: string): string {
  return latinKey(pinyin(hanKey(text), { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
}
