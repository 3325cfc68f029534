/**
 * The model: one simulated path of a plan's industry from the start year to the plan's outlook year.
 *
 * A pure function of (prepared inputs, random source): no DOM, no Svelte, no Math.random. Every equation below is
 * written out, with its reason, in docs/MODEL.md (section numbers in the comments); every structural parameter comes
 * from ./parameters.ts and every number of the plan (base, sectors, lever sizes) from its plan file via ./plan.ts.
 * The sectors are the plan's (2 to 8): the kernel keeps their state in typed arrays and loops over them.
 *
 * Common random numbers: a path draws the same count of random numbers in the same order whatever the levers and
 * assumptions are (each per-path uncertainty takes one uniform even when fixed; a pinned year still draws its normal;
 * every Poisson count takes exactly one uniform). Two scenarios of one plan run with the same seed therefore see the
 * same world, and their difference is the policy's, not the dice's.
 *
 * Shorter paths: `prepare(inputs, endYear)` stops each path at `endYear`. With `keepStream` the path then draws and
 * drops the random numbers of the years it does not model (`skipYears`, the same calls in the same order as the year
 * loop), so the next path of the chunk starts where it would have after a whole path: the years kept are the whole
 * path's, bit for bit (the insight tools ask for one indicator in the target year, issue 22 item 4). Without it the
 * stream simply stops (the paired run's baseline, which draws from a copy of the scenario path's generator).
 *
 * Nothing at this module's top level may have a side effect: vite.config.ts declares it free of them, so that the app's
 * first load does not import it (a side effect added here would be dropped from the build without a word).
 */
import { startState, type StartState } from './base.ts';
import type { ModelInputs } from './inputs.ts';
import { CONSTANTS, type Levers, type UncertaintyKey } from './parameters.ts';
import { BASE_FIGURES, leverIn, periodIndex, planModel, sectorRatios, type PlanModel } from './plan.ts';
import { chipStartGrowth } from './chip-sales.ts';
import { startYearGrowth } from './pc-shipments.ts';
import type { RandomSource } from './random-source.ts';
import { seriesCount } from './series.ts';

/** Optional per-year record of one path's hidden state, for tests and inspection. */
export interface Trace {
  landStock: Float64Array;
  landQueue: Float64Array;
  landPlaced: Float64Array;
  spaceQueue: Float64Array;
  /** world PC demand log growth (fraction) the path saw */
  pcGrowth: Float64Array;
  /** value-added multiplier from R&D productivity (1 = the reference effort) */
  rdProductivity: Float64Array;
  sectorOutput: Float64Array[]; // [sector][year]
  sectorFirms: Float64Array[]; // [sector][year]
}

export function createTrace(nYears: number, nSectors: number): Trace {
  const a = () => new Float64Array(nYears);
  return {
    landStock: a(),
    landQueue: a(),
    landPlaced: a(),
    spaceQueue: a(),
    pcGrowth: a(),
    rdProductivity: a(),
    sectorOutput: Array.from({ length: nSectors }, a),
    sectorFirms: Array.from({ length: nSectors }, a),
  };
}

type ShockKey = 'pc_demand' | 'chip_cycle' | 'emerging_demand' | 'patent_trend';
const SHOCK_KEYS = ['pc_demand', 'chip_cycle', 'emerging_demand', 'patent_trend'] as const;
/** The core levers' places in Prepared.lev and .ref. */
const LEVER_SLOTS = [
  'land',
  'factory_space',
  'fund',
  'talent',
  'rd_incentive',
  'attraction',
  'cultivation',
] as const;
const [LAND, SPACE, FUND, TALENT, RD, ATTRACTION, CULTIVATION] = [0, 1, 2, 3, 4, 5, 6];
const SLOTS = LEVER_SLOTS.length;
const DEMAND_CODE = { pc: 0, chips: 1, emerging: 2 } as const;

