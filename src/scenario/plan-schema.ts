/**
 * The plan file format, version 1 (docs/PLANS.md explains every field): one zod schema, the boundary every plan
 * passes — the bundled ones at load, a user's import, the command line's --plan PATH, a link that carries its plan.
 * plans/plan.schema.json is generated from it (npm run docs), never written by hand.
 *
 * Beyond each field's type and range, a plan must hang together: its years in order and its periods covering them,
 * 2 to 8 sectors whose output shares, attraction mix and firms add up to the zone's, at most one residual ratio, the
 * fund's shares adding up to 100 %, every lever's values inside its range, and the units the model's equations read.
 * A refusal names the field (its path in the file) and what is wrong; nothing is clamped.
 */
import * as z from 'zod';
import { CALIBRATIONS } from '../model/calibration.ts';
import { INDICATORS } from '../model/indicators.ts';
import { CORE_LEVER_KEYS, LEVER_MODEL_UNIT, type CoreLeverKey } from '../model/parameters.ts';
import {
  BASE_FIGURES,
  LEVER_SIZES,
  MAX_BACKCAST_YEARS,
  PLAN_FORMAT,
  sectorRatios,
  type Plan,
} from '../model/plan.ts';
import { looksLikeMarkup } from './markup.ts';

z.config({ jitless: true });

export const MIN_SECTORS = 2;
export const MAX_SECTORS = 8;
/** Largest plan file the app and the command line read, bytes. */
export const MAX_PLAN_BYTES = 256 * 1024;
/** Longest horizon from the base year to the outlook year. */
export const MAX_HORIZON = 30;
/** Largest magnitude any number of a plan may have (refuses 1e308 and the like before it reaches the model). */
const BIG = 1e9;

const finite = (what: string) =>
  z
    .number({ error: `${what} must be a finite number` })
    .min(-BIG, { error: `${what} is too large in magnitude` })
    .max(BIG, { error: `${what} is too large in magnitude` });
const between = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a finite number` })
    .min(min, { error: (i) => `${what} = ${String(i.input)} must be at least ${min}` })
    .max(max, { error: (i) => `${what} = ${String(i.input)} must be at most ${max}` });

/**
 * A sector's share of its output (0–100 %), or "residual" (what the other sectors leave). Text other than "residual"
 * fails the literal, which zod reports alone ('expected "residual"'): the literal says the whole rule instead.
 */
const shareOrResidual = (what: string) => {
  const rule = `${what} must be a number 0–100 or "residual"`;
  return z.union([between(what, 0, 100), z.literal('residual', { error: rule })], { error: rule });
};

export const text = (max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? 'required' : 'must be text') })
    .max(max, { error: `at most ${max} characters` })
    .refine((s) => !looksLikeMarkup(s), {
      error: 'contains HTML or script markup',
      params: { kind: 'markup' },
    });
export const bilingual = (max: number) => z.strictObject({ zh: text(max).min(1), en: text(max).min(1) });

export const year = (what: string) =>
  z
    .number({ error: `${what} must be a year` })
    .int({ error: `${what} must be a whole year` })
    .min(1990, { error: `${what} must be between 1990 and 2100` })
    .max(2100, { error: `${what} must be between 1990 and 2100` });

const STATUS = ['published', 'derived', 'estimated', 'user'] as const;

const baseFigure = (what: string, min: number, max: number) =>
  z
    .strictObject({
      value: between(what, min, max),
      range: z
        .strictObject({
          lo: between(`${what} range lo`, min, max),
          hi: between(`${what} range hi`, min, max),
        })
        .optional(),
      unit: text(40),
      status: z.enum(STATUS, { error: `status must be one of ${STATUS.join(', ')}` }),
      confidence: z.enum(['H', 'M', 'L'], { error: 'confidence must be H, M or L' }).optional(),
      source: text(1000).min(1, { error: 'every base figure needs its source' }),
      sourceZh: text(1000).min(1, { error: 'every base figure needs its source in Chinese' }),
    })
    .refine((f) => !f.range || (f.range.lo <= f.value && f.value <= f.range.hi), {
      error: `${what}: the range must contain the value (lo ≤ value ≤ hi)`,
      path: ['range'],
      params: { kind: 'range-contains' },
    });

const dist = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), value: finite('value') }),
  z.strictObject({ kind: z.literal('uniform'), lo: finite('lo'), hi: finite('hi') }),
  z.strictObject({ kind: z.literal('triangular'), lo: finite('lo'), mode: finite('mode'), hi: finite('hi') }),
]);
const distValues = (d: z.infer<typeof dist>) =>
  d.kind === 'fixed' ? [d.value] : d.kind === 'uniform' ? [d.lo, d.hi] : [d.lo, d.mode, d.hi];

const leverValue = (what: string) =>
  z.union([finite(what), z.array(finite(what)).min(1).max(8)], {
    error: `${what} must be a number or one number per period`,
  });

const leverCommon = {
  label: bilingual(80),
  min: finite('min'),
  max: finite('max'),
  step: z.number().gt(0, { error: 'step must be above 0' }).max(BIG),
  quote: bilingual(400),
  source: text(1000).min(1, { error: 'every lever needs its source' }),
  sourceZh: text(1000).min(1, { error: 'every lever needs its source in Chinese' }),
};

const lever = z.strictObject({
  ...leverCommon,
  unit: bilingual(40),
  plan: leverValue('plan'),
  noPolicy: leverValue('noPolicy'),
  planValue: bilingual(200).nullable(),
  cost: between('cost', 0, 100),
  assumed: z
    .array(z.enum(LEVER_SIZES, { error: `assumed names a lever's ${LEVER_SIZES.join(', ')}` }))
    .max(LEVER_SIZES.length)
    .refine((a) => new Set(a).size === a.length, {
      error: 'assumed names each value once',
      params: { kind: 'assumed-repeat' },
    })
    // the published JSON Schema says so too (a refine does not reach it)
    .meta({ uniqueItems: true })
    .optional(),
});

