/**
 * A refusal in the reader's language: each problem a validator found (src/scenario/issues.ts: a code, the field's
 * dotted path and the values it names) worded from its code and values in the dictionaries (src/i18n, keys
 * `issue.*`), the field named in the user's words — the lever's, assumption's or indicator's label from the plan,
 * the app's own name for the seed, the runs, a pinned year — rather than by its path. The command line prints each
 * issue's English `text` instead; the app keeps that text beside the wording (the banner's `data-text`).
 *
 * Scenario paths (`levers.land`, `assumptions.relocation.lo`, `pinnedPcDemand.2023`, `targets.output.value`, `seed`)
 * and plan-file paths (`of: 'plan'`: `sectors.2.base.outputShare`, `targets.output.value`, `levers.land.plan`) are
 * both named; a path the app does not know is quoted as it is.
 */
import { message, type Lang, type MessageKey } from '../i18n/messages.ts';
import { quoted } from '../i18n/quote.ts';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import type { LeverKey, UncertaintyKey } from '../model/parameters.ts';
import { BASE_FIGURES, planModel, type BaseFigureKey, type Plan, type PlanModel } from '../model/plan.ts';
import { RUNS_MAX, RUNS_MIN, DECIMALS_STEP } from '../scenario/schema.ts';
import { baseRange } from '../scenario/edit-ranges.ts';
import type { Issue } from '../scenario/issues.ts';
import { LEGACY_PLAN_ID, planById } from '../scenario/plans.ts';
import { clipDetail, DETAIL_LINES_MAX } from './links.ts';
import { formatCount, leverUnit } from './format.ts';

/** Which kind of file the issue's path is in. */
export type IssueSource = 'scenario' | 'plan';

const SEED_MAX = 2 ** 31 - 1;

const TOP: Partial<Record<string, MessageKey>> = {
  format: 'issue.field.format',
  model: 'issue.field.model',
  plan: 'issue.field.plan',
  id: 'issue.field.id',
  name: 'issue.field.name',
  description: 'issue.field.description',
  startYear: 'issue.field.startYear',
  seed: 'run.seed',
  runs: 'run.runs',
  levers: 'issue.field.levers',
  assumptions: 'issue.field.assumptions',
  pinnedPcDemand: 'issue.field.pinnedPcDemand',
  pinnedChipDemand: 'issue.field.pinnedChipDemand',
  targets: 'issue.field.targets',
  base: 'issue.field.base',
};
const SUB: Partial<Record<string, MessageKey>> = {
  'plan.id': 'issue.field.planId',
  'plan.version': 'issue.field.planVersion',
  'name.zh': 'issue.field.nameZh',
  'name.en': 'issue.field.nameEn',
  'description.zh': 'issue.field.descriptionZh',
  'description.en': 'issue.field.descriptionEn',
};
const DIST_PARTS = new Set(['value', 'lo', 'hi', 'mode', 'mean', 'sd', 'kind']);

const isIndicator = (k: string): k is Indicator => (INDICATORS as readonly string[]).includes(k);
const isBaseFigure = (k: string): k is BaseFigureKey => (BASE_FIGURES as readonly string[]).includes(k);
const has = <T extends object>(o: T | undefined, k: string): k is Extract<keyof T, string> =>
  !!o && Object.prototype.hasOwnProperty.call(o, k);

/** A field's name and, where the app knows it, the range and unit of its values. */
interface Field {
  name: string;
  range?: { min: number; max: number; unit: string; int?: boolean };
}

function leverField(pm: PlanModel, key: LeverKey, rest: string[], lang: Lang): Field {
  const d = pm.levers[key];
  let name = d.label[lang];
  const range = { min: d.min, max: d.max, unit: leverUnit(d.unit, lang) };
  const i = rest[0] !== undefined ? Number(rest[0]) : NaN;
  if (Number.isInteger(i) && pm.plan.periods[i])
    name = message(lang, 'issue.field.period', { what: name, period: pm.plan.periods[i].label[lang] });
  else if (rest.length) return { name: within(name, rest, lang) };
  return { name, range };
}

/** A path below a named field, quoted. */
const within = (what: string, rest: string[], lang: Lang) =>
  message(lang, 'issue.field.within', { what, path: rest.join('.') });

const pathName = (path: string[], lang: Lang) => message(lang, 'issue.field.path', { path: path.join('.') });

