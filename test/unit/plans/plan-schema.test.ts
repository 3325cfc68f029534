/**
 * The plan file's schema and loader (issue 19, item 9): each bad case is refused with one clear message that names
 * the field, by the object path (parsePlan) and the text path (parsePlanJson, as files, --plan PATH and plan:check
 * read them); both bundled plans pass; and the published JSON Schema (plans/plan.schema.json, ajv 8, draft 2020-12)
 * accepts every plans/*.json and refuses the structural bad cases the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/model/plan.ts';
import { MAX_PLAN_BYTES, MAX_SECTORS, MIN_SECTORS } from '../../../src/scenario/plan-schema.ts';
import { BUNDLED_PLANS, LEGACY_PLAN_ID, parsePlan, parsePlanJson } from '../../../src/scenario/plans.ts';
import { PLAN_SCHEMA_FILE } from '../../../scripts/generated.ts';

const PLAN_DIR = new URL('../../../plans/', import.meta.url);
const planFiles = readdirSync(PLAN_DIR).filter((f) => f.endsWith('.json') && f !== 'plan.schema.json');
const raw = (f: string) => JSON.parse(readFileSync(new URL(f, PLAN_DIR), 'utf8')) as Plan;
const valid = () => raw(`${LEGACY_PLAN_ID}.json`);

/** a valid plan changed by `edit` */
function bad(edit: (p: Plan & Record<string, unknown>) => void): unknown {
  const p = valid() as Plan & Record<string, unknown>;
  edit(p);
  return p;
}

/** the refusal of a plan object: its messages (it must be refused) */
function refusal(input: unknown): string[] {
  const r = parsePlan(input);
  if (r.ok) throw new Error('the plan was accepted');
  return r.errors;
}

const nineSectors = (p: Plan) => {
  const extra = Array.from({ length: MAX_SECTORS + 1 - p.sectors.length }, (_, i) => ({
    ...structuredClone(p.sectors[3]),
    id: `extra_${i}`,
  }));
  p.sectors.push(...extra);
};

/** [what, the edit, the one message: the field's path and what is wrong] */
const CASES: [string, (p: Plan & Record<string, unknown>) => void, RegExp][] = [
  [
    'a missing targetYear',
    (p) => delete (p as Partial<Plan>).targetYear,
    /^targetYear: targetYear must be a year$/,
  ],
  ['a missing sectors list', (p) => delete (p as Partial<Plan>).sectors, /^sectors: /],
  ['a missing base figure', (p) => delete (p.base as Partial<Plan['base']>).output, /^base\.output: /],
  ['a missing lever', (p) => delete (p.levers as Partial<Plan['levers']>).land, /^levers\.land: /],
  [
    'a missing title in Chinese',
    (p) => delete (p.title as Partial<Plan['title']>).zh,
    /^title\.zh: required$/,
  ],
  [
    'targetYear = baseYear',
    (p) => (p.targetYear = p.baseYear),
    /^targetYear: targetYear 2020 must come after baseYear 2020$/,
  ],
  [
    'targetYear before baseYear',
    (p) => (p.targetYear = 2019),
    /^targetYear: targetYear 2019 must come after baseYear 2020$/,
  ],
  [
    'endYear = targetYear',
    (p) => {
      p.endYear = p.targetYear;
      p.periods = [p.periods[0]];
    },
    /^endYear: endYear 2025 \(the outlook\) must come after targetYear 2025$/,
  ],
  [
    'endYear before targetYear',
    (p) => {
      p.endYear = 2024;
      p.periods = [{ ...p.periods[0], to: 2024 }];
    },
    /^endYear: endYear 2024 \(the outlook\) must come after targetYear 2025$/,
  ],
  ['periods with a gap', (p) => (p.periods[1].from += 1), /^periods\.1\.from: period 2 must start in 2026$/],
  [
    'periods that stop before endYear',
    (p) => (p.periods[1].to -= 1),
    /^periods: the last period must end in endYear 2035$/,
  ],
  [
    'one sector',
    (p) => (p.sectors = [p.sectors[0]]),
    new RegExp(`^sectors: a plan needs ${MIN_SECTORS} to ${MAX_SECTORS} sectors$`),
  ],
  [
    'nine sectors',
    nineSectors,
    new RegExp(`^sectors: a plan needs ${MIN_SECTORS} to ${MAX_SECTORS} sectors$`),
  ],
  [
    'base shares that add up to 101 %',
    (p) => (p.sectors[1].base.outputShare += 1),
    /^sectors: the sectors' base output shares add up to 101 %; they must add up to 100 %$/,
  ],
  [
    'fund shares that add up to 105 %',
    (p) => (p.sectors[1].fundShare.plan = (p.sectors[1].fundShare.plan as number) + 5),
    /^sectors: the fund's sector shares \(plan\) add up to 105 % in period 1; they must add up to 100 %$/,
  ],
  [
    'a negative base output',
    (p) => (p.base.output.value = -5),
    /^base\.output\.value: base output = -5 must be at least 0$/,
  ],
  [
    'a negative base count of firms',
    (p) => (p.base.firms.value = -1),
    /^base\.firms\.value: base firms = -1 must be at least 1$/,
  ],
  [
    'a negative sector base share',
    (p) => (p.sectors[0].base.outputShare = -13),
    /^sectors\.0\.base\.outputShare: /,
  ],
  ['NaN', (p) => (p.base.output.value = NaN), /^base\.output\.value: base output must be a finite number$/],
  [
    'Infinity',
    (p) => (p.base.output.value = Infinity),
    /^base\.output\.value: base output must be a finite number$/,
  ],
  [
    '1e308',
    (p) => (p.base.output.value = 1e308),
    /^base\.output\.value: base output = 1e\+308 must be at most 1000000000$/,
  ],
  ['an unknown top-level key', (p) => (p.colour = 'red'), /^\(top level\): unknown field "colour"$/],
  [
    'an unknown key in a sector',
    (p) => ((p.sectors[0] as unknown as Record<string, unknown>).subsidy = 1),
    /^sectors\.0: unknown field "subsidy"$/,
  ],
  ['markup in a title', (p) => (p.title.en = '<b>Plan</b>'), /^title\.en: contains HTML or script markup$/],
  [
    'markup in a sector name',
    (p) => (p.sectors[2].label.zh = '<img src=x onerror=alert(1)>'),
    /^sectors\.2\.label\.zh: contains HTML or script markup$/,
  ],
  ['a script address', (p) => (p.document.url = 'javascript:alert(1)'), /^document\.url: /],
  [
    'a wrong type',
    (p) => ((p as unknown as Record<string, unknown>).baseYear = '2020'),
    /^baseYear: baseYear must be a year$/,
  ],
];

