/**
 * Renders docs/MODEL.md from docs/MODEL.template.md and the model's own tables, so the documentation and the code
 * read the same facts; and docs/MODEL.zh.md from docs/MODEL.zh.template.md with the same tables in Chinese (one
 * table builder per table, its words from ./model-doc-words.ts, the Chinese texts from src/model/sources-zh.ts,
 * tables-zh.ts and the plan file). The structural parameters come from src/model/parameters.ts, the plan's numbers
 * (its base, sectors, targets and lever sizes) from the plan the documentation describes, the 2021–2025 plan
 * (plans/cq-ngit-2021-2025.json). The calibration section runs the scenarios (100,000 runs, seed 7) once and prints
 * what they give.
 */
import { startState } from '../src/model/base.ts';
import { INDICATOR_SHAPES, INDICATORS, type Indicator } from '../src/model/indicators.ts';
import {
  CONSTANTS,
  type ConstantDef,
  type ConstantKey,
  type Dist,
  type LeverDef,
  type UncertaintyKey,
} from '../src/model/parameters.ts';
import {
  LEVER_SIZES,
  leverIn,
  leverSizeAssumed,
  leverSizeIsIdentity,
  planModel,
  type Plan,
} from '../src/model/plan.ts';
import { CONFIDENCE } from '../src/model/record.ts';
import { CALIBRATION } from '../src/model/calibration.ts';
import { CONSTANT_ZH, FITTED_ZH, INDICATOR_NOTE_ZH, UNIT_ZH } from '../src/model/tables-zh.ts';
import { MODEL_CHANGES, MODEL_VERSION } from '../src/model/version.ts';
import type { Lang } from '../src/i18n/messages.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../src/scenario/plans.ts';
import type { SimulationResult } from '../src/engine/result.ts';
import type { TargetRow } from '../src/engine/expost.ts';
import type { FigureCheck } from './replay-check.ts';
import { WORDS } from './model-doc-words.ts';

/** The plan the model documentation describes. */
const PLAN = bundledPlan(LEGACY_PLAN_ID)!;
const PM = planModel(PLAN);

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

/** The plan's base figures, and its growth before the base year (for a start before it). */
const BASE_ROWS = [
  ['output', PLAN.base.output],
  [`growth_${PLAN.priorGrowth.from}_${PLAN.baseYear}`, PLAN.priorGrowth],
  ['firms', PLAN.base.firms],
  ['rd_institution_share', PLAN.base.rd_institution_share],
  ['rd_intensity', PLAN.base.rd_intensity],
  ['va_ratio', PLAN.base.va_ratio],
] as const;

/** A unit in Chinese: the plan's own units are Chinese already; English unit phrases have their Chinese. */
const unitZh = (u: string) => UNIT_ZH[u] ?? u;

function baseTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.base,
    BASE_ROWS.map(([k, f]) => [
      k,
      num(f.value, 4),
      say(lang, f.unit, unitZh(f.unit)),
      say(lang, f.source, f.sourceZh),
    ]),
  );
}

function sectorTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.sector,
    PM.sectors.map((b) => {
      const row = PLAN.sectors[b.index].base;
      return [
        say(lang, b.id, b.label.zh),
        num(b.outputShare, 3),
        num(b.vaRatio, 3),
        num(b.rdIntensity, 3),
        b.firms,
        say(lang, row.source, row.sourceZh),
      ];
    }),
  );
}

function indicatorTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.indicator(PM.targetYear),
    INDICATORS.map((k) => {
      const d = INDICATOR_SHAPES[k];
      return [
        `\`${k}\``,
        label(lang, d.label),
        d.unit.zh,
        PM.indicators[k].target?.value ?? '—',
        say(lang, d.note, INDICATOR_NOTE_ZH[k]),
      ];
    }),
  );
}

function planValue(lang: Lang, l: LeverDef): string {
  return l.planValue === null ? WORDS[lang].noPlanNumber : l.planValue[lang];
}

