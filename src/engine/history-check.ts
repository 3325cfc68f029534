/**
 * The history check (out of sample): runs a scenario path by path (same chunks and seeds as the engine) and, for
 * each comparable figure of the record (record/realised.json, src/model/record.ts), collects the model's value of
 * the series it compares with — its year-on-year growth, or its level — then reports the 5/50/95 % and whether the
 * figure falls inside. Exact quantiles of the per-path values (the engine's
 * summaries hold per-year quantiles, and a quantile of growth is not the growth of quantiles), so the paths' values
 * are kept. Nothing here feeds back into any parameter: the figures are only compared with.
 * docs/MODEL.md (scripts/generated.ts) and the app's history check both use it.
 */
import { AbortError } from './runner.ts';
import { chunksOf, type Chunk } from './chunks.ts';
import type { ModelInputs } from '../model/inputs.ts';
import type { ComparableFigure } from '../model/record.ts';
import { planModel } from '../model/plan.ts';
import { prepare, simulatePath } from '../model/simulate.ts';
import { chunkState, Rng } from '../stats/rng.ts';

export interface FigureCheck {
  figure: ComparableFigure;
  p5: number;
  p50: number;
  p95: number;
  inside: boolean;
}

function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
}

/** The figures a scenario can be checked against: those whose year (and for a growth the year before) lie in its paths. */
export const checkableFigures = (inputs: ModelInputs, figures: readonly ComparableFigure[]) =>
  figures.filter(
    (f) =>
      f.year - (f.compare.how === 'growth' ? 1 : 0) >= inputs.startYear &&
      f.year <= planModel(inputs.plan).endYear,
  );

/** Per figure, its series' year-on-year growth (%) or level in each path of these chunks, written from `at`. */
function valuesOf(
  inputs: ModelInputs,
  seed: string | number,
  chunks: Chunk[],
  figures: readonly ComparableFigure[],
  into: Float64Array[],
  at: number,
): number {
  const p = prepare(inputs);
  const index = planModel(inputs.plan).seriesIndex;
  const out = new Float64Array(p.pathLength);
  let n = at;
  for (const chunk of chunks) {
    const rng = new Rng(chunkState(seed, chunk.index));
    for (let r = 0; r < chunk.runs; r++, n++) {
      rng.beginPath(r); // the engine's paths, antithetic pairs included (./chunks.ts)
      simulatePath(p, rng, out);
      figures.forEach((f, i) => {
        const k = index[f.compare.series] * p.nYears + f.year - inputs.startYear;
        into[i][n] = f.compare.how === 'growth' ? 100 * (out[k] / out[k - 1] - 1) : out[k];
      });
    }
  }
  return n;
}

function report(figures: readonly ComparableFigure[], growth: Float64Array[]): FigureCheck[] {
  return figures.map((figure, i) => {
    const g = growth[i].sort();
    const [p5, p50, p95] = [quantile(g, 0.05), quantile(g, 0.5), quantile(g, 0.95)];
    return { figure, p5, p50, p95, inside: p5 <= figure.value && figure.value <= p95 };
  });
}

export function checkFigures(
  inputs: ModelInputs,
  seed: string | number,
  runs: number,
  figures: readonly ComparableFigure[],
): FigureCheck[] {
  const growth = figures.map(() => new Float64Array(runs));
  valuesOf(inputs, seed, chunksOf(runs), figures, growth, 0);
  return report(figures, growth);
}

/**
 * The same for a page: chunk by chunk, yielding between chunks (about 25 ms of work each) so the page stays
 * responsive, with an AbortSignal. Gives exactly `checkFigures`'s numbers.
 */
export async function checkFiguresAsync(
  inputs: ModelInputs,
  seed: string | number,
  runs: number,
  figures: readonly ComparableFigure[],
  signal?: AbortSignal,
): Promise<FigureCheck[]> {
  const growth = figures.map(() => new Float64Array(runs));
  let n = 0;
  for (const chunk of chunksOf(runs)) {
    if (signal?.aborted) throw new AbortError();
    n = valuesOf(inputs, seed, [chunk], figures, growth, n);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (signal?.aborted) throw new AbortError();
  return report(figures, growth);
}
