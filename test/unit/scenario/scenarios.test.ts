import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { INDICATORS } from '../../../src/model/indicators.ts';
import { parseScenario, parseScenarioJson } from '../../../src/scenario/parse.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { toResult } from '../../../src/engine/result.ts';
import { loadScenario, PM, scenarioFiles, SCENARIO_DIR, simulate } from '../../helpers.ts';

describe('every scenario file', () => {
  const files = scenarioFiles();

  it('the required scenarios exist', () => {
    expect(files).toEqual(
      expect.arrayContaining(['plan.json', 'no-new-policy.json', 'downside.json', 'realised-pc-demand.json']),
    );
  });

  it.each(files)('%s parses, says what it means, and passes the invariants', (file) => {
    const s = loadScenario(file);
    expect(`${s.id}.json`).toBe(file);
    expect(s.description.zh.length).toBeGreaterThan(10);
    expect(s.description.en.length).toBeGreaterThan(10);
    const inputs = toInputs(s);
    const r = toResult(simulate(inputs, 2000), inputs, { scenario: s.id, seed: s.seed });
    for (const k of INDICATORS) {
      const ind = r.indicators[k];
      expect(ind.target).toBe(PM.indicators[k].target?.value ?? null); // targets read from one place (the plan)
      expect(ind.pMeet).toBeGreaterThanOrEqual(0);
      expect(ind.pMeet).toBeLessThanOrEqual(1);
      r.years.forEach((_, i) => {
        const q = [ind.p5[i], ind.p25[i], ind.p50[i], ind.p75[i], ind.p95[i]];
        if (q.every((x) => x === null)) return; // growth rates in the start year
        for (let j = 1; j < q.length; j++) expect(q[j]!).toBeGreaterThanOrEqual(q[j - 1]!);
      });
    }
    for (const k of ['va_ratio', 'rd_intensity', 'rd_institution_share'] as const) {
      for (const x of [...r.indicators[k].p5, ...r.indicators[k].p95]) {
        expect(x!).toBeGreaterThanOrEqual(0);
        expect(x!).toBeLessThanOrEqual(100);
      }
    }
    expect(Math.min(...r.indicators.output.p5.map((x) => x!))).toBeGreaterThan(0);
    expect(Math.min(...r.indicators.firms.p5.map((x) => x!))).toBeGreaterThanOrEqual(0);
  });

  it('plan.json carries the levers the plan file calls the plan, no-new-policy.json the no-policy ones', () => {
    const plan = loadScenario('plan.json');
    const none = loadScenario('no-new-policy.json');
    for (const k of PM.leverKeys) {
      expect(plan.levers[k]).toBe(PM.levers[k].plan);
      expect(none.levers[k]).toBe(PM.levers[k].noPolicy);
    }
  });

  it('realised-pc-demand pins the Gartner series of 2021–2025, the source the demand model is fitted on', () => {
    expect(loadScenario('realised-pc-demand.json').pinnedPcDemand).toEqual({
      '2021': 9.9,
      '2022': -16.2,
      '2023': -14.8,
      '2024': 1.3,
      '2025': 9.1,
    });
  });
});

describe('bad scenarios get a clear error naming the field and the allowed range; nothing is clamped', () => {
  const plan = JSON.parse(readFileSync(new URL('plan.json', SCENARIO_DIR), 'utf8'));
  const errorsOf = (mutate: (s: typeof plan) => void) => {
    const s = structuredClone(plan);
    mutate(s);
    const r = parseScenario(s);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('out-of-range lever', () => {
    expect(errorsOf((s) => (s.levers.land = 5000))).toEqual([
      'levers.land: lever "land" = 5000 is outside the allowed range 0–2000 mu a year',
    ]);
  });
  it('unknown lever', () => {
    expect(errorsOf((s) => (s.levers.subsidy = 1))).toEqual(['levers: unknown field "subsidy"']);
  });
  it('a missing lever and a non-number', () => {
    const e = errorsOf((s) => {
      delete s.levers.fund;
      s.levers.talent = '2';
    });
    expect(e.join('\n')).toMatch(/levers\.fund: .*number/);
    expect(e.join('\n')).toMatch(/levers\.talent: .*number/);
  });
  it('fund shares that do not add up to 100', () => {
    expect(errorsOf((s) => (s.levers.fund_chips = 50)).join('\n')).toMatch(
      /add up to 110; they must add up to 100/,
    );
  });
  it('an assumption outside its bounds, or with lo > hi', () => {
    expect(
      errorsOf((s) => (s.assumptions.fund_raised = { kind: 'uniform', lo: 10, hi: 120 })).join('\n'),
    ).toMatch(/assumptions\.fund_raised\.hi: .*120 is outside the allowed range 0–100/);
    expect(
      errorsOf((s) => (s.assumptions.fund_raised = { kind: 'uniform', lo: 60, hi: 20 })).join('\n'),
    ).toMatch(/lo must not exceed hi/);
    expect(
      errorsOf((s) => (s.assumptions.fund_raised = { kind: 'normal', mean: 1, sd: 1 })).join('\n'),
    ).toMatch(/assumptions\.fund_raised/);
  });
  it('runs, seed, start year and pinned years', () => {
    expect(errorsOf((s) => (s.runs = 10)).join()).toMatch(/runs must be between 100 and 10,000,000/);
    expect(errorsOf((s) => (s.startYear = 2010)).join()).toMatch(/startYear must be between 2016 and 2020/);
    expect(errorsOf((s) => (s.pinnedPcDemand = { '2019': 3 })).join()).toMatch(
      /pinned year 2019 must lie after/,
    );
    expect(errorsOf((s) => (s.format = 'v0')).join()).toMatch(/format must be "ngit-scenario\/1"/);
  });
  it('malformed JSON is reported as such and never throws', () => {
    const r = parseScenarioJson('{"format": "ngit-scenario/1", ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^not valid JSON/);
    for (const junk of ['', 'null', '[]', '42', '"plan"', '{}'])
      expect(parseScenarioJson(junk).ok).toBe(false);
  });
});
