/**
 * Links across the change to plan files (issue 19, item 7). Old links: test/fixtures/links-2.0.2.json holds share
 * links the app made at fa457fd (model 2.0.2, before plans were files) for the five shipped scenarios and a modified
 * plan; each must decode, name the 2021–2025 plan and give the scenario of the file it was made from. Link form 2:
 * per-period levers, the user's targets and base figures, a scenario of another bundled plan, and a link that
 * carries its plan, decoded where that plan is not held; a carried plan that is invalid is refused with the plan's
 * own message, and a link to a plan neither held nor carried says which plan is missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/model/plan.ts';
import { versionGap } from '../../../src/model/version.ts';
import { planPreset } from '../../../src/scenario/plan-presets.ts';
import {
  bundledPlan,
  LEGACY_PLAN_ID,
  planById,
  registerPlan,
  unregisterPlan,
} from '../../../src/scenario/plans.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { decodeShareLink, encodeShareLink, MAX_LINK_CHARS } from '../../../src/scenario/share-link.ts';
import { loadScenario } from '../../helpers.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/links-2.0.2.json', import.meta.url), 'utf8'),
) as { madeWith: string; links: Record<string, string> };
const LEGACY = bundledPlan(LEGACY_PLAN_ID)!;
const NEXT = bundledPlan('cq-ngit-2026-2030')!;

/** what a link carries of a scenario: everything but the description (and the model version it was made with) */
const carried = (s: Scenario) => {
  const { description: _d, model: _m, ...rest } = s;
  return rest;
};

/** scenarios/realised-pc-demand.json's pins at fa457fd (IDC's world PC growth, %), which its link carries */
const IDC_PINS_AT_FA457FD = { '2021': 14.8, '2022': -16.5, '2023': -14, '2024': 1, '2025': 9 };

describe('links made before plans were files (model 2.0.2, fa457fd)', () => {
  it('the fixture holds the five shipped scenarios and a modified plan', () => {
    expect(fixture.madeWith).toMatch(/fa457fd/);
    expect(Object.keys(fixture.links).sort()).toEqual(
      ['backcast-2016', 'downside', 'no-new-policy', 'plan', 'plan-modified', 'realised-pc-demand'].sort(),
    );
  });

  it.each(Object.keys(fixture.links).filter((k) => k !== 'plan-modified'))(
    '%s: decodes on the 2021–2025 plan and gives the scenario of its file',
    (name) => {
      const d = decodeShareLink(fixture.links[name]);
      if (!d.ok) throw new Error(d.detail.join('; '));
      expect(d.plan).toBe(LEGACY);
      expect(d.carried).toBe(false);
      expect(d.madeWith).toBe('2.0.2');
      expect(d.gap).toEqual(versionGap('2.0.2'));
      expect(d.scenario.plan).toBeUndefined(); // a form-1 link: the legacy plan
      expect(d.scenario.description).toEqual({ zh: '', en: '' });
      const file = loadScenario(`${name}.json`);
      if (name === 'realised-pc-demand') {
        // model 3 moved the file's pins to Gartner's (one PC source); the link keeps the IDC pins it was made with
        expect(d.scenario.pinnedPcDemand).toEqual(IDC_PINS_AT_FA457FD);
        expect(carried({ ...d.scenario, pinnedPcDemand: file.pinnedPcDemand })).toEqual(carried(file));
      } else expect(carried(d.scenario)).toEqual(carried(file));
    },
  );

  it('plan-modified: the plan file with what the user changed then (levers, an assumption, seed, runs), whole', () => {
    const d = decodeShareLink(fixture.links['plan-modified']);
    if (!d.ok) throw new Error(d.detail.join('; '));
    expect(d.plan).toBe(LEGACY);
    expect(d.scenario.plan).toBeUndefined();
    const plan = loadScenario('plan.json');
    // the app at fa457fd kept the preset's id; the changes are those made in that session
    expect(carried(d.scenario)).toEqual({
      ...carried(plan),
      // the name as the app then wrote it, carried as it is
      name: { zh: '规划（已修改）', en: 'The plan (modified)' },
      levers: {
        ...plan.levers,
        land: 1234,
        fund: 44,
        fund_chips: 55,
        fund_terminals: 15,
        fund_sensors: 15,
        fund_applications: 15,
      },
      assumptions: { relocation: { kind: 'uniform', lo: 1, hi: 5 } },
      seed: 'workshop-3',
      runs: 5000,
    });
  });
});

