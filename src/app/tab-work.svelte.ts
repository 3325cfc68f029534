/**
 * Nothing typed is lost: the tab's work, its undo history and its "previous work".
 *
 * - Every edit of the scenario is a step that Ctrl+Z takes back. A step is a snapshot of the whole draft (the
 *   scenario it was opened from, where from, and every value), so a field the scenario gains later is undone without
 *   code here. An edit ends at a committed value: the page calls `commit()` on a `change` or a click, and at the
 *   latest SETTLE_MS after the last change while no pointer is held (a slider drag is one step however long).
 * - The tab keeps its own state (work and history) in sessionStorage: a reload brings it back, and no other tab can
 *   overwrite it.
 * - Whenever work that is unsaved (./working-store.ts: isUnsaved) is replaced — by a link, a preset, Reload, a saved
 *   scenario, a file, Back — it is kept as "previous work" in localStorage and the tab says so with a way back. The
 *   unsaved work of the page itself is kept there too while it changes, so it outlives the tab.
 * - Back and Forward: each link opened from the address remembers the work it replaced; Back brings that work back
 *   and Forward opens the link again (both as undoable replacements).
 */
import { untrack } from 'svelte';
import type { Scenario } from '../scenario/schema.ts';
import { entryOf } from './address.ts';
import { History } from './history.ts';
import { dropPrevious, putPrevious, readPrevious, type PreviousEntry } from './previous-store.ts';
import { scenarioContent } from './scenario-content.ts';
import { browserStorage } from './saved-store.ts';
import type { Simulation } from './simulation.svelte.ts';
import {
  readTab,
  sessionBrowserStorage,
  TAB_LINKS_MAX,
  writeTab,
  type OpenedFromAddress,
} from './tab-store.ts';
import {
  dropLegacyWorking,
  isUnsaved,
  readLegacyWorking,
  sameWorking,
  type StorageLike,
  type Working,
} from './working-store.ts';

/** How long the changes must pause before the work is written to storage (ms). */
export const KEEP_MS = 300;
/** How long after its last change an edit that no `change` event ended becomes a step (ms). */
export const SETTLE_MS = 1000;

export type WorkNotice =
  /** after a reload: this tab's unsaved work is back */
  | { kind: 'restored' }
  /** unsaved work was just replaced here, and kept */
  | { kind: 'aside'; entry: PreviousEntry }
  /** a new tab: there is earlier unsaved work (of a closed tab, or another one) */
  | { kind: 'elsewhere'; entry: PreviousEntry };

/** What arriving at a browser-history entry asks of the page. */
export interface Arrival {
  /** a new entry: the place to stamp on it */
  stamp: number | null;
  /** Forward to an entry where a link was opened: the link, to open again */
  reopen: string | null;
  /** Back: the work a link replaced is back on screen (and running) */
  restored: boolean;
}

/** The last undo or redo, as two snapshots (words are made on screen, in the language of the moment). */
export interface UndoNote {
  kind: 'undone' | 'redone';
  from: Working;
  to: Working;
  /** counts notes, so the same words twice are announced twice */
  n: number;
}

export interface TabWorkOptions {
  session?: () => StorageLike | null;
  shared?: () => StorageLike | null;
  /** the saved scenarios (work equal to one of them is not unsaved) */
  saved?: () => readonly Scenario[];
  now?: () => number;
  /** a new page id */
  newId?: () => string;
}

