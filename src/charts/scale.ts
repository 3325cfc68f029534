/**
 * The continuous scales of the charts, linear and logarithmic, with d3-scale's arithmetic to the last bit (the same
 * position for the same value, the same nice domain and ticks: the chart goldens pin it) but without its
 * interpolators, colours and number formats, which the first load then need not carry. Two-value domains and
 * ranges only (all the charts use); chained like d3's: `scaleLinear().domain([a, b]).range([r0, r1]).nice(5)`.
 */
import { tickIncrement, ticks } from 'd3-array';

export interface ContinuousScale {
  /** the position of a value (undefined for NaN, as d3's scales give) */
  (x: number): number;
  domain(): [number, number];
  domain(d: readonly number[]): this;
  range(): [number, number];
  range(r: readonly number[]): this;
}

export interface LinearScale extends ContinuousScale {
  /** about `count` round values inside the domain */
  ticks(count?: number): number[];
  /** the domain widened to round values at about `count` ticks */
  nice(count?: number): this;
}

const pair = (v: readonly number[], what: string): [number, number] => {
  if (v.length !== 2) throw new Error(`scale: a ${what} of two values, got ${v.length}`);
  return [+v[0], +v[1]];
};

/** d3-scale's bimap with d3-interpolate's interpolateNumber: x in the domain [a, b] to the range. */
function bimap([d0, d1]: [number, number], [r0, r1]: [number, number]): (x: number) => number {
  const [a, b, ra, rb] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = b - a;
  const toT = span ? (x: number) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
  return (x) => {
    const t = toT(x);
    return ra * (1 - t) + rb * t;
  };
}

function continuous<S extends ContinuousScale>(
  transform: (domain: [number, number]) => (x: number) => number,
  extend: (scale: S, domain: () => [number, number], setDomain: (d: [number, number]) => void) => void,
): S {
  let domain: [number, number] = [0, 1];
  let range: [number, number] = [0, 1];
  /** the value's position, made on first use after each change of domain or range */
  let output: ((x: number) => number) | null = null;
  const rescaled = () => {
    const f = transform(domain);
    const map = bimap([f(domain[0]), f(domain[1])], range);
    return (x: number) => map(f(x));
  };
  const scale = ((x: number) => {
    if (x == null || Number.isNaN((x = +x))) return undefined as unknown as number;
    return (output ??= rescaled())(x);
  }) as ContinuousScale;
  const setDomain = (d: [number, number]) => {
    domain = d;
    output = null;
  };
  scale.domain = ((d?: readonly number[]) => {
    if (!d) return [...domain];
    setDomain(pair(d, 'domain'));
    return scale;
  }) as ContinuousScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [...range];
    range = pair(r, 'range');
    output = null;
    return scale;
  }) as ContinuousScale['range'];
  extend(scale as S, () => [...domain], setDomain);
  return scale as S;
}

const identity = () => (x: number) => x;

/** d3's scaleLinear: ticks and nice as d3-scale's linearish. */
export function scaleLinear(): LinearScale {
  return continuous<LinearScale>(identity, (scale, domain, setDomain) => {
    scale.ticks = (count = 10) => {
      const [d0, d1] = domain();
      return ticks(d0, d1, count);
    };
    scale.nice = (count = 10) => {
      const d = domain();
      let [i0, i1] = [0, 1];
      let [start, stop] = d;
      if (stop < start) [start, stop, i0, i1] = [stop, start, 1, 0];
      let prestep: number | undefined;
      for (let maxIter = 10; maxIter-- > 0;) {
        const step = tickIncrement(start, stop, count);
        if (step === prestep) {
          d[i0] = start;
          d[i1] = stop;
          setDomain(d);
          return scale;
        } else if (step > 0) {
          start = Math.floor(start / step) * step;
          stop = Math.ceil(stop / step) * step;
        } else if (step < 0) {
          start = Math.ceil(start * step) / step;
          stop = Math.floor(stop * step) / step;
        } else break;
        prestep = step;
      }
      return scale;
    };
  });
}

/** d3's scaleLog (base 10; the ticks of a log axis are the chart's own): a negative domain mirrored, as d3 does. */
export function scaleLog(): ContinuousScale {
  const scale = continuous<ContinuousScale>(
    ([d0]) => (d0 < 0 ? (x: number) => -Math.log(-x) : Math.log),
    () => {},
  );
  return scale.domain([1, 10]);
}
