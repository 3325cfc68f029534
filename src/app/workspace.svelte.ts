/**
 * Everything around the scenario being edited: opening share links (at start, on a new address, Back and Forward),
 * the saved list, importing and exporting scenario files, and the notices these raise. Every way of replacing the
 * work on screen goes through the tab's work (./tab-work.svelte.ts): it is one undoable step, and unsaved work it
 * replaces is kept as previous work. A broken link replaces nothing. Nothing from a link or a file is ever written
 * to the saved list unless the user saves it, and nothing is treated as HTML.
 */
import { versionGap, type VersionGap } from '../model/version.ts';
import {
  readScenarioFile,
  scenarioFileSizeProblem,
  type ScenarioFileProblem,
} from '../scenario/scenario-file.ts';
import type { Scenario } from '../scenario/schema.ts';
import { BUNDLED_PLANS, bundledPlan } from '../scenario/plans.ts';
import { MAX_PLAN_LINK_CHARS } from '../scenario/share-link.ts';
import type { Bilingual } from '../model/parameters.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Plan } from '../model/plan.ts';
import { exportStem } from './export-name.ts';
import {
  clipDetail,
  isShareHash,
  openShareLink,
  shareHash,
  shareUrl,
  type LinkProblemCode,
} from './links.ts';
import type { Problem } from './problem.ts';
import { browserAddress, withEntry, type Address } from './address.ts';
import { SavedScenarios } from './saved-scenarios.svelte.ts';
import { browserStorage, type SavedEntry } from './saved-store.ts';
import type { Source } from './scenario-draft.svelte.ts';
import { sessionBrowserStorage } from './tab-store.ts';
import { TabWork } from './tab-work.svelte.ts';
import type { StorageLike } from './working-store.ts';
import type { Simulation } from './simulation.svelte.ts';
import { needsRunConfirmation, withDeclinedRuns } from './confirm-runs.ts';
import { PlanLibrary } from './plan-library.svelte.ts';
import { planIssueLine } from './plan-issue.ts';
import { PLAN_PRESET } from './scenarios.ts';

/** What the banner shows: a problem with a link, a file or making a share link. */
export type WorkspaceProblem = Problem & {
  kind: 'link' | 'file' | 'share' | 'plan';
  code?: LinkProblemCode | ScenarioFileProblem['code'];
};

/**
 * The banner for a refused scenario file: the reasons (src/scenario/scenario-file.ts), worded in the reader's
 * language when shown, under a heading in it; a file over the size cap is worded in the heading whole.
 */
function fileProblem(name: string, problems: ScenarioFileProblem[], plan?: Plan): WorkspaceProblem {
  const first = problems[0];
  if (first.code === 'too-large')
    return {
      kind: 'file',
      code: first.code,
      key: 'file.tooBig',
      params: { name, size: first.values.size, max: first.values.max },
    };
  return {
    kind: 'file',
    code: first.code,
    key: 'file.bad',
    params: { name },
    detail: clipDetail(problems.map((p) => p.text)),
    issues: problems,
    ...(plan ? { plan } : {}),
  };
}