const sector = z
  .strictObject({
    id: z.string({ error: 'must be text' }).regex(/^[a-z][a-z0-9_]{0,23}$/, {
      error: 'a sector id is lower-case letters, digits and _, at most 24',
    }),
    label: bilingual(60),
    base: z.strictObject({
      outputShare: between('outputShare', 0, 100),
      vaRatio: shareOrResidual('vaRatio'),
      rdIntensity: shareOrResidual('rdIntensity'),
      firms: z
        .number()
        .int({ error: 'firms must be a whole number' })
        .min(1, { error: 'a sector needs at least one firm' })
        .max(1e6),
      source: text(1000).min(1, { error: 'every sector needs the source of its base' }),
      sourceZh: text(1000).min(1, { error: 'every sector needs the source of its base in Chinese' }),
      assumption: z.boolean(),
    }),
    demand: z.enum(['pc', 'chips', 'emerging'], { error: 'demand must be "pc", "chips" or "emerging"' }),
    space: z.enum(['land', 'factory'], { error: 'space must be "land" or "factory"' }),
    landFactor: z.number().gt(0, { error: 'landFactor must be above 0' }).max(100).optional(),
    capitalTurnover: z.number().gt(0, { error: 'capitalTurnover must be above 0' }).max(100),
    attractionMix: between('attractionMix', 0, 100),
    frictionShare: between('frictionShare', 0, 100),
    smallFirms: z.boolean(),
    newValueAdded: z.strictObject({
      label: bilingual(80),
      default: dist,
      min: between('min', 0, 100),
      max: between('max', 0, 100),
      source: text(1000).min(1),
      sourceZh: text(1000).min(1),
      assumption: z.boolean(),
    }),
    fundShare: z.strictObject({ ...leverCommon, plan: leverValue('plan'), noPolicy: leverValue('noPolicy') }),
  })
  .superRefine((s, ctx) => {
    const issue = planIssue(ctx);
    if (s.space === 'land' && s.landFactor === undefined)
      issue(['landFactor'], 'a sector that builds on land needs its landFactor', 'land-factor-missing');
    if (s.space === 'factory' && s.landFactor !== undefined)
      issue(['landFactor'], 'a sector in factory space has no landFactor', 'land-factor-extra');
    const v = s.newValueAdded;
    if (v.min > v.max) issue(['newValueAdded', 'min'], 'min must not exceed max', 'min-above-max');
    for (const x of distValues(v.default)) {
      if (x < v.min || x > v.max)
        issue(['newValueAdded', 'default'], `${x} is outside the range ${v.min}–${v.max}`, 'outside-range', {
          value: x,
          min: v.min,
          max: v.max,
        });
    }
    const d = v.default;
    if (
      (d.kind === 'uniform' && d.lo > d.hi) ||
      (d.kind === 'triangular' && !(d.lo <= d.mode && d.mode <= d.hi))
    )
      issue(['newValueAdded', 'default'], 'need lo ≤ (mode ≤) hi', 'dist-order');
  });