/** a scenario through a link and back; the decode must succeed */
function roundTrip(s: Scenario, carryPlan?: Plan) {
  const link = encodeShareLink(s, carryPlan);
  const d = decodeShareLink(link);
  if (!d.ok) throw new Error(d.detail.join('; '));
  return { link, d };
}

describe('link form 2 round trips', () => {
  const plan = loadScenario('plan.json');

  it('per-period levers, the user’s targets and base figures, on the 2021–2025 plan', () => {
    const r = parseScenario({
      ...plan,
      plan: { id: LEGACY.id, version: LEGACY.version },
      levers: { ...plan.levers, land: [900, 400], fund: [12.5, 0] },
      targets: {
        output: { value: 3100, direction: 'atLeast' },
        va_ratio: { value: 21.5, direction: 'atMost' },
      },
      base: { output: 2300.5, firms: 40 },
    });
    if (!r.ok) throw new Error(r.errors.join('; '));
    const { link, d } = roundTrip(r.value);
    expect(link).not.toBe(encodeShareLink(plan));
    expect(d.plan).toBe(LEGACY);
    expect(d.scenario.plan).toEqual({ id: LEGACY.id, version: LEGACY.version });
    expect(carried(d.scenario)).toEqual(carried(r.value));
  });

  it('a scenario of the 2026–2030 plan names it, and opens on it', () => {
    const s = planPreset(NEXT, 'no-new-policy');
    const { d } = roundTrip(s);
    expect(d.plan).toBe(NEXT);
    expect(d.carried).toBe(false);
    expect(carried(d.scenario)).toEqual(carried(s));
  });

  it('a carried plan: decoded where that plan is not held, the plan and the scenario whole', () => {
    const mine = { ...structuredClone(LEGACY), id: 'zone-carried', version: '3.1.4' } as Plan;
    mine.title.en = 'Another zone’s plan';
    mine.levers.land.plan = 650;
    expect(planById(mine.id)).toBeUndefined(); // registered nowhere: the registry of a fresh app
    const s = planPreset(mine, 'plan');
    expect(s.levers.land).toBe(650);
    const { link, d } = roundTrip(s, mine);
    expect(link.length).toBeGreaterThan(MAX_LINK_CHARS); // a plan makes a long link, still read
    expect(d.carried).toBe(true);
    expect(d.plan).toEqual(mine);
    expect(carried(d.scenario)).toEqual(carried(s));
    expect(planById(mine.id)).toBeUndefined(); // decoding registers nothing; the app decides
  });

  it('a carried plan that is invalid is refused with the plan’s message', () => {
    const bad = { ...structuredClone(LEGACY), id: 'zone-bad', version: '1.0.0' } as Plan;
    const s = planPreset(structuredClone(bad), 'plan');
    bad.title.en = '<b>ours</b>';
    expect(decodeShareLink(encodeShareLink(s, bad))).toMatchObject({
      ok: false,
      code: 'invalid',
      detail: ['plan in the link: title.en: contains HTML or script markup'],
    });
    const early = { ...structuredClone(LEGACY), id: 'zone-early', version: '1.0.0' } as Plan;
    const s2 = planPreset(structuredClone(early), 'plan');
    early.targetYear = early.baseYear;
    expect(decodeShareLink(encodeShareLink(s2, early))).toMatchObject({
      ok: false,
      code: 'invalid',
      detail: ['plan in the link: targetYear: targetYear 2020 must come after baseYear 2020'],
    });
  });

  it('a plan neither held nor carried: the link says which', () => {
    const far = { ...structuredClone(LEGACY), id: 'zone-far', version: '2.0.0' } as Plan;
    const s = planPreset(far, 'plan');
    // made where the plan was held (as the app that made the link held it), without carrying it
    registerPlan(far);
    const link = encodeShareLink(s);
    unregisterPlan(far.id);
    expect(decodeShareLink(link)).toMatchObject({
      ok: false,
      code: 'unknown-plan',
      detail: [
        'the link is for plan "zone-far" version 2.0.0, which this app does not hold: import that plan file, then open the link again',
      ],
      planRef: { id: 'zone-far', version: '2.0.0' },
    });
  });

  it('a carried changed copy of a plan the app holds is refused', () => {
    const copy = structuredClone(LEGACY);
    copy.levers.land.plan = 700;
    expect(decodeShareLink(encodeShareLink(planPreset(copy, 'plan'), copy))).toMatchObject({
      ok: false,
      code: 'invalid',
      detail: ['the link carries a changed copy of plan "cq-ngit-2021-2025" 1.0.0, which this app holds'],
    });
  });
});
