/**
 * The out-of-sample check behind docs/MODEL.md: runs a scenario path by path (same chunks and seeds as the engine)
 * and, for each realised figure in src/model/history.ts, collects the model's year-on-year growth of the series it
 * compares with, then reports the 5/50/95 % and whether the figure falls inside. Nothing here feeds back into any
 * parameter: the realised figures are only compared with, never fitted to.
 */
import { chunksOf } from '../src/engine/chunks.ts';
import type { ModelInputs } from '../src/model/inputs.ts';
import type { RealisedFigure } from '../src/model/history.ts';
import { SERIES, SERIES_INDEX } from '../src/model/series.ts';
import { prepare, simulatePath } from '../src/model/simulate.ts';
import { chunkState, Rng } from '../src/stats/rng.ts';

export interface FigureCheck {
  figure: RealisedFigure;
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

export function checkFigures(
  inputs: ModelInputs,
  seed: string | number,
  runs: number,
  figures: readonly RealisedFigure[],
): FigureCheck[] {
  const p = prepare(inputs);
  const out = new Float64Array(SERIES.length * p.nYears);
  const growth = figures.map(() => new Float64Array(runs));
  let n = 0;
  for (const chunk of chunksOf(runs)) {
    const rng = new Rng(chunkState(seed, chunk.index));
    for (let r = 0; r < chunk.runs; r++, n++) {
      simulatePath(p, rng, out);
      figures.forEach((f, i) => {
        const base = SERIES_INDEX[f.series] * p.nYears;
        const t = f.year - inputs.startYear;
        growth[i][n] = 100 * (out[base + t] / out[base + t - 1] - 1);
      });
    }
  }
  return figures.map((figure, i) => {
    const g = growth[i].sort();
    const [p5, p50, p95] = [quantile(g, 0.05), quantile(g, 0.5), quantile(g, 0.95)];
    return { figure, p5, p50, p95, inside: p5 <= figure.value && figure.value <= p95 };
  });
}
