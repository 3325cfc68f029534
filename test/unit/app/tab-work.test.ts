/**
 * Nothing typed is lost: undo and redo over the whole draft, the tab's own state across a reload, previous work kept
 * when a link, a preset, Reload, a saved scenario or Back replaces unsaved work, in the same tab and across tabs.
 * Pages are Workspaces on a fake runner with memory storage: one session storage per tab, one shared local storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeNote } from '../../../src/app/change-note.ts';
import { HISTORY_LIMIT } from '../../../src/app/history.ts';
import { PREVIOUS_KEY, readPrevious } from '../../../src/app/previous-store.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { TAB_KEY } from '../../../src/app/tab-store.ts';
import { KEEP_MS, SETTLE_MS } from '../../../src/app/tab-work.svelte.ts';
import { WORKING_FORMAT, WORKING_KEY } from '../../../src/app/working-store.ts';
import { encodeShareLink } from '../../../src/scenario/share-link.ts';
import { FakeAddress, openPage } from './fake-page.ts';
import { MemoryStorage } from './memory-storage.ts';

const plan = scenarioById('plan')!;
const small = { ...plan, runs: 400 };
const link = (land: number) =>
  '#' + encodeShareLink({ ...small, id: 'colleague', levers: { ...plan.levers, land } });

/** A page of a tab: its session storage, the shared storage, and its address. */
const open = (session: MemoryStorage, shared: MemoryStorage, address?: FakeAddress) =>
  openPage(small, session, shared, address);

/** A value typed and committed (the lever's box on Enter, then the page's change event). */
function type(p: ReturnType<typeof open>, key: 'land' | 'fund' | 'talent', value: number) {
  p.sim.setLever(key, value);
  p.work.commit();
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('undo and redo', () => {
  it('take back typed values one committed value at a time, and say what changed', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    expect([p.work.canUndo, p.work.canRedo]).toEqual([false, false]);
    type(p, 'land', 1234);
    type(p, 'fund', 30);
    p.sim.setRuns(5000);
    p.work.commit();
    p.sim.setSeed('abc');
    p.work.commit();
    expect(p.work.canUndo).toBe(true);
    expect(p.work.undo()).toBe(true);
    expect(p.draft.seed).toBe(7);
    expect(p.work.undo()).toBe(true);
    expect(p.draft.runs).toBe(400);
    expect(p.work.undo()).toBe(true);
    expect(p.draft.levers.fund).toBe(10);
    expect(p.work.undo()).toBe(true);
    expect(p.draft.levers.land).toBe(830);
    expect(p.work.note && changeNote(p.work.note.from, p.work.note.to, 'zh')).toBe(
      '新开发工业用地 1234 → 830亩/年',
    );
    expect(p.work.note?.kind).toBe('undone');
    expect(p.work.undo()).toBe(false);
    expect(p.work.canUndo).toBe(false);
    expect(p.work.redo()).toBe(true);
    expect(p.draft.levers.land).toBe(1234);
    expect(p.work.note?.kind).toBe('redone');
    expect(p.draft.modified).toBe(true);
    // redo all the way brings back every value, seed included
    while (p.work.redo());
    expect([p.draft.levers.land, p.draft.levers.fund, p.draft.runs, p.draft.seed]).toEqual([
      1234,
      30,
      5000,
      'abc',
    ]);
    expect(p.work.canRedo).toBe(false);
  });

  it('a slider drag is one step however many values it passes, and a new edit clears redo', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    p.work.hold(true);
    for (let land = 831; land <= 870; land++) {
      p.sim.setLever('land', land);
      p.work.follow(); // the effect that follows the draft
      vi.advanceTimersByTime(SETTLE_MS); // a slow drag: the pointer is still down
    }
    p.work.hold(false);
    expect(p.work.undo()).toBe(true);
    expect(p.draft.levers.land).toBe(830);
    expect(p.work.canUndo).toBe(false);
    expect(p.work.redo()).toBe(true);
    expect(p.draft.levers.land).toBe(870);
    p.work.undo();
    type(p, 'talent', 6);
    expect(p.work.canRedo).toBe(false);
    expect(p.work.redo()).toBe(false);
  });

  it('an edit that no change event ends becomes a step once the changes pause', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    p.sim.resetAssumptions();
    p.sim.setLever('land', 900);
    p.work.follow();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(p.work.canUndo).toBe(false);
    vi.advanceTimersByTime(1);
    expect(p.work.canUndo).toBe(true);
  });

  it(`keeps ${HISTORY_LIMIT} steps`, () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) type(p, 'land', 830 + i);
    let n = 0;
    while (p.work.undo()) n++;
    expect(n).toBe(HISTORY_LIMIT);
    expect(p.draft.levers.land).toBe(835);
  });

  it('a preset switch and Reload are steps too: fund 44 → 30 → Reload → undo gives 30, then 44', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    type(p, 'fund', 44);
    type(p, 'fund', 30);
    p.ws.reload();
    expect(p.draft.levers.fund).toBe(10);
    expect(p.draft.modified).toBe(false);
    p.work.undo();
    expect(p.draft.levers.fund).toBe(30);
    expect(p.draft.modified).toBe(true);
    p.work.undo();
    expect(p.draft.levers.fund).toBe(44);
    p.work.redo();
    p.ws.loadPreset('downside');
    expect(p.draft.base.id).toBe('downside');
    p.work.undo();
    expect(p.draft.base.id).toBe('plan');
    expect(p.draft.levers.fund).toBe(30);
    expect(p.work.note && changeNote(p.work.note.from, p.work.note.to, 'en')).toBe(
      'Scenario “Downside world” → “The plan (modified)”'.replace(
        'Downside world',
        scenarioById('downside')!.name.en,
      ),
    );
  });
});

