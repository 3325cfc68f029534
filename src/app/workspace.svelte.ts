/**
 * Everything around the scenario being edited: opening share links (at start and on hashchange), the saved list,
 * importing and exporting scenario files, and the notices these raise. Nothing from a link or a file is ever
 * written to storage unless the user saves it, and nothing is treated as HTML.
 */
import { versionGap, type VersionGap } from '../model/version.ts';
import { parseScenarioJson } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { encodeShareLink } from '../scenario/share-link.ts';
import type { Lang } from '../i18n/messages.ts';
import { exportStem } from './export-name.ts';
import {
  clipDetail,
  isShareHash,
  markupFields,
  openShareLink,
  shareUrl,
  type LinkProblemCode,
} from './links.ts';
import type { Problem } from './problem.ts';
import { SavedScenarios } from './saved-scenarios.svelte.ts';
import { browserStorage, type SavedEntry } from './saved-store.ts';
import { keepWorking, readWorking, type Working } from './working-store.ts';
import type { Source } from './scenario-draft.svelte.ts';
import type { Simulation } from './simulation.svelte.ts';
import { needsRunConfirmation, withDeclinedRuns } from './confirm-runs.ts';

/** How long the changes must pause before the working scenario is written to storage (ms). */
export const KEEP_MS = 300;

/** Largest scenario file read (a real one is a few kB). */
export const FILE_MAX_BYTES = 256 * 1024;

/** What the banner shows: a problem with a link, a file or making a share link. */
export type WorkspaceProblem = Problem & { kind: 'link' | 'file' | 'share'; code?: LinkProblemCode };

/** A scenario from another model version: how it stands to this one, and where it came from. */
export type VersionNotice = VersionGap & { source: Exclude<Source, 'preset'> };

