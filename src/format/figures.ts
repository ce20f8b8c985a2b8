import type { Language } from '../i18n/strings';

function number(value: number, language: Language): string {
  return value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 });
}

/** 34.66 -> "34.66 平方公里" / "34.66 km²". */
export function formatKm2(value: number, language: Language): string {
  return language === 'zh' ? `${number(value, language)}平方公里` : `${number(value, language)} km²`;
}

/** An amount in 亿元 (100 million yuan): 2000 -> "2000亿元" / "CNY 200 billion". */
export function formatYi(value: number, language: Language): string {
  if (language === 'zh') return `${value}亿元`;
  const billions = Math.round(value * 10) / 100;
  return `CNY ${number(billions, language)} billion`;
}

/** Sums without floating-point noise (7.3 + 24 + 7.8 + 7.67 = 46.77, not 46.769999…). */
export function exactSum(values: number[]): number {
  const scale = 1000;
  return values.reduce((sum, value) => sum + Math.round(value * scale), 0) / scale;
}
