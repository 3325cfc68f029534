/** The saved list as reactive state: entries, what could not be read, and the last error and save. */
import type { Scenario } from '../scenario/schema.ts';
import { downloadText } from './download.ts';
import {
  browserStorage,
  clearSaved,
  deleteSaved,
  readRawSaved,
  readSaved,
  renameSaved,
  saveScenario,
  type SavedEntry,
  type SkippedEntry,
  type StoreError,
} from './saved-store.ts';

export class SavedScenarios {
  entries = $state.raw<SavedEntry[]>([]);
  skipped = $state.raw<SkippedEntry[]>([]);
  corrupt = $state<string | null>(null);
  /** the last failed read or write */
  error = $state.raw<StoreError | null>(null);
  /** the name last saved, for a confirmation line */
  lastSaved = $state<string | null>(null);

  #storage: () => Pick<Storage, 'getItem' | 'setItem'> | null;

  constructor(storage: () => Pick<Storage, 'getItem' | 'setItem'> | null = browserStorage) {
    this.#storage = storage;
    this.refresh();
  }

  refresh() {
    const list = readSaved(this.#storage());
    this.entries = list.entries;
    this.skipped = list.skipped;
    this.corrupt = list.corrupt;
    this.error = list.error;
  }

  save(name: string, scenario: Scenario): boolean {
    const r = saveScenario(this.#storage(), name, scenario);
    if (!r.ok) {
      this.error = r.error;
      this.lastSaved = null;
      return false;
    }
    this.refresh();
    this.lastSaved = r.value.entry.name;
    return true;
  }

  rename(key: string, name: string): boolean {
    const r = renameSaved(this.#storage(), key, name);
    this.lastSaved = null;
    if (!r.ok) return (void (this.error = r.error), false);
    this.refresh();
    return true;
  }

  remove(key: string): boolean {
    const r = deleteSaved(this.#storage(), key);
    this.lastSaved = null;
    if (!r.ok) return (void (this.error = r.error), false);
    this.refresh();
    return true;
  }

  /** Downloads the unreadable stored text as it is, so nothing is lost before it is cleared or replaced. */
  downloadCorrupt(): boolean {
    const raw = readRawSaved(this.#storage());
    if (raw === null) return false;
    downloadText(raw, 'ngit-saved-unreadable.txt', 'text/plain;charset=utf-8');
    return true;
  }

  /** Clears unreadable saved data (after the visitor could download it). */
  clearCorrupt(): boolean {
    const r = clearSaved(this.#storage());
    this.lastSaved = null;
    if (!r.ok) return (void (this.error = r.error), false);
    this.refresh();
    return true;
  }

  byKey(key: string): SavedEntry | undefined {
    return this.entries.find((e) => e.key === key);
  }
}
