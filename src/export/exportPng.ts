import { downloadBlob } from '../app/download';
import { displayNameOf } from '../data/names';
import type { GeoData } from '../data/geodata';
import { translate } from '../i18n/strings';
import { ATTRIBUTION } from '../map/attribution';
import type { MapImage } from '../map/MapOwner';
import type { AppState } from '../state/store';
import { composePng } from './composePng';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Composes the current map view into a framed PNG and downloads it. */
export async function exportPng(
  image: MapImage,
  state: AppState,
  data: GeoData,
  extraAttribution: string,
): Promise<void> {
  const { language } = state;
  const selected = state.selection ? displayNameOf(state.selection, language, data) : null;
  const subtitle = [translate(language, 'appSubtitle'), selected].filter(Boolean).join(' · ');
  const composed = composePng({
    mapImage: image.canvas,
    mapWidth: image.width,
    mapHeight: image.height,
    latitude: image.latitude,
    zoom: image.zoom,
    language,
    title: translate(language, 'appTitle'),
    subtitle,
    date: today(),
    attribution: [ATTRIBUTION, extraAttribution].filter(Boolean).join(' · '),
  });
  const blob = await new Promise<Blob>((resolve, reject) =>
    composed.toBlob((result) => (result ? resolve(result) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  );
  downloadBlob(blob, `yongchuan-layout-${today()}.png`);
}
