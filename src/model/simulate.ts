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
import { BASE_2020, SECTOR_BASE } from './base.ts';
import { END_YEAR } from './indicators.ts';
import type { ModelInputs } from './inputs.ts';
import { CONSTANTS, LEVERS, type UncertaintyKey } from './parameters.ts';
import { PATH_KEYS } from './path-keys.ts';
import type { RandomSource } from './random-source.ts';
import { SERIES } from './series.ts';

/** Optional per-year record of one path's hidden state, for tests and inspection. */
export interface Trace {
  landStock: Float64Array;
  landQueue: Float64Array;
  landPlaced: Float64Array;
  spaceQueue: Float64Array;
  capability: Float64Array;
  sectorOutput: Float64Array[]; // [sector][year]
}

export function createTrace(nYears: number): Trace {
  const a = () => new Float64Array(nYears);
  return {
    landStock: a(),
    landQueue: a(),
    landPlaced: a(),
    spaceQueue: a(),
    capability: a(),
    sectorOutput: [a(), a(), a(), a()],
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
  lever: ModelInputs['levers'];
}

export function prepare(inputs: ModelInputs): Prepared {
  const nYears = END_YEAR - inputs.startYear + 1;
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

/** Writes year t of a path: the ten indicators and value added (§3–§8 define each quantity). */
function writeYear(
  out: Float64Array,
  T: number,
  t: number,
  y0: number,
  yTot: number,
  vaAmount: number,
  rdSpend: number,
  firms: number,
  withInst: number,
  platforms: number,
  lnPatents: number,
  leading: number,
  specialised: number,
): void {
  out[t] = yTot;
  out[T + t] = t === 0 ? NaN : 100 * (Math.exp(Math.log(yTot / y0) / t) - 1);
  out[2 * T + t] = yTot > 0 ? Math.min(100, (100 * vaAmount) / yTot) : 0;
  out[3 * T + t] = yTot > 0 ? Math.min(100, (100 * rdSpend) / yTot) : 0;
  out[4 * T + t] = firms > 0 ? (100 * withInst) / firms : 0;
  out[5 * T + t] = platforms;
  out[6 * T + t] = t === 0 ? NaN : 100 * (Math.exp(lnPatents / t) - 1);
  out[7 * T + t] = firms;
  out[8 * T + t] = leading;
  out[9 * T + t] = specialised;
  out[10 * T + t] = vaAmount;
}

/**
 * Simulates one path and writes it into `out` (length SERIES.length × nYears, laid out [series × nYears + year]).
 * Year index 0 is the start year and equals the plan's base exactly.
 */
export function simulatePath(
  p: Prepared,
  rng: RandomSource,
  out: Float64Array,
  trace: Trace | null = null,
): void {
  const T = p.nYears;
  const L = p.lever;
  drawPath(p, rng);
  const d = p.drawn;
  const X = PATH_INDEX;

  // §1 Base state: the plan's 2020 figures (back-cast at 10 % a year when the start year is earlier).
  const back = Math.pow(1 + BASE_2020.growth_2016_2020.value / 100, 2020 - p.startYear);
  const y0 = BASE_2020.output.value / back;
  let yC = (y0 * SECTOR_BASE.chips.outputShare) / 100;
  let yT = (y0 * SECTOR_BASE.terminals.outputShare) / 100;
  let yS = (y0 * SECTOR_BASE.sensors.outputShare) / 100;
  let yA = (y0 * SECTOR_BASE.applications.outputShare) / 100;
  // value added and R&D spending carried by each sector's output (§5, §6)
  let vC = (yC * SECTOR_BASE.chips.vaRatio) / 100;
  let vT = (yT * SECTOR_BASE.terminals.vaRatio) / 100;
  let vS = (yS * SECTOR_BASE.sensors.vaRatio) / 100;
  let vA = (yA * SECTOR_BASE.applications.vaRatio) / 100;
  let rC = (yC * SECTOR_BASE.chips.rdIntensity) / 100;
  let rT = (yT * SECTOR_BASE.terminals.rdIntensity) / 100;
  let rS = (yS * SECTOR_BASE.sensors.rdIntensity) / 100;
  let rA = (yA * SECTOR_BASE.applications.rdIntensity) / 100;
  let firms = BASE_2020.firms.value;
  let withInst = (firms * BASE_2020.rd_institution_share.value) / 100;
  let platforms = 0;
  let leading = 0;
  let specialised = 0;
  let capability = 0;
  let rdSpend = rC + rT + rS + rA;
  let lnPatents = 0;

  // per-path draws, as fractions where the table gives %
  const w = d[X.common_shock] / 100;
  const wc = Math.sqrt(w);
  const wi = Math.sqrt(1 - w);
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
  const chi = d[X.capability_va];
  const tau = d[X.talent_effect];
  const crowd = d[X.rd_crowding];
  const rdNewC = d[X.rd_new_chips] / 100;
  const rdNewT = d[X.rd_new_terminals] / 100;
  const rdNewS = d[X.rd_new_sensors] / 100;
  const rdNewA = d[X.rd_new_applications] / 100;
  const patEl = d[X.patent_elasticity];
  const instHaz = d[X.inst_hazard] / 100;
  const instNew = d[X.inst_new] / 100;
  const platRate = d[X.platform_rate];
  const entry = d[X.firm_entry] / 100;
  const exit = d[X.firm_exit] / 100;
  const specRate = d[X.spec_rate];
  const leadCap = d[X.leading_capacity];

  // §3 lever terms that do not change from year to year
  const a0 = C.attraction_floor.value;
  const attrMult = Math.pow((L.attraction + a0) / (LEVERS.attraction.noPolicy + a0), eta) * (1 - pull);
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
  const rh = C.policy_halfsat.value;
  const innovationSat = 1 - Math.exp(-(L.rd_incentive + tau * L.talent) / rh);
  const cultSat = 1 - Math.exp(-L.cultivation / C.cultivation_halfsat.value);
  const capGain =
    (C.capability_gain.value / 100) *
    (tau * Math.log(1 + L.talent / C.talent_halfsat.value) + Math.log(1 + L.rd_incentive / rh));
  const capKeep = 1 - C.capability_decay.value / 100;
  const hazard = Math.min(1, instHaz + (C.inst_policy_max.value / 100) * innovationSat);
  const platLambda = platRate + C.platform_policy_max.value * innovationSat;
  const specLambda = specRate + C.spec_policy_max.value * cultSat;
  const leadPolicy = C.leading_policy_max.value * cultSat;
  const entryRate = entry * (1 + (C.entry_policy_max.value / 100) * cultSat);
  const specShare = C.spec_from_entries.value / 100;
  const baseInst = BASE_2020.rd_institution_share.value / 100;
  const size = C.firm_size.value;

  // §4 the pipeline at the start: two earlier years of placements at the no-new-policy land and space supply
  const landCapPerMu = 1 / ((mixC * landPerCapC + mixT * landPerCapT) / (mixC + mixT));
  const preLand = LEVERS.land.noPolicy * landCapPerMu;
  const preSpace = LEVERS.factory_space.noPolicy * spaceProd;
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

  const mPc = p.shockMean.pc_demand;
  const sPc = p.shockSd.pc_demand;
  const mCh = p.shockMean.chip_cycle;
  const sCh = p.shockSd.chip_cycle;
  const mEm = p.shockMean.emerging_demand;
  const sEm = p.shockSd.emerging_demand;
  const mPat = p.shockMean.patent_trend;
  const sPat = p.shockSd.patent_trend;

  writeYear(
    out,
    T,
    0,
    y0,
    y0,
    vC + vT + vS + vA,
    rdSpend,
    firms,
    withInst,
    platforms,
    lnPatents,
    leading,
    specialised,
  );

  for (let t = 1; t < T; t++) {
    const yPrev = yC + yT + yS + yA;

    // §2 the world this year: correlated demand shocks, a possible trade-friction shock
    const z0 = rng.normal();
    const zPc = rng.normal();
    const zCh = rng.normal();
    const zS = rng.normal();
    const zA = rng.normal();
    const uF = rng.uniform();
    const zP = rng.normal();
    const zPat = rng.normal();
    const pinned = p.pinnedPc[t];
    const gPc = (pinned === pinned ? pinned : mPc + sPc * (wc * z0 + wi * zPc)) / 100;
    const gCh = (mCh + sCh * (wc * z0 + wi * zCh)) / 100;
    const gS = (mEm + sEm * (wc * z0 + wi * zS)) / 100;
    const gA = (mEm + sEm * (wc * z0 + wi * zA)) / 100;
    const friction = uF < fProb ? fSize : 0;

    // §3.1 incumbents follow their markets
    const mC = Math.max(0, 1 + gCh) * (1 - fChips * friction);
    const mT = Math.max(0, (1 + gPc) * (1 + drift - reloc)) * (1 - friction);
    const mS = Math.max(0, 1 + gS);
    const mA = Math.max(0, 1 + gA);
    yC *= mC;
    vC *= mC;
    rC *= mC;
    yT *= mT;
    vT *= mT;
    rT *= mT;
    yS *= mS;
    vS *= mS;
    rS *= mS;
    yA *= mA;
    vA *= mA;
    rA *= mA;

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

    // §4.1 placed projects ramp up over three years
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
    rC += addC * rdNewC;
    rT += addT * rdNewT;
    rS += addS * rdNewS;
    rA += addA * rdNewA;

    // §5 capability: a stock built by talent and R&D incentives, depreciating
    capability = capability * capKeep + capGain;
    const yTot = yC + yT + yS + yA;
    const vaAmount = (vC + vT + vS + vA) * (1 + chi * capability);

    // §6 R&D spending, patents
    const rdPrev = rdSpend;
    rdSpend = (rC + rT + rS + rA) * (1 + capability) + crowd * L.rd_incentive;
    lnPatents +=
      (mPat + sPat * zPat) / 100 + (rdPrev > 0 && rdSpend > 0 ? patEl * Math.log(rdSpend / rdPrev) : 0);

    // §7 firms: entries with placed projects and from growth above the threshold, exits
    const nProj = rng.poisson(
      pC / size.chips + pT / size.terminals + pS / size.sensors + pA / size.applications,
    );
    const nOrg = rng.poisson(firms * entryRate);
    const nExit = Math.min(firms, rng.poisson(firms * exit));
    if (firms > 0) withInst -= (nExit * withInst) / firms;
    withInst += (firms - nExit - withInst) * hazard + nProj * instNew + nOrg * baseInst;
    firms = firms - nExit + nProj + nOrg;

    // §8 cumulative counts
    platforms += rng.poisson(platLambda);
    leading += rng.poisson((pC + pT + pS + pA) / leadCap + leadPolicy);
    specialised += rng.poisson(specLambda + specShare * (pS / size.sensors + pA / size.applications));

    writeYear(
      out,
      T,
      t,
      y0,
      yTot,
      vaAmount,
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
      trace.capability[t] = capability;
      trace.sectorOutput[0][t] = yC;
      trace.sectorOutput[1][t] = yT;
      trace.sectorOutput[2][t] = yS;
      trace.sectorOutput[3][t] = yA;
    }
  }
  if (trace) {
    trace.sectorOutput[0][0] = (y0 * SECTOR_BASE.chips.outputShare) / 100;
    trace.sectorOutput[1][0] = (y0 * SECTOR_BASE.terminals.outputShare) / 100;
    trace.sectorOutput[2][0] = (y0 * SECTOR_BASE.sensors.outputShare) / 100;
    trace.sectorOutput[3][0] = (y0 * SECTOR_BASE.applications.outputShare) / 100;
  }
}

// writeYear's rows follow SERIES; keep them in step.
if (
  SERIES.join() !==
  'output,output_cagr,va_ratio,rd_intensity,rd_institution_share,innovation_platforms,patent_cagr,firms,leading_firms,specialised_firms,value_added'
) {
  throw new Error('SERIES order changed: update writeYear');
}
