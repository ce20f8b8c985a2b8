export { downloadText as download } from '../../app/download';

/** A file name from a layer name: letters, digits, CJK and dashes only. */
export function fileBase(name: string): string {
  return name.replace(/\.[a-z0-9]+$/i, '').replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '') || 'layer';
}