describe("the tab's own state", () => {
  it('a reload brings back the work and its history; the restored notice shows only for unsaved work', () => {
    const session = new MemoryStorage();
    const shared = new MemoryStorage();
    const first = open(session, shared);
    expect(first.work.notice).toBeNull();
    type(first, 'land', 1234);
    type(first, 'fund', 30);
    first.work.undo();
    first.work.flush(); // pagehide
    const again = open(session, shared);
    expect(again.draft.levers.land).toBe(1234);
    expect(again.draft.levers.fund).toBe(10);
    expect(again.work.notice?.kind).toBe('restored');
    expect(again.work.canRedo).toBe(true);
    again.work.redo();
    expect(again.draft.levers.fund).toBe(30);
    again.work.undo();
    again.work.undo();
    expect(again.draft.levers.land).toBe(830);
    expect(again.draft.modified).toBe(false);
    // the plan as it starts is not announced
    again.work.flush();
    expect(open(session, shared).work.notice).toBeNull();
  });

  it('is written once the changes pause, and at once when the page is hidden', () => {
    const session = new MemoryStorage();
    const p = open(session, new MemoryStorage());
    type(p, 'land', 1001);
    expect(session.getItem(TAB_KEY)).toBeNull();
    vi.advanceTimersByTime(KEEP_MS);
    expect(session.getItem(TAB_KEY)).toContain('1001');
    type(p, 'land', 1002);
    p.work.flush();
    expect(session.getItem(TAB_KEY)).toContain('1002');
  });

  it('a broken or foreign state is ignored', () => {
    const session = new MemoryStorage();
    session.setItem(TAB_KEY, 'not json');
    expect(open(session, new MemoryStorage()).draft.levers.land).toBe(830);
    session.setItem(TAB_KEY, JSON.stringify({ format: 'ngit-tab/1', page: 'x', bases: [{}], past: [] }));
    expect(open(session, new MemoryStorage()).draft.levers.land).toBe(830);
  });

  it('another tab cannot overwrite it: A types 1234, B opens a link, A reloads and still has 1234', () => {
    const shared = new MemoryStorage();
    const sessionA = new MemoryStorage();
    const a = open(sessionA, shared);
    type(a, 'land', 1234);
    a.work.flush();
    const addressB = new FakeAddress();
    addressB.entries[0].hash = link(700);
    const b = open(new MemoryStorage(), shared, addressB);
    expect(b.draft.levers.land).toBe(700);
    expect(b.draft.source).toBe('link');
    b.work.flush();
    const a2 = open(sessionA, shared);
    expect(a2.draft.levers.land).toBe(1234);
  });
});

