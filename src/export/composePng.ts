import { pick } from '../data/names';
import { parks } from '../data/plan';
import { translate, type Language } from '../i18n/strings';
import { clusterColor, hubColor, roleColors, townshipColor, wingColors } from '../map/colors';
import { LEGEND_ROW, metresPerPixel, niceScale, PNG_MARGIN, pngLayout, scaleLabel, SWATCH } from './pngLayout';

export interface LegendEntry {
  color: string;
  shape: 'swatch' | 'dot' | 'ring' | 'hollow';
  label: string;
}

function wingName(wing: 'north' | 'south', language: Language): string {
  const park = parks.find((p) => p.role === 'wing' && p.wing === wing);
  return park ? pick(park.name, language) : wing;
}

/** The legend of the exported image: the slogan's parts, then the point symbols. */
export function legendEntries(language: Language): LegendEntry[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const sep = language === 'zh' ? ' ' : ': ';
  return [
    { color: roleColors.city, shape: 'swatch', label: `${t('legendCity')}${sep}${t('legendCityName')}` },
    { color: roleColors.core, shape: 'swatch', label: `${t('legendCore')}${sep}${t('legendCoreName')}` },
    { color: wingColors.north, shape: 'swatch', label: `${t('legendWings')}${sep}${wingName('north', language)}` },
    { color: wingColors.south, shape: 'swatch', label: `${t('legendWings')}${sep}${wingName('south', language)}` },
    { color: roleColors.zone, shape: 'swatch', label: `${t('legendZone')}${sep}${t('legendZoneName')}` },
    { color: clusterColor, shape: 'ring', label: `${t('legendPoints')}${sep}${t('legendMunicipal')}` },
    { color: clusterColor, shape: 'dot', label: `${t('legendPoints')}${sep}${t('legendDistrictLevel')}` },
    { color: roleColors.core, shape: 'hollow', label: t('legendSubPark') },
    { color: hubColor, shape: 'hollow', label: t('legendHub') },
    { color: townshipColor, shape: 'dot', label: t('legendTownship') },
  ];
}

