/**
 * Older scenarios (share links, saved entries, files that say which model made them) are brought to the current
 * model before validation: assumptions the current model dropped or redefined are removed, and each removal is
 * reported. Everything that remains still passes the strict schema, so no old value reaches the model unvalidated.
 */
import { DROPPED_ASSUMPTIONS } from '../model/version.ts';

export interface Migrated {
  value: unknown;
  /** one line per dropped value, naming the assumption and why */
  dropped: string[];
}

/** The major version of a model version string ("1.0.0" → "1"), or null. */
function major(version: unknown): string | null {
  if (typeof version !== 'string') return null;
  const m = /^(\d+)\./.exec(version);
  return m ? m[1] : null;
}

export function migrateScenario(input: unknown): Migrated {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { value: input, dropped: [] };
  const s = input as Record<string, unknown>;
  const from = major(s.model);
  const drop = from === null ? undefined : DROPPED_ASSUMPTIONS[from];
  const assumptions = s.assumptions;
  if (!drop || !assumptions || typeof assumptions !== 'object' || Array.isArray(assumptions))
    return { value: input, dropped: [] };
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(assumptions as Record<string, unknown>)) {
    if (drop.includes(k)) dropped.push(`assumption "${k}" from model ${String(s.model)} dropped`);
    else kept[k] = v;
  }
  return { value: { ...s, assumptions: kept }, dropped };
}
