/**
 * "Previous work", in localStorage so that every tab sees it and it outlives the tab: work that was replaced (by a
 * link, a preset, Reload, Back…) while it was unsaved, and the unsaved work of each open page, kept under the page's
 * id while it changes. At most PREVIOUS_MAX entries, the oldest dropped first; the same work is read once.
 * Read back through the scenario schema (an entry that fails is left out); writing never throws.
 */
import * as z from 'zod';
import type { Scenario } from '../scenario/schema.ts';
import { scenarioContent } from './scenario-content.ts';
import { parseWorking, readJson, writeJson, type StorageLike, type Working } from './working-store.ts';

export const PREVIOUS_KEY = 'ngit-sim.previous';
export const PREVIOUS_FORMAT = 'ngit-previous/1';
export const PREVIOUS_MAX = 20;

export interface PreviousEntry extends Working {
  /** "page:<id>" for a page's own unsaved work, "aside:<id>" for work it replaced */
  id: string;
  /** when it was last written (ms since 1970) */
  at: number;
}

const Envelope = z.object({
  format: z.literal(PREVIOUS_FORMAT),
  entries: z.array(z.object({ id: z.string().max(100), at: z.number() }).loose()).max(1000),
});
type Raw = z.infer<typeof Envelope>['entries'][number] & {
  source?: unknown;
  base?: unknown;
  current?: unknown;
};

function rawEntries(storage: StorageLike | null): Raw[] {
  const env = Envelope.safeParse(readJson(storage, PREVIOUS_KEY));
  return env.success ? (env.data.entries as Raw[]) : [];
}

/** Identity of the work itself, whatever its entry is called (the raw entry is read as it was written). */
function workKey(e: { source?: unknown; base?: unknown; current?: unknown }): string {
  const b = e.base as Scenario | undefined;
  return JSON.stringify([
    e.source,
    b?.id,
    b ? scenarioContent(b) : null,
    e.current ? scenarioContent(e.current as Scenario) : null,
  ]);
}

/** The entries that pass the schema, newest first, each work once (the newest entry holding it). */
export function readPrevious(storage: StorageLike | null): PreviousEntry[] {
  const out: PreviousEntry[] = [];
  for (const raw of rawEntries(storage)) {
    const w = parseWorking(raw);
    if (w) out.push({ id: raw.id, at: raw.at, ...w });
  }
  out.sort((a, b) => b.at - a.at);
  const seen = new Set<string>();
  return out.filter((e) => {
    const k = workKey(e);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/**
 * Writes an entry, replacing one of the same id (and with `replaceSame` any other holding the same work: work put
 * aside takes over from the page entry that held it, while a page entry never removes work put aside, which must
 * outlive the page's next change). The oldest go beyond PREVIOUS_MAX. False if storage refused it.
 */
export function putPrevious(storage: StorageLike | null, e: PreviousEntry, replaceSame = false): boolean {
  const key = workKey(e);
  const rest = rawEntries(storage).filter((r) => r.id !== e.id && !(replaceSame && workKey(r) === key));
  const entries = [{ id: e.id, at: e.at, source: e.source, base: e.base, current: e.current }, ...rest]
    .sort((a, b) => b.at - a.at)
    .slice(0, PREVIOUS_MAX);
  return writeJson(storage, PREVIOUS_KEY, { format: PREVIOUS_FORMAT, entries });
}

/** Removes an entry; true if there is none of that id afterwards. */
export function dropPrevious(storage: StorageLike | null, id: string): boolean {
  const all = rawEntries(storage);
  const rest = all.filter((r) => r.id !== id);
  if (rest.length === all.length) return true;
  return writeJson(storage, PREVIOUS_KEY, { format: PREVIOUS_FORMAT, entries: rest });
}