const target = z
  .strictObject({
    value: finite('value'),
    direction: z.enum(['atLeast', 'atMost'], { error: 'direction must be "atLeast" or "atMost"' }),
    status: z.enum(['published', 'illustrative', 'user'], {
      error: 'status must be "published", "illustrative" or "user"',
    }),
    quote: bilingual(400),
    rule: bilingual(400).optional(),
  })
  .refine((t) => t.status !== 'illustrative' || t.rule !== undefined, {
    error: 'an illustrative target needs the rule that made it',
    path: ['rule'],
    params: { kind: 'rule-missing' },
  });

const binning = z
  .strictObject({ scale: z.enum(['linear', 'log']), lo: finite('lo'), hi: finite('hi') })
  .refine((b) => b.lo < b.hi && (b.scale === 'linear' || b.lo > 0), {
    error: 'need lo < hi (and lo > 0 on a log scale)',
    params: { kind: 'binning-order' },
  });

const sectorParameter = z.strictObject({
  unit: text(200),
  unitZh: text(200),
  source: text(1000).min(1),
  sourceZh: text(1000).min(1),
  assumption: z.boolean(),
});

type PlanLeverKey = Exclude<CoreLeverKey, 'fund_share'>;
const PLAN_LEVER_KEYS = CORE_LEVER_KEYS.filter((k): k is PlanLeverKey => k !== 'fund_share');

