/**
 * Renders docs/MODEL.md from docs/MODEL.template.md and the model's own tables, so the documentation and the code
 * read the same facts; and docs/MODEL.zh.md from docs/MODEL.zh.template.md with the same tables in Chinese (one
 * table builder per table, its words from ./model-doc-words.ts, the Chinese texts from src/model/sources-zh.ts and
 * tables-zh.ts). The calibration section runs the scenarios (100,000 runs, seed 7) once and prints what they give.
 */
import { BASE_2020, SECTOR_BASE, SECTOR_BASE_INPUT, startState } from '../src/model/base.ts';
import { INDICATOR_DEFS, INDICATORS, TARGET_YEAR, type Indicator } from '../src/model/indicators.ts';
import {
  CONSTANTS,
  LEVER_KEYS,
  LEVERS,
  UNCERTAINTIES,
  UNCERTAINTY_KEYS,
  type ConstantDef,
  type ConstantKey,
  type Dist,
  type LeverDef,
} from '../src/model/parameters.ts';
import { CONFIDENCE } from '../src/model/history.ts';
import { SECTOR_LABELS, SECTORS } from '../src/model/sectors.ts';
import type { Series } from '../src/model/series.ts';
import { SOURCE_ZH } from '../src/model/sources-zh.ts';
import {
  BASE_ZH,
  CONSTANT_ZH,
  FITTED_ZH,
  INDICATOR_NOTE_ZH,
  SECTOR_SOURCE_ZH,
} from '../src/model/tables-zh.ts';
import { MODEL_CHANGES, MODEL_VERSION } from '../src/model/version.ts';
import { message, type Lang, type MessageKey } from '../src/i18n/messages.ts';
import type { SimulationResult } from '../src/engine/result.ts';
import type { FigureCheck } from './replay-check.ts';
import { WORDS } from './model-doc-words.ts';

const esc = (s: string) => s.replace(/\|/g, '\\|');
const num = (x: number, d = 2) => (Number.isInteger(x) ? String(x) : x.toFixed(d).replace(/\.?0+$/, ''));

function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => esc(String(c))).join(' | ')} |`),
  ].join('\n');
}

/** A model table's {zh, en} label: both in the English edition (the Chinese is the plan's word), the Chinese alone. */
const label = (lang: Lang, b: { zh: string; en: string }) => (lang === 'en' ? `${b.zh} (${b.en})` : b.zh);
/** A text the English table defines and the Chinese tables (src/model/tables-zh.ts, sources-zh.ts) translate. */
const say = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);
const sourced = (lang: Lang, assumption: boolean, text: string) =>
  (assumption ? WORDS[lang].assumption : '') + text;

export function describeDist(d: Dist, lang: Lang = 'en'): string {
  const w = WORDS[lang].dist;
  switch (d.kind) {
    case 'fixed':
      return w.fixed(num(d.value, 3));
    case 'uniform':
      return w.uniform(num(d.lo, 3), num(d.hi, 3));
    case 'triangular':
      return w.triangular(num(d.lo, 3), num(d.hi, 3), num(d.mode, 3));
    case 'normal':
      return w.normal(num(d.mean, 3), num(d.sd, 3));
  }
}

function baseTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.base,
    (Object.keys(BASE_2020) as (keyof typeof BASE_2020)[]).map((k) => {
      const f = BASE_2020[k];
      return [k, num(f.value, 4), say(lang, f.unit, BASE_ZH[k].unit), say(lang, f.source, BASE_ZH[k].source)];
    }),
  );
}

function sectorTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.sector,
    SECTORS.map((s) => {
      const b = SECTOR_BASE[s];
      return [
        say(lang, s, SECTOR_LABELS[s].zh),
        num(b.outputShare, 3),
        num(b.vaRatio, 3),
        num(b.rdIntensity, 3),
        b.firms,
        say(lang, b.source, SECTOR_SOURCE_ZH[s]),
      ];
    }),
  );
}

function indicatorTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.indicator(TARGET_YEAR),
    INDICATORS.map((k) => {
      const d = INDICATOR_DEFS[k];
      return [`\`${k}\``, label(lang, d.label), d.unit.zh, d.target, say(lang, d.note, INDICATOR_NOTE_ZH[k])];
    }),
  );
}