/** A field of a scenario file, in the user's words. */
function scenarioField(path: string[], lang: Lang, pm: PlanModel | null): Field {
  const [top, key, ...rest] = path;
  const sub = has(SUB, `${top}.${key}`) ? SUB[`${top}.${key}`] : undefined;
  if (sub && !rest.length) return { name: message(lang, sub) };
  if (top === 'levers' && key !== undefined && pm && has(pm.levers, key))
    return leverField(pm, key, rest, lang);
  if (top === 'assumptions' && key !== undefined && pm && has(pm.uncertainties, key)) {
    const u = pm.uncertainties[key as UncertaintyKey];
    const range = { min: u.min, max: u.max, unit: u.unit[lang] };
    if (!rest.length) return { name: u.label[lang], range };
    if (rest.length === 1 && DIST_PARTS.has(rest[0])) {
      const part = message(lang, `dist.${rest[0]}` as MessageKey);
      return { name: message(lang, 'issue.field.part', { what: u.label[lang], part }), range };
    }
    return { name: within(u.label[lang], rest, lang) };
  }
  if (
    (top === 'pinnedPcDemand' || top === 'pinnedChipDemand') &&
    key !== undefined &&
    /^\d{4}$/.test(key) &&
    !rest.length
  )
    return {
      name: message(lang, top === 'pinnedPcDemand' ? 'undo.pinned' : 'undo.pinnedChip', { year: key }),
      range: { min: -60, max: 100, unit: '%' },
    };
  if (top === 'targets' && key !== undefined && isIndicator(key)) {
    const what = (pm?.indicators[key].label ?? { zh: key, en: key })[lang];
    if (rest[0] === 'direction') return { name: message(lang, 'issue.field.direction', { what }) };
    return { name: message(lang, 'issue.field.target', { what }) };
  }
  if (top === 'base' && key !== undefined && isBaseFigure(key) && !rest.length && pm) {
    const what = isIndicator(key) ? pm.indicators[key].label[lang] : key;
    const { min, max } = baseRange(pm, key);
    return {
      name: message(lang, 'issue.field.baseFigure', { what, year: pm.baseYear }),
      range: { min, max, unit: pm.plan.base[key].unit },
    };
  }
  if (top === 'seed' && key === undefined)
    return { name: message(lang, 'run.seed'), range: { min: 0, max: SEED_MAX, unit: '', int: true } };
  if (top === 'runs' && key === undefined)
    return { name: message(lang, 'run.runs'), range: { min: RUNS_MIN, max: RUNS_MAX, unit: '', int: true } };
  if (top === 'startYear' && key === undefined && pm)
    return {
      name: message(lang, 'issue.field.startYear'),
      range: { min: pm.minStartYear, max: pm.baseYear, unit: '', int: true },
    };
  const named = has(TOP, top) ? TOP[top] : undefined;
  if (named)
    return {
      name: key === undefined ? message(lang, named) : within(message(lang, named), path.slice(1), lang),
    };
  return { name: pathName(path, lang) };
}

/** A field of a plan file, in the user's words where the plan (or the plan held) names it. */
function planField(path: string[], lang: Lang, plan: Plan | undefined): Field {
  const [top, key, ...rest] = path;
  if (top === 'sectors' && key !== undefined && /^\d+$/.test(key)) {
    const s = plan?.sectors[Number(key)];
    const name = s ? s.label[lang] : message(lang, 'issue.field.sector', { n: Number(key) + 1 });
    return { name: rest.length ? within(name, rest, lang) : name };
  }
  if (top === 'levers' && key !== undefined && plan && has(plan.levers, key)) {
    const name = plan.levers[key].label[lang];
    return { name: rest.length ? within(name, rest, lang) : name };
  }
  if (top === 'targets' && key !== undefined && isIndicator(key) && plan) {
    const what = planModel(plan).indicators[key].label[lang];
    const name = message(lang, 'issue.field.target', { what });
    return { name: rest.length && rest[0] !== 'value' ? within(name, rest, lang) : name };
  }
  return { name: pathName(path, lang) };
}

/** The field an issue is about, in the user's words; '' for the whole file. */
export function fieldName(field: string, lang: Lang, plan?: Plan, of: IssueSource = 'scenario'): string {
  if (!field) return '';
  const path = field.split('.');
  return (
    of === 'plan' ? planField(path, lang, plan) : scenarioField(path, lang, plan ? planModel(plan) : null)
  ).name;
}

/** A figure as the reader types it: whole numbers from 10,000 with thousands separators, others as they are (8.2, 1999, 1e+308). */
const num = (x: string | number | undefined) =>
  typeof x === 'number' && Number.isSafeInteger(x) && Math.abs(x) >= 10_000
    ? formatCount(x)
    : String(x ?? '');

/** zod's type names in the user's words. */
function typeWords(expected: string, lang: Lang): string {
  const key: Partial<Record<string, MessageKey>> = {
    number: 'issue.typeNumber',
    int: 'issue.typeInt',
    string: 'issue.typeText',
    object: 'issue.typeObject',
    array: 'issue.typeList',
    boolean: 'issue.typeBool',
  };
  const k = key[expected];
  return k ? message(lang, k) : message(lang, 'issue.typeOther', { expected });
}

