/**
 * The model: one simulated path of the zone's NGIT industry from the start year to 2035.
 *
 * A pure function of (prepared inputs, random source): no DOM, no Svelte, no Math.random. Every equation below is
 * written out, with its reason, in docs/MODEL.md (section numbers in the comments), and every parameter comes from
 * ./parameters.ts or ./base.ts.
 *
 * Common random numbers: a path draws the same count of random numbers in the same order whatever the levers and
 * assumptions are (each per-path uncertainty takes one uniform even when fixed; a pinned year still draws its normal;
 * every Poisson count takes exactly one uniform). Two scenarios run with the same seed therefore see the same world,
 * and their difference is the policy's, not the dice's.
 */
import { BASE_2020, SECTOR_BASE, startState, type StartState } from './base.ts';
import { END_YEAR } from './indicators.ts';
import type { ModelInputs } from './inputs.ts';
import { CONSTANTS, LEVERS, type UncertaintyKey } from './parameters.ts';
import { pcLogGrowth } from './pc-shipments.ts';
import { PATH_KEYS } from './path-keys.ts';
import type { RandomSource } from './random-source.ts';
import { SERIES } from './series.ts';

/** Optional per-year record of one path's hidden state, for tests and inspection. */
export interface Trace {
  landStock: Float64Array;
  landQueue: Float64Array;
  landPlaced: Float64Array;
  spaceQueue: Float64Array;
  /** world PC demand log growth (fraction) the path saw */
  pcGrowth: Float64Array;
  /** value-added multiplier from R&D productivity (1 = the 2016–2020 effort) */
  rdProductivity: Float64Array;
  sectorOutput: Float64Array[]; // [sector][year]
  sectorFirms: Float64Array[]; // [sector][year]
}

export function createTrace(nYears: number): Trace {
  const a = () => new Float64Array(nYears);
  return {
    landStock: a(),
    landQueue: a(),
    landPlaced: a(),
    spaceQueue: a(),
    pcGrowth: a(),
    rdProductivity: a(),
    sectorOutput: [a(), a(), a(), a()],
    sectorFirms: [a(), a(), a(), a()],
  };
}

const PATH_INDEX = Object.fromEntries(PATH_KEYS.map((k, i) => [k, i])) as Record<UncertaintyKey, number>;

/** Inputs turned into flat numbers once per run (not per path). */
export interface Prepared {
  startYear: number;
  nYears: number;
  /** per-path uncertainty: kind code (0 fixed, 1 uniform, 2 triangular) and its parameters */
  distKind: Int8Array;
  distA: Float64Array;
  distB: Float64Array;
  distC: Float64Array;
  /** scratch: this path's draws */
  drawn: Float64Array;
  shockMean: Record<'pc_demand' | 'chip_cycle' | 'emerging_demand' | 'patent_trend', number>;
  shockSd: Record<'pc_demand' | 'chip_cycle' | 'emerging_demand' | 'patent_trend', number>;
  /** pinned PC demand growth (%) by year index, NaN where sampled */
  pinnedPc: Float64Array;
  /** observed world PC log growth (fraction) in the start year: the AR(1)'s starting point */
  pcStart: number;
  /** the start state (§1), computed once per run */
  start: StartState;
  lever: ModelInputs['levers'];
}

/**
 * `endYear` below END_YEAR makes shorter paths: the same years, from the same draws, stopped early (the paired run's
 * baseline needs only the years up to the target year).
 */
