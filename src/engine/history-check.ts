/**
 * The history check (out of sample): for each comparable figure of the record (record/realised.json,
 * src/model/record.ts), the model's value of the series it compares with — its year-on-year growth, or its level —
 * in every path of a scenario (./path-probes.ts), then the 5/50/95 % and whether the figure falls inside. Nothing
 * here feeds back into any parameter: the figures are only compared with. docs/MODEL.md (scripts/generated.ts), the
 * app's history check and the ex-post check (./expost.ts) use it.
 */
import type { ModelInputs } from '../model/inputs.ts';
import type { ComparableFigure } from '../model/record.ts';
import {
  percentileOf,
  probeFits,
  probeValues,
  probeValuesAsync,
  quantileSorted,
  type Probe,
} from './path-probes.ts';

export interface FigureCheck {
  figure: ComparableFigure;
  p5: number;
  p50: number;
  p95: number;
  inside: boolean;
  /** where the figure falls among the paths, 0–100 % */
  percentile: number;
}

const probeOf = (f: ComparableFigure): Probe => ({
  series: f.compare.series,
  how: f.compare.how,
  year: f.year,
});

/** The figures a scenario can be checked against: those whose year (and for a growth the year before) lie in its paths. */
export const checkableFigures = (inputs: ModelInputs, figures: readonly ComparableFigure[]) =>
  figures.filter((f) => probeFits(inputs, probeOf(f)));

function report(figures: readonly ComparableFigure[], values: Float64Array[]): FigureCheck[] {
  return figures.map((figure, i) => {
    const g = values[i];
    const [p5, p50, p95] = [quantileSorted(g, 0.05), quantileSorted(g, 0.5), quantileSorted(g, 0.95)];
    return {
      figure,
      p5,
      p50,
      p95,
      inside: p5 <= figure.value && figure.value <= p95,
      percentile: percentileOf(g, figure.value),
    };
  });
}

export function checkFigures(
  inputs: ModelInputs,
  seed: string | number,
  runs: number,
  figures: readonly ComparableFigure[],
): FigureCheck[] {
  return report(figures, probeValues(inputs, seed, runs, figures.map(probeOf)));
}

/** The same for a page, chunk by chunk with an AbortSignal (./path-probes.ts); exactly `checkFigures`'s numbers. */
export async function checkFiguresAsync(
  inputs: ModelInputs,
  seed: string | number,
  runs: number,
  figures: readonly ComparableFigure[],
  signal?: AbortSignal,
): Promise<FigureCheck[]> {
  return report(figures, await probeValuesAsync(inputs, seed, runs, figures.map(probeOf), signal));
}