/** A list of values, each quoted, joined as the language joins them. */
const quotedList = (list: string, lang: Lang) =>
  list
    .split(', ')
    .map((v) => quoted(v, lang))
    .join(message(lang, 'sep.enum'));

/** What is wrong with a field that the schema refused (code 'invalid'), from zod's issue code and its values. */
function invalidWords(issue: Issue, f: Field, lang: Lang, pm: PlanModel | null): string {
  const v = issue.values;
  const path = issue.field.split('.');
  const input = v.input;
  switch (v.issue) {
    case 'too_big':
    case 'too_small': {
      const big = v.issue === 'too_big';
      const bound = Number(big ? v.maximum : v.minimum);
      if (v.origin === 'string')
        return big
          ? message(lang, 'issue.textMax', { max: bound })
          : bound <= 1
            ? message(lang, 'issue.textEmpty')
            : message(lang, 'issue.textMin', { min: bound });
      if (v.origin === 'array') {
        if (path[0] === 'levers' && pm) return message(lang, 'issue.periods', { n: pm.plan.periods.length });
        return message(lang, big ? 'issue.listMax' : 'issue.listMin', big ? { max: bound } : { min: bound });
      }
      if (f.range?.int)
        return message(lang, 'issue.intRange', { min: num(f.range.min), max: num(f.range.max) });
      if (f.range) {
        const r = { min: num(f.range.min), max: num(f.range.max), unit: f.range.unit };
        return typeof input === 'number'
          ? message(lang, 'issue.range', { ...r, input: String(input) })
          : message(lang, 'issue.rangeNoInput', r);
      }
      const open = v.inclusive === 0;
      if (big) return message(lang, open ? 'issue.tooBigOpen' : 'issue.tooBig', { max: num(bound) });
      return message(lang, open ? 'issue.tooSmallOpen' : 'issue.tooSmall', { min: num(bound) });
    }
    case 'invalid_type':
      if (v.received === 'undefined') return message(lang, 'issue.missing');
      if (v.expected === 'int' && f.range?.int)
        return message(lang, 'issue.intRange', { min: num(f.range.min), max: num(f.range.max) });
      return typeWords(String(v.expected), lang);
    case 'unrecognized_keys':
      return message(lang, 'issue.unknownKey', { keys: quotedList(String(v.keys), lang) });
    case 'invalid_value': {
      const values = String(v.values ?? '');
      return message(lang, values.includes(', ') ? 'issue.oneOf' : 'issue.exactly', {
        values: quotedList(values, lang),
      });
    }
    case 'invalid_format':
      if (path[path.length - 1] === 'id' || (path[0] === 'id' && path.length === 1))
        return message(lang, 'issue.idFormat');
      if (path[path.length - 1] === 'version') return message(lang, 'issue.versionFormat');
      return message(lang, 'issue.format');
    case 'invalid_key':
      if (path[0] === 'pinnedPcDemand' || path[0] === 'pinnedChipDemand')
        return message(lang, 'issue.yearKey');
      return message(lang, 'issue.badKey', { key: String(v.key ?? '') });
    case 'not_multiple_of':
      return Number(v.divisor) === DECIMALS_STEP
        ? message(lang, 'issue.decimals')
        : message(lang, 'issue.multiple', { divisor: num(v.divisor) });
    case 'invalid_union':
      if (v.options) return message(lang, 'issue.oneOf', { values: distKinds(String(v.options), lang) });
      if (path[0] === 'levers' && f.range)
        return message(lang, 'issue.leverValue', {
          min: num(f.range.min),
          max: num(f.range.max),
          unit: f.range.unit,
        });
      if (issue.field === 'seed') return message(lang, 'issue.seedValue');
      return message(lang, 'issue.invalid');
    case 'custom':
      return customWords(issue, lang, pm);
  }
  return message(lang, 'issue.invalid');
}

/** Distribution kinds by their names in the dictionaries (uniform → 均匀分布). */
const distKinds = (options: string, lang: Lang) =>
  options
    .split(', ')
    .map((k) =>
      ['fixed', 'uniform', 'triangular', 'normal'].includes(k) ? message(lang, `dist.${k}` as MessageKey) : k,
    )
    .join(message(lang, 'sep.enum'));