/** Inputs turned into flat numbers once per run (not per path). */
export interface Prepared {
  pm: PlanModel;
  startYear: number;
  nYears: number;
  nSectors: number;
  /** floats a path writes: seriesCount(nSectors) × nYears */
  pathLength: number;
  /** years after the last one written whose random numbers a path draws and drops (`keepStream`) */
  skipYears: number;
  /** per-path uncertainty: kind code (0 fixed, 1 uniform, 2 triangular) and its parameters */
  distKind: Int8Array;
  distA: Float64Array;
  distB: Float64Array;
  distC: Float64Array;
  /** scratch: this path's draws */
  drawn: Float64Array;
  /** where each per-path uncertainty sits in `drawn` */
  at: Record<UncertaintyKey, number>;
  shockMean: Record<ShockKey, number>;
  shockSd: Record<ShockKey, number>;
  /** pinned PC demand growth (%) by year index, NaN where sampled */
  pinnedPc: Float64Array;
  /** observed world PC log growth (fraction) in the start year: the AR(1)'s starting point */
  pcStart: number;
  /** pinned world chip sales growth (%) by year index, NaN where sampled */
  pinnedChip: Float64Array;
  /** observed world chip sales log growth (fraction) in the start year, or the cycle's mean where none is known */
  chipStart: number;
  /** the start state (§1), computed once per run; null where a base figure is drawn per path */
  start: StartState | null;
  /** ranged base figures: [lo, hi] of output, firms, R&D-institution share, R&D intensity, value-added ratio (NaN = fixed) */
  baseLo: Float64Array;
  baseHi: Float64Array;
  /** lever values of each distinct period, and the period of each year index */
  levers: Levers[];
  yearPeriod: Int8Array;
  /** the reference effort (the no-new-policy levers of the first period) the policy effects are measured against */
  reference: Levers;
  /**
   * The levers as plain numbers, read once per run: each distinct period's core levers (LEVER_SLOTS order), its fund
   * shares (period × sector) and their sum; the reference effort's core levers.
   */
  lev: Float64Array;
  shares: Float64Array;
  shareSum: Float64Array;
  ref: Float64Array;
  /** per-path scratch: the lever terms of each distinct period (§3, §6–§8) */
  terms: PeriodTerms;
  /** sector constants, in the plan's sector order */
  sector: {
    share: Float64Array;
    vaRatio: Float64Array;
    rd: Float64Array;
    firms: Float64Array;
    land: Uint8Array;
    landFactor: Float64Array;
    turnover: Float64Array;
    mix: Float64Array;
    friction: Float64Array;
    small: Uint8Array;
    demand: Int8Array;
    pcSector: Uint8Array;
    /** the sectors that follow emerging demand, each with a shock of its own, in sector order */
    emerging: Int32Array;
    /** index into `drawn` of va_new_<sector> */
    vaAt: Int32Array;
  };
  /** per-path scratch, one entry per sector (or per sector and period for the fund) */
  s: Record<
    'y' | 'v' | 'f' | 'q' | 'p1' | 'p2' | 'placed' | 'w' | 'z' | 'size' | 'lpc' | 'vaNew',
    Float64Array
  > & {
    fund: Float64Array;
    year: Float64Array;
    /** a year's Poisson means, replaced by their counts (§7, §8): one a sector, then 5 */
    counts: Float64Array;
  };
}

/**
 * `endYear` below the plan's outlook year makes shorter paths: the same years, from the same draws, stopped early
 * (the paired run's baseline needs only the years up to the target year). `keepStream`: each path still draws the
 * random numbers of the years after `endYear` (and drops them), so that the paths after it are unchanged too.
 */