function leverTable(lang: Lang): string {
  return table(
    WORDS[lang].headers.lever,
    PM.leverKeys.map((k) => {
      const l = PM.levers[k];
      return [
        `\`${k}\``,
        label(lang, l.label),
        l.unit.zh,
        `${l.min}–${l.max}`,
        leverIn(l.plan, 0),
        leverIn(l.noPolicy, 0),
        planValue(lang, l),
        l.cost,
        say(lang, l.source, l.sourceZh),
      ];
    }),
  );
}

function uncertaintyTable(lang: Lang): string {
  const w = WORDS[lang];
  return table(
    w.headers.uncertainty,
    PM.uncertaintyKeys.map((k) => {
      const u = PM.uncertainties[k];
      return [
        `\`${k}\``,
        label(lang, u.label),
        u.unit.zh,
        w.kind[u.kind],
        describeDist(u.default, lang),
        `${u.min}–${u.max}${u.sdMax !== undefined ? w.sdMax(u.sdMax) : ''}`,
        sourced(lang, u.assumption, say(lang, u.source, u.sourceZh ?? u.source)),
      ];
    }),
  );
}

/** The plan's per-sector parameters: one value a sector, documented once for all sectors (plan.sectorParameters). */
const SECTOR_PARAMETERS = [
  ['attraction_mix', 'attractionMix'],
  ['capital_turnover', 'capitalTurnover'],
  ['land_factor', 'landFactor'],
  ['friction_share', 'frictionShare'],
] as const;

function constantTable(lang: Lang): string {
  const structural = (Object.keys(CONSTANTS) as ConstantKey[]).map((k) => {
    const c: ConstantDef = CONSTANTS[k];
    const v = c.value as number | number[];
    return [
      `\`${k}\``,
      Array.isArray(v) ? v.join(', ') : String(v),
      say(lang, c.unit, CONSTANT_ZH[k].unit),
      sourced(lang, c.assumption, say(lang, c.source, CONSTANT_ZH[k].source)),
    ];
  });
  const bySector = SECTOR_PARAMETERS.map(([k, field]) => {
    const p = PLAN.sectorParameters[field];
    const value = PLAN.sectors
      .map((s) => `${say(lang, s.id, s.label.zh)} ${s[field] ?? 0}`)
      .join(say(lang, ', ', '，'));
    return [
      `\`${k}\``,
      value,
      say(lang, p.unit, p.unitZh),
      sourced(lang, p.assumption, say(lang, p.source, p.sourceZh)),
    ];
  });
  return table(WORDS[lang].headers.constant, [...structural, ...bySector]);
}

/** The default plan's lever sizes, three a lever (its plan value, its no-new-policy value and its cost), each sourced
 * or a stated assumption as the plan file's `assumed` says, or a unit identity (`identity`: a money lever's cost of 1
 * 亿元 per 亿元, plan.ts `leverSizeIsIdentity`), which the counts leave out. The sectors' fund shares are not among
 * them. */
export function leverSizes(plan: Plan = PLAN) {
  return Object.entries(plan.levers).flatMap(([key, l]) =>
    LEVER_SIZES.map((size) => ({
      key,
      size,
      assumption: leverSizeAssumed(l, size),
      identity: leverSizeIsIdentity(l, size),
    })),
  );
}

/** How many parameters are sourced (a publication, a statistic, derived from them or fitted on data to 2020) and how
 * many are stated assumptions: counted from the tables, never typed. */
