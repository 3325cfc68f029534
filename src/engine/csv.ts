/**
 * CSV of every indicator's mean and percentiles by year, one row per indicator-year, then one row for the joint
 * probability of meeting all targets (indicator `all_targets`) and, when the result has the honest cost, four rows
 * for what the package adds over its baseline in the target year (`additional_*`, mean and 5th/50th/95th). Every row carries the plan's id and
 * version, the scenario id, model version, seed and run count, so a row copied into another sheet still says where it came from. UTF-8 with a byte-order
 * mark, so that Excel and WPS read the Chinese headers; the same text from the command line and the app's export.
 *
 * What the screen shows, the CSV says: a chance that no run met (or every run met) carries its 95 % bound in
 * `p_meet_<target year>_bound95` (3/runs, rule of three, src/stats/zero-bound.ts; 1 − 3/runs when every run met it) and no
 * standard error, rather than a bare 0 ± 0; a chance is given to 6 significant digits and its standard error to 4.
 * Labels (the `指标` column) are Chinese, and name the baseline by its Chinese name, not its id; a target the user
 * set (the scenario's `targets`) is named in its label with its direction, "规上企业数量（用户设定目标 ≥ 60）", so a
 * row never passes a user's target off as the plan's (and the columns stay those of every other file).
 */
import { INDICATOR_SHAPES, INDICATORS } from '../model/indicators.ts';
import { zeroUpperBound } from '../stats/zero-bound.ts';
import type { SimulationResult } from './result.ts';

/** The scenario id of a result, whether it carries the full scenario or only a name. */
export const scenarioIdOf = (r: SimulationResult): string =>
  typeof r.scenario === 'string' ? r.scenario : r.scenario.id;

/** One CSV field: empty for null, quoted where it holds a comma, quote or line break. */
export const cell = (x: number | string | null): string => {
  if (x === null) return '';
  const s = String(x);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** `x` to `digits` significant digits, as a plain number (0.003175247943074682 → 0.003175 at 4). */
export function significant(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}

/** `x` rounded up at `digits` significant digits, so a bound is never understated. */
function significantUp(x: number, digits: number): number {
  if (!Number.isFinite(x) || x <= 0) return x;
  const step = 10 ** (Math.floor(Math.log10(x)) - digits + 1);
  return Number((Math.ceil(x / step - 1e-9) * step).toPrecision(digits));
}

/**
 * A chance of meeting as the CSV gives it: the estimate, its standard error, and — where no run met it or every
 * run did, so the standard error says nothing — its one-sided 95 % bound instead of the error.
 */
export function chanceCells(p: number, se: number, runs: number): [number, number | null, number | null] {
  if (runs > 0 && (p === 0 || p === 1)) {
    const upper = significantUp(zeroUpperBound(runs), 4);
    return [p, null, p === 0 ? upper : Number((1 - upper).toFixed(12))];
  }
  return [significant(p, 6), significant(se, 4), null];
}

/** An indicator's Chinese label, naming the user's own target where it is one. */
function labelOf(key: (typeof INDICATORS)[number], ind: SimulationResult['indicators'][typeof key]): string {
  const label = INDICATOR_SHAPES[key].label.zh;
  if (ind.targetBy !== 'user' || ind.target === null) return label;
  return `${label}（用户设定目标 ${ind.targetDirection === 'atMost' ? '≤' : '≥'} ${ind.target}）`;
}

export function toCsv(r: SimulationResult): string {
  const targetYear = r.indicators.output.targetYear;
  const header = [
    'indicator',
    '指标',
    'unit',
    'year',
    'mean',
    'p5',
    'p25',
    'p50',
    'p75',
    'p95',
    `target_${targetYear}`,
    `p_meet_${targetYear}`,
    `p_meet_${targetYear}_se`,
    `p_meet_${targetYear}_bound95`,
    'plan',
    'plan_version',
    'scenario',
    'model',
    'calibration',
    'seed',
    'runs',
  ];
  const provenance = [r.plan.id, r.plan.version, scenarioIdOf(r), r.model, r.calibration, r.seed, r.runs];
  const rows = [header.join(',')];
  for (const key of INDICATORS) {
    const ind = r.indicators[key];
    const chance = chanceCells(ind.pMeet, ind.pMeetSE, r.runs);
    r.years.forEach((year, i) => {
      rows.push(
        [
          key,
          labelOf(key, ind),
          ind.unit,
          year,
          ind.mean[i],
          ind.p5[i],
          ind.p25[i],
          ind.p50[i],
          ind.p75[i],
          ind.p95[i],
          ind.target,
          ...chance,
          ...provenance,
        ]
          .map(cell)
          .join(','),
      );
    });
  }
  const blank = ['', '', '', '', '', '', '']; // mean, p5, p25, p50, p75, p95, target
  rows.push(
    [
      'all_targets',
      '全部目标同时达成',
      '',
      targetYear,
      ...blank,
      ...chanceCells(r.pAllTargets, r.pAllTargetsSE, r.runs),
      ...provenance,
    ]
      .map(cell)
      .join(','),
  );
  const add = r.cost.additional;
  if (add) {
    // the honest cost: what the package adds over the baseline on the same draws (mean, 5th, 50th, 95th percentile)
    const over = `较“${add.baselineName.zh}”`;
    const bands = [
      ['additional_output', `${over}新增产值`, '亿元', add.additionalOutput],
      ['additional_value_added', `${over}新增增加值`, '亿元', add.additionalValueAdded],
      [
        'additional_output_per_yuan',
        '每亿元新增财政投入的新增产值',
        '亿元/亿元',
        add.additionalOutputPerYuan,
      ],
      [
        'additional_value_added_per_yuan',
        '每亿元新增财政投入的新增增加值',
        '亿元/亿元',
        add.additionalValueAddedPerYuan,
      ],
    ] as const;
    for (const [key, label, unit, b] of bands) {
      if (!b) continue;
      rows.push(
        [key, label, unit, add.targetYear, b.mean, b.p5, '', b.p50, '', b.p95, '', '', '', '', ...provenance]
          .map(cell)
          .join(','),
      );
    }
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