export const PlanSchema = z
  .strictObject({
    $schema: z.string().max(200).optional(),
    format: z.literal(PLAN_FORMAT, { error: `format must be "${PLAN_FORMAT}"` }),
    id: z
      .string({ error: 'must be text' })
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'lower-case letters, digits and dashes, at most 64' }),
    version: z
      .string({ error: 'must be text' })
      .regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/, { error: 'three whole numbers, e.g. "1.0.0"' }),
    title: bilingual(200),
    shortTitle: bilingual(80),
    issuer: bilingual(200),
    document: z.strictObject({
      name: bilingual(200),
      number: text(80).nullable(),
      date: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'YYYY, YYYY-MM or YYYY-MM-DD' })
        .nullable(),
      url: z
        .string()
        .max(500)
        .regex(/^https?:\/\/[^\s<>"]+$/, { error: 'an http(s) address' })
        .nullable(),
      note: bilingual(1000).optional(),
    }),
    zone: bilingual(200),
    industry: bilingual(200),
    subject: bilingual(80),
    baseYear: year('baseYear'),
    targetYear: year('targetYear'),
    endYear: year('endYear'),
    calibration: z.enum(CALIBRATIONS, { error: `one of ${CALIBRATIONS.join(', ')}` }).optional(),
    periods: z
      .array(z.strictObject({ from: year('from'), to: year('to'), label: bilingual(60) }))
      .min(1, { error: 'a plan needs at least one period' })
      .max(6, { error: 'at most 6 periods' }),
    base: z.strictObject({
      // a negative value is the range's to refuse (one message each): this refuses 0
      output: baseFigure('base output', 0, BIG).refine((f) => f.value !== 0, {
        error: 'base output must be above 0',
        params: { kind: 'above-zero' },
      }),
      firms: baseFigure('base firms', 1, 1e6),
      rd_institution_share: baseFigure('base rd_institution_share', 0, 100),
      rd_intensity: baseFigure('base rd_intensity', 0, 100),
      va_ratio: baseFigure('base va_ratio', 0, 100),
    }),
    priorGrowth: z.strictObject({
      value: between('priorGrowth', -50, 100),
      unit: text(40),
      from: year('priorGrowth.from'),
      status: z.enum(STATUS),
      confidence: z.enum(['H', 'M', 'L']).optional(),
      source: text(1000).min(1),
      sourceZh: text(1000).min(1),
    }),
    sectorParameters: z.strictObject({
      landFactor: sectorParameter,
      capitalTurnover: sectorParameter,
      attractionMix: sectorParameter,
      frictionShare: sectorParameter,
    }),
    sectors: z
      .array(sector)
      .min(MIN_SECTORS, { error: `a plan needs ${MIN_SECTORS} to ${MAX_SECTORS} sectors` })
      .max(MAX_SECTORS, { error: `a plan needs ${MIN_SECTORS} to ${MAX_SECTORS} sectors` }),
    targets: z.partialRecord(
      z.enum(INDICATORS, { error: `targets: an indicator of the model (${INDICATORS.join(', ')})` }),
      target,
    ),
    levers: z.strictObject(
      Object.fromEntries(PLAN_LEVER_KEYS.map((k) => [k, lever])) as Record<PlanLeverKey, typeof lever>,
    ),
    binning: z
      .partialRecord(
        z.enum([...INDICATORS, 'value_added', 'sector_output', 'sector_value_added'], {
          error: 'binning: an indicator, value_added, sector_output or sector_value_added',
        }),
        binning,
      )
      .optional(),
  })
  .superRefine((p, ctx) => {
    const issue = planIssue(ctx);
    // years in order
    if (p.targetYear <= p.baseYear)
      issue(
        ['targetYear'],
        `targetYear ${p.targetYear} must come after baseYear ${p.baseYear}`,
        'target-after-base',
        {
          targetYear: p.targetYear,
          baseYear: p.baseYear,
        },
      );
    if (p.endYear <= p.targetYear)
      issue(
        ['endYear'],
        `endYear ${p.endYear} (the outlook) must come after targetYear ${p.targetYear}`,
        'end-before-target',
        {
          endYear: p.endYear,
          targetYear: p.targetYear,
        },
      );
    if (p.endYear - p.baseYear > MAX_HORIZON)
      issue(['endYear'], `endYear may be at most ${MAX_HORIZON} years after baseYear`, 'horizon', {
        max: MAX_HORIZON,
      });
    if (p.priorGrowth.from >= p.baseYear || p.priorGrowth.from < p.baseYear - MAX_BACKCAST_YEARS - 6)
      issue(
        ['priorGrowth', 'from'],
        `priorGrowth.from must lie before baseYear (at most 10 years)`,
        'prior-from',
        {
          baseYear: p.baseYear,
        },
      );
    // periods cover the years after the base year to the outlook year, in order, without gaps
    p.periods.forEach((q, i) => {
      const from = i === 0 ? p.baseYear + 1 : p.periods[i - 1].to + 1;
      if (q.from !== from)
        issue(['periods', i, 'from'], `period ${i + 1} must start in ${from}`, 'period-start', {
          n: i + 1,
          year: from,
        });
      if (q.to < q.from)
        issue(['periods', i, 'to'], `period ${i + 1} ends before it starts`, 'period-order', { n: i + 1 });
    });
    const lastTo = p.periods[p.periods.length - 1]?.to;
    if (lastTo !== p.endYear)
      issue(['periods'], `the last period must end in endYear ${p.endYear}`, 'period-end', {
        endYear: p.endYear,
      });
    // a sector list already refused for its length or its figures' ranges is not summed as well: one message each
    const inRange = (x: unknown, lo: number, hi: number) => typeof x !== 'number' || (x >= lo && x <= hi);
    const sectorsInRange =
      p.sectors.length >= MIN_SECTORS &&
      p.sectors.length <= MAX_SECTORS &&
      p.sectors.every((s) => inRange(s.base.outputShare, 0, 100) && inRange(s.attractionMix, 0, 100));
    // sectors that add up to the zone
    const ids = new Set<string>();
    p.sectors.forEach((s, i) => {
      if (ids.has(s.id))
        issue(['sectors', i, 'id'], `sector id "${s.id}" is used twice`, 'id-twice', { id: s.id });
      ids.add(s.id);
    });
    const sum = (f: (s: (typeof p.sectors)[number]) => number) => p.sectors.reduce((a, s) => a + f(s), 0);
    const shares = sum((s) => s.base.outputShare);
    if (sectorsInRange && Math.abs(shares - 100) > 0.01)
      issue(
        ['sectors'],
        `the sectors' base output shares add up to ${round(shares)} %; they must add up to 100 %`,
        'sum-100',
        { what: 'outputShare', sum: round(shares) },
      );
    const mix = sum((s) => s.attractionMix);
    if (sectorsInRange && Math.abs(mix - 100) > 0.01)
      issue(
        ['sectors'],
        `the sectors' attractionMix adds up to ${round(mix)} %; it must add up to 100 %`,
        'sum-100',
        {
          what: 'attractionMix',
          sum: round(mix),
        },
      );
    const firms = sum((s) => s.base.firms);
    if (sectorsInRange && p.base.firms.value >= 1 && firms !== p.base.firms.value)
      issue(
        ['sectors'],
        `the sectors' base firms add up to ${firms}, the plan's base firms are ${p.base.firms.value}`,
        'firms-sum',
        { sum: firms, firms: p.base.firms.value },
      );
    for (const key of ['vaRatio', 'rdIntensity'] as const) {
      const residuals = p.sectors.filter((s) => s.base[key] === 'residual');
      if (residuals.length > 1)
        issue(['sectors'], `at most one sector may have "residual" as its ${key}`, 'residual-twice', { key });
    }
    if (sectorsInRange && shares > 0 && ids.size === p.sectors.length && residualsOk(p)) {
      const r = sectorRatios(p as unknown as Plan, p.base.va_ratio.value, p.base.rd_intensity.value);
      r.vaRatio.forEach((x, i) => {
        if (!(x >= 0 && x <= 100))
          issue(
            ['sectors', i, 'base', 'vaRatio'],
            `the residual value-added ratio would be ${round(x)} %, outside 0–100`,
            'residual-range',
            { key: 'vaRatio', value: round(x) },
          );
      });
      r.rdIntensity.forEach((x, i) => {
        if (!(x >= 0 && x <= 100))
          issue(
            ['sectors', i, 'base', 'rdIntensity'],
            `the residual R&D intensity would be ${round(x)} %, outside 0–100`,
            'residual-range',
            { key: 'rdIntensity', value: round(x) },
          );
      });
    }
    // levers: values inside their ranges, one per period where they vary, the model's units
    const nPeriods = p.periods.length;
    const checkLever = (
      path: (string | number)[],
      l: { min: number; max: number; plan: number | number[]; noPolicy: number | number[] },
    ) => {
      if (l.min >= l.max) issue([...path, 'min'], 'min must be below max', 'min-above-max');
      for (const field of ['plan', 'noPolicy'] as const) {
        const v = l[field];
        const values = typeof v === 'number' ? [v] : v;
        if (typeof v !== 'number' && v.length !== nPeriods)
          issue(
            [...path, field],
            `give one value for every period (${nPeriods}) or a single number`,
            'per-period',
            {
              n: nPeriods,
            },
          );
        values.forEach((x) => {
          if (x < l.min || x > l.max)
            issue([...path, field], `${x} is outside the lever's range ${l.min}–${l.max}`, 'outside-range', {
              value: x,
              min: l.min,
              max: l.max,
            });
        });
      }
    };
    for (const k of PLAN_LEVER_KEYS) {
      const l = p.levers[k];
      checkLever(['levers', k], l);
      const unit = LEVER_MODEL_UNIT[k];
      if (l.unit.zh !== unit.zh || l.unit.en !== unit.en)
        issue(['levers', k, 'unit'], `the model reads ${k} in ${unit.en} (${unit.zh})`, 'unit', {
          zh: unit.zh,
          en: unit.en,
        });
    }
    p.sectors.forEach((s, i) => {
      checkLever(['sectors', i, 'fundShare'], s.fundShare);
      if (s.fundShare.min < 0 || s.fundShare.max > 100)
        issue(['sectors', i, 'fundShare'], "a fund share's range lies within 0–100 %", 'share-range');
    });
    for (const field of sectorsInRange ? (['plan', 'noPolicy'] as const) : []) {
      for (let q = 0; q < nPeriods; q++) {
        const total = sum((s) => {
          const v = s.fundShare[field];
          return typeof v === 'number' ? v : (v[q] ?? NaN);
        });
        if (Math.abs(total - 100) > 0.01) {
          issue(
            ['sectors'],
            `the fund's sector shares (${field}) add up to ${round(total)} % in period ${q + 1}; they must add up to 100 %`,
            'sum-100',
            { what: `fundShare.${field}`, sum: round(total), period: q + 1 },
          );
          break;
        }
      }
    }
    // ranged base figures
    for (const k of BASE_FIGURES) {
      const f = p.base[k];
      if (f.range && f.status === 'published')
        issue(
          ['base', k, 'status'],
          'a published figure has a value, not a range (status "estimated" for a range)',
          'published-range',
        );
    }
  });

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * A check of the plan's own that failed: its English message (what the command line prints) and, for a caller that
 * words it in the reader's language, its kind and the values it names (the app's dictionaries, `planIssue.<kind>`).
 */
function planIssue(ctx: z.core.$RefinementCtx) {
  return (
    path: (string | number)[],
    message: string,
    kind: string,
    values: Record<string, string | number> = {},
  ) => ctx.addIssue({ code: 'custom', path, message, params: { kind, ...values } });
}
function residualsOk(p: { sectors: { base: { vaRatio: unknown; rdIntensity: unknown } }[] }) {
  return (['vaRatio', 'rdIntensity'] as const).every(
    (k) => p.sectors.filter((s) => s.base[k] === 'residual').length <= 1,
  );
}

/** JSON Schema of the plan files, generated from the zod schema (plans/plan.schema.json). */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