const randomId = () =>
  globalThis.crypto?.randomUUID?.() ??
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export class TabWork {
  readonly #sim: Simulation;
  readonly #session: () => StorageLike | null;
  readonly #shared: () => StorageLike | null;
  readonly #saved: () => readonly Scenario[];
  readonly #now: () => number;
  /** this page's id: its own entry in the shared list is `page:<id>` */
  readonly page: string;
  #history: History<Working>;
  #asides = 0;
  /** the browser-history entry the tab is on (-1: none seen yet), and the links opened from the address */
  #entry = -1;
  #links: OpenedFromAddress[] = [];
  #held = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #keepTimer: ReturnType<typeof setTimeout> | undefined;
  #unkept = false;
  /** what the page's shared entry holds: a content key, null for no entry, undefined when not known */
  #sharedKey: string | null | undefined = undefined;
  /** every entry in the shared list that passes the schema */
  #all = $state.raw<PreviousEntry[]>([]);

  canUndo = $state(false);
  canRedo = $state(false);
  note = $state.raw<UndoNote | null>(null);
  notice = $state.raw<WorkNotice | null>(null);

  constructor(sim: Simulation, opts: TabWorkOptions = {}) {
    this.#sim = sim;
    this.#session = opts.session ?? sessionBrowserStorage;
    this.#shared = opts.shared ?? browserStorage;
    this.#saved = opts.saved ?? (() => []);
    this.#now = opts.now ?? Date.now;
    this.page = (opts.newId ?? randomId)();
    this.#history = new History(this.#snapshot(), sameWorking);
  }

  /** previous work this tab can restore, newest first: not its own, not what is on screen, not saved */
  get previous(): PreviousEntry[] {
    const saved = this.#saved();
    const onScreen = this.#snapshot();
    return this.#all.filter(
      (e) => e.id !== `page:${this.page}` && !sameWorking(e, onScreen) && isUnsaved(e, saved),
    );
  }

  /** The draft as a snapshot (the draft is always valid: setters take checked values only). */
  #snapshot(): Working {
    const d = this.#sim.draft;
    const s = d.toScenario();
    if (!s.ok) throw new Error(`the draft is not a valid scenario: ${s.errors.join('; ')}`);
    return { base: d.base, source: d.source, current: s.value };
  }

  #flags() {
    const { back, ahead } = this.#history.depth;
    this.canUndo = back > 0;
    this.canRedo = ahead > 0;
  }

  /**
   * Brings back the tab's own state (after a reload, or when the page comes back from the browser's cache), or on a
   * new tab offers the newest earlier work. Returns whether the tab had a state; the caller runs the draft.
   */
  start(): boolean {
    const t = readTab(this.#session());
    const shared = this.#shared();
    if (!t) {
      // a new tab; the one working scenario of earlier versions becomes previous work
      const legacy = readLegacyWorking(shared);
      if (legacy && isUnsaved(legacy, this.#saved())) {
        if (putPrevious(shared, { id: `aside:${this.page}:legacy`, at: this.#now(), ...legacy }, true))
          dropLegacyWorking(shared);
      } else if (legacy) dropLegacyWorking(shared);
      this.refreshPrevious();
      const newest = this.previous[0];
      this.notice = newest ? { kind: 'elsewhere', entry: newest } : null;
      return false;
    }
    this.#sim.draft.restore(t.working.base, t.working.source, t.working.current);
    this.#history = History.from(t.history, sameWorking);
    this.#entry = t.entry;
    this.#links = t.links;
    this.commit();
    this.#flags();
    // the page before this one kept the tab's work under its own id: this page keeps it from now on
    if (t.page !== this.page) {
      this.#keepShared();
      dropPrevious(shared, `page:${t.page}`);
    }
    this.refreshPrevious();
    this.notice = isUnsaved(t.working, this.#saved()) ? { kind: 'restored' } : null;
    return true;
  }

  /** Reads the shared list again (at start, after this tab wrote to it, and when another tab did). */
  refreshPrevious() {
    this.#all = readPrevious(this.#shared());
  }

  /**
   * Follows the draft: call it from an effect (it reads the draft) so that every change is seen. A change starts or
   * continues an edit, which becomes a step at the next commit() or SETTLE_MS after it while no pointer is held.
   */
  follow() {
    const d = this.#sim.draft;
    void [d.toScenario(), d.base, d.source];
    untrack(() => {
      clearTimeout(this.#settleTimer);
      if (!sameWorking(this.#snapshot(), this.#history.present) && !this.#held) {
        this.#settleTimer = setTimeout(() => this.commit(), SETTLE_MS);
      }
      this.#keepSoon();
    });
  }

  /** A pointer is pressed (a drag may be going on) or released; a release ends the edit. */
  hold(down: boolean) {
    this.#held = down;
    if (!down) this.commit();
  }

  /** Ends the edit going on: the draft, if it changed, is the new step. */
  commit() {
    clearTimeout(this.#settleTimer);
    if (this.#history.record(this.#snapshot())) {
      // the words of the last undo no longer describe where the history stands
      this.note = null;
      this.#flags();
      this.#keepSoon();
    }
  }

  undo(): boolean {
    return this.#step('undone');
  }

  redo(): boolean {
    return this.#step('redone');
  }

  #step(kind: UndoNote['kind']): boolean {
    this.commit();
    const from = this.#history.present;
    const to = kind === 'undone' ? this.#history.undo() : this.#history.redo();
    if (!to) return false;
    this.#sim.restore(to);
    this.note = { kind, from, to, n: (this.note?.n ?? 0) + 1 };
    this.#flags();
    if (this.notice && this.notice.kind !== 'restored' && sameWorking(this.notice.entry, to))
      this.notice = null;
    this.#keepSoon();
    return true;
  }

  /**
   * Replaces the work on screen by what `action` loads, as one undoable step; work that was unsaved is kept as
   * previous work, with a notice. Returns the work replaced.
   */
  replace(action: () => void): Working {
    this.commit();
    const before = this.#history.present;
    action();
    this.commit();
    if (!sameWorking(before, this.#history.present) && isUnsaved(before, this.#saved()))
      this.#putAside(before);
    return before;
  }

  #putAside(w: Working) {
    const entry: PreviousEntry = { id: `aside:${this.page}:${++this.#asides}`, at: this.#now(), ...w };
    putPrevious(this.#shared(), entry, true);
    // the page's own entry may have held this work: the aside entry replaced it
    this.#sharedKey = undefined;
    this.refreshPrevious();
    this.notice = { kind: 'aside', entry };
  }

  /** Brings back previous work (as an undoable step; what it replaces is kept in turn if unsaved). */
  restorePrevious(entry: PreviousEntry) {
    this.notice = null;
    this.replace(() => this.#sim.restore(entry));
    dropPrevious(this.#shared(), entry.id);
    this.refreshPrevious();
  }

  dismissNotice() {
    this.notice = null;
  }

  /**
   * The page arrived at a browser-history entry (at start, Back, Forward, a new address). Returns the place to stamp
   * on a new entry, or the link to open again on Forward; on Back the work the link replaced comes back here.
   */
  arrive(state: unknown): Arrival {
    const none: Arrival = { stamp: null, reopen: null, restored: false };
    const at = entryOf(state);
    if (at === null) {
      this.#entry += 1;
      // a new entry: the ones ahead of it are gone from the browser's history
      this.#links = this.#links.filter((l) => l.entry < this.#entry);
      this.#keepSoon();
      return { ...none, stamp: this.#entry };
    }
    const from = this.#entry;
    this.#entry = at;
    this.#keepSoon();
    if (at < from) {
      const left = this.#links.find((l) => l.entry === at + 1);
      if (!left || sameWorking(left.before, this.#snapshot())) return none;
      this.replace(() => this.#sim.restore(left.before));
      return { ...none, restored: true };
    }
    if (at > from) return { ...none, reopen: this.#links.find((l) => l.entry === at)?.hash ?? null };
    return none;
  }

  /** A link from the address opened over `before` in the current entry: Back brings `before` back. */
  linkOpened(hash: string, before: Working) {
    this.#links = [
      ...this.#links.filter((l) => l.entry !== this.#entry),
      { entry: this.#entry, hash, before },
    ].slice(-TAB_LINKS_MAX);
    this.#keepSoon();
  }

  #keepSoon() {
    this.#unkept = true;
    clearTimeout(this.#keepTimer);
    this.#keepTimer = setTimeout(() => this.#write(), KEEP_MS);
  }

  /**
   * Writes the tab's state and the page's shared entry now (also called when the page is hidden or left, so a
   * reload or a closed tab keeps the last change). Ends the edit going on.
   */
  flush() {
    clearTimeout(this.#keepTimer);
    this.commit();
    this.#write();
  }

  /** Writes the tab's state (the values on screen may be ahead of the history: a drag going on) and the shared entry. */
  #write() {
    if (this.#unkept) {
      this.#unkept = false;
      writeTab(this.#session(), {
        page: this.page,
        history: this.#history.state(),
        working: this.#snapshot(),
        entry: this.#entry,
        links: this.#links,
      });
    }
    // also when only the saved list changed: work that is saved now needs no entry
    this.#keepShared();
  }

  /** Keeps the page's unsaved work in the shared list (or removes its entry once nothing there is unsaved). */
  #keepShared() {
    const w = this.#snapshot();
    const unsaved = isUnsaved(w, this.#saved());
    const key = unsaved ? JSON.stringify([w.source, w.base.id, scenarioContent(w.current)]) : null;
    if (key === this.#sharedKey) return;
    const shared = this.#shared();
    const id = `page:${this.page}`;
    const ok = unsaved ? putPrevious(shared, { id, at: this.#now(), ...w }) : dropPrevious(shared, id);
    if (ok) this.#sharedKey = key;
  }

  dispose() {
    clearTimeout(this.#settleTimer);
    clearTimeout(this.#keepTimer);
  }
}
