/**
 * The model written plainly, as a newcomer would: plain objects per sector, a loop over the plan's sectors, arrays of
 * results. It is the readable statement of the equations in docs/MODEL.md; src/model/simulate.ts is the fast kernel
 * that keeps the same state in typed arrays. Given the same random source, the two give the same numbers (a test
 * pins it), and the benchmark measures one against the other.
 */
import { startState } from './base.ts';
import type { ModelInputs } from './inputs.ts';
import { CONSTANTS, type Dist, type LeverKey } from './parameters.ts';
import { leverIn, periodIndex, planModel, type SectorModel } from './plan.ts';
import { chipStartGrowth } from './chip-sales.ts';
import { startYearGrowth } from './pc-shipments.ts';
import type { RandomSource } from './random-source.ts';

interface SectorState {
  output: number;
  /** value added at normal margins, before the margin cycle, R&D productivity and cultivation */
  valueAdded: number;
  firms: number;
  /** capacity waiting for land or space */
  queue: number;
  /** capacity placed one and two years ago, still ramping up */
  placedLastYear: number;
  placedTwoYearsAgo: number;
}

function draw(d: Dist, u: number): number {
  if (d.kind === 'fixed') return d.value;
  if (d.kind === 'uniform') return d.lo + (d.hi - d.lo) * u;
  if (d.kind === 'triangular') {
    if (d.hi <= d.lo) return d.lo;
    const f = (d.mode - d.lo) / (d.hi - d.lo);
    return u < f
      ? d.lo + Math.sqrt(u * (d.hi - d.lo) * (d.mode - d.lo))
      : d.hi - Math.sqrt((1 - u) * (d.hi - d.lo) * (d.hi - d.mode));
  }
  throw new Error('a yearly shock is not drawn per path');
}

function shock(d: Dist): { mean: number; sd: number } {
  return d.kind === 'normal'
    ? { mean: d.mean, sd: d.sd }
    : d.kind === 'fixed'
      ? { mean: d.value, sd: 0 }
      : { mean: NaN, sd: NaN };
}

const saturation = (x: number, h: number) => 1 - Math.exp(-x / h);

