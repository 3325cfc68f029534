/**
 * A plan's own two packages as scenarios, for any plan: `plan` (every lever at the plan's value) and
 * `no-new-policy` (every lever at its no-new-policy value, the effort before the plan continued), each from the
 * plan's base year, with the world sampled as the plan's defaults say (no assumption set, nothing pinned), seed 7 and
 * 20,000 runs as the shipped scenario files have. The command line names them `--scenario plan|no-new-policy` on a
 * plan without scenario files, and takes the no-new-policy one as its default baseline; the app offers them as the
 * presets of a plan. The scenario names its plan (id and version), so a file or link made from it says whose it is.
 */
import { message } from '../i18n/messages.ts';
import { defaultLevers, noPolicyLevers } from '../model/inputs.ts';
import { planModel, planRef, type Plan } from '../model/plan.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { parseScenario } from './parse.ts';
import { SCENARIO_FORMAT, type Scenario } from './schema.ts';

/** The two packages every plan defines, by the scenario id they get. */
export const PRESET_KINDS = ['plan', 'no-new-policy'] as const;
export type PresetKind = (typeof PRESET_KINDS)[number];

export const isPresetKind = (id: string): id is PresetKind =>
  (PRESET_KINDS as readonly string[]).includes(id);

/** The seed and run count of a preset: those of the shipped scenario files. */
export const PRESET_SEED = 7;
export const PRESET_RUNS = 20_000;

const WORDS: Record<PresetKind, { name: MessageKey; desc: MessageKey }> = {
  plan: { name: 'preset.planName', desc: 'preset.planDesc' },
  'no-new-policy': { name: 'preset.noPolicyName', desc: 'preset.noPolicyDesc' },
};

const presets = new WeakMap<Plan, Partial<Record<PresetKind, Scenario>>>();

/**
 * The plan's package (`plan`) or its no-new-policy package as a valid scenario of that plan, from its base year.
 * Built once per plan object; callers get a copy they may change. Throws only if the plan itself is inconsistent
 * (a plan that passed src/scenario/plan-schema.ts always gives valid presets).
 */
export function planPreset(plan: Plan, kind: PresetKind): Scenario {
  let byKind = presets.get(plan);
  if (!byKind) presets.set(plan, (byKind = {}));
  const cached = byKind[kind];
  if (cached) return structuredClone(cached);
  const pm = planModel(plan);
  const words = WORDS[kind];
  const text = (lang: 'zh' | 'en', key: MessageKey) =>
    message(lang, key, { plan: plan.shortTitle[lang], year: plan.baseYear });
  const draft: Scenario = {
    format: SCENARIO_FORMAT,
    plan: planRef(plan),
    id: kind,
    name: { zh: text('zh', words.name), en: text('en', words.name) },
    description: { zh: text('zh', words.desc), en: text('en', words.desc) },
    startYear: pm.baseYear,
    levers: kind === 'plan' ? defaultLevers(pm) : noPolicyLevers(pm),
    assumptions: {},
    pinnedPcDemand: {},
    seed: PRESET_SEED,
    runs: PRESET_RUNS,
  };
  const r = parseScenario(draft, plan);
  if (!r.ok)
    throw new Error(`plan "${plan.id}": its ${kind} package is not a valid scenario: ${r.errors.join('; ')}`);
  byKind[kind] = r.value;
  return structuredClone(r.value);
}
