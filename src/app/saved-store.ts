/**
 * Saved scenarios in the browser's storage: one key holding a versioned JSON list, each entry a whole scenario.
 * Everything read back passes parseScenario; an entry that fails is skipped and reported (and kept as it was, so a
 * newer app can still read it), unreadable JSON is reported and backed up before it is replaced. Storage that is
 * missing, blocked (SecurityError) or full (QuotaExceededError) comes back as an error value: nothing here throws.
 *
 * Unreadable data can never block saving: the backup copy is made only up to BACKUP_MAX_CHARS (a copy of megabytes of
 * junk would fill the storage and make every later save fail), a failed backup does not stop the save, and an
 * oversized old backup is dropped when storage is full. The app offers the unreadable text as a download and a way
 * to clear it (readRawSaved, clearSaved) before anything replaces it.
 *
 * Pure apart from the Storage object it is given, so tests pass a fake one.
 */
import type { Issue } from '../scenario/issues.ts';
import { checkScenario, parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';

export const SAVED_KEY = 'ngit-sim.saved';
/** where an unreadable list is copied before a save replaces it */
export const SAVED_BACKUP_KEY = 'ngit-sim.saved.backup';
export const SAVED_FORMAT = 'ngit-saved/1';
export const NAME_MAX = 80;
export const SAVED_MAX = 200;
/** Largest unreadable list copied to the backup key (a real list of 200 scenarios is about 400 kB; junk is not). */
export const BACKUP_MAX_CHARS = 512 * 1024;

export interface SavedEntry {
  /** the entry's own key, stable across renames */
  key: string;
  name: string;
  /** ISO time of the last save or rename */
  savedAt: string;
  scenario: Scenario;
}

export type StoreErrorCode = 'unavailable' | 'quota' | 'write-failed' | 'not-found' | 'bad-name' | 'full';
export interface StoreError {
  code: StoreErrorCode;
  detail: string;
  /** where a scenario was refused: its issues, shown in the reader's language instead of the detail */
  issues?: Issue[];
}

/** An entry that could not be used: its place in the list and why (`issues`: its scenario's, if it was refused). */
export interface SkippedEntry {
  index: number;
  reasons: string[];
  /** the plan it names, where that is what is missing (its plan file was not imported here, or was removed) */
  plan?: { id: string; version: string };
  issues?: Issue[];
}

export interface SavedList {
  entries: SavedEntry[];
  skipped: SkippedEntry[];
  /** the stored text was not a readable list (it is left in place until the next save backs it up) */
  corrupt: string | null;
  /** storage could not be read at all */
  error: StoreError | null;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

type StorageLike = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

/** window.localStorage, or null where reading it throws (blocked cookies, sandboxed frames) or it is absent. */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

function errorOf(e: unknown, fallback: StoreErrorCode): StoreError {
  const name =
    e instanceof Error || (e && typeof e === 'object' && 'name' in e) ? String((e as Error).name) : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return { code: 'quota', detail: message };
  if (name === 'SecurityError') return { code: 'unavailable', detail: message };
  return { code: fallback, detail: message };
}

const unavailable = (): StoreError => ({ code: 'unavailable', detail: 'localStorage is not available' });

/** Trims a name and checks it is 1–80 characters. */
export function cleanName(name: string): string | null {
  const n = name.replace(/\s+/g, ' ').trim();
  return n.length >= 1 && [...n].length <= NAME_MAX ? n : null;
}

interface RawList {
  format: string;
  entries: unknown[];
}

/** A stored item as read: a usable entry, or the raw value kept untouched. */
type Item = { ok: true; entry: SavedEntry } | { ok: false; raw: unknown };

function readItems(storage: StorageLike | null): {
  items: Item[];
  skipped: SkippedEntry[];
  corrupt: string | null;
  error: StoreError | null;
} {
  const empty = { items: [], skipped: [], corrupt: null };
  if (!storage) return { ...empty, error: unavailable() };
  let text: string | null;
  try {
    text = storage.getItem(SAVED_KEY);
  } catch (e) {
    return { ...empty, error: errorOf(e, 'unavailable') };
  }
  if (text === null) return { ...empty, error: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ...empty, corrupt: `not valid JSON (${(e as Error).message})`, error: null };
  }
  const list = json as Partial<RawList> | null;
  if (!list || typeof list !== 'object' || list.format !== SAVED_FORMAT || !Array.isArray(list.entries)) {
    return { ...empty, corrupt: `not a list in the format "${SAVED_FORMAT}"`, error: null };
  }
  const items: Item[] = [];
  const skipped: SkippedEntry[] = [];
  list.entries.forEach((raw, index) => {
    const r = readEntry(raw);
    if (r.ok) items.push({ ok: true, entry: r.entry });
    else {
      items.push({ ok: false, raw });
      skipped.push({
        index,
        reasons: r.reasons,
        ...(r.plan ? { plan: r.plan } : {}),
        ...(r.issues ? { issues: r.issues } : {}),
      });
    }
  });
  return { items, skipped, corrupt: null, error: null };
}

function readEntry(
  raw: unknown,
):
  | { ok: true; entry: SavedEntry }
  | { ok: false; reasons: string[]; plan?: SkippedEntry['plan']; issues?: Issue[] } {
  if (!raw || typeof raw !== 'object') return { ok: false, reasons: ['not an object'] };
  const e = raw as Record<string, unknown>;
  const reasons: string[] = [];
  if (typeof e.key !== 'string' || e.key.length === 0 || e.key.length > 64) reasons.push('key: missing');
  const name = typeof e.name === 'string' ? cleanName(e.name) : null;
  if (name === null) reasons.push(`name: 1–${NAME_MAX} characters`);
  if (typeof e.savedAt !== 'string' || e.savedAt.length > 40) reasons.push('savedAt: missing');
  const parsed = checkScenario(e.scenario);
  if (!parsed.ok) reasons.push(...parsed.issues.map((x) => `scenario.${x.text}`));
  if (reasons.length || !parsed.ok) {
    const missing = parsed.ok ? undefined : parsed.issues.find((x) => x.code === 'unknown-plan');
    const plan = missing
      ? { id: String(missing.values.id), version: String(missing.values.version) }
      : undefined;
    return { ok: false, reasons, ...(plan ? { plan } : {}), ...(parsed.ok ? {} : { issues: parsed.issues }) };
  }
  return {
    ok: true,
    entry: {
      key: e.key as string,
      name: name as string,
      savedAt: e.savedAt as string,
      scenario: parsed.value,
    },
  };
}

/** The saved list: every valid entry, the invalid ones reported and skipped. Never throws. */
export function readSaved(storage: StorageLike | null): SavedList {
  const r = readItems(storage);
  return {
    entries: r.items.flatMap((i) => (i.ok ? [i.entry] : [])),
    skipped: r.skipped,
    corrupt: r.corrupt,
    error: r.error,
  };
}

const isQuota = (e: unknown) => errorOf(e, 'write-failed').code === 'quota';

/** Copies an unreadable list to the backup key if it is small enough; never fails the save it precedes. */
function backUp(storage: StorageLike): void {
  try {
    const old = storage.getItem(SAVED_KEY);
    if (old !== null && old.length <= BACKUP_MAX_CHARS) storage.setItem(SAVED_BACKUP_KEY, old);
  } catch {
    // best effort: the app offered the text as a download before this save
  }
}

/** Drops a backup too large to keep (left by an older version or by hand), to make room. */
function dropOversizedBackup(storage: StorageLike): boolean {
  try {
    const b = storage.getItem(SAVED_BACKUP_KEY);
    if (b === null || b.length <= BACKUP_MAX_CHARS) return false;
    if (storage.removeItem) storage.removeItem(SAVED_BACKUP_KEY);
    else storage.setItem(SAVED_BACKUP_KEY, '');
    return true;
  } catch {
    return false;
  }
}

function writeItems(storage: StorageLike, items: Item[], corrupt: string | null): StoreResult<null> {
  const list: RawList = { format: SAVED_FORMAT, entries: items.map((i) => (i.ok ? i.entry : i.raw)) };
  const text = JSON.stringify(list);
  if (corrupt !== null) backUp(storage);
  try {
    storage.setItem(SAVED_KEY, text);
    return { ok: true, value: null };
  } catch (e) {
    if (isQuota(e) && dropOversizedBackup(storage)) {
      try {
        storage.setItem(SAVED_KEY, text);
        return { ok: true, value: null };
      } catch (e2) {
        return { ok: false, error: errorOf(e2, 'write-failed') };
      }
    }
    return { ok: false, error: errorOf(e, 'write-failed') };
  }
}

/** The stored text of the saved list as it is (for downloading unreadable data); null if none or unreadable. */
export function readRawSaved(storage: StorageLike | null): string | null {
  try {
    return storage?.getItem(SAVED_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Replaces the saved list (and its backup) with an empty list: the way out of unreadable data. */
export function clearSaved(storage: StorageLike | null): StoreResult<SavedList> {
  if (!storage) return { ok: false, error: unavailable() };
  try {
    storage.setItem(SAVED_KEY, JSON.stringify({ format: SAVED_FORMAT, entries: [] } satisfies RawList));
    if (storage.removeItem) storage.removeItem(SAVED_BACKUP_KEY);
    else storage.setItem(SAVED_BACKUP_KEY, '');
  } catch (e) {
    return { ok: false, error: errorOf(e, 'write-failed') };
  }
  return { ok: true, value: readSaved(storage) };
}

/** Reads, changes and writes the list; fails without writing if storage cannot be read. */
function update(
  storage: StorageLike | null,
  change: (items: Item[]) => StoreResult<Item[]>,
): StoreResult<SavedList> {
  if (!storage) return { ok: false, error: unavailable() };
  const r = readItems(storage);
  if (r.error) return { ok: false, error: r.error };
  const next = change(r.items);
  if (!next.ok) return next;
  const w = writeItems(storage, next.value, r.corrupt);
  if (!w.ok) return w;
  return { ok: true, value: readSaved(storage) };
}

let counter = 0;
function newKey(now: Date): string {
  counter = (counter + 1) % 1296;
  return `s${now.getTime().toString(36)}${counter.toString(36).padStart(2, '0')}${Math.floor(
    Math.random() * 1296,
  )
    .toString(36)
    .padStart(2, '0')}`;
}

/** Saves a scenario under a name (a new entry, first in the list). The scenario is validated first. */
export function saveScenario(
  storage: StorageLike | null,
  name: string,
  scenario: Scenario,
  now = new Date(),
): StoreResult<{ entry: SavedEntry; list: SavedList }> {
  const n = cleanName(name);
  if (n === null) return { ok: false, error: { code: 'bad-name', detail: `1–${NAME_MAX} characters` } };
  const parsed = parseScenario({ ...scenario, name: { zh: n, en: n } });
  if (!parsed.ok)
    return {
      ok: false,
      error: { code: 'write-failed', detail: parsed.errors.join('; '), issues: parsed.issues },
    };
  const entry: SavedEntry = { key: newKey(now), name: n, savedAt: now.toISOString(), scenario: parsed.value };
  const r = update(storage, (items) =>
    items.length >= SAVED_MAX
      ? { ok: false, error: { code: 'full', detail: `at most ${SAVED_MAX} saved scenarios` } }
      : { ok: true, value: [{ ok: true, entry }, ...items] },
  );
  return r.ok ? { ok: true, value: { entry, list: r.value } } : r;
}

export function renameSaved(
  storage: StorageLike | null,
  key: string,
  name: string,
  now = new Date(),
): StoreResult<SavedList> {
  const n = cleanName(name);
  if (n === null) return { ok: false, error: { code: 'bad-name', detail: `1–${NAME_MAX} characters` } };
  return update(storage, (items) => {
    const i = items.findIndex((x) => x.ok && x.entry.key === key);
    if (i < 0) return { ok: false, error: { code: 'not-found', detail: key } };
    const old = (items[i] as { ok: true; entry: SavedEntry }).entry;
    const entry: SavedEntry = {
      ...old,
      name: n,
      savedAt: now.toISOString(),
      scenario: { ...old.scenario, name: { zh: n, en: n } },
    };
    const next = [...items];
    next[i] = { ok: true, entry };
    return { ok: true, value: next };
  });
}

export function deleteSaved(storage: StorageLike | null, key: string): StoreResult<SavedList> {
  return update(storage, (items) => {
    const next = items.filter((x) => !(x.ok && x.entry.key === key));
    return next.length === items.length
      ? { ok: false, error: { code: 'not-found', detail: key } }
      : { ok: true, value: next };
  });
}
