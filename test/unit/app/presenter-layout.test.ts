import { describe, expect, it } from 'vitest';
import {
  presenterGrid,
  presenterScale,
  PRESENTER_SCALE_MAX,
  PRESENTER_SCALE_MIN,
} from '../../../src/app/presenter-layout.ts';

describe('presenterScale: the 1280×720 layout drawn to fit the screen', () => {
  it.each([
    [1280, 720, 1],
    [1920, 1080, 1.5],
    [2560, 1440, 2],
    [3840, 2160, 3],
    // a 16:10 screen is limited by its width, a wide one by its height
    [1920, 1200, 1.5],
    [2560, 1080, 1.5],
    [1366, 768, 1.067],
  ])('%i×%i → %f', (w, h, s) => expect(presenterScale(w, h)).toBe(s));

  it('stays within its bounds on tiny, huge or missing sizes', () => {
    expect(presenterScale(640, 360)).toBe(PRESENTER_SCALE_MIN);
    expect(presenterScale(10000, 8000)).toBe(PRESENTER_SCALE_MAX);
    expect(presenterScale(0, 720)).toBe(1);
    expect(presenterScale(NaN, NaN)).toBe(1);
  });
});

describe('presenterGrid: the columns that make the charts largest', () => {
  const opts = { gap: 10, caption: 26 };
  it('a wide, low box takes four charts in one row', () => {
    const g = presenterGrid(4, 950, 260, opts);
    expect(g).toEqual({ cols: 4, rows: 1, width: 230, height: 234 });
  });
  it('a taller box takes them two by two', () => {
    const g = presenterGrid(4, 950, 700, opts);
    expect([g.cols, g.rows]).toEqual([2, 2]);
    expect(g.width).toBe(470);
    expect(g.height).toBe(319);
  });
  it('every chart fits: columns × width and rows × (height + caption), with the gaps, stay inside the box', () => {
    for (const n of [2, 3, 4])
      for (const [w, h] of [
        [950, 260],
        [1400, 500],
        [600, 900],
      ]) {
        const g = presenterGrid(n, w, h, opts);
        expect(g.cols * g.rows).toBeGreaterThanOrEqual(n);
        expect(g.cols * g.width + (g.cols - 1) * opts.gap).toBeLessThanOrEqual(w);
        expect(g.rows * (g.height + opts.caption) + (g.rows - 1) * opts.gap).toBeLessThanOrEqual(h);
      }
  });
  it('an unmeasured box gives empty charts, not negative or NaN sizes', () => {
    expect(presenterGrid(4, 0, 0, opts)).toEqual({ cols: 1, rows: 4, width: 0, height: 0 });
  });
});