function planValue(lang: Lang, l: LeverDef): string {
  if (l.planValue === null) return WORDS[lang].noPlanNumber;
  return lang === 'en' ? l.planValue : message('zh', `planValue.${l.key}` as MessageKey);
}

function leverTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.lever,
    LEVER_KEYS.map((k) => {
      const l = LEVERS[k];
      return [
        `\`${k}\``,
        label(lang, l.label),
        l.unit.zh,
        `${l.min}–${l.max}`,
        l.default,
        l.noPolicy,
        planValue(lang, l),
        l.cost,
        say(lang, l.source, SOURCE_ZH[k]),
      ];
    }),
  );
}

function uncertaintyTable(lang: Lang): string {
  const w = WORDS[lang];
  return table(
    w.headers.uncertainty,
    UNCERTAINTY_KEYS.map((k) => {
      const u = UNCERTAINTIES[k];
      return [
        `\`${k}\``,
        label(lang, u.label),
        u.unit.zh,
        w.kind[u.kind],
        describeDist(u.default, lang),
        `${u.min}–${u.max}${u.sdMax !== undefined ? w.sdMax(u.sdMax) : ''}`,
        sourced(lang, u.assumption, say(lang, u.source, SOURCE_ZH[k])),
      ];
    }),
  );
}

function constantTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.constant,
    (Object.keys(CONSTANTS) as ConstantKey[]).map((k) => {
      const c: ConstantDef = CONSTANTS[k];
      const v = c.value as unknown;
      const value = Array.isArray(v)
        ? v.join(', ')
        : typeof v === 'object' && v !== null
          ? SECTORS.map(
              (s) => `${say(lang, s, SECTOR_LABELS[s].zh)} ${(v as Record<string, number>)[s]}`,
            ).join(say(lang, ', ', '，'))
          : String(v);
      return [
        `\`${k}\``,
        value,
        say(lang, c.unit, CONSTANT_ZH[k].unit),
        sourced(lang, c.assumption, say(lang, c.source, CONSTANT_ZH[k].source)),
      ];
    }),
  );
}

/** How many parameters are sourced (a publication, a statistic, derived from them or fitted on data to 2020) and how
 * many are stated assumptions: counted from the tables, never typed. */
export function parameterCounts() {
  const rows: { kind: string; assumption: boolean; fitted: boolean }[] = [
    ...UNCERTAINTY_KEYS.map((k) => ({
      kind: 'uncertainty',
      assumption: UNCERTAINTIES[k].assumption,
      fitted: UNCERTAINTIES[k].fitted !== undefined,
    })),
    ...Object.values(CONSTANTS).map((c) => ({ kind: 'constant', assumption: c.assumption, fitted: false })),
    ...Object.keys(BASE_2020).map(() => ({ kind: 'base', assumption: false, fitted: false })),
    ...Object.values(SECTOR_BASE_INPUT).map((r) => ({
      kind: 'sector',
      assumption: r.assumption,
      fitted: false,
    })),
  ];
  const total = rows.length;
  const assumed = rows.filter((r) => r.assumption).length;
  const fitted = rows.filter((r) => r.fitted).length;
  const sourced = total - assumed;
  const policy = POLICY_EFFECTS.map((k) => UNCERTAINTIES[k]);
  return {
    total,
    sourced,
    assumed,
    fitted,
    share: (100 * sourced) / total,
    policyTotal: policy.length,
    policySourced: policy.filter((u) => !u.assumption).length,
    policyUncertain: policy.filter((u) => u.assumption && u.default.kind !== 'fixed').length,
  };
}