describe('parsePlan refuses each bad plan with one message naming the field', () => {
  it.each(CASES)('%s', (_what, edit, message) => {
    const errors = refusal(bad(edit));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('`__proto__`, `constructor` and `prototype` keys, anywhere', () => {
    const text = JSON.stringify(valid());
    for (const [json, path] of [
      [text.replace('{', '{"__proto__": {"polluted": 1},'), '__proto__'],
      [text.replace('"sectors":[{', '"sectors":[{"constructor": {},'), 'sectors.0.constructor'],
      [text.replace('"base":{', '"base":{"prototype": 1,'), 'base.prototype'],
    ] as const) {
      expect(json).not.toBe(text);
      const r = parsePlanJson(json);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toContain(path);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the text path: 1e309 is Infinity, refused as not finite; not JSON; a file over the cap', () => {
    const text = JSON.stringify(valid()).replace('"value":2259.3', '"value":1e309');
    expect(text).toContain('1e309');
    expect(parsePlanJson(text)).toEqual({
      ok: false,
      errors: ['base.output.value: base output must be a finite number'],
    });
    const notJson = parsePlanJson('{"format": ');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors).toEqual([expect.stringMatching(/^not valid JSON: /)]);
    const over = JSON.stringify(valid()) + ' '.repeat(MAX_PLAN_BYTES);
    const bytes = new TextEncoder().encode(over).length;
    expect(parsePlanJson(over)).toEqual({
      ok: false,
      errors: [`the file is ${bytes} bytes; a plan file may have at most ${MAX_PLAN_BYTES}`],
    });
    // the cap counts bytes, not characters: Chinese text is three bytes a character
    const zh = JSON.stringify({ ...valid(), title: { zh: '规'.repeat(MAX_PLAN_BYTES / 3), en: 'x' } });
    expect(zh.length).toBeLessThan(MAX_PLAN_BYTES + 100_000);
    expect(parsePlanJson(zh).ok).toBe(false);
  });

  it('several problems: one line each, every one naming its field', () => {
    const errors = refusal(
      bad((p) => {
        delete (p as Partial<Plan>).endYear;
        p.colour = 'red';
        p.sectors[0].label.en = '<b>x</b>';
      }),
    );
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const e of errors) expect(e).toMatch(/^[a-zA-Z(][^:]*: \S/);
  });
});

describe('the bundled plans', () => {
  it.each(planFiles)('plans/%s is accepted, and is the plan the product ships', (f) => {
    const r = parsePlan(raw(f));
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(BUNDLED_PLANS.map((p) => p.id)).toContain(r.value.id);
    expect(f).toBe(`${r.value.id}.json`);
  });
});

describe('plans/plan.schema.json under ajv 8 (draft 2020-12)', () => {
  const schema = JSON.parse(readFileSync(PLAN_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

  it('is draft 2020-12', () => expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema'));

  it.each(planFiles)('accepts plans/%s', (f) => {
    const ok = validate(raw(f));
    expect(errors()).toEqual([]);
    expect(ok).toBe(true);
  });

  // the checks a JSON Schema can state; sums, year order and period gaps are the loader's (above)
  const STRUCTURAL = new Set([
    'a missing targetYear',
    'a missing sectors list',
    'a missing base figure',
    'a missing lever',
    'a missing title in Chinese',
    'one sector',
    'nine sectors',
    'a negative base output',
    'a negative base count of firms',
    'a negative sector base share',
    '1e308',
    'an unknown top-level key',
    'an unknown key in a sector',
    'a wrong type',
  ]);
  it.each(CASES.filter(([what]) => STRUCTURAL.has(what)))('refuses %s', (_what, edit) => {
    expect(validate(bad(edit))).toBe(false);
    expect(errors().length).toBeGreaterThan(0);
  });
  it('covers every structural case by name', () =>
    expect(CASES.filter(([w]) => STRUCTURAL.has(w))).toHaveLength(STRUCTURAL.size));
});
