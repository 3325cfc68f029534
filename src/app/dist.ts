/**
 * Distributions of the uncertainties as the assumption panel shows and edits them: a one-line description, the
 * outline of the density for a tiny sketch, validation against the parameter table and conversion between kinds.
 */
import type { MessageKey } from '../i18n/zh.ts';
import type { Dist, UncertaintyDef } from '../model/parameters.ts';
import type { Problem } from './problem.ts';

export type DistKind = Dist['kind'];

/** The kinds a parameter may take: a yearly shock is normal or fixed; a per-path draw fixed, uniform or triangular. */
export function kindsFor(def: Pick<UncertaintyDef, 'kind'>): DistKind[] {
  return def.kind === 'shock' ? ['normal', 'fixed'] : ['uniform', 'triangular', 'fixed'];
}

export const FIELDS: { [K in DistKind]: (keyof Extract<Dist, { kind: K }> & string)[] } = {
  fixed: ['value'],
  uniform: ['lo', 'hi'],
  triangular: ['lo', 'mode', 'hi'],
  normal: ['mean', 'sd'],
};

/** The field names of a kind, without "kind". */
export function fieldsOf(kind: DistKind): string[] {
  return FIELDS[kind] as string[];
}

export const TEXT_KEY: Record<DistKind, MessageKey> = {
  fixed: 'dist.textFixed',
  uniform: 'dist.textUniform',
  triangular: 'dist.textTriangular',
  normal: 'dist.textNormal',
};

/** The central value of a distribution. */
export function centre(d: Dist): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.lo + d.hi) / 2;
    case 'triangular':
      return (d.lo + d.mode + d.hi) / 3;
    case 'normal':
      return d.mean;
  }
}

/** Every number of a distribution in [min, max] (a normal's sd in [0, sdMax]) and the bounds in order. */
export function checkDist(def: Pick<UncertaintyDef, 'min' | 'max' | 'sdMax'>, d: Dist): Problem | null {
  const vals: [string, number][] = Object.entries(d).filter(([k]) => k !== 'kind') as [string, number][];
  for (const [k, v] of vals) {
    if (!Number.isFinite(v)) return { key: 'err.number' };
    if (k === 'sd') {
      const max = def.sdMax ?? def.max - def.min;
      if (v < 0 || v > max) return { key: 'err.sd', params: { max } };
    } else if (v < def.min || v > def.max) {
      return { key: 'err.range', params: { min: def.min, max: def.max, unit: '' } };
    }
  }
  if (d.kind === 'uniform' && d.lo > d.hi) return { key: 'err.order' };
  if (d.kind === 'triangular' && !(d.lo <= d.mode && d.mode <= d.hi)) return { key: 'err.orderMode' };
  return null;
}

/** Turns a distribution into another kind, keeping its centre and spread where it can. */
export function convertDist(
  d: Dist,
  kind: DistKind,
  def: Pick<UncertaintyDef, 'default' | 'min' | 'max'>,
): Dist {
  if (d.kind === kind) return { ...d };
  if (def.default.kind === kind) return { ...def.default };
  const c = centre(d);
  const [lo, hi] =
    d.kind === 'uniform' || d.kind === 'triangular'
      ? [d.lo, d.hi]
      : d.kind === 'normal'
        ? [Math.max(def.min, d.mean - d.sd), Math.min(def.max, d.mean + d.sd)]
        : [d.value, d.value];
  switch (kind) {
    case 'fixed':
      return { kind, value: round(c) };
    case 'uniform':
      return { kind, lo, hi };
    case 'triangular':
      return { kind, lo, mode: round(Math.min(hi, Math.max(lo, c))), hi };
    case 'normal':
      return { kind, mean: round(c), sd: round((hi - lo) / 2) };
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The outline of the density on [x0, x1] as points (x, y) with y scaled to a peak of 1; a fixed value is a spike.
 * The sketch spans the parameter's range, so a narrow distribution looks narrow.
 */
export function densityOutline(d: Dist, x0: number, x1: number, n = 48): [number, number][] {
  const span = x1 - x0 || 1;
  switch (d.kind) {
    case 'fixed':
      return [
        [d.value, 0],
        [d.value, 1],
      ];
    case 'uniform': {
      if (d.hi - d.lo < span * 1e-3)
        return [
          [d.lo, 0],
          [d.lo, 1],
        ];
      return [
        [x0, 0],
        [d.lo, 0],
        [d.lo, 1],
        [d.hi, 1],
        [d.hi, 0],
        [x1, 0],
      ];
    }
    case 'triangular':
      return [
        [x0, 0],
        [d.lo, 0],
        [d.mode, 1],
        [d.hi, 0],
        [x1, 0],
      ];
    case 'normal': {
      if (d.sd <= 0)
        return [
          [d.mean, 0],
          [d.mean, 1],
        ];
      const pts: [number, number][] = [];
      for (let i = 0; i <= n; i++) {
        const x = x0 + (span * i) / n;
        const z = (x - d.mean) / d.sd;
        pts.push([x, Math.exp(-0.5 * z * z)]);
      }
      return pts;
    }
  }
}

/** Whether two distributions are the same. */
export function sameDist(a: Dist, b: Dist): boolean {
  if (a.kind !== b.kind) return false;
  return fieldsOf(a.kind).every(
    (k) => (a as unknown as Record<string, number>)[k] === (b as unknown as Record<string, number>)[k],
  );
}
