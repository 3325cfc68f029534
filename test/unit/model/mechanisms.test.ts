import { describe, expect, it } from 'vitest';
import { noPolicyLevers, type ModelInputs } from '../../../src/model/inputs.ts';
import { INDICATORS, INDICATOR_SHAPES } from '../../../src/model/indicators.ts';
import type { LeverKey } from '../../../src/model/parameters.ts';
import { onePath, planInputs, PM, simulate, stat } from '../../helpers.ts';

const RUNS = 3000;
const withLever = (key: LeverKey, value: number, base: ModelInputs = planInputs()): ModelInputs => ({
  ...base,
  levers: { ...base.levers, [key]: value },
});
const mean2025 = (inputs: ModelInputs, series: Parameters<typeof stat>[2] = 'output') =>
  stat(simulate(inputs, RUNS), inputs, series, 2025).mean;

describe('each mechanism moves in the documented direction', () => {
  it.each([
    ['land', [0, 300, 830, 1500, 2000]],
    ['factory_space', [0, 4, 8.2, 20, 30]],
    ['attraction', [0, 3, 5, 10, 20]],
  ] as const)('more %s never lowers expected output (2025 and 2035)', (key, values) => {
    let prev25 = -Infinity;
    let prev35 = -Infinity;
    for (const v of values) {
      const inputs = withLever(key, v);
      const s = simulate(inputs, RUNS);
      const m25 = stat(s, inputs, 'output', 2025).mean;
      const m35 = stat(s, inputs, 'output', 2035).mean;
      expect(m25).toBeGreaterThanOrEqual(prev25);
      expect(m35).toBeGreaterThanOrEqual(prev35);
      prev25 = m25;
      prev35 = m35;
    }
  });

  it('more fund raises expected value added; its output can fall where chips crowd terminals off the land (§4.2)', () => {
    const va = (f: number, year: number) => {
      const inputs = withLever('fund', f);
      return stat(simulate(inputs, RUNS), inputs, 'value_added', year).mean;
    };
    let prev = -Infinity;
    for (const f of [0, 5, 10, 25, 50]) {
      const v = va(f, 2035);
      expect(v).toBeGreaterThan(prev);
      prev = v;
    }
    // with land to spare, the fund adds output too
    const ample = (f: number) => mean2025(withLever('fund', f, withLever('land', 2000)));
    expect(ample(50)).toBeGreaterThan(ample(0));
  });

  it('the fund and attraction have diminishing returns', () => {
    const o = (f: number) => mean2025(withLever('fund', f, withLever('land', 2000)));
    const [a, b, c] = [o(0), o(25), o(50)];
    expect(b - a).toBeGreaterThan(c - b);
    expect(c - b).toBeGreaterThan(0);
    const at = (x: number) => mean2025(withLever('attraction', x));
    const [d, e, f] = [at(0), at(10), at(20)];
    expect(e - d).toBeGreaterThan(f - e);
  });

  it('running out of land defers projects: they queue, and more land places them', () => {
    const short = onePath(withLever('land', 0, withLever('attraction', 20)), 3);
    const ample = onePath(withLever('land', 2000, withLever('attraction', 20)), 3);
    for (let t = 1; t < short.nYears; t++) {
      expect(short.trace.landPlaced[t]).toBe(0);
      expect(short.trace.landQueue[t]).toBeGreaterThan(0);
      expect(ample.trace.landPlaced[t]).toBeGreaterThan(0);
    }
    expect(ample.at('output', 2030)).toBeGreaterThan(short.at('output', 2030));
  });

  it('land does nothing when no projects are waiting: it is a constraint, not a multiplier', () => {
    const noProjects = (land: number) => {
      const inputs = withLever('land', land, withLever('fund', 0));
      inputs.uncertainties = { ...inputs.uncertainties, project_rate: { kind: 'fixed', value: 0 } };
      return onePath(inputs, 5);
    };
    const a = noProjects(500);
    const b = noProjects(2000);
    expect(a.at('output', 2035)).toBe(b.at('output', 2035));
    expect(b.trace.landStock[15]).toBeGreaterThan(a.trace.landStock[15]);
  });

  it('talent and R&D incentives raise R&D intensity and value added (R&D productivity, §6), not output', () => {
    const low = { ...planInputs(), levers: { ...planInputs().levers, talent: 0, rd_incentive: 0 } };
    const high = { ...planInputs(), levers: { ...planInputs().levers, talent: 10, rd_incentive: 20 } };
    expect(mean2025(high, 'rd_intensity')).toBeGreaterThan(mean2025(low, 'rd_intensity'));
    expect(mean2025(high, 'va_ratio')).toBeGreaterThan(mean2025(low, 'va_ratio'));
    expect(mean2025(high, 'rd_institution_share')).toBeGreaterThan(mean2025(low, 'rd_institution_share'));
    expect(mean2025(high, 'innovation_platforms')).toBeGreaterThan(mean2025(low, 'innovation_platforms'));
    expect(mean2025(high, 'value_added')).toBeGreaterThan(mean2025(low, 'value_added'));
    expect(mean2025(high, 'output')).toBe(mean2025(low, 'output'));
  });

  it('cultivation raises the counts of specialised and leading firms', () => {
    const low = withLever('cultivation', 0);
    const high = withLever('cultivation', 10);
    expect(mean2025(high, 'specialised_firms')).toBeGreaterThan(mean2025(low, 'specialised_firms'));
    expect(mean2025(high, 'leading_firms')).toBeGreaterThan(mean2025(low, 'leading_firms'));
    expect(mean2025(high, 'firms')).toBeGreaterThan(mean2025(low, 'firms'));
    // and the value added of the small-firm sectors (cultivation_tfp)
    expect(mean2025(high, 'va_sensors')).toBeGreaterThan(mean2025(low, 'va_sensors'));
  });

  it('world PC demand has memory: after a pinned boom the next year is above its mean in expectation', () => {
    const after = (g: number) => {
      const inputs = planInputs({ pinnedPcDemand: { 2021: g } });
      let sum = 0;
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) sum += onePath(inputs, seed).trace.pcGrowth[2];
      return sum / 8;
    };
    // same draws, so the difference is the persistence alone: phi × (ln 1.3 − ln 0.8) with phi in 0.49–0.86
    const diff = after(30) - after(-20);
    expect(diff).toBeGreaterThan(0.49 * (Math.log(1.3) - Math.log(0.8)) - 1e-9);
    expect(diff).toBeLessThan(0.86 * (Math.log(1.3) - Math.log(0.8)) + 1e-9);
  });

  it('a notebook boom lowers the value-added ratio: it is the output-weighted mix', () => {
    const boom = planInputs({ pinnedPcDemand: { 2021: 40, 2022: 40, 2023: 40 } });
    const bust = planInputs({ pinnedPcDemand: { 2021: -20, 2022: -20, 2023: -20 } });
    const b = onePath(boom, 9);
    const s = onePath(bust, 9);
    expect(b.at('output', 2023)).toBeGreaterThan(s.at('output', 2023));
    expect(b.at('va_ratio', 2023)).toBeLessThan(s.at('va_ratio', 2023));
  });

  it('pinning PC demand removes the PC randomness and nothing else', () => {
    const calm = planInputs({ pinnedPcDemand: { 2021: 14.8 } });
    calm.uncertainties = {
      ...calm.uncertainties,
      friction_prob: { kind: 'fixed', value: 0 },
      terminal_drift: { kind: 'fixed', value: 1 },
      relocation: { kind: 'fixed', value: 1 },
      land_productivity: { kind: 'fixed', value: 0.25 },
      project_rate: { kind: 'fixed', value: 0 },
    };
    calm.levers = { ...calm.levers, fund: 0 };
    const a = onePath(calm, 11);
    const b = onePath(calm, 12);
    // terminals in 2021: the same in every path (incumbents × 1.148 plus the same pipeline)...
    expect(a.trace.sectorOutput[1][1]).toBe(b.trace.sectorOutput[1][1]);
    expect(a.trace.sectorOutput[1][1]).toBeGreaterThan(2259.3 * 0.774 * 1.148 * 1.0);
    expect(a.trace.pcGrowth[1]).toBeCloseTo(Math.log(1.148), 12);
    // ...while chips still follow their own sampled cycle, and 2022 terminals are sampled again
    expect(a.trace.sectorOutput[0][1]).not.toBe(b.trace.sectorOutput[0][1]);
    expect(a.trace.sectorOutput[1][2]).not.toBe(b.trace.sectorOutput[1][2]);
  });

  it('shares stay within 0–100 % and counts are whole and non-negative, in every path of every package', () => {
    const packages = [
      planInputs(),
      planInputs({ levers: noPolicyLevers(PM) }),
      planInputs({
        levers: {
          ...planInputs().levers,
          talent: 10,
          rd_incentive: 20,
          cultivation: 10,
          fund: 50,
          land: 2000,
        },
      }),
    ];
    for (const inputs of packages) {
      const s = simulate(inputs, 2000);
      for (let year = 2020; year <= 2035; year++) {
        for (const k of ['va_ratio', 'rd_intensity', 'rd_institution_share'] as const) {
          const st = stat(s, inputs, k, year);
          expect(st.min).toBeGreaterThanOrEqual(0);
          expect(st.max).toBeLessThanOrEqual(100);
        }
        for (const k of INDICATORS) {
          const st = stat(s, inputs, k, year);
          if (INDICATOR_SHAPES[k].integer) {
            expect(Number.isInteger(st.min) && Number.isInteger(st.max)).toBe(true);
            expect(st.min).toBeGreaterThanOrEqual(0);
          }
        }
        expect(stat(s, inputs, 'output', year).min).toBeGreaterThan(0);
      }
    }
  });
});