export class Workspace {
  readonly sim: Simulation;
  readonly saved: SavedScenarios;
  problem = $state.raw<WorkspaceProblem | null>(null);
  version = $state.raw<VersionNotice | null>(null);
  /** the last share link made, shown in a field so it can be copied by hand */
  link = $state<string | null>(null);
  /** whether the last link went to the clipboard */
  copied = $state<boolean | null>(null);
  presenter = $state(false);
  /** a link asking for more runs than run unasked (./confirm-runs.ts): opened only when the visitor decides */
  pendingRuns = $state.raw<{ scenario: Scenario; notice: VersionNotice | null } | null>(null);
  /** the working scenario was restored from the last visit */
  restored = $state(false);
  #storage: () => Pick<Storage, 'getItem' | 'setItem'> | null;
  /** the working scenario not yet written, and the timer that writes it */
  #unkept: Working | null = null;
  #keepTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    sim: Simulation,
    saved = new SavedScenarios(),
    storage: () => Pick<Storage, 'getItem' | 'setItem'> | null = browserStorage,
  ) {
    this.sim = sim;
    this.saved = saved;
    this.#storage = storage;
  }

  /**
   * Brings back the scenario worked on at the last visit, if there is one and it differs from how the app starts
   * (the plan as it is). Returns whether it did; the caller runs it. A share link is opened instead, never both.
   */
  restoreWorking(): boolean {
    const w = readWorking(this.#storage());
    if (!w) return false;
    const d = this.sim.draft;
    d.restore(w.base, w.source, w.current);
    if (w.source === 'preset' && w.base.id === 'plan' && !d.modified) {
      const s = d.toScenario();
      if (s.ok && s.value.runs === w.base.runs && s.value.seed === w.base.seed) return false;
    }
    this.restored = true;
    return true;
  }

  /** Keeps the scenario on screen for the next visit, now. */
  keepWorking() {
    this.keepWorkingSoon();
    this.flushWorking();
  }

  /**
   * Keeps the scenario on screen for the next visit once the changes pause for KEEP_MS (a slider drag writes once,
   * not at every step); the page's pagehide and visibilitychange call flushWorking, so a reload or a closed tab
   * keeps the last change. Reads the draft here, so an effect that calls it follows every change.
   */
  keepWorkingSoon() {
    const d = this.sim.draft;
    const current = d.toScenario();
    clearTimeout(this.#keepTimer);
    this.#unkept = current.ok ? { base: d.base, source: d.source, current: current.value } : null;
    if (this.#unkept) this.#keepTimer = setTimeout(() => this.flushWorking(), KEEP_MS);
  }

  /** Writes what keepWorkingSoon holds, if anything. */
  flushWorking() {
    clearTimeout(this.#keepTimer);
    const w = this.#unkept;
    this.#unkept = null;
    if (w) keepWorking(this.#storage(), w);
  }

  /** Leaves the restored work and starts from the plan as it is. */
  startFresh() {
    this.restored = false;
    this.sim.loadPreset('plan');
  }

  dismissRestored() {
    this.restored = false;
  }

  /**
   * Opens the scenario a hash carries. A good link replaces the scenario on screen (with a notice if it was made
   * with another model version); a bad one opens the plan and says why. A hash without a link does nothing.
   */
  openHash(hash: string): boolean {
    if (!isShareHash(hash)) return false;
    this.restored = false; // a link wins over the work restored from the last visit
    const r = openShareLink(hash);
    if (!r.ok) {
      this.problem = { kind: 'link', code: r.code, key: `link.err.${r.code}`, detail: r.detail };
      this.version = null;
      this.sim.loadPreset('plan');
      return true;
    }
    this.problem = null;
    const notice: VersionNotice | null = r.gap ? { ...r.gap, source: 'link' } : null;
    if (needsRunConfirmation(r.scenario)) {
      // nothing runs, and nothing on screen changes, until the visitor answers
      this.pendingRuns = { scenario: r.scenario, notice };
      return true;
    }
    this.pendingRuns = null;
    this.version = notice;
    this.sim.loadScenario(r.scenario, 'link');
    return true;
  }

  /** The visitor agrees to the link's run count: open and run it as it is. */
  confirmRuns() {
    const p = this.pendingRuns;
    if (!p) return;
    this.pendingRuns = null;
    this.version = p.notice;
    this.sim.loadScenario(p.scenario, 'link');
  }

  /** The visitor declines: open the link's scenario with the app's usual run count. */
  declineRuns() {
    const p = this.pendingRuns;
    if (!p) return;
    this.pendingRuns = null;
    this.version = p.notice;
    this.sim.loadScenario(withDeclinedRuns(p.scenario), 'link');
  }

  /** The current scenario as a share URL; also tries the clipboard. */
  async share(loc: Pick<Location, 'origin' | 'pathname'> = location): Promise<void> {
    const s = this.sim.currentScenario();
    if (!s.ok) {
      this.problem = { kind: 'share', key: 'share.failed', detail: clipDetail(s.errors) };
      this.link = null;
      return;
    }
    const url = shareUrl(loc, encodeShareLink(s.value));
    this.link = url;
    this.copied = null;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.copied = true;
    } catch {
      this.copied = false;
    }
  }

  /** The scenario on screen as a file (pretty JSON, named after it), or null if it is not valid. */
  scenarioFile(lang: Lang): { text: string; name: string } | null {
    const s = this.sim.currentScenario();
    if (!s.ok) return null;
    return {
      text: JSON.stringify(s.value, null, 2) + '\n',
      name: `${exportStem(s.value, lang)}.scenario.json`,
    };
  }

  loadSaved(entry: SavedEntry) {
    this.problem = null;
    const v = versionGap(entry.scenario.model);
    this.version = v ? { ...v, source: 'saved' } : null;
    this.sim.loadScenario(entry.scenario, 'saved');
  }

  saveCurrent(name: string): boolean {
    const s = this.sim.currentScenario();
    if (!s.ok) {
      this.saved.error = { code: 'write-failed', detail: s.errors.join('; ') };
      return false;
    }
    return this.saved.save(name, s.value);
  }

  /** Reads a scenario file; a bad one is refused with the reasons and changes nothing. */
  async importFile(file: File): Promise<boolean> {
    if (file.size > FILE_MAX_BYTES) {
      this.problem = {
        kind: 'file',
        key: 'file.tooBig',
        params: { name: file.name, size: Math.ceil(file.size / 1024), max: FILE_MAX_BYTES / 1024 },
      };
      return false;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.problem = { kind: 'file', key: 'file.unreadable', params: { name: file.name } };
      return false;
    }
    const r = parseScenarioJson(text);
    const markup = r.ok ? markupFields(r.value) : [];
    if (!r.ok || markup.length) {
      this.problem = {
        kind: 'file',
        key: 'file.bad',
        params: { name: file.name },
        detail: clipDetail(r.ok ? markup : r.errors),
      };
      return false;
    }
    this.problem = null;
    const v = versionGap(r.value.model);
    this.version = v ? { ...v, source: 'file' } : null;
    this.sim.loadScenario(r.value, 'file');
    return true;
  }

  dismissProblem() {
    this.problem = null;
  }
  dismissVersion() {
    this.version = null;
  }
}
