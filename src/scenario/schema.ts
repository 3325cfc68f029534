/**
 * The scenario format, version 1: one zod schema per plan for scenario files, share links and worker messages
 * (a scenario's levers and assumptions are its plan's: plans/*.json). scenarios/scenario.schema.json is generated
 * from the schema of the 2021–2025 plan, the plan of every shipped scenario (npm run docs), never written by hand.
 *
 * Ranges come from the plan and the parameter table (src/model/plan.ts, src/model/parameters.ts); an out-of-range
 * value is refused with a message naming the field and the allowed range, never clamped. A scenario names its plan
 * (`plan`: id and version); one without it belongs to the 2021–2025 plan, as every file and link made before plans
 * were files does.
 */
import * as z from 'zod';
import { BASE_FIGURES, planModel, type Plan, type PlanModel } from '../model/plan.ts';
import type { Dist, LeverKey, UncertaintyKey } from '../model/parameters.ts';
import { INDICATOR_SHAPES, INDICATORS, type Indicator } from '../model/indicators.ts';
import { baseFit, baseFitText, baseRange, targetRange } from './edit-ranges.ts';
import type { BaseFigureKey } from '../model/plan.ts';

/**
 * zod compiles object parsers with `new Function` when it can, and probes for that by trying it: under the shipped
 * CSP (no 'unsafe-eval') the probe is refused and reported as a policy violation. Parse without it everywhere (app,
 * workers, command line), so the numbers and the errors are the same however zod runs.
 */
z.config({ jitless: true });

export const SCENARIO_FORMAT = 'ngit-scenario/1';

/** Runs a scenario may ask for (the UI, the command line and links alike). */
export const RUNS_MIN = 100;
export const RUNS_MAX = 10_000_000;

/** Levers, assumptions and pinned values have at most 4 decimals (parse rounds float noise such as 0.1 + 0.2). */
export const DECIMALS_STEP = 0.0001;

/**
 * A number in [min, max] with at most 4 decimals. A value outside the range is refused for that alone (the checks
 * after it are skipped): 1e308 is out of range, not "too many decimals".
 */
const inRange = (what: string, min: number, max: number, unit: string) => {
  const outside = (iss: { input?: unknown }) =>
    `${what} = ${String(iss.input)} is outside the allowed range ${min}–${max} ${unit}`;
  return z
    .number({ error: `${what} must be a finite number (${min}–${max} ${unit})` })
    .min(min, { error: outside, abort: true })
    .max(max, { error: outside, abort: true })
    .multipleOf(DECIMALS_STEP, { error: `${what} may have at most 4 decimal places` });
};

const text = (max: number) => z.string().max(max, { error: `at most ${max} characters` });
const bilingual = (max: number) => z.strictObject({ zh: text(max), en: text(max) });

const yearKey = z
  .string()
  .regex(/^20[0-9]{2}$/, { error: 'a pinned year must be written as four digits, e.g. "2023"' });

/** The plan a scenario names (`plan`), absent on scenarios made before plans were files. */
export const PlanRefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'lower-case letters, digits and dashes' }),
  version: z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/, { error: 'three whole numbers' }),
});

/** A lever's value: one number for every period of the plan, or one per period. */
function leverSchema(pm: PlanModel, k: LeverKey) {
  const d = pm.levers[k];
  const one = inRange(`lever "${k}"`, d.min, d.max, d.unit.en);
  const n = pm.plan.periods.length;
  return z
    .union(
      [one, z.array(one).length(n, { error: `lever "${k}": one value for each of the plan's ${n} periods` })],
      {
        error: `lever "${k}" must be a finite number (${d.min}–${d.max} ${d.unit.en}) or one for each of the plan's ${n} periods`,
      },
    )
    .meta({ description: `${d.label.en} (${d.unit.en}): one value, or one per period` });
}

function leversSchema(pm: PlanModel) {
  const shape = Object.fromEntries(pm.leverKeys.map((k) => [k, leverSchema(pm, k)]));
  const names = pm.fundKeys.join(', ');
  return z.strictObject(shape).superRefine((lv, ctx) => {
    const values = lv as Record<string, number | number[]>;
    for (let p = 0; p < pm.plan.periods.length; p++) {
      let sum = 0;
      for (const k of pm.fundKeys) {
        const v = values[k];
        sum += typeof v === 'number' ? v : v[p];
      }
      if (Math.abs(sum - 100) > 0.01) {
        // the period is named where the shares vary by period
        const period = pm.plan.periods.length > 1 && typeof values[pm.fundKeys[0]] !== 'number' ? p + 1 : 0;
        ctx.addIssue({
          code: 'custom',
          path: [pm.fundKeys[0]],
          params: { rule: 'fund-sum', sum, period },
          message: `the fund's sector shares (${names}) add up to ${sum}${period ? ` in period ${period}` : ''}; they must add up to 100 %`,
        });
        return;
      }
    }
  });
}

