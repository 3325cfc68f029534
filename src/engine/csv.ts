/**
 * CSV of every indicator's mean and percentiles by year, one row per indicator-year, then one row for the joint
 * probability of meeting all targets (indicator `all_targets`) and, when the result has the honest cost, four rows
 * for what the package adds over its baseline in the target year (`additional_*`, mean and 5th/50th/95th). Every row carries the scenario id, model version,
 * seed and run count, so a row copied into another sheet still says where it came from. UTF-8 with a byte-order
 * mark, so that Excel and WPS read the Chinese headers; the same text from the command line and the app's export.
 */
import { INDICATOR_SHAPES, INDICATORS } from '../model/indicators.ts';
import type { SimulationResult } from './result.ts';

/** The scenario id of a result, whether it carries the full scenario or only a name. */
export const scenarioIdOf = (r: SimulationResult): string =>
  typeof r.scenario === 'string' ? r.scenario : r.scenario.id;

const cell = (x: number | string | null): string => {
  if (x === null) return '';
  const s = String(x);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

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
    'scenario',
    'model',
    'seed',
    'runs',
  ];
  const provenance = [scenarioIdOf(r), r.model, r.seed, r.runs];
  const rows = [header.join(',')];
  for (const key of INDICATORS) {
    const ind = r.indicators[key];
    r.years.forEach((year, i) => {
      rows.push(
        [
          key,
          INDICATOR_SHAPES[key].label.zh,
          ind.unit,
          year,
          ind.mean[i],
          ind.p5[i],
          ind.p25[i],
          ind.p50[i],
          ind.p75[i],
          ind.p95[i],
          ind.target,
          ind.pMeet,
          ind.pMeetSE,
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
      r.pAllTargets,
      r.pAllTargetsSE,
      ...provenance,
    ]
      .map(cell)
      .join(','),
  );
  const add = r.cost.additional;
  if (add) {
    // the honest cost: what the package adds over the baseline on the same draws (mean, 5th, 50th, 95th percentile)
    const bands = [
      ['additional_output', `较${add.baseline}新增产值`, '亿元', add.additionalOutput],
      ['additional_value_added', `较${add.baseline}新增增加值`, '亿元', add.additionalValueAdded],
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
        [key, label, unit, add.targetYear, b.mean, b.p5, '', b.p50, '', b.p95, '', '', '', ...provenance]
          .map(cell)
          .join(','),
      );
    }
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
