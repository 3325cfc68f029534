/**
 * Presenter mode's geometry, as pure functions of the screen: one layout designed for a 1280×720 projector and scaled
 * to the screen it is on (type, the scorecard and the charts grow together), and the grid of large charts that fills
 * whatever height is left under the scorecard.
 */

/** The screen presenter mode is laid out for; larger screens show the same layout larger. */
export const PRESENTER_DESIGN = { width: 1280, height: 720 } as const;

/** Smallest and largest scale: below 0.8 the type gets too small to read from the back of a room. */
export const PRESENTER_SCALE_MIN = 0.8;
export const PRESENTER_SCALE_MAX = 3;

/**
 * How much larger than the 1280×720 design presenter mode draws on a `width`×`height` screen (CSS px): the smaller
 * of the two ratios, so the layout fits both ways (1 at 1280×720, 1.5 at 1920×1080, 2 at 2560×1440). Extra height
 * on a screen taller than 16:9 goes to the charts.
 */
export function presenterScale(width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 1;
  const s = Math.min(width / PRESENTER_DESIGN.width, height / PRESENTER_DESIGN.height);
  return Math.round(Math.min(PRESENTER_SCALE_MAX, Math.max(PRESENTER_SCALE_MIN, s)) * 1000) / 1000;
}

export interface ChartGrid {
  cols: number;
  rows: number;
  /** each chart's width and height in CSS px (the drawing, below its caption) */
  width: number;
  height: number;
}

/**
 * The grid for `n` charts in a box `width`×`height` (CSS px): the column count whose charts are largest, judged by
 * the smaller of a chart's width and `aspect` times its height (a fan chart reads best about 1.6 times as wide as
 * tall). `caption` is the height each chart's caption takes above it, `gap` the space between charts.
 */
export function presenterGrid(
  n: number,
  width: number,
  height: number,
  opts: { gap: number; caption: number; aspect?: number },
): ChartGrid {
  const aspect = opts.aspect ?? 1.6;
  const count = Math.max(1, Math.floor(n));
  let best: ChartGrid & { score: number } = { cols: 1, rows: count, width: 0, height: 0, score: -Infinity };
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    const w = Math.max(0, (width - (cols - 1) * opts.gap) / cols);
    const h = Math.max(0, (height - (rows - 1) * opts.gap) / rows - opts.caption);
    const score = Math.min(w, aspect * h);
    if (score > best.score + 1e-9) best = { cols, rows, width: w, height: h, score };
  }
  return { cols: best.cols, rows: best.rows, width: Math.floor(best.width), height: Math.floor(best.height) };
}
