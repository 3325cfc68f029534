/**
 * The message a runner sends a worker: model inputs, the seed and the chunks to simulate. Validated with zod on
 * the worker's side, so a malformed message is refused with a readable error instead of reaching the model.
 */
import * as z from 'zod';
import { END_YEAR } from '../model/indicators.ts';
import type { ModelInputs } from '../model/inputs.ts';
import { UNCERTAINTY_KEYS } from '../model/parameters.ts';
import { AssumptionsSchema, LeversSchema } from '../scenario/schema.ts';
import { formatIssues } from '../scenario/parse.ts';
import type { Chunk } from './chunks.ts';
import type { Summary } from '../stats/summary.ts';

/** A summary handed back for reuse: checked for its shape and binning by resetSummary before any use. */
const ReuseSchema = z.custom<Summary>(
  (v) => typeof v === 'object' && v !== null && (v as Summary).counts instanceof Uint32Array,
  { error: 'reuse must be a summary' },
);

const InputsSchema = z.strictObject({
  startYear: z.number().int().min(2016).max(2020),
  levers: LeversSchema,
  uncertainties: AssumptionsSchema.refine((a) => UNCERTAINTY_KEYS.every((k) => a[k] !== undefined), {
    error: 'every uncertainty needs a distribution',
  }),
  pinnedPcDemand: z.record(z.string().regex(/^\d{4}$/), z.number().min(-60).max(100)),
});

export const ChunkRequestSchema = z.strictObject({
  inputs: InputsSchema,
  seed: z.union([z.number().int(), z.string().min(1).max(64)]),
  chunks: z
    .array(z.strictObject({ index: z.number().int().min(0), runs: z.number().int().min(1).max(1_000_000) }))
    .min(1),
  reuse: ReuseSchema.optional(),
});

export interface ChunkRequest {
  inputs: ModelInputs;
  seed: string | number;
  chunks: Chunk[];
  /** a spent summary of an earlier batch, for the worker to empty and fill (pool → worker only) */
  reuse?: Summary;
}

export function checkChunkRequest(req: unknown): ChunkRequest {
  const r = ChunkRequestSchema.safeParse(req);
  if (!r.success) throw new Error('invalid worker request: ' + formatIssues(r.error.issues).join('; '));
  const { inputs } = r.data;
  const pinned: Record<number, number> = {};
  for (const [y, g] of Object.entries(inputs.pinnedPcDemand)) {
    if (Number(y) <= END_YEAR) pinned[Number(y)] = g;
  }
  return { ...r.data, inputs: { ...(inputs as unknown as ModelInputs), pinnedPcDemand: pinned } };
}

/** The paired run's message: the chunk request plus the baseline's inputs (src/engine/paired.ts). */
export const PairedRequestSchema = ChunkRequestSchema.omit({ reuse: true }).extend({
  baseline: InputsSchema,
});

export interface PairedRequest extends ChunkRequest {
  baseline: ModelInputs;
}

const pinnedOf = (inputs: z.infer<typeof InputsSchema>): ModelInputs => {
  const pinned: Record<number, number> = {};
  for (const [y, g] of Object.entries(inputs.pinnedPcDemand)) {
    if (Number(y) <= END_YEAR) pinned[Number(y)] = g;
  }
  return { ...(inputs as unknown as ModelInputs), pinnedPcDemand: pinned };
};

export function checkPairedRequest(req: unknown): PairedRequest {
  const r = PairedRequestSchema.safeParse(req);
  if (!r.success) throw new Error('invalid worker request: ' + formatIssues(r.error.issues).join('; '));
  return { ...r.data, inputs: pinnedOf(r.data.inputs), baseline: pinnedOf(r.data.baseline) };
}
