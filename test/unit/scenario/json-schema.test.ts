/**
 * The published JSON Schema (scenarios/scenario.schema.json) as another program meets it: compiled by ajv 8 for
 * draft 2020-12 in its default strict mode, it accepts every shipped scenario and a file that uses every kind of
 * assumption with decimals, and refuses values out of range, unknown keys and wrong types, as the zod schema does.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { SCHEMA_FILE } from '../../../scripts/generated.ts';
import { SCENARIO_DIR, scenarioFiles } from '../../helpers.ts';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const raw = (file: string) =>
  JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8')) as Record<string, unknown>;
const plan = raw('plan.json');
const levers = plan.levers as Record<string, number>;
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('scenarios/scenario.schema.json under ajv 8 (draft 2020-12)', () => {
  it('is draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(scenarioFiles())('accepts the shipped %s', (file) => {
    const ok = validate(raw(file));
    expect(errors()).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts decimals that floating-point division gets wrong (8.2 / 0.0001 = 81999.99999999999)', () => {
    const s = {
      ...plan,
      levers: { ...levers, factory_space: 8.2, talent: 0.3, rd_incentive: 2.0001 },
      assumptions: {
        relocation: { kind: 'triangular', lo: 0.1, mode: 0.3, hi: 4.7 },
        land_productivity: { kind: 'uniform', lo: 0.07, hi: 0.18 },
        pc_demand: { kind: 'normal', mean: -0.7, sd: 4.1 },
        rd_relabelling: { kind: 'fixed', value: 24.2 },
      },
      pinnedPcDemand: { '2023': -13.9 },
    };
    expect(parseScenario(s).ok).toBe(true); // a valid scenario for the simulator too
    expect(validate(s), errors().join('; ')).toBe(true);
  });

  it.each([
    ['a lever above its range', { levers: { ...levers, land: 99999 } }, '/levers/land'],
    ['a lever below its range', { levers: { ...levers, fund: -1 } }, '/levers/fund'],
    ['runs below 100', { runs: 50 }, '/runs'],
    ['an unknown top-level key', { colour: 'red' }, ''],
    ['an unknown lever', { levers: { ...levers, subsidy: 3 } }, '/levers'],
    ['a lever given as text', { levers: { ...levers, land: '830' } }, '/levers/land'],
    ['runs given as text', { runs: '20000' }, '/runs'],
    ['a fractional number of runs', { runs: 1000.5 }, '/runs'],
    ['another format', { format: 'ngit-scenario/2' }, '/format'],
    [
      'an assumption of an unknown kind',
      { assumptions: { relocation: { kind: 'beta', a: 1 } } },
      '/assumptions',
    ],
    ['a pinned year not written as four digits', { pinnedPcDemand: { '23': 1 } }, '/pinnedPcDemand'],
  ])('refuses %s', (_what, change, at) => {
    const s = { ...plan, ...change };
    expect(parseScenario(s).ok).toBe(false); // the simulator refuses it as well
    expect(validate(s)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.startsWith(at))).toBe(true);
  });

  it('refuses a file with a required field missing', () => {
    const { levers: _dropped, ...rest } = plan;
    expect(validate(rest)).toBe(false);
    expect(errors().join('; ')).toMatch(/must have required property 'levers'/);
  });
});
