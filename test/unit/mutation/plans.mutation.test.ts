/**
 * Tests that notice a wrong line in the plan loader (src/scenario/plans.ts), beside test/unit/plans/*.test.ts: each
 * refusal as a value (its kind, field and the values it names, beside its English text), for a missing field and a
 * wrong type, a bound (exclusive or not), unknown keys, a wrong literal, an unknown distribution kind, a forbidden
 * key, markup, a file too large or not JSON; the validator's issues parsePlan carries; the registry of plans; and
 * the plan id a scenario-like value names.
 *
 * Measured with StrykerJS 9.6 on the tests npm run mutation names for this file (scripts/mutation.js): 77.0 % at
 * first, of which 14 survivors were static mutants (the shipped plans are checked at import) that stop the module
 * loading and that Stryker's vitest runner counted as survived (stryker-js#6144; test/mutation/ now counts such a
 * file as a failed test); after these tests 91.3 % (179 killed, 16 survived, 1 without coverage). Survivors that
 * are equivalent, by line of plans.ts:
 * - 36 (valueAt) each part of `!v || typeof v !== 'object' || !Object.hasOwn(v, k)` → false, `&&` for `||`: zod
 *   reports a wrong type at the first value that has it, so the path to it runs through objects only, and no field
 *   of the plan is named like a property every object inherits.
 * - 48 `typeof own === 'string'` → true, and 'custom' → '': every check of ./plan-schema.ts passes `params.kind`.
 * - 59 the parts of the dist-kind test → true, `||` for `&&`: only a failed discriminated union carries the note
 *   'No matching discriminator', and its code is always invalid_union.
 * - 128 `some` → `every`: checkPlan's refusals are all forbidden keys, all markup or all the schema's, never mixed.
 * - 147, 148 the shipped files' names → '': they are said only when a shipped plan is invalid, which would stop the
 *   app loading (the message is pinned with another name, above).
 * - 185, 187 `typeof s === 'object'`, `typeof ref === 'object'` → true: a string or a number has no `plan` or `id`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/model/plan.ts';
import { MAX_PLAN_BYTES } from '../../../src/scenario/plan-schema.ts';
import {
  BUNDLED_PLANS,
  bundledPlan,
  checkPlan,
  checkPlanJson,
  knownPlans,
  LEGACY_PLAN_ID,
  parsePlan,
  parsePlanJson,
  planById,
  planIdOf,
  planSizeProblem,
  registerPlan,
  shippedPlan,
  unregisterPlan,
} from '../../../src/scenario/plans.ts';
import raw from '../../../plans/cq-ngit-2021-2025.json' with { type: 'json' };

type Editable = Plan & Record<string, unknown>;
const valid = () => structuredClone(raw) as unknown as Editable;
function issues(edit: (p: Editable) => void) {
  const p = valid();
  edit(p);
  const c = checkPlan(p);
  if (c.ok) throw new Error('the plan was accepted');
  return c.issues;
}

describe('checkPlan: each refusal a value with its kind, field and values', () => {
  it('a missing field is required; a present one of the wrong type is invalid_type; both name the type expected', () => {
    expect(issues((p) => delete (p as Partial<Plan>).endYear)).toEqual([
      {
        kind: 'required',
        field: 'endYear',
        values: { expected: 'number' },
        text: 'endYear: endYear must be a year',
      },
    ]);
    expect(issues((p) => (p.baseYear = '2020' as never))).toEqual([
      {
        kind: 'invalid_type',
        field: 'baseYear',
        values: { expected: 'number' },
        text: 'baseYear: baseYear must be a year',
      },
    ]);
    // a missing field inside an array's element is required too (the path runs through the array)
    expect(issues((p) => delete (p.sectors[0] as Partial<Plan['sectors'][0]>).capitalTurnover)).toMatchObject(
      [{ kind: 'required', field: 'sectors.0.capitalTurnover', values: { expected: 'number' } }],
    );
    // a null in place of an object: the field is there (not required), of the wrong type
    expect(issues((p) => (p.base = null as never))).toMatchObject([
      { kind: 'invalid_type', field: 'base', values: { expected: 'object' } },
    ]);
    // the whole file of the wrong type
    const top = checkPlan([]);
    expect(!top.ok && top.issues).toMatchObject([
      { kind: 'invalid_type', field: '', values: { expected: 'object' } },
    ]);
  });

  it('a bound names its origin, whether it is inclusive, and its limit', () => {
    const [tooSmall] = issues((p) => (p.levers.land.step = 0));
    expect(tooSmall).toMatchObject({
      kind: 'too_small',
      field: 'levers.land.step',
      values: { origin: 'number', inclusive: 0, limit: 0 },
    });
    const [tooBig] = issues((p) => (p.sectors[0].capitalTurnover = 101));
    expect(tooBig).toMatchObject({
      kind: 'too_big',
      field: 'sectors.0.capitalTurnover',
      values: { origin: 'number', inclusive: 1, limit: 100 },
    });
    expect(Object.keys(tooBig.values).sort()).toEqual(['inclusive', 'limit', 'origin']);
  });

  it('unknown keys are listed; a wrong literal lists what it may be; an unknown distribution kind is dist-kind', () => {
    expect(
      issues((p) => {
        p.colour = 'red';
        p.shade = 1;
      }),
    ).toEqual([
      {
        kind: 'unrecognized_keys',
        field: '',
        values: { keys: 'colour, shade' },
        text: '(top level): unknown fields "colour", "shade"',
      },
    ]);
    expect(issues((p) => (p.format = 'x' as never))).toEqual([
      {
        kind: 'invalid_value',
        field: 'format',
        values: { options: '"ngit-plan/1"' },
        text: 'format: format must be "ngit-plan/1"',
      },
    ]);
    const [dist] = issues((p) => ((p.sectors[0].newValueAdded.default as { kind: string }).kind = 'normal'));
    expect(dist).toMatchObject({
      kind: 'dist-kind',
      field: 'sectors.0.newValueAdded.default.kind',
      values: {},
    });
  });

  it("the plan's own checks keep their kind and values, without the kind among the values", () => {
    expect(issues((p) => (p.levers.land.plan = 5000))).toEqual([
      {
        kind: 'outside-range',
        field: 'levers.land.plan',
        values: { value: 5000, min: 0, max: 2000 },
        text: "levers.land.plan: 5000 is outside the lever's range 0–2000",
      },
    ]);
  });

  it('a forbidden key names the key; markup names the field; neither goes on to the schema', () => {
    const forbidden = JSON.parse(JSON.stringify(valid()).replace('"base":{', '"base":{"prototype":1,'));
    forbidden.colour = 'red'; // also unknown, but the forbidden key is what is said
    const f = checkPlan(forbidden);
    expect(!f.ok && f.issues).toEqual([
      {
        kind: 'forbidden-key',
        field: 'base.prototype',
        values: { key: 'prototype' },
        text: expect.stringContaining('base.prototype'),
      },
    ]);
    const m = issues((p) => (p.sectors[0].label.en = '<b>x</b>'));
    expect(m).toEqual([
      {
        kind: 'markup',
        field: 'sectors.0.label.en',
        values: {},
        text: 'sectors.0.label.en: contains HTML or script markup',
      },
    ]);
    // parsePlan gives their texts and no validator issues
    for (const input of [forbidden, { ...valid(), title: { zh: '<script>', en: 'x' } }]) {
      const r = parsePlan(input);
      expect(r.ok).toBe(false);
      expect(r).not.toHaveProperty('issues');
    }
  });
});

describe('checkPlan: the other kinds of zod, and markup the schema does not look for', () => {
  it('a wrong choice of several lists them all; a text of the wrong form is invalid_format, its field named once', () => {
    expect(issues((p) => (p.sectors[0].demand = 'x' as never))).toEqual([
      {
        kind: 'invalid_value',
        field: 'sectors.0.demand',
        values: { options: '"pc", "chips", "emerging"' },
        text: 'sectors.0.demand: demand must be "pc", "chips" or "emerging"',
      },
    ]);
    expect(issues((p) => (p.version = 'abc'))).toEqual([
      {
        kind: 'invalid_format',
        field: 'version',
        values: {},
        text: 'version: three whole numbers, e.g. "1.0.0"',
      },
    ]);
    expect(issues((p) => ((p.document as { date: string | null }).date = '2021/01'))).toEqual([
      {
        kind: 'invalid_format',
        field: 'document.date',
        values: {},
        text: 'document.date: YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ]);
  });
  it('a union every option of which failed, without a discriminator, is invalid_union (not dist-kind)', () => {
    expect(issues((p) => (p.levers.land.plan = 'abc' as never))).toEqual([
      {
        kind: 'invalid_union',
        field: 'levers.land.plan',
        values: {},
        text: 'levers.land.plan: plan must be a number or one number per period',
      },
    ]);
  });
  it('markup in a text the schema takes as it is ($schema) is still refused, by the scan after the schema', () => {
    expect(issues((p) => (p.$schema = '<b>x</b>'))).toEqual([
      { kind: 'markup', field: '$schema', values: {}, text: '$schema: contains HTML or script markup' },
    ]);
  });
  it("parsePlan's validator issues quote the input (reportInput), which the app words as what was received", () => {
    const p = valid();
    p.baseYear = '2020' as never;
    const r = parsePlan(p);
    expect(!r.ok && r.issues).toEqual([
      expect.objectContaining({
        field: 'baseYear',
        values: { issue: 'invalid_type', input: '2020', expected: 'number', received: 'string' },
      }),
    ]);
  });
});

describe('the text path', () => {
  it('a file over the cap: its size and the cap, by bytes; at the cap it is read', () => {
    expect(planSizeProblem(MAX_PLAN_BYTES)).toBeNull();
    expect(planSizeProblem(MAX_PLAN_BYTES + 1)).toBe(
      `the file is ${MAX_PLAN_BYTES + 1} bytes; a plan file may have at most ${MAX_PLAN_BYTES}`,
    );
    const text = JSON.stringify(valid());
    const atCap = text + ' '.repeat(MAX_PLAN_BYTES - new TextEncoder().encode(text).length);
    expect(checkPlanJson(atCap).ok).toBe(true);
    const over = atCap + ' ';
    expect(checkPlanJson(over)).toEqual({
      ok: false,
      issues: [
        {
          kind: 'too-large',
          field: '',
          values: { bytes: MAX_PLAN_BYTES + 1, max: MAX_PLAN_BYTES },
          text: planSizeProblem(MAX_PLAN_BYTES + 1),
        },
      ],
    });
  });

  it("not JSON: the parser's words", () => {
    const c = checkPlanJson('{"a":');
    expect(c).toEqual({
      ok: false,
      issues: [
        { kind: 'not-json', field: '', values: { detail: expect.any(String) }, text: expect.any(String) },
      ],
    });
    if (!c.ok) expect(c.issues[0].text).toBe(`not valid JSON: ${c.issues[0].values.detail}`);
    expect(parsePlanJson('{"a":')).toEqual({ ok: false, errors: [c.ok ? '' : c.issues[0].text] });
  });

  it('a valid file is the plan; parsePlan of a schema refusal carries the texts and the validator issues', () => {
    expect(parsePlanJson(JSON.stringify(raw))).toEqual({ ok: true, value: bundledPlan(LEGACY_PLAN_ID) });
    const p = valid();
    p.levers.land.plan = 5000;
    const r = parsePlan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(["levers.land.plan: 5000 is outside the lever's range 0–2000"]);
    expect(r.issues).toEqual([expect.objectContaining({ field: 'levers.land.plan' })]);
  });
});

describe('the registry of plans', () => {
  const other = { ...bundledPlan(LEGACY_PLAN_ID)!, id: 'another-zone' } as Plan;
  const replaced = { ...bundledPlan(LEGACY_PLAN_ID)!, version: '9.0.0' } as Plan;
  afterEach(() => {
    unregisterPlan('another-zone');
    unregisterPlan(LEGACY_PLAN_ID);
  });

  it('a shipped plan is checked like any file: a valid one is the plan, an invalid one stops the load, naming the file', () => {
    expect(shippedPlan(raw, 'cq-ngit-2021-2025.json')).toEqual(BUNDLED_PLANS[0]);
    const broken = valid();
    delete (broken as Partial<Plan>).targetYear;
    delete (broken as Partial<Plan>).endYear;
    expect(() => shippedPlan(broken, 'x.json')).toThrow(
      'plans/x.json is not a valid plan: targetYear: targetYear must be a year; endYear: endYear must be a year',
    );
  });

  it('holds the bundled plans, the 2021–2025 one first', () => {
    expect(BUNDLED_PLANS.map((p) => p.id)).toEqual(['cq-ngit-2021-2025', 'cq-ngit-2026-2030']);
    expect(knownPlans()).toEqual(BUNDLED_PLANS);
    expect(bundledPlan('nope')).toBeUndefined();
    expect(planById('nope')).toBeUndefined();
  });

  it('a registered plan is known until unregistered; a bundled plan replaced comes back', () => {
    registerPlan(other);
    expect(planById('another-zone')).toBe(other);
    expect(knownPlans().map((p) => p.id)).toEqual(['cq-ngit-2021-2025', 'cq-ngit-2026-2030', 'another-zone']);
    unregisterPlan('another-zone');
    expect(planById('another-zone')).toBeUndefined();
    expect(knownPlans()).toEqual(BUNDLED_PLANS); // forgotten, not kept as an empty entry
    registerPlan(replaced);
    expect(planById(LEGACY_PLAN_ID)).toBe(replaced);
    expect(bundledPlan(LEGACY_PLAN_ID)?.version).toBe('1.0.0');
    unregisterPlan(LEGACY_PLAN_ID);
    expect(planById(LEGACY_PLAN_ID)).toBe(bundledPlan(LEGACY_PLAN_ID));
  });
});

describe('planIdOf', () => {
  it("the id a scenario names, else the legacy plan's", () => {
    expect(planIdOf({ plan: { id: 'cq-ngit-2026-2030', version: '0.2.0' } })).toBe('cq-ngit-2026-2030');
    for (const s of [
      null,
      undefined,
      'x',
      3,
      [],
      [{ plan: { id: 'a' } }],
      {},
      { plan: null },
      { plan: 'a' },
      { plan: { id: 5 } },
      { plan: {} },
    ])
      expect(planIdOf(s), JSON.stringify(s)).toBe(LEGACY_PLAN_ID);
  });
});
