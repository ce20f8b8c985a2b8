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

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
