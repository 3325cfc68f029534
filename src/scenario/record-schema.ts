/**
 * The record file's format (record/realised.json, ./record.ts loads it): one zod schema, from which
 * record/realised.schema.json is generated (npm run docs). Each figure needs a key of its own, a year after the
 * earliest plan base (2021 on) and not after its source was published, what it measures in both languages, a unit,
 * a finite value, the model series it is compared with (a series of a bundled plan's paths) or null, a source with
 * a title in both languages, a date and an address (or null where none is known), and a confidence letter. The
 * replay's pins each name a world PC shipment figure of the record, within 1 % a year of it (the pins are rounded).
 * A refusal names the field; nothing is clamped.
 */
import * as z from 'zod';
import { planModel } from '../model/plan.ts';
import { RECORD_AREAS, RECORD_FORMAT, type RealisedRecord } from '../model/record.ts';
import { formatIssues } from './issues.ts';
import type { Parsed } from './parse.ts';
import { bilingual, text, year } from './plan-schema.ts';
import { BUNDLED_PLANS } from './plans.ts';
import { forbiddenKeyErrors } from './safe-keys.ts';

/** The series a figure may be compared with: those of every bundled plan's paths. */
export const RECORD_SERIES = [...new Set(BUNDLED_PLANS.flatMap((p) => planModel(p).series))];
/** The first year a realised figure may have: the year after the earliest base year a plan has (2020). */
export const FIRST_RECORD_YEAR = Math.min(...BUNDLED_PLANS.map((p) => p.baseYear)) + 1;
/** How far a replay pin may be from the figure it names, % a year (the pins are rounded to whole per cent). */
export const PIN_TOLERANCE = 1;

const DATE = /^\d{4}(-\d\d(-\d\d)?)?$/;
const KEY = /^[a-z][a-z0-9_]*$/;

const figure = z
  .strictObject({
    key: z.string().regex(KEY, { error: 'a key is lower-case letters, digits and _' }).max(60),
    year: year('year').min(FIRST_RECORD_YEAR, {
      error: `a realised figure's year must be ${FIRST_RECORD_YEAR} or later (after a plan's base year)`,
    }),
    area: z.enum(RECORD_AREAS, { error: `area must be one of ${RECORD_AREAS.join(', ')}` }),
    measure: bilingual(120),
    unit: text(40).min(1),
    value: z.number({ error: 'value must be a finite number' }).min(-1e9).max(1e9),
    compare: z
      .strictObject({
        series: z.enum(RECORD_SERIES as [string, ...string[]], {
          error: 'series must be a series of the model (a bundled plan’s paths)',
        }),
        how: z.enum(['level', 'growth'], { error: 'how must be level or growth' }),
      })
      .nullable(),
    source: z.strictObject(
      {
        title: bilingual(1000),
        date: z.string().regex(DATE, { error: 'a date is YYYY, YYYY-MM or YYYY-MM-DD' }),
        address: text(500).min(1).nullable(),
      },
      { error: 'every figure needs its source (title, date, address)' },
    ),
    confidence: z.enum(['H', 'M', 'L'], { error: 'confidence must be H, M or L' }),
    note: bilingual(1000).nullable(),
  })
  .refine((f) => Number(f.source.date.slice(0, 4)) >= f.year, {
    error: 'a realised figure is published in or after its year: the source’s date is before it',
    path: ['source', 'date'],
  });

export const RecordSchema = z
  .strictObject({
    $schema: z.string().max(200).optional(),
    format: z.literal(RECORD_FORMAT, { error: `format must be "${RECORD_FORMAT}"` }),
    figures: z.array(figure).min(1),
    replayPins: z.strictObject({
      note: bilingual(1000),
      pcDemand: z.record(
        z.string().regex(/^\d{4}$/, { error: 'a pin’s year is four digits' }),
        z.strictObject({ value: z.number().min(-100).max(1000), figure: z.string() }),
      ),
    }),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.figures.forEach((f, i) => {
      if (seen.has(f.key))
        ctx.addIssue({ code: 'custom', message: `key ${f.key} appears twice`, path: ['figures', i, 'key'] });
      seen.add(f.key);
    });
    for (const [y, pin] of Object.entries(r.replayPins.pcDemand)) {
      const f = r.figures.find((g) => g.key === pin.figure);
      const path = ['replayPins', 'pcDemand', y, 'figure'];
      if (!f)
        ctx.addIssue({ code: 'custom', message: `names no figure of the record (${pin.figure})`, path });
      else if (f.area !== 'world' || f.year !== Number(y))
        ctx.addIssue({ code: 'custom', message: `${pin.figure} is not a world figure of ${y}`, path });
      else if (Math.abs(f.value - pin.value) > PIN_TOLERANCE)
        ctx.addIssue({
          code: 'custom',
          message: `the pin ${pin.value} is more than ${PIN_TOLERANCE} from ${pin.figure} (${f.value})`,
          path: ['replayPins', 'pcDemand', y, 'value'],
        });
    }
  });

export function parseRecord(input: unknown): Parsed<RealisedRecord> {
  const forbidden = forbiddenKeyErrors(input);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const r = RecordSchema.safeParse(input);
  if (!r.success) return { ok: false, errors: formatIssues(r.error.issues) };
  return { ok: true, value: r.data as RealisedRecord };
}

/** JSON Schema of the record file, generated from the zod schema (record/realised.schema.json). */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RecordSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
