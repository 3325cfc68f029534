/** English strings, typed against the Chinese source of truth (zh.ts): same keys, no extras. */
import { LEVERS } from '../model/parameters.ts';
import type { Dict } from './zh.ts';

export const en = {
  'app.title': 'Chongqing High-tech Zone new-generation IT industry · policy scenarios',
  'app.subtitle': '14th Five-Year Plan (2021–2025) with an outlook to 2035 · Monte Carlo scenario simulator',
  'lang.toggle': '中文',
  'lang.toggleLabel': 'Switch to Chinese',

  'preset.label': 'Scenario',
  'preset.modified': 'modified',
  'preset.reload': 'Reload',

  'levers.title': 'Policy levers',
  'levers.hint': "Drag a slider or type a number; the tick marks the plan's value.",
  'levers.planMark': 'plan',
  'levers.fundNote':
    'The four fund shares add up to 100 %: changing one rescales the other three in proportion.',
  'levers.fundSum': 'total {sum} %',
  'group.space': 'Space',
  'group.finance': 'Finance',
  'group.talent': 'Talent',
  'group.innovation': 'Innovation',
  'group.enterprise': 'Enterprises and attraction',

  'planValue.land': `Plan: ${LEVERS.land.planValue ?? ''}`,
  'planValue.factory_space': `Plan: ${LEVERS.factory_space.planValue ?? ''}`,
  'planValue.rd_incentive': 'Plan target: R&D 5 % of revenue',
  'planValue.cultivation': 'Plan targets: 5 leading firms, 30 specialised firms',

  'err.number': 'Please type a number',
  'err.range': 'Outside the allowed range {min}–{max} {unit}; not used',
  'err.runs': 'Runs must be a whole number from 1,000 to 1,000,000',
  'err.seed': 'The seed must be a whole number 0–2147483647 or text of at most 32 characters',
  'err.order': 'Needs low ≤ high',
  'err.orderMode': 'Needs low ≤ mode ≤ high',
  'err.sd': 'The standard deviation must lie in 0–{max}',
  'err.kept': 'The last valid value is kept',

  'assume.title': 'Assumptions about the world',
  'assume.hint':
    'These are uncertainties, not policies: every simulated path draws them from a distribution.',
  'assume.show': 'Show',
  'assume.hide': 'Hide',
  'assume.reset': 'Reset assumptions',
  'assume.resetNote': '(levers unchanged)',
  'assume.edit': 'Edit',
  'assume.done': 'Done',
  'assume.changed': 'changed',
  'assume.perYear': 'drawn every year',
  'assume.perPath': 'drawn once per path',
  'assume.pinned': 'World PC shipment growth pinned: {list}',
  'assume.source': 'Source',
  'assume.isAssumption': 'assumption',
  'assumeGroup.market': 'Markets',
  'assumeGroup.risk': 'External risks',
  'assumeGroup.projects': 'Projects and space',
  'assumeGroup.fund': 'Industry fund',
  'assumeGroup.value_added': 'Value added',
  'assumeGroup.innovation': 'Innovation and talent',
  'assumeGroup.firms': 'Firms',

  'dist.fixed': 'Fixed',
  'dist.uniform': 'Uniform',
  'dist.triangular': 'Triangular',
  'dist.normal': 'Normal',
  'dist.value': 'value',
  'dist.lo': 'low',
  'dist.hi': 'high',
  'dist.mode': 'mode',
  'dist.mean': 'mean',
  'dist.sd': 'sd',
  'dist.kind': 'Distribution',
  'dist.textFixed': 'fixed at {value} {unit}',
  'dist.textUniform': 'uniform {lo}–{hi} {unit}',
  'dist.textTriangular': 'triangular {lo}–{hi} {unit}, mode {mode}',
  'dist.textNormal': 'normal, mean {mean} {unit}, sd {sd}',

  'run.progress': '{done} / {total} runs',
  'run.running': 'running',
  'run.done': 'done',
  'run.error': 'error',
  'run.idle': 'waiting',
  'run.runs': 'Runs',
  'run.seed': 'Seed',
  'run.rerun': 'Run again',
  'run.csv': 'Export CSV',
  'run.partial': 'results sharpen as runs arrive',

  'error.run': 'The simulation failed: {message}. The page still works; change any setting to run again.',
  'error.dismiss': 'Close',

  'score.title': '2025 targets scorecard',
  'score.indicator': 'Indicator',
  'score.target': '2025 target',
  'score.median2025': 'Median 2025',
  'score.pmeet': 'Chance of meeting',
  'score.verdict': 'Verdict',
  'score.median2035': 'Median 2035',
  'score.all': 'Chance of meeting all ten targets',
  'score.se': '± {se}',
  'score.seTitle': 'Monte Carlo error (standard error, percentage points)',
  'score.likely': 'likely',
  'score.uncertain': 'uncertain',
  'score.unlikely': 'unlikely',
  'score.legend':
    'likely: ≥ 66 %; uncertain: 33–66 %; unlikely: < 33 %. After each chance: its Monte Carlo error (percentage points). 亿元 = 100 million CNY.',
  'score.noteOutput':
    "Note: the plan's 3500 亿元 does not match its growth target — 10 % a year from {base} 亿元 in 2020 gives {implied} 亿元 in 2025.",
  'score.noteCagr':
    '10 % a year means {implied} 亿元 of output in 2025, above the 3500 亿元 target (which needs only {needed} % a year).',
  'score.waiting': 'Computing…',
  'score.showDist': 'Show distribution',

  'cost.title': 'Public money',
  'cost.perYear': '{value} 亿元 a year',
  'cost.period': '{value} 亿元 over 2021–2025',
  'cost.outputPer': '2025 output per 亿元 spent: {value} 亿元',
  'cost.vaPer': 'value added per 亿元: {value} 亿元',
  'cost.none': 'no public money',

  'fans.title': 'Indicators over time (2020–2035)',
  'fans.legend':
    'Dark band: 50 % range; light band: 90 % range; line: median; dot: 2020 actual; dashed: 2025 target',
  'fans.summary':
    'Median 2025 {m25} (90 % range {lo25}–{hi25}); median 2035 {m35} (90 % range {lo35}–{hi35}).',
  'fans.loading': 'Loading chart',

  'distr.title': '{indicator}: distribution in {year}',
  'distr.pick': 'Indicator',
  'distr.summary': '{year}: median {median}, 50 % range {p25}–{p75}, 90 % range {p5}–{p95}.',

  'footer.note':
    'Model and parameters: docs/MODEL.md. Numbers are simulations, not forecasts; the chances depend on the stated assumptions.',
} satisfies Dict;