export function prepare(inputs: ModelInputs, endYear: number = END_YEAR): Prepared {
  if (!(Number.isInteger(endYear) && endYear >= inputs.startYear && endYear <= END_YEAR)) {
    throw new RangeError(`prepare: end year ${endYear} outside ${inputs.startYear}..${END_YEAR}`);
  }
  const nYears = endYear - inputs.startYear + 1;
  const n = PATH_KEYS.length;
  const distKind = new Int8Array(n);
  const distA = new Float64Array(n);
  const distB = new Float64Array(n);
  const distC = new Float64Array(n);
  PATH_KEYS.forEach((k, i) => {
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
  const shock = (k: 'pc_demand' | 'chip_cycle' | 'emerging_demand' | 'patent_trend') => {
    const d = inputs.uncertainties[k];
    if (d.kind === 'normal') return [d.mean, d.sd];
    if (d.kind === 'fixed') return [d.value, 0];
    throw new Error(`uncertainty ${k} is a yearly shock: give it a normal (mean, sd) or a fixed value`);
  };
  const keys = ['pc_demand', 'chip_cycle', 'emerging_demand', 'patent_trend'] as const;
  const pinnedPc = new Float64Array(nYears).fill(NaN);
  for (const [year, g] of Object.entries(inputs.pinnedPcDemand)) {
    const i = Number(year) - inputs.startYear;
    if (i >= 1 && i < nYears) pinnedPc[i] = g;
  }
  return {
    startYear: inputs.startYear,
    nYears,
    distKind,
    distA,
    distB,
    distC,
    drawn: new Float64Array(n),
    shockMean: Object.fromEntries(keys.map((k) => [k, shock(k)[0]])) as Prepared['shockMean'],
    shockSd: Object.fromEntries(keys.map((k) => [k, shock(k)[1]])) as Prepared['shockSd'],
    pinnedPc,
    pcStart: pcLogGrowth(inputs.startYear) / 100,
    start: startState(inputs.startYear),
    lever: { ...inputs.levers },
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

/** 1 / t for the year index t (the compound growth rates' exponent); 0 for t = 0, where they are NaN */
const INV_YEAR = Float64Array.from({ length: END_YEAR - 2000 + 1 }, (_, t) => (t === 0 ? 0 : 1 / t));

/** Writes year t of a path: the ten indicators, value added and the sector series (§3–§8 define each quantity). */
function writeYear(
  out: Float64Array,
  T: number,
  t: number,
  y0: number,
  yC: number,
  yT: number,
  yS: number,
  yA: number,
  wC: number,
  wT: number,
  wS: number,
  wA: number,
  rdSpend: number,
  firms: number,
  withInst: number,
  platforms: number,
  lnPatents: number,
  leading: number,
  specialised: number,
): void {
  const yTot = yC + yT + yS + yA;
  const vaAmount = wC + wT + wS + wA;
  // one division for the three shares of output (a multiplication each), and 1/t from a table
  const perCent = yTot > 0 ? 100 / yTot : 0;
  const invT = INV_YEAR[t];
  out[t] = yTot;
  out[T + t] = t === 0 ? NaN : 100 * (Math.exp(Math.log(yTot / y0) * invT) - 1);
  out[2 * T + t] = Math.min(100, vaAmount * perCent);
  out[3 * T + t] = Math.min(100, rdSpend * perCent);
  out[4 * T + t] = firms > 0 ? (100 * withInst) / firms : 0;
  out[5 * T + t] = platforms;
  out[6 * T + t] = t === 0 ? NaN : 100 * (Math.exp(lnPatents * invT) - 1);
  out[7 * T + t] = firms;
  out[8 * T + t] = leading;
  out[9 * T + t] = specialised;
  out[10 * T + t] = vaAmount;
  out[11 * T + t] = yC;
  out[12 * T + t] = yT;
  out[13 * T + t] = yS;
  out[14 * T + t] = yA;
  out[15 * T + t] = wC;
  out[16 * T + t] = wT;
  out[17 * T + t] = wS;
  out[18 * T + t] = wA;
  out[19 * T + t] = yT * perCent;
}

/** 1 − exp(−x/h): how far a policy spending x is towards saturation. */
const sat = (x: number, h: number) => 1 - Math.exp(-x / h);

/**
 * Simulates one path and writes it into `out` (length SERIES.length × nYears, laid out [series × nYears + year]).
 * Year index 0 is the start year and equals the plan's base exactly (2020) or the derived start state (earlier).
 */
export function simulatePath(
  p: Prepared,
  rng: RandomSource,
  out: Float64Array,
  trace: Trace | null = null,
): void {
  const T = p.nYears;
  const L = p.lever;
  const N = LEVERS;
  drawPath(p, rng);
  const d = p.drawn;
  const X = PATH_INDEX;

  // §1 Start state: the plan's 2020 figures, or the derived earlier state (base.ts)
  const start = p.start;
  const y0 = start.output;
  let yC = (y0 * SECTOR_BASE.chips.outputShare) / 100;
  let yT = (y0 * SECTOR_BASE.terminals.outputShare) / 100;
  let yS = (y0 * SECTOR_BASE.sensors.outputShare) / 100;
  let yA = (y0 * SECTOR_BASE.applications.outputShare) / 100;
  // value added at normal margins and firms' own R&D, carried by each sector's output (§5, §6)
  let vC = (yC * SECTOR_BASE.chips.vaRatio) / 100;
  let vT = (yT * SECTOR_BASE.terminals.vaRatio) / 100;
  let vS = (yS * SECTOR_BASE.sensors.vaRatio) / 100;
  let vA = (yA * SECTOR_BASE.applications.vaRatio) / 100;
  const rdC = SECTOR_BASE.chips.rdIntensity / 100;
  const rdT = SECTOR_BASE.terminals.rdIntensity / 100;
  const rdS = SECTOR_BASE.sensors.rdIntensity / 100;
  const rdA = SECTOR_BASE.applications.rdIntensity / 100;
  let fC = start.firms.chips;
  let fT = start.firms.terminals;
  let fS = start.firms.sensors;
  let fA = start.firms.applications;
  let firms = fC + fT + fS + fA; // a whole number; the sector counts may carry fractions (§7)
  const baseInst = BASE_2020.rd_institution_share.value / 100;
  let withInst = firms * baseInst;
  let platforms = 0;
  let leading = 0;
  let specialised = 0;
  let lnPatents = 0;

  // per-path draws, as fractions where the table gives %
  const w = d[X.common_shock] / 100;
  const wc = Math.sqrt(w);
  const wi = Math.sqrt(1 - w);
  const phi = d[X.pc_persistence];
  const drift = d[X.terminal_drift] / 100;
  const reloc = d[X.relocation] / 100;
  const fProb = d[X.friction_prob] / 100;
  const fSize = d[X.friction_size] / 100;
  const fChips = C.chips_friction_share.value / 100;
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
  const vaNewC = d[X.va_new_chips] / 100;
  const vaNewT = d[X.va_new_terminals] / 100;
  const vaNewS = d[X.va_new_sensors] / 100;
  const vaNewA = d[X.va_new_applications] / 100;
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

  // §3 lever terms that do not change from year to year
  const a0 = C.attraction_floor.value;
  const attrMult = Math.pow((L.attraction + a0) / (N.attraction.noPolicy + a0), eta) * (1 - pull);
  const fh = C.fund_halfsat.value;
  const fundCapital = fh * Math.log(1 + L.fund / fh) * raised * (1 + leverage) * addit;
  const splitSum = L.fund_chips + L.fund_terminals + L.fund_sensors + L.fund_applications;
  const turn = C.capital_turnover.value;
  const fundC = (fundCapital * L.fund_chips * turn.chips) / splitSum;
  const fundT = (fundCapital * L.fund_terminals * turn.terminals) / splitSum;
  const fundS = (fundCapital * L.fund_sensors * turn.sensors) / splitSum;
  const fundA = (fundCapital * L.fund_applications * turn.applications) / splitSum;
  const mix = C.attraction_mix.value;
  const mixC = mix.chips / 100;
  const mixT = mix.terminals / 100;
  const mixS = mix.sensors / 100;
  const mixA = mix.applications / 100;
  const landPerCapC = 1 / (landProd * C.land_factor.value.chips); // 亩 per 亿元 of capacity
  const landPerCapT = 1 / (landProd * C.land_factor.value.terminals);
  const spacePerCap = 1 / spaceProd; // 万㎡ per 亿元 of capacity
  // §6 R&D incentive: talent works as tau 亿元 of incentive per 亿元; both measured against the 2016–2020 effort
  const incentive = L.rd_incentive + tau * L.talent;
  const incentive0 = N.rd_incentive.noPolicy + tau * N.talent.noPolicy;
  const subCap = C.rd_subsidy_cap.value / 100;
  const ph = C.policy_halfsat.value;
  const innov = Math.max(0, sat(incentive, ph) - sat(incentive0, ph));
  const ch = C.cultivation_halfsat.value;
  const cultDelta = sat(L.cultivation, ch) - sat(N.cultivation.noPolicy, ch);
  const cult = Math.max(0, cultDelta);
  const cultVa = 1 + cultTfp * cultDelta;
  const hazard = Math.min(1, instHaz + instPol * innov);
  const platLambda = platRate + platPol * innov;
  const specLambda = specRate + specPol * cult;
  const leadPolicy = leadPol * cult;
  const entryRate = entry * Math.max(0, 1 + entryPol * cultDelta);
  const specShare = C.spec_from_entries.value / 100;
  // new firms come in the sector's 2020 average size (亿元 of full-ramp capacity per firm)
  const sizeC = (BASE_2020.output.value * SECTOR_BASE.chips.outputShare) / 100 / SECTOR_BASE.chips.firms;
  const sizeT =
    (BASE_2020.output.value * SECTOR_BASE.terminals.outputShare) / 100 / SECTOR_BASE.terminals.firms;
  const sizeS = (BASE_2020.output.value * SECTOR_BASE.sensors.outputShare) / 100 / SECTOR_BASE.sensors.firms;
  const sizeA =
    (BASE_2020.output.value * SECTOR_BASE.applications.outputShare) / 100 / SECTOR_BASE.applications.firms;

  // §4 the pipeline at the start: two earlier years of placements at the no-new-policy land and space supply
  const landCapPerMu = 1 / ((mixC * landPerCapC + mixT * landPerCapT) / (mixC + mixT));
  const preLand = N.land.noPolicy * landCapPerMu;
  const preSpace = N.factory_space.noPolicy * spaceProd;
  let p1C = (preLand * mixC) / (mixC + mixT);
  let p1T = (preLand * mixT) / (mixC + mixT);
  let p1S = (preSpace * mixS) / (mixS + mixA);
  let p1A = (preSpace * mixA) / (mixS + mixA);
  let p2C = p1C;
  let p2T = p1T;
  let p2S = p1S;
  let p2A = p1A;
  let landStock = 0;
  let spaceStock = 0;
  let qC = 0;
  let qT = 0;
  let qS = 0;
  let qA = 0;

  const mPc = p.shockMean.pc_demand / 100;
  const sPc = p.shockSd.pc_demand / 100;
  const mCh = p.shockMean.chip_cycle;
  const sCh = p.shockSd.chip_cycle;
  const mEm = p.shockMean.emerging_demand;
  const sEm = p.shockSd.emerging_demand;
  const mPat = p.shockMean.patent_trend;
  const sPat = p.shockSd.patent_trend;
  let gPc = p.pcStart;

  // §6 the zone's own R&D and what the incentive adds to it
  let rdOwn = yC * rdC + yT * rdT + yS * rdS + yA * rdA;
  let rdSpend = rdOwn;
  let rdReal = rdOwn;

  writeYear(out, T, 0, y0, yC, yT, yS, yA, vC, vT, vS, vA, rdSpend, firms, withInst, 0, 0, 0, 0);

  for (let t = 1; t < T; t++) {
    const yPrev = yC + yT + yS + yA;

    // §2 the world this year: persistent PC demand, correlated shocks, a possible trade-friction shock
    const z0 = rng.normal();
    const zPc = rng.normal();
    const zCh = rng.normal();
    const zS = rng.normal();
    const zA = rng.normal();
    const uF = rng.uniform();
    const zP = rng.normal();
    const zPat = rng.normal();
    const pinned = p.pinnedPc[t];
    gPc =
      pinned === pinned ? Math.log(1 + pinned / 100) : mPc + phi * (gPc - mPc) + sPc * (wc * z0 + wi * zPc);
    const gCh = (mCh + sCh * (wc * z0 + wi * zCh)) / 100;
    const gS = (mEm + sEm * (wc * z0 + wi * zS)) / 100;
    const gA = (mEm + sEm * (wc * z0 + wi * zA)) / 100;
    const friction = uF < fProb ? fSize : 0;

    // §3.1 incumbents follow their markets
    const mC = Math.max(0, 1 + gCh) * (1 - fChips * friction);
    const mT = Math.max(0, Math.exp(gPc) * (1 + drift - reloc)) * (1 - friction);
    const mS = Math.max(0, 1 + gS);
    const mA = Math.max(0, 1 + gA);
    yC *= mC;
    vC *= mC;
    yT *= mT;
    vT *= mT;
    yS *= mS;
    vS *= mS;
    yA *= mA;
    vA *= mA;

    // §3.2 new projects seek to locate: attracted (a share of last year's output) and fund-backed
    const arrivals = rate * yPrev * attrMult * Math.exp(sigmaP * zP - 0.5 * sigmaP * sigmaP);
    qC += arrivals * mixC + fundC;
    qT += arrivals * mixT + fundT;
    qS += arrivals * mixS + fundS;
    qA += arrivals * mixA + fundA;

    // §4 land and factory space bind: projects are placed only where there is room; the rest wait or leave
    landStock += L.land;
    const landNeed = qC * landPerCapC + qT * landPerCapT;
    const fl = landNeed > 0 ? Math.min(1, landStock / landNeed) : 0;
    const pC = fl * qC;
    const pT = fl * qT;
    landStock -= fl * landNeed;
    qC = (1 - fl) * qC * (1 - leave);
    qT = (1 - fl) * qT * (1 - leave);
    spaceStock += L.factory_space;
    const spaceNeed = (qS + qA) * spacePerCap;
    const fs = spaceNeed > 0 ? Math.min(1, spaceStock / spaceNeed) : 0;
    const pS = fs * qS;
    const pA = fs * qA;
    spaceStock -= fs * spaceNeed;
    qS = (1 - fs) * qS * (1 - leave);
    qA = (1 - fs) * qA * (1 - leave);

    // §4.1 placed projects ramp up over three years, at their sector's new-capacity value-added ratio
    const addC = RAMP0 * pC + RAMP1 * p1C + RAMP2 * p2C;
    const addT = RAMP0 * pT + RAMP1 * p1T + RAMP2 * p2T;
    const addS = RAMP0 * pS + RAMP1 * p1S + RAMP2 * p2S;
    const addA = RAMP0 * pA + RAMP1 * p1A + RAMP2 * p2A;
    p2C = p1C;
    p2T = p1T;
    p2S = p1S;
    p2A = p1A;
    p1C = pC;
    p1T = pT;
    p1S = pS;
    p1A = pA;
    yC += addC;
    yT += addT;
    yS += addS;
    yA += addA;
    vC += addC * vaNewC;
    vT += addT * vaNewT;
    vS += addS * vaNewS;
    vA += addA * vaNewA;

    // §6 R&D: own spending carried by output at each sector's 2020 intensity; incentives lower its cost
    const rdPrevReal = rdReal;
    rdOwn = yC * rdC + yT * rdT + yS * rdS + yA * rdA;
    // x^y as exp(y ln x): the same function, four times cheaper than Math.pow in V8 (issue 13)
    let rdFactor = 1;
    let prod = 1;
    if (rdOwn > 0) {
      const sub = Math.min(subCap, incentive / rdOwn);
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

    // §5 value added: margins, the terminals' margin cycle, R&D productivity, cultivated small firms
    const cyc = Math.max(0, 1 + kappa * (gPc - mPc));
    const wC = vC * prod;
    const wT = vT * cyc * prod;
    const wS = vS * prod * cultVa;
    const wA = vA * prod * cultVa;

    // §7 firms by sector: placed projects of the sector's average size, firms growing above the threshold, exits
    const nPC = rng.poisson(pC / sizeC);
    const nPT = rng.poisson(pT / sizeT);
    const nPS = rng.poisson(pS / sizeS);
    const nPA = rng.poisson(pA / sizeA);
    const nOrg = rng.poisson(firms * entryRate);
    const nExit = Math.min(firms, rng.poisson(firms * exit));
    const nProj = nPC + nPT + nPS + nPA;
    if (firms > 0) withInst -= (nExit * withInst) / firms;
    withInst += (firms - nExit - withInst) * hazard + nProj * instNew + nOrg * baseInst;
    // threshold entries and exits fall on the sectors in proportion to their firms (whole in total, not by sector)
    const spread = firms > 0 ? (nOrg - nExit) / firms : 0;
    fC += nPC + fC * spread;
    fT += nPT + fT * spread;
    fS += nPS + fS * spread;
    fA += nPA + fA * spread;
    firms = firms + nProj + nOrg - nExit;

    // §8 cumulative counts since the start year
    platforms += rng.poisson(platLambda);
    leading += rng.poisson((pC + pT + pS + pA) / leadCap + leadPolicy);
    specialised += rng.poisson(specLambda + specShare * (pS / sizeS + pA / sizeA));

    writeYear(
      out,
      T,
      t,
      y0,
      yC,
      yT,
      yS,
      yA,
      wC,
      wT,
      wS,
      wA,
      rdSpend,
      firms,
      withInst,
      platforms,
      lnPatents,
      leading,
      specialised,
    );
    if (trace) {
      trace.landStock[t] = landStock;
      trace.landQueue[t] = qC + qT;
      trace.landPlaced[t] = pC + pT;
      trace.spaceQueue[t] = qS + qA;
      trace.pcGrowth[t] = gPc;
      trace.rdProductivity[t] = prod;
      trace.sectorOutput[0][t] = yC;
      trace.sectorOutput[1][t] = yT;
      trace.sectorOutput[2][t] = yS;
      trace.sectorOutput[3][t] = yA;
      trace.sectorFirms[0][t] = fC;
      trace.sectorFirms[1][t] = fT;
      trace.sectorFirms[2][t] = fS;
      trace.sectorFirms[3][t] = fA;
    }
  }
  if (trace) {
    const s0 = p.start;
    trace.pcGrowth[0] = p.pcStart;
    trace.rdProductivity[0] = 1;
    ['chips', 'terminals', 'sensors', 'applications'].forEach((k, i) => {
      const sk = k as keyof typeof SECTOR_BASE;
      trace.sectorOutput[i][0] = (y0 * SECTOR_BASE[sk].outputShare) / 100;
      trace.sectorFirms[i][0] = s0.firms[sk];
    });
  }
}

// writeYear's rows follow SERIES; keep them in step.
if (
  SERIES.join() !==
  'output,output_cagr,va_ratio,rd_intensity,rd_institution_share,innovation_platforms,patent_cagr,firms,leading_firms,specialised_firms,value_added,output_chips,output_terminals,output_sensors,output_applications,va_chips,va_terminals,va_sensors,va_applications,terminals_share'
) {
  throw new Error('SERIES order changed: update writeYear');
}