export function parameterCounts() {
  const rows: { kind: string; assumption: boolean; fitted: boolean }[] = [
    ...PM.uncertaintyKeys.map((k) => ({
      kind: 'uncertainty',
      assumption: PM.uncertainties[k].assumption,
      fitted: PM.uncertainties[k].fitted !== undefined,
    })),
    ...Object.values(CONSTANTS).map((c) => ({ kind: 'constant', assumption: c.assumption, fitted: false })),
    ...SECTOR_PARAMETERS.map(([, f]) => ({
      kind: 'constant',
      assumption: PLAN.sectorParameters[f].assumption,
      fitted: false,
    })),
    ...BASE_ROWS.map(() => ({ kind: 'base', assumption: false, fitted: false })),
    ...PLAN.sectors.map((s) => ({ kind: 'sector', assumption: s.base.assumption, fitted: false })),
    ...leverSizes()
      .filter((v) => !v.identity)
      .map((v) => ({ kind: 'lever', assumption: v.assumption, fitted: false })),
  ];
  const total = rows.length;
  const assumed = rows.filter((r) => r.assumption).length;
  const fitted = rows.filter((r) => r.fitted).length;
  const sourced = total - assumed;
  const policy = POLICY_EFFECTS.map((k) => PM.uncertainties[k]);
  const levers = rows.filter((r) => r.kind === 'lever');
  return {
    total,
    sourced,
    assumed,
    fitted,
    share: (100 * sourced) / total,
    leverSizes: levers.length,
    leverSourced: levers.filter((r) => !r.assumption).length,
    /** lever sizes that are unit identities, not parameters, and not counted in total */
    identities: leverSizes().filter((v) => v.identity).length,
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
] as const satisfies readonly UncertaintyKey[];

function countsText(lang: Lang): string {
  const c = parameterCounts();
  return WORDS[lang].counts({
    total: c.total,
    sourced: c.sourced,
    share: num(c.share, 1),
    assumed: c.assumed,
    fitted: c.fitted,
    uncertainties: PM.uncertaintyKeys.length,
    constants: Object.keys(CONSTANTS).length + SECTOR_PARAMETERS.length,
    base: BASE_ROWS.length,
    sectors: PLAN.sectors.length,
    levers: Object.keys(PLAN.levers).length,
    leverSizes: c.leverSizes,
    leverSourced: c.leverSourced,
    identities: c.identities,
    policyTotal: c.policyTotal,
    policySourced: c.policySourced,
    policyUncertain: c.policyUncertain,
  });
}

function fittedTable(lang: Lang): string {
  const w = WORDS[lang];
  const rows: (string | number)[][] = PM.uncertaintyKeys
    .filter((k) => PM.uncertainties[k].fitted)
    .map((k) => {
      const u = PM.uncertainties[k];
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
  const s0 = startState(PM, PLAN.priorGrowth.from);
  const firms = s0.firms.reduce((a, b) => a + b, 0);
  rows.push([
    w.startState.label,
    w.startState.value(num(s0.output, 1), firms),
    w.startState.data,
    w.startState.years,
    w.startState.how,
  ]);
  return table(w.headers.fitted, rows);
}

/** The re-based calibration's parameters beside the ex-ante ones (src/model/calibration.ts). */
function rebasedTable(lang: Lang): string {
  const rows = Object.entries(CALIBRATION.rebased.values).map(([k, c]) => {
    const u = PM.uncertainties[k as keyof typeof PM.uncertainties];
    return [
      `\`${k}\``,
      describeDist(u.default, lang),
      describeDist(c!.default, lang),
      c!.fitted.years,
      lang === 'zh' ? c!.sourceZh : c!.source,
    ];
  });
  return table(WORDS[lang].headers.rebased, rows);
}

export interface BackcastRow {
  key: string;
  plan: number;
  p5: number;
  p50: number;
  p95: number;
}

/** A series' name: its key in the English edition; in the Chinese one the indicator's label, else the key. */
function seriesName(lang: Lang, key: string): string {
  if (lang === 'en') return key;
  return (INDICATORS as readonly string[]).includes(key)
    ? INDICATOR_SHAPES[key as Indicator].label.zh
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
      label(lang, c.figure.measure),
      c.figure.year,
      num(c.figure.value, 1),
      c.figure.compare.how === 'growth'
        ? w.growthOf(c.figure.compare.series)
        : w.levelOf(c.figure.compare.series),
      `${num(c.p5, 1)} / ${num(c.p50, 1)} / ${num(c.p95, 1)}`,
      num(c.percentile, 1),
      c.inside ? w.yes : w.no,
      lang === 'en'
        ? `${c.figure.source.title.en} (${CONFIDENCE[c.figure.confidence].en})`
        : `${c.figure.source.title.zh}（${CONFIDENCE[c.figure.confidence].zh}）`,
      c.figure.note?.[lang] ?? '',
    ]),
  );
}