/** At most this many problems of a refused plan file are listed (then how many more). */
export const PLAN_LINES_MAX = 12;

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
  pendingRuns = $state.raw<{
    scenario: Scenario;
    notice: VersionNotice | null;
    hash: string;
    /** a plan the link carried, registered once the scenario opens */
    carried: Plan | null;
  } | null>(null);
  /** the plan file just imported, for a line that says so */
  imported = $state.raw<{ title: Bilingual; id: string; version: string } | null>(null);
  /** the plans the picker offers (bundled, imported, carried by links) */
  readonly plans: PlanLibrary;
  /** the tab's work: undo and redo, its own state, previous work */
  readonly work: TabWork;

  constructor(
    sim: Simulation,
    saved?: SavedScenarios,
    storage: () => StorageLike | null = browserStorage,
    session: () => StorageLike | null = sessionBrowserStorage,
    plans: PlanLibrary = new PlanLibrary(storage),
  ) {
    this.sim = sim;
    // the kept plans are registered (above) before the saved list is read: entries on them then validate
    this.plans = plans;
    this.saved = saved ?? new SavedScenarios();
    this.work = new TabWork(sim, {
      session,
      shared: storage,
      saved: () => this.saved.entries.map((e) => e.scenario),
    });
  }

  /**
   * The page starts: the tab's own work comes back (after a reload), then the address is followed (a share link
   * opens over it, Back brings back what a link replaced), and the draft runs unless a link waits for an answer.
   */
  start(address: Address = browserAddress) {
    this.work.start();
    if (this.followAddress(address) === 'none') void this.sim.runNow();
  }

  /**
   * The address changed (start, hashchange, popstate): stamps a new browser-history entry, opens a share link in the
   * hash (then drops it from the address, so a reload after editing does not bring the link back), and on Back or
   * Forward brings back the work a link replaced or opens the link again. Says whether anything was loaded.
   */
  followAddress(address: Address = browserAddress): 'loaded' | 'pending' | 'none' {
    const arrival = this.work.arrive(address.state());
    if (arrival.stamp !== null) address.replace(withEntry(address.state(), arrival.stamp), false);
    const hash = address.hash();
    if (isShareHash(hash)) {
      const r = this.#openLink(hash);
      address.replace(address.state(), true);
      return r;
    }
    if (arrival.reopen) return this.#openLink(arrival.reopen);
    return arrival.restored ? 'loaded' : 'none';
  }

  /** Back to the plan as it is (the work it replaces is kept, and one undo away). */
  startFresh() {
    this.loadPreset(PLAN_PRESET);
  }

  /** Switches to a preset of the plan on screen, as one undoable step. */
  loadPreset(id: string) {
    this.work.replace(() => this.sim.loadPreset(id));
  }

  /**
   * Starts a scenario on another plan: its own plan package ('plan' preset), as one undoable step like a preset
   * switch (unsaved work it replaces is kept as previous work). False if the app does not hold the plan.
   */
  choosePlan(planId: string): boolean {
    let ok = false;
    this.work.replace(() => (ok = this.sim.loadPreset(PLAN_PRESET, planId)));
    return ok;
  }

  /**
   * Removes a kept plan (imported, or carried by a link) from this browser; a bundled plan is never removed. When it
   * is the plan on screen, the default plan's plan scenario opens first, as one undoable step that keeps unsaved work
   * as previous work, like a switch of plan; Undo or "restore previous work" brings the plan back and keeps it again
   * (PlanLibrary.remove, reinstate). False if there is no such kept plan.
   */
  removePlan(id: string): boolean {
    if (bundledPlan(id) || !this.plans.kept.some((k) => k.plan.id === id)) return false;
    if (this.sim.draft.plan.id === id) this.choosePlan(BUNDLED_PLANS[0].id);
    this.plans.remove(id);
    if (this.imported?.id === id) this.imported = null;
    return true;
  }

  /**
   * Imports a plan file: judged as the command line's `--plan PATH` judges one; a refusal names each field in the
   * reader's language and changes nothing; an accepted plan is kept (a reload and saved work on it still open) and
   * its plan scenario opens, one undo away from the work it replaces.
   */
  async importPlanFile(file: File): Promise<boolean> {
    this.imported = null;
    const r = await this.plans.readFile(file);
    if (r === 'unreadable') {
      this.problem = { kind: 'plan', key: 'plan.unreadable', params: { name: file.name } };
      return false;
    }
    if (!r.ok) {
      this.problem = {
        kind: 'plan',
        key: 'plan.bad',
        params: { name: file.name },
        lines: [
          ...r.issues.slice(0, PLAN_LINES_MAX).map(planIssueLine),
          ...(r.issues.length > PLAN_LINES_MAX
            ? [
                {
                  field: '…',
                  key: 'planIssue.more' as const,
                  params: { n: r.issues.length - PLAN_LINES_MAX },
                },
              ]
            : []),
        ],
      };
      return false;
    }
    this.problem = null;
    this.plans.add(r.plan, 'file');
    this.choosePlan(r.plan.id);
    this.imported = { title: r.plan.shortTitle, id: r.plan.id, version: r.plan.version };
    return true;
  }

  /** Back to the scenario as it was opened, as one undoable step. */
  reload() {
    this.work.replace(() => this.sim.reload());
  }

  /**
   * Opens the scenario a hash carries. A good link replaces the scenario on screen (with a notice if it was made
   * with another model version); a bad one replaces nothing and says why. A hash without a link does nothing.
   */
  openHash(hash: string): boolean {
    if (!isShareHash(hash)) return false;
    this.#openLink(hash);
    return true;
  }

  #openLink(hash: string): 'loaded' | 'pending' | 'none' {
    const r = openShareLink(hash);
    if (!r.ok) {
      this.problem = {
        kind: 'link',
        code: r.code,
        key: `link.err.${r.code}`,
        params: r.params,
        detail: r.detail,
        issues: r.issues,
        ...(r.plan ? { plan: r.plan } : {}),
      };
      return 'none';
    }
    const carried = r.carried ? r.plan : null;
    this.problem = null;
    const notice: VersionNotice | null = r.gap ? { ...r.gap, source: 'link' } : null;
    if (needsRunConfirmation(r.scenario)) {
      // nothing runs, and nothing on screen changes, until the visitor answers
      this.pendingRuns = { scenario: r.scenario, notice, hash, carried };
      return 'pending';
    }
    this.pendingRuns = null;
    this.#loadLink(r.scenario, notice, hash, carried);
    return 'loaded';
  }

  #loadLink(s: Scenario, notice: VersionNotice | null, hash: string, carried: Plan | null) {
    // the plan the link brought is kept like an imported one, so that its scenario runs, reloads and can be saved
    if (carried) this.plans.add(carried, 'link');
    this.version = notice;
    const before = this.work.replace(() => this.sim.loadScenario(s, 'link'));
    this.work.linkOpened(hash, before);
  }

  /** The visitor agrees to the link's run count: open and run it as it is. */
  confirmRuns() {
    const p = this.pendingRuns;
    if (!p) return;
    this.pendingRuns = null;
    this.#loadLink(p.scenario, p.notice, p.hash, p.carried);
  }

  /** The visitor declines: open the link's scenario with the app's usual run count. */
  declineRuns() {
    const p = this.pendingRuns;
    if (!p) return;
    this.pendingRuns = null;
    this.#loadLink(withDeclinedRuns(p.scenario), p.notice, p.hash, p.carried);
  }

  /** The current scenario as a share URL; also tries the clipboard. */
  async share(loc: Pick<Location, 'origin' | 'pathname'> = location): Promise<void> {
    if (this.problem?.kind === 'share') this.problem = null;
    const s = this.sim.currentScenario();
    if (!s.ok) {
      this.problem = {
        kind: 'share',
        key: 'share.failed',
        detail: clipDetail(s.errors),
        issues: s.issues,
        plan: this.sim.draft.plan,
      };
      this.link = null;
      return;
    }
    const url = shareUrl(loc, this.#linkOf(s.value));
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

  /** The link's hash (./links.ts, shareHash); a plan too large to carry is said so beside it. */
  #linkOf(s: Scenario): string {
    const plan = this.sim.draft.plan;
    const r = shareHash(s, plan);
    if (r.tooLong !== null)
      this.problem = {
        kind: 'share',
        key: 'share.planFile',
        params: { chars: r.tooLong, max: MAX_PLAN_LINK_CHARS, id: plan.id, version: plan.version },
      };
    return r.hash;
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
    this.work.replace(() => this.sim.loadScenario(entry.scenario, 'saved'));
  }

  saveCurrent(name: string): boolean {
    const s = this.sim.currentScenario();
    if (!s.ok) {
      this.saved.error = { code: 'write-failed', detail: s.errors.join('; '), issues: s.issues };
      return false;
    }
    const ok = this.saved.save(name, s.value);
    // saved work needs no "previous work" entry any more
    if (ok) this.work.flush();
    return ok;
  }

  /**
   * Reads a scenario file and judges it as the command line does (src/scenario/scenario-file.ts); a bad one is
   * refused with the reasons and changes nothing. A file over the size cap is refused before it is read.
   */
  async importFile(file: File): Promise<boolean> {
    const tooBig = scenarioFileSizeProblem(file.size);
    if (tooBig) {
      this.problem = fileProblem(file.name, [tooBig]);
      return false;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.problem = { kind: 'file', key: 'file.unreadable', params: { name: file.name } };
      return false;
    }
    const r = readScenarioFile(bytes);
    if (!r.ok) {
      this.problem = fileProblem(file.name, r.problems, r.plan);
      return false;
    }
    this.problem = null;
    const v = versionGap(r.scenario.model);
    this.version = v ? { ...v, source: 'file' } : null;
    this.work.replace(() => this.sim.loadScenario(r.scenario, 'file'));
    return true;
  }

  dismissProblem() {
    this.problem = null;
  }
  dismissVersion() {
    this.version = null;
  }
}