function distSchema(pm: PlanModel, key: UncertaintyKey) {
  const d = pm.uncertainties[key];
  const u = d.unit.en;
  const v = (field: string) => inRange(`assumption "${key}".${field}`, d.min, d.max, u);
  const fixed = z.strictObject({ kind: z.literal('fixed'), value: v('value') });
  if (d.kind === 'shock') {
    const normal = z.strictObject({
      kind: z.literal('normal'),
      mean: v('mean'),
      sd: inRange(`assumption "${key}".sd`, 0, d.sdMax ?? d.max - d.min, u),
    });
    return z.discriminatedUnion('kind', [normal, fixed]);
  }
  const uniform = z
    .strictObject({ kind: z.literal('uniform'), lo: v('lo'), hi: v('hi') })
    .refine((x) => x.lo <= x.hi, {
      error: `assumption "${key}": lo must not exceed hi`,
      params: { rule: 'order' },
    });
  const triangular = z
    .strictObject({ kind: z.literal('triangular'), lo: v('lo'), mode: v('mode'), hi: v('hi') })
    .refine((x) => x.lo <= x.mode && x.mode <= x.hi, {
      error: `assumption "${key}": need lo ≤ mode ≤ hi`,
      params: { rule: 'order-mode' },
    });
  return z.discriminatedUnion('kind', [fixed, uniform, triangular]);
}

function assumptionsSchema(pm: PlanModel) {
  return z.strictObject(Object.fromEntries(pm.uncertaintyKeys.map((k) => [k, distSchema(pm, k).optional()])));
}

/**
 * A user's own target for an indicator: its value and direction (a plan's target, or one the plan does not set), in
 * the indicator's range (./edit-ranges.ts).
 */
function targetEditSchema(ind: Indicator) {
  const r = targetRange(ind);
  return z.strictObject({
    value: inRange(`target "${ind}"`, r.min, r.max, INDICATOR_SHAPES[ind].unit.en),
    direction: z.enum(['atLeast', 'atMost'], { error: 'direction must be "atLeast" or "atMost"' }),
  });
}

/** A base figure the user holds, in its range, and one that fits the plan's sectors (./edit-ranges.ts). */
function baseEditSchema(pm: PlanModel, k: BaseFigureKey) {
  const r = baseRange(pm, k);
  // too few firms for the plan's sectors is the fit's to say (its words name the sectors), not the range's
  const min = k === 'firms' ? 1 : r.min;
  return inRange(`base "${k}"`, min, r.max, INDICATOR_SHAPES[k].unit.en).superRefine((x, ctx) => {
    if (r.integer && !Number.isInteger(x)) {
      ctx.addIssue({
        code: 'custom',
        message: `base "${k}" must be a whole number`,
        params: { rule: 'whole' },
      });
      return;
    }
    const fit = baseFit(pm, k, x);
    if (fit) ctx.addIssue({ code: 'custom', message: baseFitText(pm, k, x, fit) });
  });
}

