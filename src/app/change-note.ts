/**
 * What an undo or a redo changed, in words for the screen and for screen readers: "用地 1234 → 830亩",
 * "Scenario: The plan (modified) → Downside", "模拟次数 20000 → 50000 等 2 项更改". Worked out from the two
 * whole snapshots, not from a record of edits: a lever, the runs or the seed are named with their values, an
 * assumption or a pinned year by name, anything else (fields the scenario gains later) is counted.
 */
import { message, type Lang } from '../i18n/messages.ts';
import type { LeverKey, UncertaintyKey } from '../model/parameters.ts';
import { planModel, type LeverValue } from '../model/plan.ts';
import { planById, planIdOf } from '../scenario/plans.ts';
import { formatCount, formatInput, leverUnit, withUnit } from './format.ts';
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
  const plan = planById(planIdOf(to.current));
  const pm = plan ? planModel(plan) : null;
  // a lever that varies by period: its values in period order
  const lever = (v: LeverValue) => (typeof v === 'number' ? formatInput(v) : v.map(formatInput).join(' / '));
  if (top === 'levers' && pm && key in pm.levers) {
    const def = pm.levers[key as LeverKey];
    return message(lang, 'undo.valueChange', {
      what: def.label[lang],
      from: lever(from.current.levers[key as LeverKey]),
      to: withUnit(lever(to.current.levers[key as LeverKey]), leverUnit(def.unit, lang), lang),
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
  return null;
}

/** The change from one snapshot to the other, in the given language. */
export function changeNote(from: Working, to: Working, lang: Lang): string {
  if (from.source !== to.source || from.base.id !== to.base.id || !sameContent(from.base, to.base)) {
    return message(lang, 'undo.scenarioChange', { from: from.current.name[lang], to: to.current.name[lang] });
  }
  const paths = changedPaths(from.current, to.current).filter((p) => !LABELS.has(p[0]));
  // an assumption is one change however many of its fields moved
  const seen = new Set<string>();
  const words: string[] = [];
  let unnamed = 0;
  for (const p of paths) {
    const id = p[0] === 'assumptions' ? p.slice(0, 2).join('.') : p.join('.');
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
