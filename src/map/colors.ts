import type { ParkRole } from '../data/types';

/** One colour family per role of the layout, so the structure reads at a glance. */
export const roleColors: Record<ParkRole, string> = {
  city: '#138a8a', // 一城: teal
  core: '#c62f2f', // 一核: crimson
  wing: '#e07b12', // 两翼: orange
  zone: '#2f64c8', // 一区: royal blue
};

/** The two wings share the orange family; north is lighter, south deeper. */
export const wingColors = { north: '#eb9a2e', south: '#c2600b' } as const;

export const clusterColor = '#7b3fa0'; // 多点: purple
export const hubColor = '#2c3e50';
export const townshipColor = '#5d6d7e';
/** Boundaries between 镇街: dashed, quieter than the district edge. */
export const townshipLine = '#8a97a6';
/** 街道 (the urban subdistricts) are tinted warm under the layout; 镇 stay paper-white. */
export const subdistrictTint = '#efe6d4';
export const subdistrictLabel = '#7a5526';
export const districtLine = '#1f3a5f';
export const paper = '#fbfaf6';
export const outside = '#d5dce4';
