/**
 * The SVG paths of the charts' lines and bands, written as d3-shape's line() and area() write them with the linear
 * curve at their default precision (d3-path, 3 decimals): the same string for the same points (the chart goldens pin
 * it), without d3-shape's other curves and shapes, which the first load then need not carry. A point that `defined`
 * refuses breaks the line or band there.
 */

/** a coordinate as d3-path writes it at 3 decimals */
const num = (v: number) => Math.round(v * 1000) / 1000;

/** d3-shape's line(): `M` at the start of each defined run, `L` after, and a run of one point closed (`Z`). */
export function linePath<T>(
  data: readonly T[],
  defined: (d: T) => boolean,
  x: (d: T) => number,
  y: (d: T) => number,
): string {
  let out = '';
  let run = 0;
  for (const d of data) {
    if (!defined(d)) {
      if (run === 1) out += 'Z';
      run = 0;
      continue;
    }
    out += `${run ? 'L' : 'M'}${num(+x(d))},${num(+y(d))}`;
    run++;
  }
  if (run === 1) out += 'Z';
  return out;
}

/**
 * d3-shape's area() with x for both edges: each defined run along its top (`y1`) from the first point, back along
 * its bottom (`y0`) from the last, closed.
 */
export function areaPath<T>(
  data: readonly T[],
  defined: (d: T) => boolean,
  x: (d: T) => number,
  y0: (d: T) => number,
  y1: (d: T) => number,
): string {
  let out = '';
  let start = -1;
  const xs: number[] = [];
  const bottoms: number[] = [];
  const close = (end: number) => {
    for (let k = end - 1; k >= start; k--) out += `L${num(xs[k])},${num(bottoms[k])}`;
    out += 'Z';
  };
  data.forEach((d, i) => {
    if (!defined(d)) {
      if (start >= 0) close(i);
      start = -1;
      return;
    }
    if (start < 0) start = i;
    xs[i] = +x(d);
    bottoms[i] = +y0(d);
    out += `${i === start ? 'M' : 'L'}${num(xs[i])},${num(+y1(d))}`;
  });
  if (start >= 0) close(data.length);
  return out;
}
