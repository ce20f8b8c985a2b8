import { describe, expect, it } from 'vitest';
import { formatPlanRef, formatPlanRefBilingual } from '../../src/data/planRef';

describe('formatPlanRef', () => {
  it('formats a section with a table', () => {
    expect(formatPlanRef({ section: '四（一）2', table: 2 }, 'zh')).toBe('§四（一）2 · 表2');
    expect(formatPlanRef({ section: '四（一）2', table: 2 }, 'en')).toBe('Sec. 四（一）2 · Table 2');
  });

  it('formats a table-only ref', () => {
    expect(formatPlanRef({ section: '', table: 4 }, 'zh')).toBe('表4');
    expect(formatPlanRef({ section: '', table: 4 }, 'en')).toBe('Table 4');
  });

  it('formats a section with a box', () => {
    expect(formatPlanRef({ section: '三（一）3', box: 3 }, 'zh')).toBe('§三（一）3 · 专栏3');
    expect(formatPlanRef({ section: '三（一）3', box: 3 }, 'en')).toBe('Sec. 三（一）3 · Box 3');
  });

  it('formats a section alone, all three parts, and an empty ref', () => {
    expect(formatPlanRef({ section: '五（六）' }, 'zh')).toBe('§五（六）');
    expect(formatPlanRef({ section: '四（三）', table: 1, box: 10 }, 'en')).toBe('Sec. 四（三） · Table 1 · Box 10');
    expect(formatPlanRef({ section: '' }, 'zh')).toBe('');
  });

  it('gives both languages', () => {
    expect(formatPlanRefBilingual({ section: '', table: 3 })).toEqual({ zh: '表3', en: 'Table 3' });
  });
});
