/**
 * The insight panel's state with an injected runner and fake timers: each tool runs on the draft, reports progress,
 * can be stopped, and a scenario change supersedes the request in progress (latest only).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Insight, leverChanges, loadInsightTools } from '../../../src/app/insight.svelte.ts';
import { ScenarioDraft } from '../../../src/app/scenario-draft.svelte.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import { distinct } from '../../../src/insight/evaluate.ts';
import { ATTRIBUTION_GROUPS } from '../../../src/insight/levers.ts';
import { sensitivityDesign } from '../../../src/insight/sensitivity.ts';
import { PM } from '../../helpers.ts';
import { FakeRunner, fakeClock } from './fake-runner.ts';

const LEVER_KEYS = PM.leverKeys;
const UNCERTAINTY_KEYS = PM.uncertaintyKeys;

const plan = scenarioById('plan')!;

// first in this file: the tools' code is not in yet
describe("Insight: the tools' code loads with the first request", () => {
  it('a request made before the code is in is running at once, and reaches the runner once the code is in', async () => {
    const runner = new FakeRunner();
    const insight = new Insight(new ScenarioDraft(plan), { runner: () => runner, runs: 100 });
    void insight.run('tornado');
    expect(insight.state).toBe('running');
    expect(runner.runs).toHaveLength(0);
    await loadInsightTools();
    await vi.waitFor(() => expect(runner.runs).toHaveLength(1));
    insight.stop();
    // from now on a request reaches the runner at once
    void insight.run('tornado');
    expect(runner.runs).toHaveLength(2);
    insight.dispose();
  });
});

describe('Insight (same-thread runner)', () => {
  it('runs a complete, sorted tornado on the draft with progress up to the total', async () => {
    const draft = new ScenarioDraft(plan);
    const insight = new Insight(draft, { runner: () => new SameThreadRunner(), runs: 200 });
    const p = insight.run('tornado');
    expect(insight.state).toBe('running');
    expect(insight.running).toBe('tornado');
    await p;
    expect(insight.state).toBe('done');
    const t = insight.tornado!.result;
    expect(insight.tornado!.runs).toBe(200); // each figure says how many runs it rests on
    expect(t.indicator).toBe('output');
    expect(t.rows.map((r) => r.input).sort()).toEqual([...LEVER_KEYS, ...UNCERTAINTY_KEYS].sort());
    const swings = t.rows.map((r) => Math.abs(r.pMeetHigh - r.pMeetLow));
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1]);
    expect(insight.done).toBe(insight.total);
    // every distinct point of the design (equal points, such as a fixed assumption pinned at its value, run once)
    const points = sensitivityDesign(draft.inputs()).map((p) => p.inputs);
    expect(points.length).toBe(1 + 2 * (LEVER_KEYS.length + UNCERTAINTY_KEYS.length));
    expect(insight.total).toBe(distinct(points).unique.length * 200);
    expect(insight.isStale('tornado')).toBe(false);
    draft.setLever('land', 1500);
    expect(insight.isStale('tornado')).toBe(true);
  });

  it('finds a goal-seek answer whose costly levers apply to the draft, and applying it does not make it stale', async () => {
    const draft = new ScenarioDraft(plan);
    const insight = new Insight(draft, { runner: () => new SameThreadRunner(), runs: 200 });
    insight.indicator = 'firms';
    insight.probability = 0.5;
    await insight.run('goalSeek');
    expect(insight.state).toBe('done');
    const g = insight.goal!.result;
    expect(g.indicator).toBe('firms');
    expect(g.probability).toBe(0.5);
    expect(Object.keys(g.levers).sort()).toEqual([...LEVER_KEYS].sort());
    const changes = insight.pendingChanges();
    expect(changes).toEqual(insight.goalChanges());
    for (const c of changes) {
      expect(typeof c.to).toBe('number'); // goal seek sets one value for every period
      draft.setLever(c.key, c.to as number);
    }
    expect(insight.pendingChanges()).toEqual([]);
    expect(draft.costPerYear).toBeCloseTo(g.costPerYear, 3);
    expect(insight.isStale('goalSeek')).toBe(false);
    // a change to an assumption does change the answer
    draft.setAssumption('talent_effect', { kind: 'fixed', value: 0.1 });
    expect(insight.isStale('goalSeek')).toBe(true);
  });

  it('splits the gain over the six groups against the chosen baseline', async () => {
    const draft = new ScenarioDraft(plan);
    const insight = new Insight(draft, { runner: () => new SameThreadRunner(), runs: 100 });
    await insight.run('attribution');
    const a = insight.attribution!.result;
    expect(Object.keys(a.contributions)).toEqual([...ATTRIBUTION_GROUPS]);
    a.years.forEach((_, y) => {
      const sum = ATTRIBUTION_GROUPS.reduce((s, g) => s + a.contributions[g][y], 0);
      expect(sum).toBeCloseTo(a.total[y], 6);
    });
    // a baseline the plan on screen has no preset for (after a switch of plan) is that plan's no-new-policy
    const total = a.total;
    insight.baseline = 'nope';
    expect(insight.baselineId).toBe('no-new-policy');
    await insight.run('attribution');
    expect(insight.state).toBe('done');
    expect(insight.attribution!.result.total).toEqual(total);
  });
});

describe('Insight (fake runner, fake timers): latest only', () => {
  beforeAll(() => loadInsightTools());
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function make() {
    const draft = new ScenarioDraft(plan);
    const runner = new FakeRunner();
    const insight = new Insight(draft, { runner: () => runner, clock: fakeClock, runs: 100, followMs: 400 });
    return { draft, runner, insight };
  }

  it('a scenario change aborts the request in progress and runs it again on the new scenario after a quiet spell', async () => {
    const { draft, runner, insight } = make();
    const first = insight.run('tornado');
    expect(runner.runs).toHaveLength(1);
    await runner.last.progress(50);
    expect(insight.done).toBe(50);
    draft.setLever('land', 1200);
    insight.follow();
    expect(runner.runs[0].aborted).toBe(true);
    await first;
    expect(insight.state).toBe('running'); // waiting to run again, not stopped
    expect(insight.waiting).toBe(true);
    expect(insight.done).toBe(0);
    // a second change within the quiet spell: still one restart, with the latest values
    vi.advanceTimersByTime(200);
    draft.setLever('land', 1300);
    insight.follow();
    vi.advanceTimersByTime(399);
    expect(runner.runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runner.runs).toHaveLength(2);
    expect(runner.last.req.inputs.levers.land).toBe(1300);
    expect(insight.tornado).toBeNull();
  });

  it('a late answer of a superseded request is never shown', async () => {
    const { runner, insight } = make();
    const first = insight.run('goalSeek');
    const old = runner.last;
    void insight.run('tornado');
    expect(old.aborted).toBe(true);
    await first;
    expect(insight.running).toBe('tornado');
    expect(insight.state).toBe('running');
    expect(insight.goal).toBeNull();
  });

  it('stop() ends the request and drops a waiting one', async () => {
    const { draft, runner, insight } = make();
    void insight.run('attribution');
    draft.setLever('talent', 3000);
    insight.follow();
    insight.stop();
    expect(insight.state).toBe('stopped');
    vi.advanceTimersByTime(1000);
    expect(runner.runs).toHaveLength(1);
  });

  it('follow() does nothing when idle, and redoes a stale tornado only while the panel is open', async () => {
    const { draft, runner, insight } = make();
    insight.follow();
    vi.advanceTimersByTime(1000);
    expect(runner.runs).toHaveLength(0);
    insight.tornado = {
      result: { indicator: 'output', year: 2025, base: { pMeet: 0, p50: 0 }, rows: [] },
      levers: { ...draft.levers },
      runs: insight.runs,
      signature: insight.signature('tornado'),
    };
    draft.setLever('land', 100);
    insight.follow();
    vi.advanceTimersByTime(1000);
    expect(runner.runs).toHaveLength(0); // panel closed
    insight.open = true;
    insight.follow();
    vi.advanceTimersByTime(1000);
    expect(runner.runs).toHaveLength(1);
    expect(runner.last.req.inputs.levers.land).toBe(100);
  });

  it('seek() opens the panel on goal seek for that indicator', () => {
    const { runner, insight } = make();
    insight.seek('rd_intensity');
    expect(insight.open).toBe(true);
    expect(insight.tool).toBe('goalSeek');
    expect(insight.indicator).toBe('rd_intensity');
    expect(runner.runs).toHaveLength(1);
    // goal seek starts at the dearest package
    expect(runner.last.req.inputs.levers.talent).toBe(PM.levers.talent.max);
  });

  it('disposes its own runner', () => {
    const { runner, insight } = make();
    void insight.run('tornado');
    insight.dispose();
    expect(runner.disposed).toBe(true);
  });
});

describe('leverChanges', () => {
  it('lists the levers that differ, in table order', () => {
    const a = { ...scenarioById('plan')!.levers } as Record<string, number>;
    const b = { ...a, talent: a.talent + 10, land: a.land - 10 };
    expect(leverChanges(LEVER_KEYS, a as never, b as never).map((c) => c.key)).toEqual(['land', 'talent']);
  });
});