export function prepare(
  inputs: ModelInputs,
  endYear?: number,
  opts: { keepStream?: boolean } = {},
): Prepared {
  const pm = planModel(inputs.plan);
  const last = endYear ?? pm.endYear;
  if (!(Number.isInteger(last) && last >= inputs.startYear && last <= pm.endYear)) {
    throw new RangeError(`prepare: end year ${last} outside ${inputs.startYear}..${pm.endYear}`);
  }
  const nYears = last - inputs.startYear + 1;
  const keys = pm.pathKeys;
  const n = keys.length;
  const distKind = new Int8Array(n);
  const distA = new Float64Array(n);
  const distB = new Float64Array(n);
  const distC = new Float64Array(n);
  keys.forEach((k, i) => {
    const d = inputs.uncertainties[k];
    if (d.kind === 'fixed') {
      distKind[i] = 0;
      distA[i] = d.value;
    } else if (d.kind === 'uniform') {
      distKind[i] = 1;
      distA[i] = d.lo;
      distB[i] = d.hi;
    } else if (d.kind === 'triangular') {
      distKind[i] = 2;
      distA[i] = d.lo;
      distB[i] = d.mode;
      distC[i] = d.hi;
    } else {
      throw new Error(`uncertainty ${k} is drawn once per path and cannot be a yearly normal shock`);
    }
  });
  const shock = (k: ShockKey) => {
    const d = inputs.uncertainties[k];
    if (d.kind === 'normal') return [d.mean, d.sd];
    if (d.kind === 'fixed') return [d.value, 0];
    throw new Error(`uncertainty ${k} is a yearly shock: give it a normal (mean, sd) or a fixed value`);
  };
  const pinnedPc = new Float64Array(nYears).fill(NaN);
  for (const [year, g] of Object.entries(inputs.pinnedPcDemand)) {
    const i = Number(year) - inputs.startYear;
    if (i >= 1 && i < nYears) pinnedPc[i] = g;
  }
  const pinnedChip = new Float64Array(nYears).fill(NaN);
  for (const [year, g] of Object.entries(inputs.pinnedChipDemand ?? {})) {
    const i = Number(year) - inputs.startYear;
    if (i >= 1 && i < nYears) pinnedChip[i] = g;
  }
  const chipObserved = chipStartGrowth(inputs.startYear);

  // the levers of each period; a package with one value a lever has one period for the kernel
  const nPlanPeriods = pm.plan.periods.length;
  const varies = pm.leverKeys.some((k) => typeof inputs.levers[k] !== 'number');
  const levers: Levers[] = [];
  for (let p = 0; p < (varies ? nPlanPeriods : 1); p++) {
    levers.push(Object.fromEntries(pm.leverKeys.map((k) => [k, leverIn(inputs.levers[k], p)])) as Levers);
  }
  const yearPeriod = new Int8Array(nYears);
  if (varies) for (let t = 0; t < nYears; t++) yearPeriod[t] = periodIndex(pm.plan, inputs.startYear + t);
  const reference = Object.fromEntries(
    pm.leverKeys.map((k) => [k, leverIn(pm.levers[k].noPolicy, 0)]),
  ) as Levers;

  const base = pm.plan.base;
  const baseLo = new Float64Array(BASE_FIGURES.length).fill(NaN);
  const baseHi = new Float64Array(BASE_FIGURES.length).fill(NaN);
  BASE_FIGURES.forEach((k, i) => {
    const r = base[k].range;
    if (r) {
      baseLo[i] = r.lo;
      baseHi[i] = r.hi;
    }
  });
  const ranged = BASE_FIGURES.some((k) => base[k].range);

  const S = pm.sectors;
  const at = Object.fromEntries(keys.map((k, i) => [k, i])) as Record<UncertaintyKey, number>;
  const lev = new Float64Array(levers.length * SLOTS);
  const shares = new Float64Array(levers.length * S.length);
  const shareSum = new Float64Array(levers.length);
  levers.forEach((L, k) => {
    LEVER_SLOTS.forEach((key, j) => (lev[k * SLOTS + j] = L[key]));
    let sum = 0;
    pm.fundKeys.forEach((key, i) => {
      shares[k * S.length + i] = L[key];
      sum += L[key];
    });
    shareSum[k] = sum;
  });
  const f64 = () => new Float64Array(S.length);
  return {
    pm,
    startYear: inputs.startYear,
    nYears,
    nSectors: S.length,
    pathLength: seriesCount(S.length) * nYears,
    skipYears: opts.keepStream ? pm.endYear - last : 0,
    distKind,
    distA,
    distB,
    distC,
    drawn: new Float64Array(n),
    at,
    shockMean: Object.fromEntries(SHOCK_KEYS.map((k) => [k, shock(k)[0]])) as Prepared['shockMean'],
    shockSd: Object.fromEntries(SHOCK_KEYS.map((k) => [k, shock(k)[1]])) as Prepared['shockSd'],
    pinnedPc,
    pcStart: startYearGrowth(inputs.startYear) / 100,
    pinnedChip,
    chipStart: (chipObserved === chipObserved ? chipObserved : shock('chip_cycle')[0]) / 100,
    start: ranged ? null : startState(pm, inputs.startYear),
    baseLo,
    baseHi,
    levers,
    yearPeriod,
    reference,
    lev,
    shares,
    shareSum,
    ref: Float64Array.from(LEVER_SLOTS, (key) => reference[key]),
    terms: periodTerms(levers.length),
    sector: {
      share: Float64Array.from(S, (s) => s.outputShare),
      vaRatio: Float64Array.from(S, (s) => s.vaRatio),
      rd: Float64Array.from(S, (s) => s.rdIntensity / 100),
      firms: Float64Array.from(S, (s) => s.firms),
      land: Uint8Array.from(S, (s) => (s.land ? 1 : 0)),
      landFactor: Float64Array.from(S, (s) => s.landFactor),
      turnover: Float64Array.from(S, (s) => s.capitalTurnover),
      mix: Float64Array.from(S, (s) => s.attractionMix / 100),
      friction: Float64Array.from(S, (s) => s.frictionShare / 100),
      small: Uint8Array.from(S, (s) => (s.smallFirms ? 1 : 0)),
      demand: Int8Array.from(S, (s) => DEMAND_CODE[s.demand]),
      pcSector: Uint8Array.from(S, (s) => (s.demand === 'pc' ? 1 : 0)),
      emerging: Int32Array.from(S.filter((s) => s.demand === 'emerging').map((s) => s.index)),
      vaAt: Int32Array.from(S, (s) => at[s.vaKey]),
    },
    s: {
      y: f64(),
      v: f64(),
      f: f64(),
      q: f64(),
      p1: f64(),
      p2: f64(),
      placed: f64(),
      w: f64(),
      z: f64(),
      size: f64(),
      lpc: f64(),
      vaNew: f64(),
      fund: new Float64Array(S.length * levers.length),
      year: new Float64Array(YEAR_SLOTS),
      counts: new Float64Array(S.length + 5),
    },
  };
}

/** Inverse CDF of a triangular distribution (§2). */
function triangular(u: number, lo: number, mode: number, hi: number): number {
  if (hi <= lo) return lo;
  const f = (mode - lo) / (hi - lo);
  return u < f
    ? lo + Math.sqrt(u * (hi - lo) * (mode - lo))
    : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
}

/** Draws every per-path uncertainty, one uniform each, in table order (§2). */
function drawPath(p: Prepared, rng: RandomSource): void {
  const { distKind, distA, distB, distC, drawn } = p;
  for (let i = 0; i < drawn.length; i++) {
    const u = rng.uniform();
    const kind = distKind[i];
    drawn[i] =
      kind === 0
        ? distA[i]
        : kind === 1
          ? distA[i] + (distB[i] - distA[i]) * u
          : triangular(u, distA[i], distB[i], distC[i]);
  }
}