/** A check of the project's own (values.rule); one without a rule keeps its English words. */
function customWords(issue: Issue, lang: Lang, pm: PlanModel | null): string {
  const v = issue.values;
  switch (v.rule) {
    case 'fund-sum': {
      const period = Number(v.period);
      const label = period > 0 ? pm?.plan.periods[period - 1]?.label[lang] : undefined;
      return label
        ? message(lang, 'issue.fundSumPeriod', { sum: num(v.sum), period: label })
        : message(lang, 'issue.fundSum', { sum: num(v.sum) });
    }
    case 'order':
      return message(lang, 'issue.order');
    case 'order-mode':
      return message(lang, 'issue.orderMode');
    case 'whole':
      return message(lang, 'issue.typeInt');
    case 'plan-id':
      return message(lang, 'issue.planId', { id: String(v.id) });
    case 'pinned-year':
      return message(lang, 'issue.pinnedYear', { year: v.year, startYear: v.startYear, endYear: v.endYear });
  }
  return message(lang, 'issue.custom', { text: issue.text.replace(/^[^:]*: /, '') });
}

/** What is wrong, for a code other than 'invalid'. */
function otherWords(issue: Issue, lang: Lang): string {
  const v = issue.values;
  switch (issue.code) {
    case 'not-json':
      return message(lang, 'issue.notJson', { detail: String(v.detail ?? '') });
    case 'forbidden-key':
      return message(lang, 'issue.forbiddenKey', { key: String(v.key) });
    case 'unknown-plan':
      return message(lang, 'issue.unknownPlan', {
        id: String(v.id),
        version: v.version ? message(lang, 'issue.unknownPlanVersion', { version: v.version }) : '',
      });
    case 'too-large':
      return message(lang, 'file.tooBig', v);
    case 'not-utf8':
      return message(lang, 'issue.notUtf8');
    case 'markup':
      return message(lang, 'issue.markup');
    case 'link-too-long':
      return message(lang, 'issue.linkTooLong', { length: String(v.length), max: String(v.max) });
    case 'link-too-large':
      return message(lang, 'issue.linkTooLarge', { max: num(v.max) });
    case 'link-plan-mismatch':
      return message(lang, 'issue.linkPlanMismatch', v);
    case 'link-plan-changed':
      return message(lang, 'issue.linkPlanChanged', v);
    case 'link-levers':
      return message(lang, 'issue.linkLevers', v);
    case 'link-not-a-link':
      return message(lang, 'link.err.not-a-link');
    case 'link-bad-encoding':
      return message(lang, 'link.err.bad-encoding');
    case 'link-bad-compression':
      return message(lang, 'link.err.bad-compression');
    case 'link-bad-json':
      return message(lang, 'link.err.bad-json');
  }
  return message(lang, 'issue.custom', { text: issue.text });
}

/**
 * One issue as a line in the reader's language: "随机种子：须为 0—2147483647 之间的整数", "未知字段“zz”" (a problem
 * with the whole file has no field before it). `plan` names the levers, assumptions and indicators (the plan the
 * issue's file was checked against, or for a plan file the plan held, if any); `of` says whether the path is in a
 * scenario (the default) or a plan file.
 */
export function issueMessage(issue: Issue, lang: Lang, plan?: Plan, of: IssueSource = 'scenario'): string {
  // a scenario whose plan is not known (a saved entry) is named by the 2021–2025 plan's labels where it has them
  if (!plan && of === 'scenario') plan = planById(LEGACY_PLAN_ID);
  if (issue.values.inPlan) {
    const { inPlan: _, ...values } = issue.values;
    return message(lang, 'issue.inPlan', {
      problem: issueMessage({ ...issue, values }, lang, undefined, 'plan'),
    });
  }
  const pm = plan && of === 'scenario' ? planModel(plan) : null;
  const path = issue.field ? issue.field.split('.') : [];
  const f: Field = !issue.field
    ? { name: '' }
    : issue.values.rule === 'fund-sum'
      ? { name: message(lang, 'issue.field.fundShares') }
      : of === 'plan'
        ? planField(path, lang, plan)
        : scenarioField(path, lang, pm);
  const problem = issue.code === 'invalid' ? invalidWords(issue, f, lang, pm) : otherWords(issue, lang);
  return f.name ? message(lang, 'issue.line', { field: f.name, problem }) : problem;
}

/** One line of a refusal on screen: the reader's words, and the English text the command line prints for it. */
export interface IssueLine {
  text: string;
  /** the issue's English text (the command line's line), or '' for the "… (+n)" line */
  cli: string;
}

/** The issues as the lines a banner shows: each in the reader's language, cut as clipDetail cuts them. */
export function issueLines(
  issues: Issue[],
  lang: Lang,
  plan?: Plan,
  of: IssueSource = 'scenario',
): IssueLine[] {
  const clipped = clipDetail(issues.map((i) => issueMessage(i, lang, plan, of)));
  return clipped.map((text, i) => ({ text, cli: i < DETAIL_LINES_MAX ? (issues[i]?.text ?? '') : '' }));
}
