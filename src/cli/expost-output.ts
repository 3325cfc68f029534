/**
 * The ex-post check's output (src/engine/expost.ts) as JSON or CSV. JSON: the report with each record figure as
 * its key, year, value, unit, measure and source. CSV (UTF-8 with a byte-order mark, as the other exports): one row
 * per target (part `target`, in the indicator's unit), one per calibration figure (part `calibration`), then the calibration's summary rows
 * (part `summary`: figures, inside, share_inside, below_median, above_median); every row carries the plan, seed and
 * run count, so a copied row still says where it came from.
 */
import { INDICATOR_SHAPES } from '../model/indicators.ts';
import { MODEL_VERSION } from '../model/version.ts';
import type { RecordFigure } from '../model/record.ts';
import { cell } from '../engine/csv.ts';
import type { ExpostReport } from '../engine/expost.ts';

const figureRef = (f: RecordFigure) => ({
  key: f.key,
  year: f.year,
  value: f.value,
  unit: f.unit,
  measure: f.measure,
  source: f.source,
  confidence: f.confidence,
});

export function expostJson(r: ExpostReport): string {
  const body = {
    ...r,
    targets: r.targets.map((t) => ({
      ...t,
      realised:
        t.realised === null
          ? null
          : t.realised.by === 'record'
            ? { value: t.realised.value, by: 'record', figure: figureRef(t.realised.figure) }
            : t.realised,
    })),
    calibration: {
      ...r.calibration,
      checks: r.calibration.checks.map((c) => ({
        ...c,
        figure: { ...figureRef(c.figure), compare: c.figure.compare },
      })),
    },
    model: MODEL_VERSION,
  };
  return JSON.stringify(body, null, 2) + '\n';
}

export const CSV_HEADER = [
  'plan',
  'part',
  'key',
  'year',
  'value',
  'unit',
  'target',
  'direction',
  'realised_by',
  'p5',
  'p50',
  'p95',
  'percentile',
  'result',
  'source',
  'seed',
  'runs',
  'model',
];

export function expostCsv(r: ExpostReport): string {
  const tail = [r.seed, r.runs, MODEL_VERSION];
  const rows: (string | number | null)[][] = [];
  for (const t of r.targets)
    rows.push([
      r.planId,
      'target',
      t.indicator,
      r.targetYear,
      t.realised?.value ?? null,
      INDICATOR_SHAPES[t.indicator].unit.en,
      t.target.value,
      t.target.direction,
      t.realised?.by ?? null,
      t.p5,
      t.p50,
      t.p95,
      t.percentile,
      t.verdict,
      t.realised?.by === 'record'
        ? `${t.realised.figure.source.title.en} (${t.realised.figure.source.date})`
        : null,
      ...tail,
    ]);
  for (const c of r.calibration.checks)
    rows.push([
      r.planId,
      'calibration',
      c.figure.key,
      c.figure.year,
      c.figure.value,
      c.figure.unit,
      null,
      null,
      'record',
      c.p5,
      c.p50,
      c.p95,
      c.percentile,
      c.inside ? 'inside' : 'outside',
      `${c.figure.source.title.en} (${c.figure.source.date})`,
      ...tail,
    ]);
  const cal = r.calibration;
  const summary: [string, number][] = [
    ['figures', cal.total],
    ['inside', cal.inside],
    ['share_inside', cal.shareInside],
    ['below_median', cal.below],
    ['above_median', cal.above],
  ];
  for (const [key, value] of summary)
    rows.push([
      r.planId,
      'summary',
      key,
      null,
      Number.isFinite(value) ? value : null,
      null,
      ...Array(9).fill(null),
      ...tail,
    ]);
  return '\uFEFF' + [CSV_HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
