/**
 * The message a runner sends a worker: model inputs, the seed and the chunks to simulate. Validated with zod on
 * the worker's side, so a malformed message is refused with a readable error instead of reaching the model.
 */
import * as z from 'zod';
import type { ModelInputs } from '../model/inputs.ts';
import { planModel, type Plan } from '../model/plan.ts';
import { PlanSchema } from '../scenario/plan-schema.ts';
import { assumptionsSchemaOf, leversSchemaOf } from '../scenario/schema.ts';
import { formatIssues } from '../scenario/parse.ts';
import { CHUNK_RUNS, type Chunk } from './chunks.ts';
import { FOCUS_INDICATORS, FOCUS_KEEPS, type Focus } from './focus.ts';
import type { Summary } from '../stats/summary.ts';

/** A summary handed back for reuse: checked for its shape and binning by resetSummary before any use. */
const ReuseSchema = z.custom<Summary>(
  (v) => typeof v === 'object' && v !== null && (v as Summary).counts instanceof Uint32Array,
  { error: 'reuse must be a summary' },
);

/**
 * The last plan a worker validated, by its JSON text: a run's batches all carry the same plan, so it is validated
 * once and every batch then gets the same object (and what is compiled from it, cached per object, is reused).
 */
let lastPlan: { json: string; plan: Plan } | null = null;
const PlanInMessage = z.unknown().transform((raw, ctx) => {
  let json: string;
  try {
    json = JSON.stringify(raw);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'plan: not plain data' });
    return z.NEVER;
  }
  if (lastPlan?.json === json) return lastPlan.plan;
  const r = PlanSchema.safeParse(raw);
  if (!r.success) {
    for (const m of formatIssues(r.error.issues)) ctx.addIssue({ code: 'custom', message: `plan.${m}` });
    return z.NEVER;
  }
  lastPlan = { json, plan: r.data as Plan };
  return lastPlan.plan;
});

const InputsSchema = z
  .strictObject({
    plan: PlanInMessage,
    startYear: z.number().int(),
    levers: z.unknown(),
    uncertainties: z.unknown(),
    pinnedPcDemand: z.record(z.string().regex(/^\d{4}$/), z.number().min(-60).max(100)),
    pinnedChipDemand: z.record(z.string().regex(/^\d{4}$/), z.number().min(-60).max(100)).optional(),
  })
  .transform((x, ctx) => {
    const pm = planModel(x.plan);
    if (x.startYear < pm.minStartYear || x.startYear > pm.baseYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['startYear'],
        message: `startYear must be between ${pm.minStartYear} and ${pm.baseYear}`,
      });
      return z.NEVER;
    }
    const levers = leversSchemaOf(x.plan).safeParse(x.levers);
    const uncertainties = assumptionsSchemaOf(x.plan).safeParse(x.uncertainties);
    for (const [what, r] of [
      ['levers', levers],
      ['uncertainties', uncertainties],
    ] as const) {
      if (!r.success)
        for (const m of formatIssues(r.error.issues))
          ctx.addIssue({ code: 'custom', message: `${what}.${m}` });
    }
    if (!levers.success || !uncertainties.success) return z.NEVER;
    const missing = pm.uncertaintyKeys.filter(
      (k) => (uncertainties.data as Record<string, unknown>)[k] === undefined,
    );
    if (missing.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['uncertainties'],
        message: `every uncertainty needs a distribution (${missing.join(', ')})`,
      });
      return z.NEVER;
    }
    const pinned: Record<number, number> = {};
    for (const [y, g] of Object.entries(x.pinnedPcDemand)) if (Number(y) <= pm.endYear) pinned[Number(y)] = g;
    const pinnedChip: Record<number, number> = {};
    for (const [y, g] of Object.entries(x.pinnedChipDemand ?? {}))
      if (Number(y) <= pm.endYear) pinnedChip[Number(y)] = g;
    return {
      plan: x.plan,
      startYear: x.startYear,
      levers: levers.data,
      uncertainties: uncertainties.data,
      pinnedPcDemand: pinned,
      ...(Object.keys(pinnedChip).length ? { pinnedChipDemand: pinnedChip } : {}),
    } as ModelInputs;
  });

export const ChunkRequestSchema = z.strictObject({
  inputs: InputsSchema,
  seed: z.union([z.number().int(), z.string().min(1).max(64)]),
  chunks: z
    .array(z.strictObject({ index: z.number().int().min(0), runs: z.number().int().min(1).max(1_000_000) }))
    .min(1),
  reuse: ReuseSchema.optional(),
  /** report the summary once this many runs are in (./chunks.ts EarlyLook) */
  early: z.number().int().min(2).max(CHUNK_RUNS).optional(),
  /** only one indicator's work (./focus.ts) */
  focus: z
    .strictObject({
      indicator: z.enum(FOCUS_INDICATORS),
      keep: z.enum(FOCUS_KEEPS),
      clusters: z.boolean().optional(),
    })
    .optional(),
});

export interface ChunkRequest {
  inputs: ModelInputs;
  seed: string | number;
  chunks: Chunk[];
  /** a spent summary of an earlier batch, for the worker to empty and fill (pool → worker only) */
  reuse?: Summary;
  /**
   * report the summary so far, once, when this many runs are in (to the callback the request is sent with; the
   * first partial picture of a run, src/engine/pool.ts)
   */
  early?: number;
  /** simulate and summarise only what one indicator's question needs (./focus.ts) */
  focus?: Focus;
}

export function checkChunkRequest(req: unknown): ChunkRequest {
  const r = ChunkRequestSchema.safeParse(req);
  if (!r.success) throw new Error('invalid worker request: ' + formatIssues(r.error.issues).join('; '));
  return r.data as ChunkRequest;
}

/** The paired run's message: the chunk request plus the baseline's inputs (src/engine/paired.ts). */
export const PairedRequestSchema = ChunkRequestSchema.omit({ reuse: true, focus: true, early: true }).extend({
  baseline: InputsSchema,
});

export interface PairedRequest extends ChunkRequest {
  baseline: ModelInputs;
}

export function checkPairedRequest(req: unknown): PairedRequest {
  const r = PairedRequestSchema.safeParse(req);
  if (!r.success) throw new Error('invalid worker request: ' + formatIssues(r.error.issues).join('; '));
  return r.data as PairedRequest;
}