export interface PngInput {
  /** A copy of the map's canvas, in device pixels. */
  mapImage: HTMLCanvasElement;
  /** The map's size in CSS pixels. */
  mapWidth: number;
  mapHeight: number;
  latitude: number;
  zoom: number;
  language: Language;
  title: string;
  subtitle: string;
  date: string;
  attribution: string;
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Fits text into `maxWidth` by shrinking it to at most 60 % of its size, then clipping with an ellipsis. */
function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  text = plain(text);
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Canvas fonts lack some typographic marks; straight ones read the same. */
function plain(text: string): string {
  if (/\p{Script=Han}/u.test(text)) return text;
  return text.replaceAll('’', "'").replaceAll('“', '"').replaceAll('”', '"');
}

function wrap(context: CanvasRenderingContext2D, raw: string, maxWidth: number): string[] {
  const text = plain(raw);
  // Chinese has no spaces: break anywhere; English breaks at spaces.
  const units = /\s/.test(text) ? text.split(/(\s+)/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const next = line + unit;
    if (context.measureText(next).width > maxWidth && line.trim() !== '') {
      lines.push(line.trim());
      line = unit.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** Draws the framed map: title, map, legend, scale bar, north arrow, date, attribution, schematic notice. */
export function composePng(input: PngInput): HTMLCanvasElement {
  const entries = legendEntries(input.language);
  const layout = pngLayout(input.mapWidth, input.mapHeight, entries.length);
  const ratio = input.mapImage.width / input.mapWidth || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(ratio, ratio);
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(input.language, key, values);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);

  // Title band
  context.fillStyle = '#1f3a5f';
  context.fillRect(0, 0, layout.width, 56);
  context.fillStyle = '#ffffff';
  context.textBaseline = 'middle';
  context.font = `bold 22px ${FONT}`;
  context.fillText(fitText(context, input.title, layout.width - 2 * PNG_MARGIN), PNG_MARGIN, 22);
  context.font = `14px ${FONT}`;
  context.fillText(fitText(context, input.subtitle, layout.width - 2 * PNG_MARGIN), PNG_MARGIN, 44);

  // Map
  const { map } = layout;
  context.drawImage(input.mapImage, map.x, map.y, map.width, map.height);
  context.strokeStyle = '#1f3a5f';
  context.lineWidth = 1;
  context.strokeRect(map.x - 0.5, map.y - 0.5, map.width + 1, map.height + 1);

  // North arrow, top-right corner of the map (the map never rotates).
  const ax = map.x + map.width - 30;
  const ay = map.y + 16;
  context.fillStyle = 'rgba(255,255,255,0.9)';
  context.beginPath();
  context.arc(ax, ay + 20, 22, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = '#1d2733';
  context.beginPath();
  context.moveTo(ax, ay + 4);
  context.lineTo(ax + 9, ay + 30);
  context.lineTo(ax, ay + 24);
  context.lineTo(ax - 9, ay + 30);
  context.closePath();
  context.fill();
  context.font = `bold 12px ${FONT}`;
  context.textAlign = 'center';
  context.fillText(t('north'), ax, ay + 38);
  context.textAlign = 'left';

  // Legend
  const { legend } = layout;
  context.fillStyle = '#1d2733';
  context.font = `bold 16px ${FONT}`;
  context.fillText(t('legendTitle'), legend.x, legend.y + 16);
  context.font = `13px ${FONT}`;
  entries.forEach((entry, i) => {
    const centre = layout.swatchCentres[i]!;
    context.fillStyle = entry.shape === 'hollow' ? '#ffffff' : entry.color;
    context.strokeStyle = entry.color;
    context.lineWidth = 2.5;
    if (entry.shape === 'swatch') {
      context.fillRect(centre.x - SWATCH / 2, centre.y - SWATCH / 2, SWATCH, SWATCH);
    } else {
      context.beginPath();
      context.arc(centre.x, centre.y, SWATCH / 2 - 2, 0, Math.PI * 2);
      context.fill();
      if (entry.shape === 'hollow') context.stroke();
      if (entry.shape === 'ring') {
        context.beginPath();
        context.arc(centre.x, centre.y, SWATCH / 2 + 1.5, 0, Math.PI * 2);
        context.lineWidth = 2;
        context.stroke();
      }
    }
    context.fillStyle = '#1d2733';
    const lines = wrap(context, entry.label, legend.width - SWATCH - 12).slice(0, 2);
    lines.forEach((line, j) => {
      context.fillText(line, legend.x + SWATCH + 10, centre.y + (j - (lines.length - 1) / 2) * 14);
    });
  });
  context.fillStyle = '#5c4520';
  context.font = `12px ${FONT}`;
  const noteY = legend.y + 40 + entries.length * LEGEND_ROW + 10;
  wrap(context, t('schematicLong'), legend.width).slice(0, 8).forEach((line, j) => {
    if (noteY + j * 15 < layout.footerY - 4) context.fillText(line, legend.x, noteY + j * 15);
  });

  // Footer: scale bar, date, attribution, schematic notice
  const footer = layout.footerY + 18;
  const scale = niceScale(metresPerPixel(input.latitude, input.zoom), 140);
  context.strokeStyle = '#1d2733';
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(PNG_MARGIN, footer - 6);
  context.lineTo(PNG_MARGIN, footer);
  context.lineTo(PNG_MARGIN + scale.px, footer);
  context.lineTo(PNG_MARGIN + scale.px, footer - 6);
  context.stroke();
  context.fillStyle = '#1d2733';
  context.font = `12px ${FONT}`;
  context.fillText(`${t('pngScale')} ${scaleLabel(scale.metres)}`, PNG_MARGIN + scale.px + 8, footer - 2);
  const textWidth = layout.width - 2 * PNG_MARGIN;
  context.fillText(fitText(context, t('exportDate', { date: input.date }), textWidth), PNG_MARGIN, footer + 20);
  context.fillStyle = '#5c4520';
  context.fillText(fitText(context, t('schematicShort'), textWidth), PNG_MARGIN, footer + 38);
  context.fillStyle = '#5a6673';
  context.font = `11px ${FONT}`;
  context.fillText(fitText(context, t('sourceLine'), textWidth), PNG_MARGIN, footer + 56);
  context.fillText(fitText(context, `${t('attributionLabel')}${input.attribution}`, textWidth), PNG_MARGIN, footer + 74);
  return canvas;
}