/** The path's series by name (PlanModel.series), one number a year from the start year. */
export function simulatePathReference(inputs: ModelInputs, rng: RandomSource): Record<string, number[]> {
  const pm = planModel(inputs.plan);
  const plan = pm.plan;
  const C = CONSTANTS;
  const u = {} as Record<string, number>;
  for (const k of pm.pathKeys) u[k] = draw(inputs.uncertainties[k], rng.uniform());
  const pc = shock(inputs.uncertainties.pc_demand);
  const chip = shock(inputs.uncertainties.chip_cycle);
  const emerging = shock(inputs.uncertainties.emerging_demand);
  const patent = shock(inputs.uncertainties.patent_trend);
  const S = pm.sectors;

  const result = Object.fromEntries(pm.series.map((k) => [k, [] as number[]]));

  // §1 the start state: the plan's base, each figure drawn within its range where the plan gives one
  const base = {} as Record<string, number>;
  for (const [k, fig] of Object.entries(plan.base)) {
    base[k] = fig.range ? fig.range.lo + (fig.range.hi - fig.range.lo) * rng.uniform() : fig.value;
  }
  const residualOf = (key: 'vaRatio' | 'rdIntensity', total: number) => {
    const others = plan.sectors.reduce(
      (a, s) => (s.base[key] === 'residual' ? a : a + s.base.outputShare * (s.base[key] as number)),
      0,
    );
    return (
      (total * 100 - others) / (plan.sectors.find((s) => s.base[key] === 'residual')?.base.outputShare ?? 1)
    );
  };
  const ratio = (s: SectorModel, key: 'vaRatio' | 'rdIntensity', total: number) => {
    const v = plan.sectors[s.index].base[key];
    return v === 'residual' ? residualOf(key, total) : v;
  };
  const start = startState(pm, inputs.startYear, base.output, base.firms);
  const y0 = start.output;
  const sectors = S.map((s, i): SectorState => {
    const output = (y0 * s.outputShare) / 100;
    return {
      output,
      valueAdded: (output * ratio(s, 'vaRatio', base.va_ratio)) / 100,
      firms: start.firms[i],
      queue: 0,
      placedLastYear: 0,
      placedTwoYearsAgo: 0,
    };
  });
  const rdIntensity = S.map((s) => ratio(s, 'rdIntensity', base.rd_intensity));

  // the levers of a year: the value of the plan period it falls in; the reference effort is the first period's
  // no-new-policy package
  const leverAt = (k: LeverKey, year: number) => leverIn(inputs.levers[k], periodIndex(plan, year));
  const before = (k: LeverKey) => leverIn(pm.levers[k].noPolicy, 0);

  const landPerCapacity = (s: SectorModel) => 1 / (u.land_productivity * s.landFactor);
  const mix = (s: SectorModel) => s.attractionMix / 100;
  // §4 projects placed in the two years before the start, at the no-new-policy land and space supply
  const landSectors = S.filter((s) => s.land);
  const landMix = landSectors.reduce((a, s) => a + mix(s), 0);
  const spaceMix = S.filter((s) => !s.land).reduce((a, s) => a + mix(s), 0);
  const capacityPerMu = 1 / (landSectors.reduce((a, s) => a + mix(s) * landPerCapacity(s), 0) / landMix);
  for (const s of S) {
    // a plan whose land (or space) sectors attract nothing starts with no projects in that pipeline
    const pre = s.land
      ? landMix > 0
        ? (before('land') * capacityPerMu * mix(s)) / landMix
        : 0
      : spaceMix > 0
        ? (before('factory_space') * u.space_productivity * mix(s)) / spaceMix
        : 0;
    sectors[s.index].placedLastYear = pre;
    sectors[s.index].placedTwoYearsAgo = pre;
  }
  // new firms come in their sector's base-year average size
  const firmSize = (s: SectorModel) => (base.output * s.outputShare) / 100 / s.firms;
  const total = (f: (s: SectorState) => number) => sectors.reduce((a, s) => a + f(s), 0);
  const ownRd = () => sectors.reduce((a, s, i) => a + (s.output * rdIntensity[i]) / 100, 0);

  let firms = total((s) => s.firms); // whole; sector counts may carry fractions
  let withInstitution = (firms * base.rd_institution_share) / 100;
  let platforms = 0;
  let leading = 0;
  let specialised = 0;
  let lnPatents = 0;
  let land = 0;
  let space = 0;
  let rdSpend = ownRd();
  let rdReal = rdSpend;
  let pcGrowth = startYearGrowth(inputs.startYear) / 100;
  const chipObserved = chipStartGrowth(inputs.startYear);
  let chipGrowth = (Number.isNaN(chipObserved) ? chip.mean : chipObserved) / 100;

  const record = (t: number, valueAdded: number[]) => {
    const output = total((s) => s.output);
    const va = valueAdded.reduce((a, x) => a + x, 0);
    result.output.push(output);
    result.output_cagr.push(t === 0 ? NaN : 100 * (Math.pow(output / y0, 1 / t) - 1));
    result.va_ratio.push(output > 0 ? Math.min(100, (100 * va) / output) : 0);
    result.rd_intensity.push(output > 0 ? Math.min(100, (100 * rdSpend) / output) : 0);
    result.rd_institution_share.push(firms > 0 ? (100 * withInstitution) / firms : 0);
    result.innovation_platforms.push(platforms);
    result.patent_cagr.push(t === 0 ? NaN : 100 * (Math.exp(lnPatents / t) - 1));
    result.firms.push(firms);
    result.leading_firms.push(leading);
    result.specialised_firms.push(specialised);
    result.value_added.push(va);
    S.forEach((s, i) => {
      result[`output_${s.id}`].push(sectors[i].output);
      result[`va_${s.id}`].push(valueAdded[i]);
    });
    const terminals = S.reduce((a, s, i) => (s.demand === 'pc' ? a + sectors[i].output : a), 0);
    result.terminals_share.push(output > 0 ? (100 * terminals) / output : 0);
  };
  record(
    0,
    sectors.map((s) => s.valueAdded),
  );
  const w = u.common_shock / 100;

  for (let t = 1; t <= pm.endYear - inputs.startYear; t++) {
    const year = inputs.startYear + t;
    const L = (k: LeverKey) => leverAt(k, year);
    // policy terms, each measured against the reference effort (the no-new-policy levers of the first period)
    const incentive = L('rd_incentive') + u.talent_effect * L('talent');
    const incentiveBefore = before('rd_incentive') + u.talent_effect * before('talent');
    const innovation = Math.max(
      0,
      saturation(incentive, C.policy_halfsat.value) - saturation(incentiveBefore, C.policy_halfsat.value),
    );
    const cultivationChange =
      saturation(L('cultivation'), C.cultivation_halfsat.value) -
      saturation(before('cultivation'), C.cultivation_halfsat.value);
    const cultivation = Math.max(0, cultivationChange);
    const shareSum = S.reduce((a, s) => a + L(s.fundKey), 0);
    const fh = C.fund_halfsat.value;
    const fundCapital =
      fh *
      Math.log(1 + L('fund') / fh) *
      (u.fund_raised / 100) *
      (1 + u.fund_leverage) *
      (u.fund_additionality / 100);
    const attraction =
      Math.pow(
        (L('attraction') + C.attraction_floor.value) / (before('attraction') + C.attraction_floor.value),
        u.attraction_elasticity,
      ) *
      (1 - u.neighbour_pull / 100);

    const lastOutput = total((s) => s.output);
    // §2 the world this year: a common shock, then world PC demand, the chip cycle and each emerging sector's own
    const z0 = rng.normal();
    const zPc = rng.normal();
    const zChips = rng.normal();
    const zEmerging = S.map((s) => (s.demand === 'emerging' ? rng.normal() : 0));
    const frictionDraw = rng.uniform();
    const zProjects = rng.normal();
    const zPatents = rng.normal();
    const mixed = (zs: number) => Math.sqrt(w) * z0 + Math.sqrt(1 - w) * zs;
    const pinned = inputs.pinnedPcDemand[year];
    // world PC demand: AR(1) on log growth, or the pinned year's growth
    pcGrowth =
      pinned !== undefined
        ? Math.log(1 + pinned / 100)
        : pc.mean / 100 + u.pc_persistence * (pcGrowth - pc.mean / 100) + (pc.sd / 100) * mixed(zPc);
    // the chip cycle: AR(1) on log growth, or the pinned year's growth
    const pinnedChip = inputs.pinnedChipDemand?.[year];
    chipGrowth =
      pinnedChip !== undefined
        ? Math.log(1 + pinnedChip / 100)
        : chip.mean / 100 +
          u.chip_persistence * (chipGrowth - chip.mean / 100) +
          (chip.sd / 100) * mixed(zChips);
    const friction = frictionDraw < u.friction_prob / 100 ? u.friction_size / 100 : 0;

    // §3.1 incumbents follow their markets, less their share of a trade-friction shock
    for (const s of S) {
      const market =
        s.demand === 'pc'
          ? Math.max(0, Math.exp(pcGrowth) * (1 + u.terminal_drift / 100 - u.relocation / 100))
          : s.demand === 'chips'
            ? Math.exp(chipGrowth)
            : Math.max(0, 1 + (emerging.mean + emerging.sd * mixed(zEmerging[s.index])) / 100);
      const m = market * (1 - (s.frictionShare / 100) * friction);
      sectors[s.index].output *= m;
      sectors[s.index].valueAdded *= m;
    }

    // §3.2 new projects: attracted and fund-backed
    const arrivals =
      (u.project_rate / 100) *
      lastOutput *
      attraction *
      Math.exp((u.project_noise / 100) * zProjects - 0.5 * (u.project_noise / 100) ** 2);
    for (const s of S) {
      sectors[s.index].queue +=
        arrivals * mix(s) + (fundCapital * L(s.fundKey) * s.capitalTurnover) / shareSum;
    }

    // §4 land and space bind
    land += L('land');
    space += L('factory_space');
    const landNeed = S.filter((s) => s.land).reduce(
      (a, s) => a + sectors[s.index].queue * landPerCapacity(s),
      0,
    );
    const spaceNeed = S.filter((s) => !s.land).reduce(
      (a, s) => a + sectors[s.index].queue / u.space_productivity,
      0,
    );
    const landShare = landNeed > 0 ? Math.min(1, land / landNeed) : 0;
    const spaceShare = spaceNeed > 0 ? Math.min(1, space / spaceNeed) : 0;
    land -= landShare * landNeed;
    space -= spaceShare * spaceNeed;
    const placed = S.map((s) => {
      const f = s.land ? landShare : spaceShare;
      const p = f * sectors[s.index].queue;
      sectors[s.index].queue = (1 - f) * sectors[s.index].queue * (1 - u.wait_leave / 100);
      return p;
    });

    // §4.1 ramp-up, at each sector's new-capacity value-added ratio
    const [r0, r1, r2] = C.ramp.value.map((x) => x / 100);
    for (const s of S) {
      const st = sectors[s.index];
      const added = r0 * placed[s.index] + r1 * st.placedLastYear + r2 * st.placedTwoYearsAgo;
      st.placedTwoYearsAgo = st.placedLastYear;
      st.placedLastYear = placed[s.index];
      st.output += added;
      st.valueAdded += (added * u[s.vaKey]) / 100;
    }

    // §6 R&D: firms' own spending at their sector's base intensity; incentives lower its cost
    const realBefore = rdReal;
    const own = ownRd();
    let factor = 1;
    if (own > 0) {
      const cap = C.rd_subsidy_cap.value / 100;
      const subsidy = Math.min(cap, incentive / own);
      const subsidyBefore = Math.min(cap, incentiveBefore / own);
      factor = Math.pow((1 - subsidy) / (1 - subsidyBefore), -u.rd_price_elasticity);
    }
    rdSpend = own * factor;
    rdReal = own * (1 + (1 - u.rd_relabelling / 100) * (factor - 1));
    const productivity = own > 0 ? Math.pow(rdReal / own, Math.log2(1 + u.rd_productivity / 100)) : 1;
    lnPatents +=
      (patent.mean + patent.sd * zPatents) / 100 +
      (realBefore > 0 && rdReal > 0 ? u.patent_elasticity * Math.log(rdReal / realBefore) : 0);

    // §5 value added: the PC sectors' margin cycle, R&D productivity, cultivated small firms
    const [cycleLo, cycleHi] = CONSTANTS.margin_cycle_bounds.value;
    const marginCycle = Math.min(
      cycleHi / 100,
      Math.max(cycleLo / 100, 1 + u.margin_cycle * (pcGrowth - pc.mean / 100)),
    );
    const cultivated = 1 + (u.cultivation_tfp / 100) * cultivationChange;
    const valueAdded = S.map(
      (s) =>
        sectors[s.index].valueAdded *
        (s.demand === 'pc' ? marginCycle : 1) *
        productivity *
        (s.smallFirms ? cultivated : 1),
    );

    // §7 firms by sector
    const entryRate = (u.firm_entry / 100) * Math.max(0, 1 + (u.entry_policy / 100) * cultivationChange);
    const projectFirms = S.map((s) => rng.poisson(placed[s.index] / firmSize(s)));
    const thresholdFirms = rng.poisson(firms * entryRate);
    const exits = Math.min(firms, rng.poisson(firms * (u.firm_exit / 100)));
    const newFromProjects = projectFirms.reduce((a, x) => a + x, 0);
    if (firms > 0) withInstitution -= (exits * withInstitution) / firms;
    const hazard = Math.min(1, u.inst_hazard / 100 + (u.inst_policy / 100) * innovation);
    withInstitution +=
      (firms - exits - withInstitution) * hazard +
      newFromProjects * (u.inst_new / 100) +
      thresholdFirms * (base.rd_institution_share / 100);
    // threshold entries and exits fall on the sectors in proportion to their firms
    const spread = firms > 0 ? (thresholdFirms - exits) / firms : 0;
    for (const s of S) sectors[s.index].firms += projectFirms[s.index] + sectors[s.index].firms * spread;
    firms = firms + newFromProjects + thresholdFirms - exits;

    // §8 cumulative counts
    platforms += rng.poisson(u.platform_rate + u.platform_policy * innovation);
    leading += rng.poisson(
      placed.reduce((a, x) => a + x, 0) / u.leading_capacity + u.leading_policy * cultivation,
    );
    specialised += rng.poisson(
      u.spec_rate +
        u.spec_policy * cultivation +
        (C.spec_from_entries.value / 100) *
          S.reduce((a, s) => (s.smallFirms ? a + placed[s.index] / firmSize(s) : a), 0),
    );

    record(t, valueAdded);
  }
  return result;
}
