import { defineMessages } from './define';

const zh = {
  toolsLabel: '工具',
  share: '分享',
  shareTitle: '分享当前视图（链接与二维码）',
  shareIntro: '链接包含当前的地图范围、所选要素、图层、产业筛选、语言和底图。',
  shareLinkLabel: '当前视图的链接',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyFailed: '无法自动复制，请选中链接后按 Ctrl+C 复制。',
  qrAlt: '当前视图链接的二维码',
  qrFailed: '无法生成二维码。',
  urlNotice: '链接中有无法识别的参数，已忽略：{{names}}',
  dismiss: '知道了',
} as const;

const en: Record<keyof typeof zh, string> = {
  toolsLabel: 'Tools',
  share: 'Share',
  shareTitle: 'Share this view (link and QR code)',
  shareIntro: 'The link carries the map’s centre and zoom, the selection, layers, industry filter, language and basemap.',
  shareLinkLabel: 'Link to this view',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy automatically: select the link and press Ctrl+C.',
  qrAlt: 'QR code of the link to this view',
  qrFailed: 'The QR code could not be made.',
  urlNotice: 'Some parts of the link were not understood and were ignored: {{names}}',
  dismiss: 'OK',
};

/** Shareable links: the share panel and the notice about ignored link parameters. */
export const shareMessages = defineMessages(zh, en);
