/**
 * Targets, base figures and period levers as scenario edits of the workspace: each is an undo step (named in the
 * note), comes back after a reload, is kept as previous work when a link replaces it, is saved and reopened from
 * the saved list, and is in the scenario file the app exports (and reads back).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeNote } from '../../../src/app/change-note.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { readScenarioFile } from '../../../src/scenario/scenario-file.ts';
import { encodeShareLink } from '../../../src/scenario/share-link.ts';
import { FakeAddress, openPage } from './fake-page.ts';
import { MemoryStorage } from './memory-storage.ts';

const plan = scenarioById('plan')!;
const small = { ...plan, runs: 400 };

/** A page of a tab: its session storage, the shared storage, and its address. */
const open = (session: MemoryStorage, shared: MemoryStorage, address?: FakeAddress) =>
  openPage(small, session, shared, address);

/** the three edits, each committed as the page's change event does */
function edit(p: ReturnType<typeof open>) {
  p.sim.setTarget('firms', { value: 60, direction: 'atLeast' });
  p.work.commit();
  p.sim.setBaseFigure('output', 2000);
  p.work.commit();
  p.sim.setLever('land', 1500, 1);
  p.work.commit();
}

/** the words of the last undo or redo */
const said = (p: ReturnType<typeof open>, lang: 'zh' | 'en') =>
  p.work.note ? changeNote(p.work.note.from, p.work.note.to, lang) : null;

const state = (p: ReturnType<typeof open>) => ({
  targets: p.draft.targets,
  base: p.draft.baseFigures,
  land: p.draft.levers.land,
});
const EDITED = {
  targets: { firms: { value: 60, direction: 'atLeast' } },
  base: { output: 2000 },
  land: [830, 1500],
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('targets, base figures and period levers in the workspace', () => {
  it('each is one undo step, named in the note, and redo brings it back', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    edit(p);
    expect(state(p)).toEqual(EDITED);
    p.work.undo();
    expect(p.draft.levers.land).toBe(830);
    expect(said(p, 'zh')).toBe('新开发工业用地（展望期 2026—2035） 1500 → 830亩/年');
    p.work.undo();
    expect(p.draft.baseFigures).toEqual({});
    expect(p.draft.plan.base.output.status).not.toBe('user');
    expect(said(p, 'en')).toBe("base Output 2,000 × 100M CNY → the plan's base");
    p.work.undo();
    expect(p.draft.targets).toEqual({});
    expect(p.draft.modified).toBe(false);
    expect(said(p, 'zh')).toBe('规上企业数量目标 ≥ 60家 → ≥ 100家');
    p.work.redo();
    p.work.redo();
    p.work.redo();
    expect(state(p)).toEqual(EDITED);
  });

  it('a reload of the tab brings them back, with their history', () => {
    const session = new MemoryStorage();
    const shared = new MemoryStorage();
    const first = open(session, shared);
    edit(first);
    first.work.flush();
    const again = open(session, shared);
    expect(state(again)).toEqual(EDITED);
    expect(again.draft.plan.targets.firms?.status).toBe('user');
    expect(again.draft.modified).toBe(true);
    again.work.undo();
    expect(again.draft.levers.land).toBe(830);
  });

  it('a link opened over them keeps them one click away', () => {
    const shared = new MemoryStorage();
    const p = open(new MemoryStorage(), shared);
    edit(p);
    p.address.go('#' + encodeShareLink({ ...small, id: 'colleague', levers: { ...plan.levers, land: 700 } }));
    p.ws.followAddress(p.address);
    expect(p.draft.targets).toEqual({});
    const notice = p.work.notice;
    expect(notice?.kind).toBe('aside');
    if (notice?.kind !== 'aside') return;
    expect(notice.entry.current.targets).toEqual(EDITED.targets);
    p.work.restorePrevious(notice.entry);
    expect(state(p)).toEqual(EDITED);
  });

  it('a saved scenario keeps them, and opens with them unmodified', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    edit(p);
    expect(p.ws.saveCurrent('mine')).toBe(true);
    const entry = p.ws.saved.entries.find((e) => e.name === 'mine');
    expect(entry?.scenario.targets).toEqual(EDITED.targets);
    p.ws.loadPreset('downside');
    p.ws.loadSaved(entry!);
    expect(state(p)).toEqual(EDITED);
    expect(p.draft.modified).toBe(false);
  });

  it('the scenario file the app exports carries them and is read back the same', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    edit(p);
    const f = p.ws.scenarioFile('en');
    expect(f).not.toBeNull();
    const r = readScenarioFile(new TextEncoder().encode(f!.text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.targets).toEqual(EDITED.targets);
    expect(r.scenario.base).toEqual(EDITED.base);
    expect(r.scenario.levers.land).toEqual(EDITED.land);
  });
});
