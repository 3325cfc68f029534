/**
 * The model written plainly, as a newcomer would: plain objects per sector, a loop over sectors, arrays of results.
 * It is the readable statement of the equations in docs/MODEL.md; src/model/simulate.ts is the fast kernel that
 * keeps the same state in local variables. Given the same random source, the two give the same numbers (a test
 * pins it), and the benchmark measures one against the other.
 */
import { BASE_2020, SECTOR_BASE, startState } from './base.ts';
import type { ModelInputs } from './inputs.ts';
import { CONSTANTS, LEVERS, type Dist, type UncertaintyKey } from './parameters.ts';
import { PATH_KEYS } from './path-keys.ts';
import { pcLogGrowth } from './pc-shipments.ts';
import type { RandomSource } from './random-source.ts';
import { SECTORS, type Sector } from './sectors.ts';
import { SERIES, type Series } from './series.ts';
import { END_YEAR } from './indicators.ts';

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

const usesLand: Record<Sector, boolean> = {
  chips: true,
  terminals: true,
  sensors: false,
  applications: false,
};

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

export function simulatePathReference(inputs: ModelInputs, rng: RandomSource): Record<Series, number[]> {
  const L = inputs.levers;
  const C = CONSTANTS;
  const u = {} as Record<UncertaintyKey, number>;
  for (const k of PATH_KEYS) u[k] = draw(inputs.uncertainties[k], rng.uniform());
  const pc = shock(inputs.uncertainties.pc_demand);
  const chip = shock(inputs.uncertainties.chip_cycle);
  const emerging = shock(inputs.uncertainties.emerging_demand);
  const patent = shock(inputs.uncertainties.patent_trend);

  const result = Object.fromEntries(SERIES.map((k) => [k, [] as number[]])) as Record<Series, number[]>;

  // §1 the start state
  const start = startState(inputs.startYear);
  const y0 = start.output;
  const sectors = {} as Record<Sector, SectorState>;
  for (const s of SECTORS) {
    const output = (y0 * SECTOR_BASE[s].outputShare) / 100;
    sectors[s] = {
      output,
      valueAdded: (output * SECTOR_BASE[s].vaRatio) / 100,
      firms: start.firms[s],
      queue: 0,
      placedLastYear: 0,
      placedTwoYearsAgo: 0,
    };
  }
  const landPerCapacity = (s: Sector) => 1 / (u.land_productivity * C.land_factor.value[s]);
  const mix = (s: Sector) => C.attraction_mix.value[s] / 100;
  // §4 projects placed in the two years before the start, at the no-new-policy land and space supply
  const landMix = mix('chips') + mix('terminals');
  const spaceMix = mix('sensors') + mix('applications');
  const capacityPerMu =
    1 /
    ((mix('chips') * landPerCapacity('chips') + mix('terminals') * landPerCapacity('terminals')) / landMix);
  for (const s of SECTORS) {
    const pre = usesLand[s]
      ? (LEVERS.land.noPolicy * capacityPerMu * mix(s)) / landMix
      : (LEVERS.factory_space.noPolicy * u.space_productivity * mix(s)) / spaceMix;
    sectors[s].placedLastYear = pre;
    sectors[s].placedTwoYearsAgo = pre;
  }
  // new firms come in their sector's 2020 average size
  const firmSize = (s: Sector) =>
    (BASE_2020.output.value * SECTOR_BASE[s].outputShare) / 100 / SECTOR_BASE[s].firms;
  const total = (f: (s: SectorState) => number) => SECTORS.reduce((a, s) => a + f(sectors[s]), 0);
  const ownRd = () => SECTORS.reduce((a, s) => a + (sectors[s].output * SECTOR_BASE[s].rdIntensity) / 100, 0);

  let firms = total((s) => s.firms); // whole; sector counts may carry fractions
  let withInstitution = (firms * BASE_2020.rd_institution_share.value) / 100;
  let platforms = 0;
  let leading = 0;
  let specialised = 0;
  let lnPatents = 0;
  let land = 0;
  let space = 0;
  let rdSpend = ownRd();
  let rdReal = rdSpend;
  let pcGrowth = pcLogGrowth(inputs.startYear) / 100;

  const record = (t: number, valueAdded: Record<Sector, number>) => {
    const output = total((s) => s.output);
    const va = SECTORS.reduce((a, s) => a + valueAdded[s], 0);
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
    result.output_chips.push(sectors.chips.output);
    result.output_terminals.push(sectors.terminals.output);
    result.output_sensors.push(sectors.sensors.output);
    result.output_applications.push(sectors.applications.output);
    result.va_chips.push(valueAdded.chips);
    result.va_terminals.push(valueAdded.terminals);
    result.va_sensors.push(valueAdded.sensors);
    result.va_applications.push(valueAdded.applications);
    result.terminals_share.push(output > 0 ? (100 * sectors.terminals.output) / output : 0);
  };
  record(0, {
    chips: sectors.chips.valueAdded,
    terminals: sectors.terminals.valueAdded,
    sensors: sectors.sensors.valueAdded,
    applications: sectors.applications.valueAdded,
  });

  // policy terms, each measured against the 2016–2020 effort (the no-new-policy levers)
  const incentive = L.rd_incentive + u.talent_effect * L.talent;
  const incentiveBefore = LEVERS.rd_incentive.noPolicy + u.talent_effect * LEVERS.talent.noPolicy;
  const innovation = Math.max(
    0,
    saturation(incentive, C.policy_halfsat.value) - saturation(incentiveBefore, C.policy_halfsat.value),
  );
  const cultivationChange =
    saturation(L.cultivation, C.cultivation_halfsat.value) -
    saturation(LEVERS.cultivation.noPolicy, C.cultivation_halfsat.value);
  const cultivation = Math.max(0, cultivationChange);
  const fundShare = (s: Sector) => {
    const key = {
      chips: L.fund_chips,
      terminals: L.fund_terminals,
      sensors: L.fund_sensors,
      applications: L.fund_applications,
    };
    return key[s] / (L.fund_chips + L.fund_terminals + L.fund_sensors + L.fund_applications);
  };
  const fh = C.fund_halfsat.value;
  const fundCapital =
    fh *
    Math.log(1 + L.fund / fh) *
    (u.fund_raised / 100) *
    (1 + u.fund_leverage) *
    (u.fund_additionality / 100);
  const attraction =
    Math.pow(
      (L.attraction + C.attraction_floor.value) / (LEVERS.attraction.noPolicy + C.attraction_floor.value),
      u.attraction_elasticity,
    ) *
    (1 - u.neighbour_pull / 100);
  const vaNew = {
    chips: u.va_new_chips,
    terminals: u.va_new_terminals,
    sensors: u.va_new_sensors,
    applications: u.va_new_applications,
  };
  const w = u.common_shock / 100;

  for (let t = 1; t <= END_YEAR - inputs.startYear; t++) {
    const lastOutput = total((s) => s.output);
    // §2 the world this year
    const z0 = rng.normal();
    const z = {
      terminals: rng.normal(),
      chips: rng.normal(),
      sensors: rng.normal(),
      applications: rng.normal(),
    };
    const frictionDraw = rng.uniform();
    const zProjects = rng.normal();
    const zPatents = rng.normal();
    const mixed = (zs: number) => Math.sqrt(w) * z0 + Math.sqrt(1 - w) * zs;
    const pinned = inputs.pinnedPcDemand[inputs.startYear + t];
    // world PC demand: AR(1) on log growth, or the pinned year's growth
    pcGrowth =
      pinned !== undefined
        ? Math.log(1 + pinned / 100)
        : pc.mean / 100 + u.pc_persistence * (pcGrowth - pc.mean / 100) + (pc.sd / 100) * mixed(z.terminals);
    const growth = {
      chips: (chip.mean + chip.sd * mixed(z.chips)) / 100,
      sensors: (emerging.mean + emerging.sd * mixed(z.sensors)) / 100,
      applications: (emerging.mean + emerging.sd * mixed(z.applications)) / 100,
    };
    const friction = frictionDraw < u.friction_prob / 100 ? u.friction_size / 100 : 0;

    // §3.1 incumbents follow their markets
    for (const s of SECTORS) {
      let m: number;
      if (s === 'terminals') {
        m =
          Math.max(0, Math.exp(pcGrowth) * (1 + u.terminal_drift / 100 - u.relocation / 100)) *
          (1 - friction);
      } else if (s === 'chips') {
        m = Math.max(0, 1 + growth.chips) * (1 - (C.chips_friction_share.value / 100) * friction);
      } else {
        m = Math.max(0, 1 + growth[s]);
      }
      sectors[s].output *= m;
      sectors[s].valueAdded *= m;
    }

    // §3.2 new projects: attracted and fund-backed
    const arrivals =
      (u.project_rate / 100) *
      lastOutput *
      attraction *
      Math.exp((u.project_noise / 100) * zProjects - 0.5 * (u.project_noise / 100) ** 2);
    for (const s of SECTORS) {
      sectors[s].queue += arrivals * mix(s) + fundCapital * fundShare(s) * C.capital_turnover.value[s];
    }

    // §4 land and space bind
    land += L.land;
    space += L.factory_space;
    const landNeed = SECTORS.filter((s) => usesLand[s]).reduce(
      (a, s) => a + sectors[s].queue * landPerCapacity(s),
      0,
    );
    const spaceNeed = SECTORS.filter((s) => !usesLand[s]).reduce(
      (a, s) => a + sectors[s].queue / u.space_productivity,
      0,
    );
    const landShare = landNeed > 0 ? Math.min(1, land / landNeed) : 0;
    const spaceShare = spaceNeed > 0 ? Math.min(1, space / spaceNeed) : 0;
    land -= landShare * landNeed;
    space -= spaceShare * spaceNeed;
    const placed = {} as Record<Sector, number>;
    for (const s of SECTORS) {
      const f = usesLand[s] ? landShare : spaceShare;
      placed[s] = f * sectors[s].queue;
      sectors[s].queue = (1 - f) * sectors[s].queue * (1 - u.wait_leave / 100);
    }

    // §4.1 ramp-up, at each sector's new-capacity value-added ratio
    const [r0, r1, r2] = C.ramp.value.map((x) => x / 100);
    for (const s of SECTORS) {
      const st = sectors[s];
      const added = r0 * placed[s] + r1 * st.placedLastYear + r2 * st.placedTwoYearsAgo;
      st.placedTwoYearsAgo = st.placedLastYear;
      st.placedLastYear = placed[s];
      st.output += added;
      st.valueAdded += (added * vaNew[s]) / 100;
    }

    // §6 R&D: firms' own spending at their sector's 2020 intensity; incentives lower its cost
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

    // §5 value added
    const marginCycle = Math.max(0, 1 + u.margin_cycle * (pcGrowth - pc.mean / 100));
    const cultivated = 1 + (u.cultivation_tfp / 100) * cultivationChange;
    const valueAdded = {
      chips: sectors.chips.valueAdded * productivity,
      terminals: sectors.terminals.valueAdded * marginCycle * productivity,
      sensors: sectors.sensors.valueAdded * productivity * cultivated,
      applications: sectors.applications.valueAdded * productivity * cultivated,
    };

    // §7 firms by sector
    const entryRate = (u.firm_entry / 100) * Math.max(0, 1 + (u.entry_policy / 100) * cultivationChange);
    const projectFirms = {} as Record<Sector, number>;
    for (const s of SECTORS) projectFirms[s] = rng.poisson(placed[s] / firmSize(s));
    const thresholdFirms = rng.poisson(firms * entryRate);
    const exits = Math.min(firms, rng.poisson(firms * (u.firm_exit / 100)));
    const newFromProjects = SECTORS.reduce((a, s) => a + projectFirms[s], 0);
    if (firms > 0) withInstitution -= (exits * withInstitution) / firms;
    const hazard = Math.min(1, u.inst_hazard / 100 + (u.inst_policy / 100) * innovation);
    withInstitution +=
      (firms - exits - withInstitution) * hazard +
      newFromProjects * (u.inst_new / 100) +
      thresholdFirms * (BASE_2020.rd_institution_share.value / 100);
    // threshold entries and exits fall on the sectors in proportion to their firms
    const spread = firms > 0 ? (thresholdFirms - exits) / firms : 0;
    for (const s of SECTORS) sectors[s].firms += projectFirms[s] + sectors[s].firms * spread;
    firms = firms + newFromProjects + thresholdFirms - exits;

    // §8 cumulative counts
    platforms += rng.poisson(u.platform_rate + u.platform_policy * innovation);
    leading += rng.poisson(
      SECTORS.reduce((a, s) => a + placed[s], 0) / u.leading_capacity + u.leading_policy * cultivation,
    );
    specialised += rng.poisson(
      u.spec_rate +
        u.spec_policy * cultivation +
        (C.spec_from_entries.value / 100) *
          (placed.sensors / firmSize('sensors') + placed.applications / firmSize('applications')),
    );

    record(t, valueAdded);
  }
  return result;
}
