/**
 * The work on screen as one value: the scenario as it was opened (to tell what was modified), where it came from,
 * and the values on screen. The unit that undo steps, the tab's own state and "previous work" entries are made of.
 * Everything read back passes the scenario schema; anything unreadable is dropped, never half used.
 *
 * Until this version the working scenario was one entry shared by every tab (WORKING_KEY in localStorage), so a tab
 * that opened a link overwrote the work of another: readLegacyWorking reads it once, to keep it as previous work.
 */
import * as z from 'zod';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Source } from './scenario-draft.svelte.ts';
import { sameContent } from './scenario-content.ts';

export const WORKING_KEY = 'ngit-sim.working';
export const WORKING_FORMAT = 'ngit-working/1';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

export interface Working {
  /** the scenario as loaded, and where it came from */
  base: Scenario;
  source: Source;
  /** the values on screen */
  current: Scenario;
}

export const SourceSchema = z.enum(['preset', 'link', 'saved', 'file']);

/** The same work: opened from the same scenario, the same way, with the same values. */
export function sameWorking(a: Working, b: Working): boolean {
  return (
    a.source === b.source &&
    a.base.id === b.base.id &&
    sameContent(a.base, b.base) &&
    sameContent(a.current, b.current)
  );
}

/**
 * Work that would be lost if it were replaced: it differs from the scenario it was opened from and from every saved
 * scenario. Runs and seed count (they were typed too).
 */
export function isUnsaved(w: Working, saved: readonly Scenario[]): boolean {
  return !sameContent(w.current, w.base) && !saved.some((s) => sameContent(w.current, s));
}

/** A working value from untrusted JSON (both scenarios through the schema), or null. */
export function parseWorking(raw: unknown): Working | null {
  const env = z.object({ source: SourceSchema, base: z.unknown(), current: z.unknown() }).safeParse(raw);
  if (!env.success) return null;
  const base = parseScenario(env.data.base);
  const current = parseScenario(env.data.current);
  return base.ok && current.ok ? { base: base.value, source: env.data.source, current: current.value } : null;
}

/** Reads JSON text from storage; null if there is none, it cannot be read or it is not JSON. */
export function readJson(storage: StorageLike | null, key: string): unknown {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Writes JSON text; false if storage refused it (full, blocked). Never throws. */
export function writeJson(storage: StorageLike | null, key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The shared working scenario of earlier versions, or null if there is none or it is broken. */
export function readLegacyWorking(storage: StorageLike | null): Working | null {
  const json = readJson(storage, WORKING_KEY);
  return json && typeof json === 'object' && (json as { format?: unknown }).format === WORKING_FORMAT
    ? parseWorking(json)
    : null;
}

/** Removes the old shared entry (once what it held is kept elsewhere). */
export function dropLegacyWorking(storage: StorageLike | null): void {
  try {
    storage?.removeItem?.(WORKING_KEY);
  } catch {
    // left in place: read again next time, harmless
  }
}
