import { pinyin } from 'pinyin-pro';

/** Lower-case Latin letters and digits only: "Da'an Subdistrict" -> "daansubdistrict". */
export function latinKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Chinese text without spaces or separators, for substring matching. */
export function hanKey(text: string): string {
  return text.replace(/[\s·・•、，,（）()“”"']/g, '');
}

/** Full pinyin without tones or separators: 凤凰湖 -> "fenghuanghu". */
export function pinyinKey(text: string): string {
  return latinKey(pinyin(hanKey(text), { toneType: 'none', type: 'array' }).join(''));
}

/** Pinyin initials: 凤凰湖 -> "fhh". Latin letters in the text keep their own initial. */
export function initialsKey(text: string): string {
  return latinKey(pinyin(hanKey(text), { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