export function outOfSampleNote(checks: FigureCheck[], lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const missed = checks.filter((c) => !c.inside);
  const below = checks.filter((c) => c.figure.value < c.p50).length;
  const above = checks.filter((c) => c.figure.value > c.p50).length;
  const lines = [
    w.inside(checks.length - missed.length, checks.length) + ' ' + w.balance(below, above, checks.length),
  ];
  if (missed.length) {
    lines.push(
      w.misses(
        missed.map((c) => ({
          label: c.figure.measure[lang],
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
  const ty = (r: SimulationResult) => r.years.indexOf(PM.targetYear);
  const end = (r: SimulationResult) => r.years.length - 1;
  const pct = (p: number, se: number) => `${(100 * p).toFixed(1)} % ± ${(100 * se).toFixed(1)}`;
  const name = (k: Indicator) => (lang === 'en' ? k : INDICATOR_SHAPES[k].label.zh);
  const header = [
    ...w.headers.calibration,
    ...runs.flatMap((r) => [w.headers.median2025(w.run(r.id)), w.headers.pMeet(w.run(r.id))]),
  ];
  const rows = INDICATORS.map((k) => [
    name(k),
    PM.indicators[k].target?.value ?? '—',
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
  /** the ex-post check's targets of the 2021–2025 plan (src/engine/expost.ts) */
  expost: { targetYear: number; rows: TargetRow[] };
}

/** The ex-post table: each target, the realised value where the record publishes it, the ex-ante band, the verdict. */
export function expostTable(expost: DocResults['expost'], lang: Lang): string {
  const w = WORDS[lang];
  const pm = planModel(bundledPlan(LEGACY_PLAN_ID)!);
  // output in whole 亿元 (num would strip the zero of 2560), the rest to one decimal
  const f = (k: TargetRow['indicator'], x: number) => (k === 'output' ? String(Math.round(x)) : num(x, 1));
  return table(
    w.headers.expost(expost.targetYear),
    expost.rows.map((r) => [
      label(lang, pm.indicators[r.indicator].label) + ` (\`${r.indicator}\`)`,
      `${r.target.direction === 'atMost' ? '≤' : '≥'} ${num(r.target.value)} ${pm.indicators[r.indicator].unit[lang]}`,
      r.realised
        ? `${num(r.realised.value)}${r.realised.by === 'user' ? ` (${w.yours})` : ''}`
        : w.notPublished,
      `${f(r.indicator, r.p5)} / ${f(r.indicator, r.p50)} / ${f(r.indicator, r.p95)} ${pm.indicators[r.indicator].unit[lang]}`,
      r.percentile === null ? '—' : num(r.percentile, 1),
      w.verdict[r.verdict],
    ]),
  );
}

export function renderModelDoc(template: string, lang: Lang, results: DocResults): string {
  const parts: Record<string, string> = {
    VERSION: MODEL_VERSION,
    COUNTS: countsText(lang),
    FITTED: fittedTable(lang),
    REBASED: rebasedTable(lang),
    BACKCAST: backcastTable(results.backcast, lang),
    OUT_OF_SAMPLE: outOfSampleTable(results.checks, lang),
    OOS_NOTE: outOfSampleNote(results.checks, lang),
    EXPOST: expostTable(results.expost, lang),
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
