/**
 * What an undo or a redo changed, in words for the screen and for screen readers: "用地 1234 → 830亩",
 * "Scenario: The plan (modified) → Downside", "模拟次数 20000 → 50000 等 2 项更改". Worked out from the two
 * whole snapshots, not from a record of edits: a lever (with the period where only one period moved), a target, a
 * base figure, the runs or the seed are named with their values, an assumption or a pinned year by name, anything
 * else (fields the scenario gains later) is counted.
 */
import { message, type Lang } from '../i18n/messages.ts';
import { INDICATOR_SHAPES, type Indicator } from '../model/indicators.ts';
import type { LeverKey, UncertaintyKey } from '../model/parameters.ts';
import {
  BASE_FIGURES,
  leverIn,
  planModel,
  type BaseFigureKey,
  type LeverValue,
  type Plan,
} from '../model/plan.ts';
import { planById, planIdOf } from '../scenario/plans.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formatCount, formatInput, formatTarget, formatTargetCell, leverUnit, withUnit } from './format.ts';
import { sameContent } from './scenario-content.ts';
import type { Working } from './working-store.ts';

/** The paths of every leaf that differs between two JSON values (a key only on one side counts as a leaf). */
export function changedPaths(a: unknown, b: unknown, path: string[] = []): string[][] {
  const isObj = (x: unknown): x is Record<string, unknown> =>
    !!x && typeof x === 'object' && !Array.isArray(x);
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => changedPaths(a[k], b[k], [...path, k]));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
}

const LABELS = new Set(['format', 'model', 'id', 'name', 'description']);

/** One change in words, or null for a field this module does not know (it is then only counted). */
function describe(path: string[], from: Working, to: Working, lang: Lang): string | null {
  const [top, key] = path;
  const value = (w: Working) => (w.current as unknown as Record<string, unknown>)[top];
  const plan: Plan | undefined = planById(planIdOf(to.current));
  const pm = plan ? planModel(plan) : null;
  // a lever that varies by period: its values in period order
  const lever = (v: LeverValue) => (typeof v === 'number' ? formatInput(v) : v.map(formatInput).join(' / '));
  if (top === 'levers' && pm && key in pm.levers) {
    const def = pm.levers[key as LeverKey];
    const a = from.current.levers[key as LeverKey];
    const b = to.current.levers[key as LeverKey];
    const unit = leverUnit(def.unit, lang);
    // one period moved: that period named, with its values
    const moved = plan!.periods.map((_, p) => p).filter((p) => leverIn(a, p) !== leverIn(b, p));
    if (plan!.periods.length > 1 && moved.length === 1) {
      const p = moved[0];
      return message(lang, 'undo.valueChange', {
        what: message(lang, 'undo.leverPeriod', {
          lever: def.label[lang],
          period: plan!.periods[p].label[lang],
        }),
        from: formatInput(leverIn(a, p)),
        to: withUnit(formatInput(leverIn(b, p)), unit, lang),
      });
    }
    return message(lang, 'undo.valueChange', {
      what: def.label[lang],
      from: lever(a),
      to: withUnit(lever(b), unit, lang),
    });
  }
  if (top === 'targets' && plan && key in INDICATOR_SHAPES) {
    const ind = key as Indicator;
    const cell = (s: Scenario) => {
      const own = s.targets?.[ind];
      if (own) return formatTargetCell(ind, own, lang);
      const t = plan.targets[ind];
      return t ? formatTargetCell(ind, t, lang) : message(lang, 'undo.targetPlan');
    };
    return message(lang, 'undo.valueChange', {
      what: message(lang, 'undo.target', { indicator: INDICATOR_SHAPES[ind].label[lang] }),
      from: cell(from.current),
      to: cell(to.current),
    });
  }
  if (top === 'base' && plan && (BASE_FIGURES as readonly string[]).includes(key)) {
    const k = key as BaseFigureKey;
    const figure = (s: Scenario) => {
      const v = s.base?.[k];
      return v === undefined ? message(lang, 'undo.basePlan') : formatTarget(k, v, lang);
    };
    return message(lang, 'undo.valueChange', {
      what: message(lang, 'undo.base', { figure: INDICATOR_SHAPES[k].label[lang] }),
      from: figure(from.current),
      to: figure(to.current),
    });
  }
  if (top === 'runs') {
    return message(lang, 'undo.valueChange', {
      what: message(lang, 'run.runs'),
      from: formatCount(from.current.runs),
      to: formatCount(to.current.runs),
    });
  }
  if (top === 'seed') {
    return message(lang, 'undo.valueChange', {
      what: message(lang, 'run.seed'),
      from: String(value(from)),
      to: String(value(to)),
    });
  }
  if (top === 'assumptions' && pm && key in pm.uncertainties)
    return pm.uncertainties[key as UncertaintyKey].label[lang];
  if (top === 'pinnedPcDemand') return message(lang, 'undo.pinned', { year: key });
  if (top === 'pinnedChipDemand') return message(lang, 'undo.pinnedChip', { year: key });
  return null;
}

/** The change from one snapshot to the other, in the given language. */
export function changeNote(from: Working, to: Working, lang: Lang): string {
  if (from.source !== to.source || from.base.id !== to.base.id || !sameContent(from.base, to.base)) {
    return message(lang, 'undo.scenarioChange', { from: from.current.name[lang], to: to.current.name[lang] });
  }
  // no targets or base figures is none of each: a first edit is named by what it edits
  const edits = (s: Scenario) => ({ ...s, targets: s.targets ?? {}, base: s.base ?? {} });
  const paths = changedPaths(edits(from.current), edits(to.current)).filter((p) => !LABELS.has(p[0]));
  const seen = new Set<string>();
  const words: string[] = [];
  let unnamed = 0;
  for (const p of paths) {
    // an assumption or a target is one change however many of its fields moved
    const id = ['assumptions', 'targets'].includes(p[0]) ? p.slice(0, 2).join('.') : p.join('.');
    if (seen.has(id)) continue;
    seen.add(id);
    const w = describe(p, from, to, lang);
    if (w === null) unnamed++;
    else words.push(w);
  }
  const count = words.length + unnamed;
  if (count === 0) return message(lang, 'undo.nothing');
  if (words.length === 0)
    return count === 1 ? message(lang, 'undo.oneSetting') : message(lang, 'undo.settings', { n: count });
  if (count === 1) return words[0];
  return count === 2
    ? message(lang, 'undo.moreOne', { first: words[0] })
    : message(lang, 'undo.more', { first: words[0], n: count - 1 });
}