const C = CONSTANTS;
const RAMP0 = C.ramp.value[0] / 100;
const RAMP1 = C.ramp.value[1] / 100;
const RAMP2 = C.ramp.value[2] / 100;
const CYCLE_LO = C.margin_cycle_bounds.value[0] / 100;
const CYCLE_HI = C.margin_cycle_bounds.value[1] / 100;

/** 1 / t for the year index t (the compound growth rates' exponent); 0 for t = 0, where they are NaN */
const INV_YEAR = Float64Array.from({ length: 101 }, (_, t) => (t === 0 ? 0 : 1 / t));

/**
 * Draws and drops the random numbers of `years` years of a path, with exactly the draws of the year loop in
 * `simulatePath`, in its order: its normals and its uniform at the top of the year, then its Poisson counts, each of
 * which takes exactly one uniform whatever its mean (RandomSource), so a uniform stands for it here (the Poisson
 * search itself made this loop 1.5× slower). Keep in step with the year loop: the test "a path stopped early leaves
 * the stream where a whole path would" (test/unit/model/short-paths.test.ts) fails if not.
 */
function skipYears(rng: RandomSource, years: number, nSectors: number, nEmerging: number): void {
  const normals = 3 + nEmerging; // z0, zPc, zCh, then one a sector that follows emerging demand
  const counts = nSectors + 5; // the sectors' new firms, nOrg, nExit, platforms, leading, specialised
  for (let t = 0; t < years; t++) {
    for (let i = 0; i < normals; i++) rng.normal();
    rng.uniform(); // uF
    rng.normal(); // zP
    rng.normal(); // zPat
    for (let i = 0; i < counts; i++) rng.uniform();
  }
}

/**
 * Replaces each Poisson mean in buf[0…count) by a count drawn with it, in order (as `rng.poisson` one by one): the
 * year's counts are drawn together once their means are known, and the year loop's last pass over the sectors reads
 * them. Measured by instructions (valgrind, V8 single-threaded, 10,000 paths of the plan): drawn here, 8,136–8,224 a
 * path-year for the model with its draws; drawn where each mean is computed, 8,303 (2026-12-04).
 */
function poissonsInPlace(rng: RandomSource, buf: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) buf[i] = rng.poisson(buf[i]);
}

/** 1 − exp(−x/h): how far a policy spending x is towards saturation. */
const sat = (x: number, h: number) => 1 - Math.exp(-x / h);

/**
 * The year's totals writeYear reads, by slot of a scratch array: passed in a typed array rather than as sixteen
 * arguments, since a double passed to a function the compiler does not inline is boxed (a heap number a value, a
 * year, a path): with the array, 89 minor collections for 100,000 paths instead of 103 (bench/RESULTS.md).
 */
const Y_TOT = 0;
const Y_VA = 1;
const Y_PC = 2;
const Y_RD = 3;
const Y_FIRMS = 4;
const Y_INST = 5;
const Y_PLATFORMS = 6;
const Y_LN_PATENTS = 7;
const Y_LEADING = 8;
const Y_SPECIALISED = 9;
const Y_BASE = 10;
const YEAR_SLOTS = 11;

/**
 * Writes year t of a path but its sector series (writeSectors, or the year loop's last pass over the n sectors): the
 * ten indicators, value added and the terminals' share (§3–§8 define each quantity). `yr` holds the year's totals by
 * the slots above: output, value added and the output of the sectors that follow PC demand (summed in sector order),
 * R&D spending, firms, those with an institute, the cumulative counts, the patents' log growth and the base output y0.
 */
function writeYear(out: Float64Array, T: number, t: number, n: number, yr: Float64Array): void {
  const yTot = yr[Y_TOT];
  const vaAmount = yr[Y_VA];
  const firms = yr[Y_FIRMS];
  // one division for the three shares of output (a multiplication each), and 1/t from a table
  const perCent = yTot > 0 ? 100 / yTot : 0;
  const invT = INV_YEAR[t];
  out[t] = yTot;
  out[T + t] = t === 0 ? NaN : 100 * (Math.exp(Math.log(yTot / yr[Y_BASE]) * invT) - 1);
  out[2 * T + t] = Math.min(100, vaAmount * perCent);
  out[3 * T + t] = Math.min(100, yr[Y_RD] * perCent);
  out[4 * T + t] = firms > 0 ? (100 * yr[Y_INST]) / firms : 0;
  out[5 * T + t] = yr[Y_PLATFORMS];
  out[6 * T + t] = t === 0 ? NaN : 100 * (Math.exp(yr[Y_LN_PATENTS] * invT) - 1);
  out[7 * T + t] = firms;
  out[8 * T + t] = yr[Y_LEADING];
  out[9 * T + t] = yr[Y_SPECIALISED];
  out[10 * T + t] = vaAmount;
  out[11 * T + 2 * n * T + t] = yr[Y_PC] * perCent;
}

/** Writes the sectors' output `y` and value added `w` of year t into the path, after the ten indicators and value
 * added (the year loop writes them itself, in its last pass over the sectors). */
function writeSectors(out: Float64Array, T: number, t: number, y: Float64Array, w: Float64Array): void {
  const n = y.length;
  let at = 11 * T + t;
  for (let i = 0; i < n; i++, at += T) out[at] = y[i];
  for (let i = 0; i < n; i++, at += T) out[at] = w[i];
}