/** The uncertainties that are policy effect sizes: each must be sourced or drawn from a range (so it shows in the bands). */
export const POLICY_EFFECTS = [
  'attraction_elasticity',
  'land_productivity',
  'space_productivity',
  'fund_leverage',
  'fund_raised',
  'fund_additionality',
  'cultivation_tfp',
  'talent_effect',
  'rd_price_elasticity',
  'rd_relabelling',
  'rd_productivity',
  'inst_policy',
  'platform_policy',
  'entry_policy',
  'spec_policy',
  'leading_policy',
] as const satisfies readonly (typeof UNCERTAINTY_KEYS)[number][];

function countsText(lang: Lang): string {
  const c = parameterCounts();
  return WORDS[lang].counts({
    total: c.total,
    sourced: c.sourced,
    share: num(c.share, 1),
    assumed: c.assumed,
    fitted: c.fitted,
    uncertainties: UNCERTAINTY_KEYS.length,
    constants: Object.keys(CONSTANTS).length,
    base: Object.keys(BASE_2020).length,
    sectors: Object.keys(SECTOR_BASE_INPUT).length,
    policyTotal: c.policyTotal,
    policySourced: c.policySourced,
    policyUncertain: c.policyUncertain,
  });
}

function fittedTable(lang: Lang): string {
  const w = WORDS[lang];
  const rows: (string | number)[][] = UNCERTAINTY_KEYS.filter((k) => UNCERTAINTIES[k].fitted).map((k) => {
    const u = UNCERTAINTIES[k];
    const f = u.fitted!;
    const zh = FITTED_ZH[k];
    if (lang === 'zh' && !zh) throw new Error(`${k} is fitted but has no Chinese in FITTED_ZH`);
    return [
      `\`${k}\``,
      describeDist(u.default, lang),
      say(lang, f.data, zh?.data ?? ''),
      f.years,
      say(lang, f.how, zh?.how ?? ''),
    ];
  });
  const s0 = startState(2016);
  const firms = Object.values(s0.firms).reduce((a, b) => a + b, 0);
  rows.push([
    w.startState.label,
    w.startState.value(num(s0.output, 1), firms),
    w.startState.data,
    w.startState.years,
    w.startState.how,
  ]);
  return table(w.headers.fitted, rows);
}

export interface BackcastRow {
  key: Series;
  plan: number;
  p5: number;
  p50: number;
  p95: number;
}

/** A series' name: its key in the English edition; in the Chinese one the indicator's label, else the key. */
function seriesName(lang: Lang, key: Series): string {
  if (lang === 'en') return key;
  return (INDICATORS as readonly string[]).includes(key)
    ? INDICATOR_DEFS[key as Indicator].label.zh
    : `\`${key}\``;
}

export function backcastTable(rows: BackcastRow[], lang: Lang = 'en'): string {
  const w = WORDS[lang];
  return table(
    w.headers.backcast,
    rows.map((r) => [
      seriesName(lang, r.key),
      num(r.plan, 2),
      num(r.p5, 2),
      num(r.p50, 2),
      num(r.p95, 2),
      r.p5 <= r.plan && r.plan <= r.p95 ? w.yes : w.no,
    ]),
  );
}

export function outOfSampleTable(checks: FigureCheck[], lang: Lang = 'en'): string {
  const w = WORDS[lang];
  return table(
    w.headers.outOfSample,
    checks.map((c) => [
      label(lang, c.figure.label),
      c.figure.year,
      num(c.figure.value, 1),
      w.growthOf(c.figure.series),
      `${num(c.p5, 1)} / ${num(c.p50, 1)} / ${num(c.p95, 1)}`,
      c.inside ? w.yes : w.no,
      lang === 'en'
        ? `${c.figure.source.en} (${CONFIDENCE[c.figure.confidence].en})`
        : `${c.figure.source.zh}（${CONFIDENCE[c.figure.confidence].zh}）`,
      c.figure.comparability[lang],
    ]),
  );
}

