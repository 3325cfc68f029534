/**
 * The scenario format, version 1: one zod schema for scenario files, share links and worker messages.
 * scenarios/scenario.schema.json is generated from it (npm run docs), never written by hand.
 *
 * Ranges come from the parameter table (src/model/parameters.ts); an out-of-range value is refused with a message
 * naming the field and the allowed range, never clamped.
 */
import * as z from 'zod';
import { END_YEAR } from '../model/indicators.ts';
import {
  LEVER_KEYS,
  LEVERS,
  UNCERTAINTIES,
  UNCERTAINTY_KEYS,
  type LeverKey,
  type UncertaintyKey,
} from '../model/parameters.ts';

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

const inRange = (what: string, min: number, max: number, unit: string) => {
  const outside = (iss: { input?: unknown }) =>
    `${what} = ${String(iss.input)} is outside the allowed range ${min}–${max} ${unit}`;
  return z
    .number({ error: `${what} must be a finite number (${min}–${max} ${unit})` })
    .min(min, { error: outside })
    .max(max, { error: outside })
    .multipleOf(DECIMALS_STEP, { error: `${what} may have at most 4 decimal places` });
};

const leverShape = Object.fromEntries(
  LEVER_KEYS.map((k) => {
    const d = LEVERS[k];
    return [
      k,
      inRange(`lever "${k}"`, d.min, d.max, d.unit.en).meta({ description: `${d.label.en} (${d.unit.en})` }),
    ];
  }),
) as unknown as Record<LeverKey, z.ZodNumber>;

export const LeversSchema = z.strictObject(leverShape).superRefine((lv, ctx) => {
  const sum = lv.fund_chips + lv.fund_terminals + lv.fund_sensors + lv.fund_applications;
  if (Math.abs(sum - 100) > 0.01) {
    ctx.addIssue({
      code: 'custom',
      path: ['fund_chips'],
      message: `the fund's four sector shares (fund_chips, fund_terminals, fund_sensors, fund_applications) add up to ${sum}; they must add up to 100 %`,
    });
  }
});

function distSchema(key: UncertaintyKey) {
  const d = UNCERTAINTIES[key];
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
    .refine((x) => x.lo <= x.hi, { error: `assumption "${key}": lo must not exceed hi` });
  const triangular = z
    .strictObject({ kind: z.literal('triangular'), lo: v('lo'), mode: v('mode'), hi: v('hi') })
    .refine((x) => x.lo <= x.mode && x.mode <= x.hi, { error: `assumption "${key}": need lo ≤ mode ≤ hi` });
  return z.discriminatedUnion('kind', [fixed, uniform, triangular]);
}

export const AssumptionsSchema = z.strictObject(
  Object.fromEntries(UNCERTAINTY_KEYS.map((k) => [k, distSchema(k).optional()])) as Record<
    UncertaintyKey,
    z.ZodOptional<ReturnType<typeof distSchema>>
  >,
);

const text = (max: number) => z.string().max(max, { error: `at most ${max} characters` });
const bilingual = (max: number) => z.strictObject({ zh: text(max), en: text(max) });

const yearKey = z
  .string()
  .regex(/^20[0-9]{2}$/, { error: 'a pinned year must be written as four digits, e.g. "2023"' });

export const ScenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT, { error: `format must be "${SCENARIO_FORMAT}"` }),
    /** the model version the scenario was made with (share links and saved files carry it) */
    model: z.string().max(20).optional(),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'id: lower-case letters, digits and dashes, at most 64' }),
    name: bilingual(80),
    description: bilingual(600),
    startYear: z
      .number()
      .int()
      .min(2016, { error: 'startYear must be between 2016 and 2020' })
      .max(2020, { error: 'startYear must be between 2016 and 2020' }),
    levers: LeversSchema,
    assumptions: AssumptionsSchema,
    /** world PC shipment growth, % by year, replacing the sampled value in those years */
    pinnedPcDemand: z.record(yearKey, inRange('pinned PC demand growth', -60, 100, '%')),
    seed: z.union([
      z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1),
      z.string().min(1).max(64, { error: 'seed: at most 64 characters' }),
    ]),
    runs: z
      .number()
      .int({ error: 'runs must be a whole number' })
      .min(RUNS_MIN, { error: 'runs must be between 100 and 10,000,000' })
      .max(RUNS_MAX, { error: 'runs must be between 100 and 10,000,000' }),
  })
  .superRefine((s, ctx) => {
    for (const y of Object.keys(s.pinnedPcDemand)) {
      const year = Number(y);
      if (year <= s.startYear || year > END_YEAR) {
        ctx.addIssue({
          code: 'custom',
          path: ['pinnedPcDemand', y],
          message: `pinned year ${y} must lie after the start year ${s.startYear} and no later than ${END_YEAR}`,
        });
      }
    }
  });

export type Scenario = z.infer<typeof ScenarioSchema>;

/**
 * JSON Schema of the scenario files, generated from the zod schema. The 4-decimal check is left to the description:
 * a JSON Schema validator tests `multipleOf: 0.0001` by floating-point division (ajv finds 8.2 / 0.0001 =
 * 81999.99999999999 and refuses the plan's own files), while zod's check is exact.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, {
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
