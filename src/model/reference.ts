/**
 * The model written plainly, as a newcomer would: plain objects per sector, a loop over sectors, arrays of results.
 * It is the readable statement of the equations in docs/MODEL.md; src/model/simulate.ts is the fast kernel that
 * keeps the same state in local variables. Given the same random source, the two give the same numbers (a test
 * pins it), and the benchmark measures one against the other.
 */
import { BASE_2020, SECTOR_BASE } from './base.ts';
import type { ModelInputs } from './inputs.ts';
import { CONSTANTS, LEVERS, type Dist, type UncertaintyKey } from './parameters.ts';
import { SECTORS, type Sector } from './sectors.ts';
import { PATH_KEYS } from './path-keys.ts';
import type { RandomSource } from './random-source.ts';
import { SERIES, type Series } from './series.ts';
import { END_YEAR } from './indicators.ts';

interface SectorState {
  output: number;
  valueAdded: number;
  rdSpend: number;
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

  // §1 the base
  const y0 =
    BASE_2020.output.value / Math.pow(1 + BASE_2020.growth_2016_2020.value / 100, 2020 - inputs.startYear);
  const sectors = {} as Record<Sector, SectorState>;
  for (const s of SECTORS) {
    const output = (y0 * SECTOR_BASE[s].outputShare) / 100;
    sectors[s] = {
      output,
      valueAdded: (output * SECTOR_BASE[s].vaRatio) / 100,
      rdSpend: (output * SECTOR_BASE[s].rdIntensity) / 100,
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

  let firms = BASE_2020.firms.value;
  let withInstitution = (firms * BASE_2020.rd_institution_share.value) / 100;
  let platforms = 0;
  let leading = 0;
  let specialised = 0;
  let capability = 0;
  let lnPatents = 0;
  let land = 0;
  let space = 0;
  const total = (f: (s: SectorState) => number) => SECTORS.reduce((a, s) => a + f(sectors[s]), 0);
  let rdSpend = total((s) => s.rdSpend);

  const record = (t: number, output: number, valueAdded: number) => {
    result.output.push(output);
    result.output_cagr.push(t === 0 ? NaN : 100 * (Math.pow(output / y0, 1 / t) - 1));
    result.va_ratio.push(output > 0 ? Math.min(100, (100 * valueAdded) / output) : 0);
    result.rd_intensity.push(output > 0 ? Math.min(100, (100 * rdSpend) / output) : 0);
    result.rd_institution_share.push(firms > 0 ? (100 * withInstitution) / firms : 0);
    result.innovation_platforms.push(platforms);
    result.patent_cagr.push(t === 0 ? NaN : 100 * (Math.exp(lnPatents / t) - 1));
    result.firms.push(firms);
    result.leading_firms.push(leading);
    result.specialised_firms.push(specialised);
    result.value_added.push(valueAdded);
  };
  record(
    0,
    y0,
    total((s) => s.valueAdded),
  );

  const sat = (x: number, h: number) => 1 - Math.exp(-x / h);
  const innovation = sat(L.rd_incentive + u.talent_effect * L.talent, C.policy_halfsat.value);
  const cultivation = sat(L.cultivation, C.cultivation_halfsat.value);
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
  const rdNew = {
    chips: u.rd_new_chips,
    terminals: u.rd_new_terminals,
    sensors: u.rd_new_sensors,
    applications: u.rd_new_applications,
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
    const growth = {
      terminals: (pinned !== undefined ? pinned : pc.mean + pc.sd * mixed(z.terminals)) / 100,
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
          Math.max(0, (1 + growth.terminals) * (1 + u.terminal_drift / 100 - u.relocation / 100)) *
          (1 - friction);
      } else if (s === 'chips') {
        m = Math.max(0, 1 + growth.chips) * (1 - (C.chips_friction_share.value / 100) * friction);
      } else {
        m = Math.max(0, 1 + growth[s]);
      }
      sectors[s].output *= m;
      sectors[s].valueAdded *= m;
      sectors[s].rdSpend *= m;
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

    // §4.1 ramp-up
    const [r0, r1, r2] = C.ramp.value.map((x) => x / 100);
    for (const s of SECTORS) {
      const st = sectors[s];
      const added = r0 * placed[s] + r1 * st.placedLastYear + r2 * st.placedTwoYearsAgo;
      st.placedTwoYearsAgo = st.placedLastYear;
      st.placedLastYear = placed[s];
      st.output += added;
      st.valueAdded += (added * vaNew[s]) / 100;
      st.rdSpend += (added * rdNew[s]) / 100;
    }

    // §5 capability and value added
    capability =
      capability * (1 - C.capability_decay.value / 100) +
      (C.capability_gain.value / 100) *
        (u.talent_effect * Math.log(1 + L.talent / C.talent_halfsat.value) +
          Math.log(1 + L.rd_incentive / C.policy_halfsat.value));
    const output = total((s) => s.output);
    const valueAdded = total((s) => s.valueAdded) * (1 + u.capability_va * capability);

    // §6 R&D and patents
    const rdBefore = rdSpend;
    rdSpend = total((s) => s.rdSpend) * (1 + capability) + u.rd_crowding * L.rd_incentive;
    lnPatents +=
      (patent.mean + patent.sd * zPatents) / 100 +
      (rdBefore > 0 && rdSpend > 0 ? u.patent_elasticity * Math.log(rdSpend / rdBefore) : 0);

    // §7 firms
    const size = C.firm_size.value;
    const projectFirms = rng.poisson(SECTORS.reduce((a, s) => a + placed[s] / size[s], 0));
    const thresholdFirms = rng.poisson(
      firms * (u.firm_entry / 100) * (1 + (C.entry_policy_max.value / 100) * cultivation),
    );
    const exits = Math.min(firms, rng.poisson(firms * (u.firm_exit / 100)));
    if (firms > 0) withInstitution -= (exits * withInstitution) / firms;
    const hazard = Math.min(1, u.inst_hazard / 100 + (C.inst_policy_max.value / 100) * innovation);
    withInstitution +=
      (firms - exits - withInstitution) * hazard +
      projectFirms * (u.inst_new / 100) +
      thresholdFirms * (BASE_2020.rd_institution_share.value / 100);
    firms = firms - exits + projectFirms + thresholdFirms;

    // §8 cumulative counts
    platforms += rng.poisson(u.platform_rate + C.platform_policy_max.value * innovation);
    leading += rng.poisson(
      SECTORS.reduce((a, s) => a + placed[s], 0) / u.leading_capacity +
        C.leading_policy_max.value * cultivation,
    );
    specialised += rng.poisson(
      u.spec_rate +
        C.spec_policy_max.value * cultivation +
        (C.spec_from_entries.value / 100) *
          (placed.sensors / size.sensors + placed.applications / size.applications),
    );

    record(t, output, valueAdded);
  }
  return result;
}
