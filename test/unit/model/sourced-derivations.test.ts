/**
 * The parameters sourced in issue 20, item 5 by a derivation from published figures: each test redoes the arithmetic
 * the source text states, from the figures it cites (typed here once, as the publications give them) or from the
 * model's own fitted series, and checks that the text carries the result and that the parameter's value or range
 * holds what the figures give. A changed value, range or figure that the source no longer supports fails here.
 */
import { describe, expect, it } from 'vitest';
import { UNCERTAINTIES, type Dist } from '../../../src/model/parameters.ts';
import { chipLogGrowth } from '../../../src/model/chip-sales.ts';
import { pcLogGrowth } from '../../../src/model/pc-shipments.ts';
import { fitAr1, fitChipAr1, type Ar1Fit } from '../../../src/model/fit.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../../../src/scenario/plans.ts';

const uniform = (d: Dist) => {
  if (d.kind !== 'uniform') throw new Error(`expected a uniform, got ${d.kind}`);
  return d;
};
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};
function corr(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('common_shock: the correlation of the two fitted demand series', () => {
  const shock = (g: (y: number) => number, f: Ar1Fit, ys: number[]) =>
    ys.map((y) => g(y) - f.mu - f.phi * (g(y - 1) - f.mu));
  const innovYears = years(2008, 2020);
  const rShock = corr(
    shock(pcLogGrowth, fitAr1(), innovYears),
    shock(chipLogGrowth, fitChipAr1(), innovYears),
  );
  const growthYears = years(2007, 2020);
  const rGrowth = corr(growthYears.map(pcLogGrowth), growthYears.map(chipLogGrowth));
  // ± one standard error on Fisher's z
  const z = Math.atanh(rShock);
  const se = 1 / Math.sqrt(innovYears.length - 3);
  const band = [Math.tanh(z - se), Math.tanh(z + se)];
  const u = UNCERTAINTIES.common_shock;

  it('gives the correlations the source states', () => {
    expect(innovYears).toHaveLength(13);
    expect(u.source).toContain(`correlated ${rShock.toFixed(2)} over 2008–2020 (13 years`);
    expect(u.source).toContain(`${band[0].toFixed(2)}–${band[1].toFixed(2)}`);
    expect(u.source).toContain(`log growths ${rGrowth.toFixed(2)} over 2007–2020`);
  });

  it('holds a common share between the two correlations and inside the shocks’ ± one standard error', () => {
    if (u.default.kind !== 'fixed') throw new Error('common_shock is fixed');
    const w = u.default.value / 100; // the correlation between two sectors' shocks
    expect(w).toBeGreaterThanOrEqual(Math.min(rGrowth, rShock));
    expect(w).toBeLessThanOrEqual(Math.max(rGrowth, rShock));
    expect(w).toBeGreaterThanOrEqual(band[0]);
    expect(w).toBeLessThanOrEqual(band[1]);
    expect(u.assumption).toBe(false);
  });
});

describe('patent_trend: national invention applications against R&D spending, 2017–2020', () => {
  // CNIPA, China Intellectual Property Statistical Yearbook 2022, table 1-2: domestic invention applications
  const applications: Record<number, number> = {
    2017: 1_245_709,
    2018: 1_393_815,
    2019: 1_243_568,
    2020: 1_344_817,
  };
  // NBS, MOST and MOF, 全国科技经费投入统计公报 2018, 2019 and 2020: R&D spending growth, % (nominal)
  const rd: Record<number, number> = { 2018: 11.8, 2019: 12.5, 2020: 10.2 };
  const ys = [2018, 2019, 2020];
  const own = (el: number) =>
    ys.map(
      (y) => 100 * Math.log(applications[y] / applications[y - 1]) - el * 100 * Math.log(1 + rd[y] / 100),
    );
  const el = uniform(UNCERTAINTIES.patent_elasticity.default);
  const u = UNCERTAINTIES.patent_trend;

  it('gives the average and spread the source states, at both ends of the elasticity’s range', () => {
    const lo = own(el.lo);
    const hi = own(el.hi);
    expect(u.source).toContain(
      `−${Math.abs(mean(lo)).toFixed(1)} to −${Math.abs(mean(hi)).toFixed(1)} log-%`,
    );
    expect(mean(lo)).toBeLessThan(0);
    expect(mean(hi)).toBeLessThan(0);
    for (const xs of [lo, hi]) expect(Math.abs(sd(xs) - 12.5)).toBeLessThan(0.5);
    expect(u.source).toContain('sd of about 12.5 (3 years)');
  });

  it('has a mean within one standard error of the averages and an sd within a factor 2 of the spread', () => {
    if (u.default.kind !== 'normal') throw new Error('patent_trend is a normal shock');
    for (const e of [el.lo, el.hi]) {
      const xs = own(e);
      const se = sd(xs) / Math.sqrt(xs.length);
      expect(Math.abs(u.default.mean - mean(xs))).toBeLessThan(se);
      expect(u.default.sd).toBeGreaterThan(sd(xs) / 2);
      expect(u.default.sd).toBeLessThan(sd(xs) * 2);
    }
  });
});

describe('space_productivity: output per m² of floor from output per 亩 and plot ratios', () => {
  const m2PerMu = 10_000 / 15; // 666.7 m²
  const land = uniform(UNCERTAINTIES.land_productivity.default); // 亿元 per 亩
  const space = uniform(UNCERTAINTIES.space_productivity.default); // 亿元 per 10,000 m²
  const perM2 = (yiPerMu: number, plotRatio: number) => (yiPerMu * 1e8) / m2PerMu / plotRatio; // 元 per m²
  const low = perM2(land.lo, 2.21);
  const high = perM2(land.hi, 1.0);
  const shanghai = perM2(0.183, 2.21); // 1,830 万元/亩 at a plot ratio of 2.21 (界面新闻, 2024)
  const rongchang = (20 * 1e8) / (42 * 1e4); // 20 亿元 expected on 42 万㎡ of standard factory space (荣昌, its first year)

  it('gives the figures the source states', () => {
    const s = UNCERTAINTIES.space_productivity.source;
    expect(s).toContain(
      `about ${(Math.round(low / 50) * 50).toLocaleString('en')}–${Math.round(high).toLocaleString('en')} 元`,
    );
    expect(s).toContain(`about ${(Math.round(shanghai / 100) * 100).toLocaleString('en')} 元/m²`);
    expect(s).toContain('700–1,800 万元');
    expect(s).toContain(
      `about ${(Math.round(rongchang / 10) * 10).toLocaleString('en')} 元/m² in its first year`,
    );
    expect(land.lo).toBe(0.07);
    expect(land.hi).toBe(0.18);
  });

  it('has a range that covers them', () => {
    const lo = (space.lo * 1e8) / 10_000;
    const hi = (space.hi * 1e8) / 10_000;
    for (const x of [low, high, shanghai, rongchang]) {
      expect(x).toBeGreaterThanOrEqual(lo);
      expect(x).toBeLessThanOrEqual(hi);
    }
  });
});

describe('the other derived ranges hold the figures their sources give', () => {
  it('va_new_applications: profit plus pay of China’s software industry, 2019 and 2020', () => {
    const plan = bundledPlan(LEGACY_PLAN_ID)!;
    const nva = plan.sectors.find((s) => s.id === 'applications')!.newValueAdded;
    const d = uniform(nva.default);
    const y2020 = (100 * (10_676 + 9_941)) / 81_616; // MIIT 2020 bulletin: profit, wages, revenue (亿元)
    const y2019 = (100 * (9_835 + 11_251)) / 72_072; // MIIT 2019 annual data: profit, pay, revenue (亿元)
    expect(nva.source).toContain(`= ${y2020.toFixed(1)} % of revenue`);
    expect(nva.source).toContain(`${y2019.toFixed(1)} %`);
    for (const x of [y2019, y2020]) {
      expect(x).toBeGreaterThanOrEqual(d.lo);
      expect(x).toBeLessThanOrEqual(d.hi);
    }
    expect(nva.assumption).toBe(false);
  });

  it('inst_new: the plan’s 29.8 % and the share of large firms with an institution (Fujian 2019)', () => {
    const d = uniform(UNCERTAINTIES.inst_new.default);
    const large = (100 * 172) / 451;
    expect(UNCERTAINTIES.inst_new.source).toContain(`172 of 451 (${Math.round(large)} %)`);
    for (const x of [29.8, large]) {
      expect(x).toBeGreaterThanOrEqual(d.lo);
      expect(x).toBeLessThanOrEqual(d.hi);
    }
  });

  it('leading_capacity: the notebook makers’ average and Quanta’s 2016 output', () => {
    const d = uniform(UNCERTAINTIES.leading_capacity.default);
    const average = 1827 / 6;
    expect(UNCERTAINTIES.leading_capacity.source).toContain(`about ${Math.round(average)} 亿元 each`);
    for (const x of [average, 573]) {
      expect(x).toBeGreaterThanOrEqual(d.lo);
      expect(x).toBeLessThanOrEqual(d.hi);
    }
  });

  it('emerging_demand: the forecast is the mean, the yearly sensor figures lie within one sd', () => {
    const d = UNCERTAINTIES.emerging_demand.default;
    if (d.kind !== 'normal') throw new Error('emerging_demand is a normal shock');
    expect(d.mean).toBe(8);
    for (const g of [9.7, 12.29, 5.6]) {
      expect(UNCERTAINTIES.emerging_demand.source).toContain(`+${g} %`);
      expect(Math.abs(g - d.mean)).toBeLessThanOrEqual(d.sd);
    }
  });

  it('friction_prob: at most the one threat to notebooks of 2010–2020, one shock a decade', () => {
    const d = UNCERTAINTIES.friction_prob.default;
    if (d.kind !== 'fixed') throw new Error('friction_prob is fixed');
    const threats = 1; // Section 301 List 4B on laptops, 2019, suspended before it took effect
    const decade = 2020 - 2010;
    expect(d.value).toBeLessThanOrEqual((100 * threats) / decade);
    expect(UNCERTAINTIES.friction_prob.source).toContain('at most one shock a decade, 10 % a year');
  });

  it('fund: no new policy is no fund, as the plan sets the fund up', () => {
    const fund = bundledPlan(LEGACY_PLAN_ID)!.levers.fund;
    expect(fund.noPolicy).toBe(0);
    expect(fund.assumed).not.toContain('noPolicy');
    expect(fund.source).toContain('设立新一代信息技术产业发展专项基金');
  });

  it('wait_leave: the contracts lost within 4–10 months (Yunnan 2015), as a yearly rate, lie in the range', () => {
    const d = uniform(UNCERTAINTIES.wait_leave.default);
    const kept = 0.82;
    const yearly = (months: number) => 100 * (1 - kept ** (12 / months));
    expect(UNCERTAINTIES.wait_leave.source).toContain(
      `about ${Math.round(yearly(10))}–${Math.round(yearly(4))} % a year`,
    );
    for (const m of [4, 10]) {
      expect(yearly(m)).toBeGreaterThanOrEqual(d.lo);
      expect(yearly(m)).toBeLessThanOrEqual(d.hi);
    }
  });

  it('factory_space cost: between the two published projects, per ㎡', () => {
    const l = bundledPlan(LEGACY_PLAN_ID)!.levers.factory_space;
    const perM2 = (l.cost * 1e8) / 1e4; // 亿元 per 万㎡ → 元 per ㎡
    const bishan = (10 * 1e8) / (50 * 1e4);
    const taiyuan = (11_390.65 * 1e4) / 26_409.51;
    expect(l.source).toContain(`${perM2} 元/㎡`);
    expect(l.source).toContain(`${bishan} 元/㎡`);
    expect(l.source).toContain(`about ${Math.round(taiyuan)} 元/㎡`);
    expect(perM2).toBeGreaterThanOrEqual(bishan);
    expect(perM2).toBeLessThanOrEqual(taiyuan);
    expect(l.assumed).not.toContain('cost');
  });

  it('patent_elasticity: the panel estimates lie in the range', () => {
    const d = uniform(UNCERTAINTIES.patent_elasticity.default);
    expect(UNCERTAINTIES.patent_elasticity.source).toContain('about 0.5–0.7');
    expect(d.lo).toBeLessThanOrEqual(0.5);
    expect(d.hi).toBeGreaterThanOrEqual(0.7);
  });
});
