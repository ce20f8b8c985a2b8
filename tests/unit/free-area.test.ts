import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeArea, freeRect, intersects, NO_PADDING, type Rect } from '../../src/app/layout/freeArea';

const map: Rect = { left: 0, top: 60, right: 1000, bottom: 760 };

describe('freeArea', () => {
  it('leaves the whole map free when nothing covers it', () => {
    expect(freeArea(map, [])).toEqual(NO_PADDING);
  });

  it('ignores what lies off the map, such as a side panel beside it', () => {
    expect(freeArea(map, [{ left: 1000, top: 60, right: 1366, bottom: 760 }])).toEqual(NO_PADDING);
  });

  it('raises the bottom edge above a card along the bottom', () => {
    expect(freeArea(map, [{ left: 100, top: 500, right: 900, bottom: 746 }])).toEqual({ top: 0, right: 0, bottom: 260, left: 0 });
  });

  it('pushes in the right edge past a tall legend, the top edge past a folded one', () => {
    expect(freeArea(map, [{ left: 720, top: 70, right: 990, bottom: 560 }]).right).toBe(280);
    expect(freeArea(map, [{ left: 900, top: 70, right: 990, bottom: 100 }])).toEqual({ top: 40, right: 0, bottom: 0, left: 0 });
  });

  it('keeps a card and a legend clear together, with a margin on padded sides only', () => {
    const padding = freeArea(
      map,
      [
        { left: 720, top: 70, right: 990, bottom: 560 },
        { left: 100, top: 500, right: 900, bottom: 746 },
      ],
      10,
    );
    expect(padding).toEqual({ top: 0, right: 290, bottom: 270, left: 0 });
  });

  it('never lets a cover into the free area (property)', () => {
    const rect = fc
      .tuple(fc.integer({ min: -100, max: 1100 }), fc.integer({ min: 0, max: 860 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 400 }))
      .map(([left, top, width, height]): Rect => ({ left, top, right: left + width, bottom: top + height }));
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 5 }), (covers) => {
        const free = freeRect(map, freeArea(map, covers));
        const empty = free.right <= free.left || free.bottom <= free.top;
        return empty || covers.every((cover) => !intersects(cover, free));
      }),
    );
  });
});
