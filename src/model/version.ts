/**
 * The model's version and what changed in each. Bump the version whenever an equation, a parameter, a default or
 * the chunk size changes, so that a share link or a saved scenario made with another version is recognised and
 * the user told what changed (docs/MODEL.md prints this log).
 */
export interface ModelChange {
  version: string;
  changes: { zh: string; en: string };
}

export const MODEL_CHANGES: readonly ModelChange[] = [
  {
    version: '1.0.0',
    changes: {
      zh: '首个版本：四部门蒙特卡洛模型，十项规划指标。',
      en: "First version: the four-sector Monte Carlo model of the plan's ten indicators.",
    },
  },
];

export const MODEL_VERSION = MODEL_CHANGES[MODEL_CHANGES.length - 1].version;

/** The changes a scenario made with `from` has not seen, oldest first (empty if it is current or unknown). */
export function changesSince(from: string): ModelChange[] {
  const i = MODEL_CHANGES.findIndex((c) => c.version === from);
  return i < 0 ? [...MODEL_CHANGES] : MODEL_CHANGES.slice(i + 1);
}