function schemaOf(pm: PlanModel) {
  return z
    .strictObject({
      format: z.literal(SCENARIO_FORMAT, { error: `format must be "${SCENARIO_FORMAT}"` }),
      /** the model version the scenario was made with (share links and saved files carry it) */
      model: z.string().max(20).optional(),
      /** the plan the scenario belongs to; absent: the 2021–2025 plan */
      plan: PlanRefSchema.optional(),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
        error: 'lower-case letters, digits and dashes, at most 64',
      }),
      name: bilingual(80),
      description: bilingual(600),
      startYear: z
        .number()
        .int()
        .min(pm.minStartYear, { error: `startYear must be between ${pm.minStartYear} and ${pm.baseYear}` })
        .max(pm.baseYear, { error: `startYear must be between ${pm.minStartYear} and ${pm.baseYear}` }),
      levers: leversSchema(pm),
      assumptions: assumptionsSchema(pm),
      /** world PC shipment growth, % by year, replacing the sampled value in those years */
      pinnedPcDemand: z.record(yearKey, inRange('pinned PC demand growth', -60, 100, '%')),
      /** world semiconductor sales growth, % by year, replacing the sampled chip cycle in those years (model 3.0) */
      pinnedChipDemand: z.record(yearKey, inRange('pinned chip demand growth', -60, 100, '%')).optional(),
      /** the user's own targets, replacing the plan's (marked as the user's wherever they are shown) */
      targets: z
        .strictObject(
          Object.fromEntries(INDICATORS.map((k) => [k, targetEditSchema(k).optional()])) as Record<
            Indicator,
            z.ZodOptional<ReturnType<typeof targetEditSchema>>
          >,
        )
        .optional(),
      /**
       * the user's own realised target-year values of the plan's indicators, for the ex-post check where the record
       * (record/realised.json) publishes none (marked as the user's wherever they are shown); never an input to the model
       */
      realised: z
        .partialRecord(
          z.enum(INDICATORS, { error: `realised: one of ${INDICATORS.join(', ')}` }),
          z
            .number({ error: 'a realised value must be a finite number' })
            .min(-1e9, { error: 'a realised value is too large in magnitude' })
            .max(1e9, { error: 'a realised value is too large in magnitude' }),
        )
        .optional(),
      /** base figures the user holds, replacing the plan's (marked as the user's) */
      base: z
        .strictObject(
          Object.fromEntries(BASE_FIGURES.map((k) => [k, baseEditSchema(pm, k).optional()])) as Record<
            BaseFigureKey,
            z.ZodOptional<ReturnType<typeof baseEditSchema>>
          >,
        )
        .optional(),
      // the bounds first, each alone: 1e16 is too big, not also outside the safe integers
      seed: z.union([
        z
          .number()
          .min(0, { abort: true })
          .max(2 ** 31 - 1, { abort: true })
          .int(),
        z.string().min(1).max(64, { error: 'seed: at most 64 characters' }),
      ]),
      runs: z
        .number()
        .int({ error: 'runs must be a whole number' })
        .min(RUNS_MIN, { error: 'runs must be between 100 and 10,000,000' })
        .max(RUNS_MAX, { error: 'runs must be between 100 and 10,000,000' }),
    })
    .superRefine((s, ctx) => {
      if (s.plan && s.plan.id !== pm.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['plan', 'id'],
          params: { rule: 'plan-id', id: pm.id },
          message: `this schema is plan "${pm.id}"'s`,
        });
      }
      for (const field of ['pinnedPcDemand', 'pinnedChipDemand'] as const) {
        for (const y of Object.keys(s[field] ?? {})) {
          const year = Number(y);
          if (year <= s.startYear || year > pm.endYear) {
            ctx.addIssue({
              code: 'custom',
              path: [field, y],
              params: { rule: 'pinned-year', year, startYear: s.startYear, endYear: pm.endYear },
              message: `pinned year ${y} must lie after the start year ${s.startYear} and no later than ${pm.endYear}`,
            });
          }
        }
      }
    });
}

const schemas = new WeakMap<Plan, ReturnType<typeof schemaOf>>();

/** The scenario schema of a plan (built once per plan). */
export function scenarioSchema(plan: Plan) {
  let s = schemas.get(plan);
  if (!s) {
    s = schemaOf(planModel(plan));
    schemas.set(plan, s);
  }
  return s;
}

/** The lever and assumption schemas of a plan, for the worker messages. */
export function leversSchemaOf(plan: Plan) {
  return scenarioSchema(plan).shape.levers;
}
export function assumptionsSchemaOf(plan: Plan) {
  return scenarioSchema(plan).shape.assumptions;
}

/** A user's own target: its value and direction. */
export interface TargetEdit {
  value: number;
  direction: 'atLeast' | 'atMost';
}
export type TargetEdits = Partial<Record<Indicator, TargetEdit>>;
/** Base figures the user holds, by figure. */
export type BaseEdits = Partial<Record<BaseFigureKey, number>>;

export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  model?: string;
  plan?: { id: string; version: string };
  id: string;
  name: { zh: string; en: string };
  description: { zh: string; en: string };
  startYear: number;
  levers: Record<LeverKey, number | number[]>;
  assumptions: Partial<Record<UncertaintyKey, Dist>>;
  pinnedPcDemand: Record<string, number>;
  pinnedChipDemand?: Record<string, number>;
  targets?: TargetEdits;
  base?: BaseEdits;
  /** the user's own realised target-year values, for the ex-post check (never an input to the model) */
  realised?: Partial<Record<Indicator, number>>;
  seed: number | string;
  runs: number;
}

/**
 * JSON Schema of the scenario files of a plan, generated from the zod schema. The 4-decimal check is left to the
 * description: a JSON Schema validator tests `multipleOf: 0.0001` by floating-point division (ajv finds 8.2 / 0.0001 =
 * 81999.99999999999 and refuses the plan's own files), while zod's check is exact.
 */
export function scenarioJsonSchema(plan: Plan): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema(plan), {
    io: 'input',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      if (jsonSchema.multipleOf !== DECIMALS_STEP) return;
      delete jsonSchema.multipleOf;
      const note = 'at most 4 decimal places';
      jsonSchema.description = jsonSchema.description ? `${jsonSchema.description}; ${note}` : note;
    },
  }) as Record<string, unknown>;
}