export function outOfSampleNote(checks: FigureCheck[], lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const missed = checks.filter((c) => !c.inside);
  const lines = [w.inside(checks.length - missed.length, checks.length)];
  if (missed.length) {
    lines.push(
      w.misses(
        missed.map((c) => ({
          label: c.figure.label[lang],
          year: c.figure.year,
          value: num(c.figure.value, 1),
          below: c.figure.value < c.p5,
          p5: num(c.p5, 1),
          p95: num(c.p95, 1),
        })),
      ),
    );
  }
  lines.push(w.reasons);
  return lines.join(lang === 'en' ? ' ' : '');
}

export interface CalibrationRun {
  id: string;
  result: SimulationResult;
}

export function calibrationText(
  runs: CalibrationRun[],
  backcastCagr: number,
  runsEach: number,
  lang: Lang = 'en',
): string {
  const w = WORDS[lang];
  const ty = (r: SimulationResult) => r.years.indexOf(TARGET_YEAR);
  const end = (r: SimulationResult) => r.years.length - 1;
  const pct = (p: number, se: number) => `${(100 * p).toFixed(1)} % ± ${(100 * se).toFixed(1)}`;
  const name = (k: Indicator) => (lang === 'en' ? k : INDICATOR_DEFS[k].label.zh);
  const header = [
    ...w.headers.calibration,
    ...runs.flatMap((r) => [w.headers.median2025(w.run(r.id)), w.headers.pMeet(w.run(r.id))]),
  ];
  const rows = INDICATORS.map((k) => [
    name(k),
    INDICATOR_DEFS[k].target,
    ...runs.flatMap(({ result: r }) => {
      const ind = r.indicators[k];
      return [num(ind.p50[ty(r)] ?? NaN, 2), pct(ind.pMeet, ind.pMeetSE)];
    }),
  ]);
  rows.push([w.allTen, '', ...runs.flatMap(({ result: r }) => ['', pct(r.pAllTargets, r.pAllTargetsSE)])]);
  const medians2035 = table(
    [w.headers.calibration[0], ...runs.map((r) => w.headers.median2035(w.run(r.id)))],
    INDICATORS.map((k) => [
      name(k),
      ...runs.map(({ result: r }) => num(r.indicators[k].p50[end(r)] ?? NaN, 2)),
    ]),
  );
  return [
    w.generatedBy(runsEach.toLocaleString('en'), MODEL_VERSION),
    '',
    w.backcastCheck(num(backcastCagr, 2)),
    '',
    table(header, rows),
    '',
    medians2035,
    '',
    w.defensible,
  ].join('\n');
}

/** What the scenarios and the checks gave: computed once, printed in each language. */
export interface DocResults {
  runs: CalibrationRun[];
  backcastCagr: number;
  runsEach: number;
  backcast: BackcastRow[];
  checks: FigureCheck[];
}

export function renderModelDoc(template: string, lang: Lang, results: DocResults): string {
  const parts: Record<string, string> = {
    VERSION: MODEL_VERSION,
    COUNTS: countsText(lang),
    FITTED: fittedTable(lang),
    BACKCAST: backcastTable(results.backcast, lang),
    OUT_OF_SAMPLE: outOfSampleTable(results.checks, lang),
    OOS_NOTE: outOfSampleNote(results.checks, lang),
    BASE: baseTable(lang),
    SECTOR_BASE: sectorTable(lang),
    INDICATORS: indicatorTable(lang),
    LEVERS: leverTable(lang),
    UNCERTAINTIES: uncertaintyTable(lang),
    CONSTANTS: constantTable(lang),
    CALIBRATION: calibrationText(results.runs, results.backcastCagr, results.runsEach, lang),
    CHANGES: MODEL_CHANGES.map((c) => WORDS[lang].change(c.version, c.changes.en, c.changes.zh)).join('\n'),
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (m, key: string) => {
    if (!(key in parts)) throw new Error(`unknown placeholder ${m} in the model doc template`);
    return parts[key];
  });
}
