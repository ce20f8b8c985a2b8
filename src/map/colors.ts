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

/** Colours of the share of its 2025 target a park reached (results, issue #15): diverging, colour-blind safe. */
export const SHARE_COLORS = {
  'under-50': '#b2182b',
  '50-80': '#ef8a62',
  '80-100': '#f4c58a',
  reached: '#2166ac',
  'not-comparable': '#8c8c8c',
  none: '#cfcfcf',
} as const;

/** Colours of the planner's layers, in the order layers are added (the workbench lists them too). */
export const WORK_LAYER_COLORS = ['#d6336c', '#1971c2', '#e8590c', '#2f9e44', '#7048e8', '#0c8599'];
export function workLayerColor(index: number): string {
  return WORK_LAYER_COLORS[Math.max(0, index) % WORK_LAYER_COLORS.length]!;
}

/** Colours of opened PMTiles archives, in order. */
export const TILE_LAYER_COLORS = ['#5f3dc4', '#c2255c', '#087f5b', '#e67700', '#1864ab'];
export function tileLayerColor(index: number): string {
  return TILE_LAYER_COLORS[Math.max(0, index) % TILE_LAYER_COLORS.length]!;
}
