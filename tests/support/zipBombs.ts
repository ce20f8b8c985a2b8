/**
 * Zips made at test time to try the inflation budget: honest ones, ones whose central
 * directory declares huge sizes, and ones whose declared sizes lie low.
 */
import { zipSync } from 'fflate';

/** A zip of one entry of `megabytes` MB of zeros: a few kB that inflate to the full size. */
export function zerosZip(name: string, megabytes: number): Uint8Array {
  return zipSync({ [name]: [new Uint8Array(megabytes * 1024 * 1024), { level: 9 }] });
}

/** Rewrites the uncompressed size that every central-directory entry (and local header) declares. */
export function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
    else if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
  }
  return out;
}
