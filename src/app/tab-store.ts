/**
 * The tab's own state, in sessionStorage (each tab has its own, and a reload keeps it): the work on screen, its undo
 * history, and where the tab is in the browser's history with the links it opened on the way (so Back can bring back
 * the work a link replaced). Scenarios shared by several steps (the scenario each was opened from) are written once.
 * Read back through the scenario schema; a step that fails is dropped, a broken state is ignored as a whole.
 */
import * as z from 'zod';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { HistoryState } from './history.ts';
import { readJson, SourceSchema, writeJson, type StorageLike, type Working } from './working-store.ts';

export const TAB_KEY = 'ngit-sim.tab';
export const TAB_FORMAT = 'ngit-tab/1';
/** links remembered for Back and Forward */
export const TAB_LINKS_MAX = 20;

/** A link opened from the address: in which entry of the browser's history, and the work it replaced. */
export interface OpenedFromAddress {
  entry: number;
  hash: string;
  before: Working;
}

export interface TabState {
  /** the id of the page that wrote this (its "previous work" entry is named after it) */
  page: string;
  history: HistoryState<Working>;
  /** the values on screen (ahead of history.present while an edit is still going on) */
  working: Working;
  /** the browser-history entry the tab was last on */
  entry: number;
  links: OpenedFromAddress[];
}

/** window.sessionStorage, or null where it is missing or blocked. */
export function sessionBrowserStorage(): StorageLike | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const Step = z.object({ b: z.number().int().min(0), s: SourceSchema, c: z.unknown() });
type Step = z.infer<typeof Step>;

const Envelope = z.object({
  format: z.literal(TAB_FORMAT),
  page: z.string().max(64),
  bases: z.array(z.unknown()).max(1000),
  past: z.array(Step).max(1000),
  present: Step,
  future: z.array(Step).max(1000),
  working: Step,
  entry: z.number().int(),
  links: z
    .array(z.object({ entry: z.number().int(), hash: z.string().max(100_000), before: Step }))
    .max(TAB_LINKS_MAX),
});

/** Writes the tab's state; false if storage refused it. */
export function writeTab(storage: StorageLike | null, t: TabState): boolean {
  const bases: Scenario[] = [];
  const step = (w: Working): Step => {
    let b = bases.indexOf(w.base);
    if (b < 0) b = bases.push(w.base) - 1;
    return { b, s: w.source, c: w.current };
  };
  return writeJson(storage, TAB_KEY, {
    format: TAB_FORMAT,
    page: t.page,
    past: t.history.past.map(step),
    present: step(t.history.present),
    future: t.history.future.map(step),
    working: step(t.working),
    entry: t.entry,
    links: t.links
      .slice(-TAB_LINKS_MAX)
      .map((l) => ({ entry: l.entry, hash: l.hash, before: step(l.before) })),
    bases,
  });
}

/** Reads the tab's state back, or null if there is none or it is not valid. */
export function readTab(storage: StorageLike | null): TabState | null {
  const env = Envelope.safeParse(readJson(storage, TAB_KEY));
  if (!env.success) return null;
  const e = env.data;
  const bases = e.bases.map((b) => {
    const r = parseScenario(b);
    return r.ok ? r.value : null;
  });
  const working = (st: Step): Working | null => {
    const base = bases[st.b];
    const current = parseScenario(st.c);
    return base && current.ok ? { base, source: st.s, current: current.value } : null;
  };
  const all = (steps: Step[]) => steps.map(working).filter((w): w is Working => w !== null);
  const present = working(e.present);
  const onScreen = working(e.working);
  if (!present || !onScreen) return null;
  const links: OpenedFromAddress[] = [];
  for (const l of e.links) {
    const before = working(l.before);
    if (before) links.push({ entry: l.entry, hash: l.hash, before });
  }
  return {
    page: e.page,
    history: { past: all(e.past), present, future: all(e.future) },
    working: onScreen,
    entry: e.entry,
    links,
  };
}