/** The per-period lever terms of a path (§3, §6–§8): they do not change within a period. */
interface PeriodTerms {
  attrMult: Float64Array;
  incentive: Float64Array;
  innov: Float64Array;
  cultDelta: Float64Array;
  cultVa: Float64Array;
  hazard: Float64Array;
  platLambda: Float64Array;
  specLambda: Float64Array;
  leadPolicy: Float64Array;
  entryRate: Float64Array;
  land: Float64Array;
  space: Float64Array;
}
/** Scratch for a path's period terms, one entry a distinct period. */
function periodTerms(periods: number): PeriodTerms {
  const a = () => new Float64Array(periods);
  return {
    attrMult: a(),
    incentive: a(),
    innov: a(),
    cultDelta: a(),
    cultVa: a(),
    hazard: a(),
    platLambda: a(),
    specLambda: a(),
    leadPolicy: a(),
    entryRate: a(),
    land: a(),
    space: a(),
  };
}

/**
 * Simulates one path and writes it into `out` (length p.pathLength, laid out [series × nYears + year]). Year index
 * 0 is the start year and equals the plan's base exactly (its base year) or the derived start state (earlier).
 */
export function simulatePath(
  p: Prepared,
  rng: RandomSource,
  out: Float64Array,
  trace: Trace | null = null,
): void {
  const T = p.nYears;
  const n = p.nSectors;
  const ref = p.ref;
  const pm = p.pm;
  const sc = p.sector;
  const { y, v, f, q, p1, p2, placed, w, z, size, lpc, vaNew, fund, year: yr, counts } = p.s;
  drawPath(p, rng);
  const d = p.drawn;
  const X = p.at;

  // §1 Start state: the plan's base figures (drawn within their range where the plan gives one), or the derived
  // earlier state (base.ts)
  let start = p.start;
  let baseOutput = pm.plan.base.output.value;
  let baseInstShare = pm.plan.base.rd_institution_share.value;
  let vaRatio = sc.vaRatio;
  let rdRatio: Float64Array | null = null;
  if (start === null) {
    const b = new Float64Array(p.baseLo.length);
    for (let i = 0; i < b.length; i++) {
      const lo = p.baseLo[i];
      b[i] = lo === lo ? lo + (p.baseHi[i] - lo) * rng.uniform() : pm.plan.base[BASE_FIGURES[i]].value;
    }
    baseOutput = b[0];
    baseInstShare = b[2];
    start = startState(pm, p.startYear, b[0], b[1]);
    const r = sectorRatios(pm.plan, b[4], b[3]);
    vaRatio = Float64Array.from(r.vaRatio);
    // a typed array like the plan's own ratios, so that the year loop reads one kind of array (§6)
    rdRatio = Float64Array.from(r.rdIntensity, (x) => x / 100);
  }
  const rd = rdRatio ?? sc.rd;
  const { share: outShare, mix, land, demand, small, pcSector, emerging } = sc;
  const frictionShare = sc.friction;
  const nEmerging = emerging.length;
  const y0 = start.output;
  let firms = 0; // a whole number; the sector counts may carry fractions (§7)
  for (let i = 0; i < n; i++) {
    y[i] = (y0 * outShare[i]) / 100;
    // value added at normal margins and firms' own R&D, carried by each sector's output (§5, §6)
    v[i] = (y[i] * vaRatio[i]) / 100;
    f[i] = start.firms[i];
    firms += f[i];
    q[i] = 0;
  }
  const baseInst = baseInstShare / 100;
  let withInst = firms * baseInst;
  let platforms = 0;
  let leading = 0;
  let specialised = 0;
  let lnPatents = 0;

  // per-path draws, as fractions where the table gives %
  const wsh = d[X.common_shock] / 100;
  const wc = Math.sqrt(wsh);
  const wi = Math.sqrt(1 - wsh);
  const phi = d[X.pc_persistence];
  const phiCh = d[X.chip_persistence];
  const drift = d[X.terminal_drift] / 100;
  const reloc = d[X.relocation] / 100;
  const fProb = d[X.friction_prob] / 100;
  const fSize = d[X.friction_size] / 100;
  const pull = d[X.neighbour_pull] / 100;
  const rate = d[X.project_rate] / 100;
  const sigmaP = d[X.project_noise] / 100;
  const eta = d[X.attraction_elasticity];
  const landProd = d[X.land_productivity];
  const spaceProd = d[X.space_productivity];
  const leave = d[X.wait_leave] / 100;
  const leverage = d[X.fund_leverage];
  const raised = d[X.fund_raised] / 100;
  const addit = d[X.fund_additionality] / 100;
  for (let i = 0; i < n; i++) vaNew[i] = d[sc.vaAt[i]] / 100;
  const kappa = d[X.margin_cycle];
  const cultTfp = d[X.cultivation_tfp] / 100;
  const tau = d[X.talent_effect];
  const epsR = d[X.rd_price_elasticity];
  const relabel = d[X.rd_relabelling] / 100;
  const rdProdExp = Math.log2(1 + d[X.rd_productivity] / 100);
  const patEl = d[X.patent_elasticity];
  const instHaz = d[X.inst_hazard] / 100;
  const instNew = d[X.inst_new] / 100;
  const instPol = d[X.inst_policy] / 100;
  const platRate = d[X.platform_rate];
  const platPol = d[X.platform_policy];
  const entry = d[X.firm_entry] / 100;
  const exit = d[X.firm_exit] / 100;
  const entryPol = d[X.entry_policy] / 100;
  const specRate = d[X.spec_rate];
  const specPol = d[X.spec_policy];
  const leadCap = d[X.leading_capacity];
  const leadPol = d[X.leading_policy];

  // §3 lever terms that do not change within a period, measured against the reference effort (the first period's
  // no-new-policy levers: for the 2021–2025 plan, the 2016–2020 effort)
  const a0 = C.attraction_floor.value;
  const fh = C.fund_halfsat.value;
  const ph = C.policy_halfsat.value;
  const ch = C.cultivation_halfsat.value;
  // §6 R&D incentive: talent works as tau 亿元 of incentive per 亿元
  const incentive0 = ref[RD] + tau * ref[TALENT];
  const subCap = C.rd_subsidy_cap.value / 100;
  const specShare = C.spec_from_entries.value / 100;
  const P = p.terms;
  const { lev, shares, shareSum } = p;
  const turnover = sc.turnover;
  for (let k = 0; k < p.levers.length; k++) {
    const L = k * SLOTS;
    P.attrMult[k] = Math.pow((lev[L + ATTRACTION] + a0) / (ref[ATTRACTION] + a0), eta) * (1 - pull);
    const fundCapital = fh * Math.log(1 + lev[L + FUND] / fh) * raised * (1 + leverage) * addit;
    const splitSum = shareSum[k];
    for (let i = 0; i < n; i++) fund[k * n + i] = (fundCapital * shares[k * n + i] * turnover[i]) / splitSum;
    const incentive = lev[L + RD] + tau * lev[L + TALENT];
    P.incentive[k] = incentive;
    const innov = Math.max(0, sat(incentive, ph) - sat(incentive0, ph));
    P.innov[k] = innov;
    const cultDelta = sat(lev[L + CULTIVATION], ch) - sat(ref[CULTIVATION], ch);
    const cult = Math.max(0, cultDelta);
    P.cultDelta[k] = cultDelta;
    P.cultVa[k] = 1 + cultTfp * cultDelta;
    P.hazard[k] = Math.min(1, instHaz + instPol * innov);
    P.platLambda[k] = platRate + platPol * innov;
    P.specLambda[k] = specRate + specPol * cult;
    P.leadPolicy[k] = leadPol * cult;
    P.entryRate[k] = entry * Math.max(0, 1 + entryPol * cultDelta);
    P.land[k] = lev[L + LAND];
    P.space[k] = lev[L + SPACE];
  }
  // new firms come in the sector's base-year average size (亿元 of full-ramp capacity per firm)
  let landMix = 0;
  let spaceMix = 0;
  let landCap = 0;
  for (let i = 0; i < n; i++) {
    size[i] = (baseOutput * sc.share[i]) / 100 / sc.firms[i];
    if (sc.land[i]) {
      lpc[i] = 1 / (landProd * sc.landFactor[i]); // 亩 per 亿元 of capacity
      landCap += sc.mix[i] * lpc[i];
      landMix += sc.mix[i];
    } else spaceMix += sc.mix[i];
  }
  const spacePerCap = 1 / spaceProd; // 万㎡ per 亿元 of capacity

  // §4 the pipeline at the start: two earlier years of placements at the no-new-policy land and space supply
  const landCapPerMu = 1 / (landCap / landMix);
  const preLand = ref[LAND] * landCapPerMu;
  const preSpace = ref[SPACE] * spaceProd;
  for (let i = 0; i < n; i++) {
    const pre = sc.land[i]
      ? landMix > 0
        ? (preLand * sc.mix[i]) / landMix
        : 0
      : spaceMix > 0
        ? (preSpace * sc.mix[i]) / spaceMix
        : 0;
    p1[i] = pre;
    p2[i] = pre;
  }
  let landStock = 0;
  let spaceStock = 0;

  const mPc = p.shockMean.pc_demand / 100;
  const sPc = p.shockSd.pc_demand / 100;
  const mCh = p.shockMean.chip_cycle / 100;
  const sCh = p.shockSd.chip_cycle / 100;
  const mEm = p.shockMean.emerging_demand;
  const sEm = p.shockSd.emerging_demand;
  const mPat = p.shockMean.patent_trend;
  const sPat = p.shockSd.patent_trend;
  let gPc = p.pcStart;
  let gCh = p.chipStart;

  // §6 the zone's own R&D and what the incentive adds to it
  let rdOwn = 0;
  for (let i = 0; i < n; i++) {
    rdOwn += y[i] * rd[i];
    w[i] = v[i];
  }
  let rdSpend = rdOwn;
  let rdReal = rdOwn;

  let yTot = 0;
  let vaAmount = 0;
  let yPc = 0;
  for (let i = 0; i < n; i++) {
    yTot += y[i];
    vaAmount += w[i];
    if (pcSector[i]) yPc += y[i];
  }
  yr[Y_TOT] = yTot;
  yr[Y_VA] = vaAmount;
  yr[Y_PC] = yPc;
  yr[Y_RD] = rdSpend;
  yr[Y_FIRMS] = firms;
  yr[Y_INST] = withInst;
  yr[Y_PLATFORMS] = 0;
  yr[Y_LN_PATENTS] = 0;
  yr[Y_LEADING] = 0;
  yr[Y_SPECIALISED] = 0;
  yr[Y_BASE] = y0;
  writeSectors(out, T, 0, y, w);
  writeYear(out, T, 0, n, yr);

  const yearPeriod = p.yearPeriod;
  const pinnedPc = p.pinnedPc;
  const pinnedChip = p.pinnedChip;
  const {
    attrMult,
    incentive: incentiveOf,
    cultVa: cultVaOf,
    hazard,
    platLambda,
    specLambda,
    leadPolicy,
    entryRate,
  } = P;
  const landOf = P.land;
  const spaceOf = P.space;
  let kNow = -1;
  // one let each (an array pattern would build an array a path)
  let attrK = 0;
  let landK = 0;
  let spaceK = 0;
  let incentiveK = 0;
  let entryK = 0;
  let hazardK = 0;
  let cultVaK = 0;
  let platK = 0;
  let leadK = 0;
  let specK = 0;
  let fk = 0;
  for (let t = 1; t < T; t++) {
    const k = yearPeriod[t];
    if (k !== kNow) {
      // a new period of the plan: its lever terms, read once (a package with one value a lever has one period)
      kNow = k;
      attrK = attrMult[k];
      landK = landOf[k];
      spaceK = spaceOf[k];
      incentiveK = incentiveOf[k];
      entryK = entryRate[k];
      hazardK = hazard[k];
      cultVaK = cultVaOf[k];
      platK = platLambda[k];
      leadK = leadPolicy[k];
      specK = specLambda[k];
      fk = k * n;
    }
    // last year's output: yTot, summed in sector order where it was written

    // §2 the world this year: persistent PC demand, correlated shocks, a possible trade-friction shock
    const z0 = rng.normal();
    const zPc = rng.normal();
    const zCh = rng.normal();
    for (let i = 0; i < nEmerging; i++) z[emerging[i]] = rng.normal();
    const uF = rng.uniform();
    const zP = rng.normal();
    const zPat = rng.normal();
    const pinned = pinnedPc[t];
    gPc =
      pinned === pinned ? Math.log(1 + pinned / 100) : mPc + phi * (gPc - mPc) + sPc * (wc * z0 + wi * zPc);
    // §2 the chip cycle: an AR(1) on log growth like PC demand's, or the pinned year's growth
    const pinnedC = pinnedChip[t];
    gCh =
      pinnedC === pinnedC
        ? Math.log(1 + pinnedC / 100)
        : mCh + phiCh * (gCh - mCh) + sCh * (wc * z0 + wi * zCh);
    const friction = uF < fProb ? fSize : 0;
    const mPcSector = Math.max(0, Math.exp(gPc) * (1 + drift - reloc));
    const mChips = Math.exp(gCh);
    const wcz0 = wc * z0;

    // §3.1 incumbents follow their markets; §3.2 new projects seek to locate: attracted (a share of last year's
    // output) and fund-backed; §4 what they need of land or factory space
    const arrivals = rate * yTot * attrK * Math.exp(sigmaP * zP - 0.5 * sigmaP * sigmaP);
    let landNeed = 0;
    let spaceQueue = 0;
    for (let i = 0; i < n; i++) {
      const dm = demand[i];
      const m =
        (dm === 0 ? mPcSector : dm === 1 ? mChips : Math.max(0, 1 + (mEm + sEm * (wcz0 + wi * z[i])) / 100)) *
        (1 - frictionShare[i] * friction);
      y[i] *= m;
      v[i] *= m;
      const qi = q[i] + (arrivals * mix[i] + fund[fk + i]);
      q[i] = qi;
      if (land[i]) landNeed += qi * lpc[i];
      else spaceQueue += qi;
    }

    // §4 land and factory space bind: projects are placed only where there is room; the rest wait or leave
    landStock += landK;
    spaceStock += spaceK;
    const spaceNeed = spaceQueue * spacePerCap;
    const fl = landNeed > 0 ? Math.min(1, landStock / landNeed) : 0;
    const fs = spaceNeed > 0 ? Math.min(1, spaceStock / spaceNeed) : 0;
    landStock -= fl * landNeed;
    spaceStock -= fs * spaceNeed;
    let placedAll = 0;
    let rdOwnNow = 0;
    let nProj = 0;
    let smallEntries = 0;
    yTot = 0;
    yPc = 0;
    for (let i = 0; i < n; i++) {
      const share = land[i] ? fl : fs;
      const pl = share * q[i];
      placed[i] = pl;
      q[i] = (1 - share) * q[i] * (1 - leave);
      // §4.1 placed projects ramp up over three years, at their sector's new-capacity value-added ratio
      const add = RAMP0 * pl + RAMP1 * p1[i] + RAMP2 * p2[i];
      p2[i] = p1[i];
      p1[i] = pl;
      const yi = y[i] + add;
      y[i] = yi;
      v[i] += add * vaNew[i];
      placedAll += pl;
      rdOwnNow += yi * rd[i];
      yTot += yi;
      if (pcSector[i]) yPc += yi;
      // §7 new firms from the placed projects, of the sector's average size: the mean of the year's first Poisson
      // draws (all drawn together below, in this order)
      const entries = pl / size[i];
      if (small[i]) smallEntries += entries;
      counts[i] = entries;
    }
    // §7 firms growing above the threshold, exits; §8 platforms, leading and specialised firms: their means, then
    // the year's Poisson counts in that order
    counts[n] = firms * entryK;
    counts[n + 1] = firms * exit;
    counts[n + 2] = platK;
    counts[n + 3] = placedAll / leadCap + leadK;
    counts[n + 4] = specK + specShare * smallEntries;
    poissonsInPlace(rng, counts, n + 5);

    // §6 R&D: own spending carried by output at each sector's base intensity; incentives lower its cost
    const rdPrevReal = rdReal;
    rdOwn = rdOwnNow;
    // x^y as exp(y ln x): the same function, four times cheaper than Math.pow in V8 (issue 13)
    let rdFactor = 1;
    let prod = 1;
    if (rdOwn > 0) {
      const sub = Math.min(subCap, incentiveK / rdOwn);
      const sub0 = Math.min(subCap, incentive0 / rdOwn);
      if (sub !== sub0) {
        rdFactor = Math.exp(-epsR * Math.log((1 - sub) / (1 - sub0)));
        prod = Math.exp(rdProdExp * Math.log(1 + (1 - relabel) * (rdFactor - 1)));
      }
    }
    rdSpend = rdOwn * rdFactor;
    rdReal = rdOwn * (1 + (1 - relabel) * (rdFactor - 1));
    lnPatents +=
      (mPat + sPat * zPat) / 100 + (rdPrevReal > 0 && rdReal > 0 ? patEl * Math.log(rdReal / rdPrevReal) : 0);

    // §7 firms by sector: placed projects, firms growing above the threshold, exits (all drawn above)
    const nOrg = counts[n];
    const nExit = Math.min(firms, counts[n + 1]);
    // threshold entries and exits fall on the sectors in proportion to their firms (whole in total, not by sector)
    const spread = firms > 0 ? (nOrg - nExit) / firms : 0;

    // §5 value added: margins, the terminals' margin cycle, R&D productivity, cultivated small firms
    const cyc = Math.min(CYCLE_HI, Math.max(CYCLE_LO, 1 + kappa * (gPc - mPc)));
    const cultVa = cultVaK;
    // one pass over the sectors: value added, firms (the projects placed, e, summed into nProj in sector order), and
    // the sectors' output and value added written into the path (writeYear writes the totals)
    vaAmount = 0;
    let atY = 11 * T + t;
    let atW = atY + n * T;
    for (let i = 0; i < n; i++, atY += T, atW += T) {
      const e = counts[i];
      nProj += e;
      let x = v[i];
      if (pcSector[i]) x *= cyc;
      x *= prod;
      if (small[i]) x *= cultVa;
      w[i] = x;
      vaAmount += x;
      f[i] += e + f[i] * spread;
      out[atY] = y[i];
      out[atW] = x;
    }
    if (firms > 0) withInst -= (nExit * withInst) / firms;
    withInst += (firms - nExit - withInst) * hazardK + nProj * instNew + nOrg * baseInst;
    firms = firms + nProj + nOrg - nExit;

    // §8 cumulative counts since the start year
    platforms += counts[n + 2];
    leading += counts[n + 3];
    specialised += counts[n + 4];

    yr[Y_TOT] = yTot;
    yr[Y_VA] = vaAmount;
    yr[Y_PC] = yPc;
    yr[Y_RD] = rdSpend;
    yr[Y_FIRMS] = firms;
    yr[Y_INST] = withInst;
    yr[Y_PLATFORMS] = platforms;
    yr[Y_LN_PATENTS] = lnPatents;
    yr[Y_LEADING] = leading;
    yr[Y_SPECIALISED] = specialised;
    writeYear(out, T, t, n, yr);
    if (trace) {
      let lq = 0;
      let lp = 0;
      let sq = 0;
      for (let i = 0; i < n; i++) {
        if (sc.land[i]) {
          lq += q[i];
          lp += placed[i];
        } else sq += q[i];
        trace.sectorOutput[i][t] = y[i];
        trace.sectorFirms[i][t] = f[i];
      }
      trace.landStock[t] = landStock;
      trace.landQueue[t] = lq;
      trace.landPlaced[t] = lp;
      trace.spaceQueue[t] = sq;
      trace.pcGrowth[t] = gPc;
      trace.rdProductivity[t] = prod;
    }
  }
  if (p.skipYears > 0) skipYears(rng, p.skipYears, n, nEmerging);
  if (trace) {
    trace.pcGrowth[0] = p.pcStart;
    trace.rdProductivity[0] = 1;
    for (let i = 0; i < n; i++) {
      trace.sectorOutput[i][0] = (y0 * sc.share[i]) / 100;
      trace.sectorFirms[i][0] = start.firms[i];
    }
  }
}