describe('previous work', () => {
  it('a link over unsaved work keeps it one click away, in this tab and in a new one', () => {
    const shared = new MemoryStorage();
    const p = open(new MemoryStorage(), shared);
    type(p, 'land', 1234);
    p.address.go(link(700));
    p.ws.followAddress(p.address);
    expect(p.draft.levers.land).toBe(700);
    expect(p.address.hash()).toBe(''); // the link is dropped from the address
    const notice = p.work.notice;
    expect(notice?.kind).toBe('aside');
    if (notice?.kind !== 'aside') return;
    expect(notice.entry.current.levers.land).toBe(1234);
    expect(notice.entry.current.name.zh).toBe('规划情景（已修改）');
    // kept in the shared list, which a new tab offers
    const other = open(new MemoryStorage(), shared);
    expect(other.work.notice?.kind).toBe('elsewhere');
    expect(other.work.previous.map((e) => e.current.levers.land)).toContain(1234);
    // one click here
    p.work.restorePrevious(notice.entry);
    expect(p.draft.levers.land).toBe(1234);
    expect(p.draft.source).toBe('preset');
    expect(p.work.notice).toBeNull(); // the link's scenario was not edited: nothing to keep
    p.work.undo();
    expect(p.draft.levers.land).toBe(700);
  });

  it('undo brings the work back as well, and the notice goes', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    type(p, 'land', 1234);
    p.ws.openHash(link(700));
    expect(p.work.notice?.kind).toBe('aside');
    p.work.undo();
    expect(p.draft.levers.land).toBe(1234);
    expect(p.work.notice).toBeNull();
  });

  it('a broken link replaces nothing', () => {
    const p = open(new MemoryStorage(), new MemoryStorage());
    type(p, 'land', 1234);
    p.address.go('#s=broken');
    p.ws.followAddress(p.address);
    expect(p.ws.problem?.kind).toBe('link');
    expect(p.draft.levers.land).toBe(1234);
    expect(p.work.notice).toBeNull();
  });

  it('Back brings back the work a link replaced; Forward opens the link again', () => {
    const session = new MemoryStorage();
    const shared = new MemoryStorage();
    const p = open(session, shared);
    type(p, 'land', 1234);
    p.address.go(link(700));
    p.ws.followAddress(p.address);
    type(p, 'land', 710); // the link's scenario edited
    p.address.at--; // Back
    p.ws.followAddress(p.address);
    expect(p.draft.levers.land).toBe(1234);
    expect(p.draft.source).toBe('preset');
    expect(p.work.notice?.kind).toBe('aside'); // the edited link is kept in turn
    p.address.at++; // Forward
    p.ws.followAddress(p.address);
    expect(p.draft.levers.land).toBe(700);
    // Back again after a reload of the page (a new document, the same tab)
    p.work.flush();
    const reloaded = open(session, shared, p.address);
    expect(reloaded.draft.levers.land).toBe(700);
    p.address.at--;
    reloaded.ws.followAddress(p.address);
    expect(reloaded.draft.levers.land).toBe(1234);
  });

  it('a preset switch over unsaved work keeps it; over saved work there is nothing to keep', () => {
    const shared = new MemoryStorage();
    const p = open(new MemoryStorage(), shared);
    type(p, 'land', 1234);
    p.ws.loadPreset('downside');
    expect(p.work.notice?.kind).toBe('aside');
    p.work.undo();
    p.work.dismissNotice();
    expect(p.ws.saveCurrent('mine')).toBe(true);
    p.ws.loadPreset('downside');
    expect(p.work.notice).toBeNull();
    // saved work is not offered as previous work either
    const other = open(new MemoryStorage(), shared);
    expect(other.work.previous.map((e) => e.current.levers.land)).not.toContain(1234);
  });

  it("the page's own unsaved work is kept in the shared list while it changes, and outlives the tab", () => {
    const shared = new MemoryStorage();
    const p = open(new MemoryStorage(), shared);
    type(p, 'land', 1500);
    p.work.flush();
    expect(readPrevious(shared).map((e) => e.id)).toEqual([`page:${p.work.page}`]);
    expect(p.work.previous).toEqual([]); // not offered to itself
    // the tab is closed; a new one offers it
    const next = open(new MemoryStorage(), shared);
    expect(next.work.notice?.kind).toBe('elsewhere');
    const offered = next.work.previous[0];
    expect(offered.current.levers.land).toBe(1500);
    next.work.restorePrevious(offered);
    expect(next.draft.levers.land).toBe(1500);
    expect(next.draft.modified).toBe(true);
    // back at the plan, the page's entry goes
    type(p, 'land', 830);
    p.work.flush();
    expect(readPrevious(shared).some((e) => e.id === `page:${p.work.page}`)).toBe(false);
  });

  it('the one shared working scenario of earlier versions becomes previous work', () => {
    const shared = new MemoryStorage();
    const current = { ...small, levers: { ...plan.levers, land: 999 } };
    shared.setItem(
      WORKING_KEY,
      JSON.stringify({ format: WORKING_FORMAT, source: 'preset', base: small, current }),
    );
    const p = open(new MemoryStorage(), shared);
    expect(p.draft.levers.land).toBe(830); // not restored over the plan unasked
    expect(p.work.notice?.kind).toBe('elsewhere');
    expect(p.work.previous[0].current.levers.land).toBe(999);
    expect(shared.getItem(WORKING_KEY)).toBeNull();
    expect(shared.getItem(PREVIOUS_KEY)).toContain('999');
  });
});
