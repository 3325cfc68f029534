/**
 * The app's state classes with an injected runner, clock and storage: what the main view and compare do, without
 * a browser or workers.
 */
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Baseline } from '../../../src/app/baseline.svelte.ts';
import { Compare } from '../../../src/app/compare.svelte.ts';
import { SavedScenarios } from '../../../src/app/saved-scenarios.svelte.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { PictureFrame } from '../../../src/app/picture-frame.ts';
import { PROGRESS_MS, Simulation } from '../../../src/app/simulation.svelte.ts';
import { Workspace } from '../../../src/app/workspace.svelte.ts';
import { WorkerDiedError } from '../../../src/engine/pool.ts';
import { locale } from '../../../src/i18n/index.svelte.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import { encodeShareLink } from '../../../src/scenario/share-link.ts';
import { oneValue } from '../../helpers.ts';
import { FakeRunner, fakeClock } from './fake-runner.ts';
import { MemoryStorage } from './memory-storage.ts';

const plan = scenarioById('plan')!;
const small = { ...plan, runs: 400 };
const LAND = oneValue(plan.levers.land);

describe('Simulation (fake runner, fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function make() {
    const runner = new FakeRunner();
    const sim = new Simulation({ runner: () => runner, clock: fakeClock, first: small });
    return { runner, sim };
  }

  it('runs, shows the result, and marks old numbers stale while a newer setting runs', async () => {
    const { runner, sim } = make();
    expect(sim.state).toBe('idle');
    void sim.runNow();
    expect(sim.state).toBe('running');
    expect(sim.stale).toBe(false); // nothing on screen yet
    expect(sim.busy).toBe(true);
    await runner.last.finish();
    expect(sim.state).toBe('done');
    expect(sim.result?.runs).toBe(400);
    expect(sim.stale).toBe(false);
    expect(sim.busy).toBe(false);

    sim.setLever('land', LAND + 50);
    expect(sim.stale).toBe(true); // the numbers on screen belong to the old setting
    expect(sim.busy).toBe(true); // waiting for the debounce
    await vi.advanceTimersByTimeAsync(100);
    expect(runner.runs).toHaveLength(2);
    expect(runner.last.req.inputs.levers.land).toBe(LAND + 50);
    expect(sim.stale).toBe(true);
    await runner.last.finish();
    expect(sim.stale).toBe(false);
    expect(sim.busy).toBe(false);
    // the result carries the full scenario it came from (JSON export, CSV provenance), levers included
    const carried = sim.result?.scenario;
    if (!carried || typeof carried === 'string') throw new Error('expected the full scenario');
    expect(carried.id).toBe('plan-modified'); // a changed plan is not 'plan' (src/scenario/modified.ts)
    expect(carried.levers.land).toBe(LAND + 50);
    expect(carried.name.en).toBe(`${plan.name.en} (modified)`);
    expect(sim.result?.link).toMatch(/^s=/);
    expect(sim.request?.inputs.levers.land).toBe(LAND + 50);
  });

  it('a setting that does not change anything schedules nothing', async () => {
    const { runner, sim } = make();
    sim.setLever('land', LAND);
    await vi.advanceTimersByTimeAsync(500);
    expect(runner.runs).toHaveLength(0);
    expect(sim.stale).toBe(false);
  });

  it('the run count on screen follows the batches at most once per PROGRESS_MS, and always with a picture', async () => {
    const runner = new FakeRunner();
    const sim = new Simulation({ runner: () => runner, clock: fakeClock, first: { ...plan, runs: 5000 } });
    void sim.runNow();
    // counts below PARTIAL_MIN_RUNS (512) show no picture
    await runner.last.progress(200);
    expect(sim.done).toBe(200);
    await runner.last.progress(400); // the same instant: the count stays
    expect(sim.done).toBe(200);
    await vi.advanceTimersByTimeAsync(PROGRESS_MS);
    await runner.last.progress(500);
    expect(sim.done).toBe(500);
    expect(sim.result).toBeNull();
    await runner.last.progress(1000); // a partial picture: its count comes with it
    expect(sim.result?.runs).toBe(1000);
    expect(sim.done).toBe(1000);
    await runner.last.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(sim.done).toBe(5000);
  });

  it('stop keeps the partial result and says so; a runner error is shown with its message', async () => {
    const runner = new FakeRunner();
    const sim = new Simulation({ runner: () => runner, clock: fakeClock, first: { ...plan, runs: 5000 } });
    void sim.runNow();
    await runner.last.progress(500); // below the 512 runs a partial result needs (PARTIAL_MIN_RUNS)
    expect(sim.result).toBeNull();
    expect(sim.done).toBe(500);
    await runner.last.progress(2000);
    expect(sim.result?.runs).toBe(2000);
    sim.stop();
    expect(sim.state).toBe('stopped');
    expect(sim.busy).toBe(false);
    await runner.runs[0].progress(3000); // a batch that was in flight: ignored
    expect(sim.result?.runs).toBe(2000);
    expect(sim.done).toBe(2000);
    void sim.runNow();
    runner.last.fail(new Error('boom'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sim.state).toBe('error');
    expect(sim.error).toBe('boom');
  });

  it("a worker failure's text follows a later switch of language; a new run clears it", async () => {
    const runner = new FakeRunner();
    const sim = new Simulation({ runner: () => runner, clock: fakeClock, first: small });
    locale.set('zh');
    onTestFinished(() => locale.set('zh'));
    void sim.runNow();
    runner.last.fail(new WorkerDiedError('exit code 1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sim.error).toMatch(/^一个模拟线程意外停止.*（exit code 1）$/);
    locale.set('en');
    expect(sim.error).toMatch(/^a simulation worker stopped unexpectedly.*\(exit code 1\)$/);
    void sim.runNow();
    expect(sim.error).toBeNull();
  });

  it('draws at most one partial picture an animation frame: the newest waits, the final or a new run drops it', async () => {
    let frames: (() => void)[] = [];
    const afterPaint = (fn: () => void) => void frames.push(fn);
    const paint = () => frames.splice(0).forEach((fn) => fn());
    const runner = new FakeRunner();
    const pictures = new PictureFrame(afterPaint, () => {}); // frames always come here
    const sim = new Simulation({
      runner: () => runner,
      clock: fakeClock,
      first: { ...plan, runs: 5000 },
      pictures,
    });
    void sim.runNow();
    await runner.last.progress(1000); // nothing drawn in this frame yet: at once
    expect(sim.result?.runs).toBe(1000);
    expect(sim.shown).toBe(1);
    await vi.advanceTimersByTimeAsync(130);
    await runner.last.progress(2000); // the frame of the first picture is not painted yet: waits
    await vi.advanceTimersByTimeAsync(130);
    await runner.last.progress(3000); // replaces the waiting one
    expect(sim.result?.runs).toBe(1000);
    paint(); // the first picture is on screen: the newest waiting one is drawn
    expect(sim.result?.runs).toBe(3000);
    expect(sim.shown).toBe(2);
    await vi.advanceTimersByTimeAsync(130);
    await runner.last.progress(4000); // waits for the paint …
    await runner.last.finish(); // … and the final picture replaces it, at once, with "done"
    expect(sim.state).toBe('done');
    expect(sim.result?.runs).toBe(5000);
    expect(sim.shown).toBe(3);
    paint();
    expect(sim.shown).toBe(3); // the replaced one is never drawn

    sim.setLever('land', LAND + 50);
    await vi.advanceTimersByTimeAsync(100);
    await runner.last.progress(1000);
    expect(sim.result?.runs).toBe(1000);
    await vi.advanceTimersByTimeAsync(130);
    await runner.last.progress(2000); // waits for the paint …
    void sim.runNow(); // … and a newer run replaces it before that
    paint();
    paint();
    expect(sim.state).toBe('running');
    expect(sim.result?.runs).toBe(1000);
    frames = [];
  });

  it('loading a preset runs it at once with its own runs and seed', async () => {
    const { runner, sim } = make();
    sim.loadPreset('no-new-policy');
    expect(runner.runs).toHaveLength(1);
    expect(runner.last.req.seed).toBe(scenarioById('no-new-policy')!.seed);
    expect(sim.draft.base.id).toBe('no-new-policy');
  });
});

describe('Workspace (same-thread runner, memory storage)', () => {
  function make() {
    const storage = new MemoryStorage();
    const sim = new Simulation({ runner: () => new SameThreadRunner(), first: small });
    const ws = new Workspace(sim, new SavedScenarios(() => storage));
    return { storage, sim, ws };
  }

  it('saves the scenario on screen, marked as modified, and opens it again', () => {
    const { sim, ws, storage } = make();
    sim.draft.setLever('land', 900);
    expect(ws.saveCurrent('mine')).toBe(true);
    expect(ws.saved.entries.map((e) => e.name)).toEqual(['mine']);
    expect(storage.map.size).toBeGreaterThan(0);
    const entry = ws.saved.entries[0];
    expect(entry.scenario.levers.land).toBe(900);
    sim.loadPreset('downside');
    ws.loadSaved(entry);
    expect(sim.draft.source).toBe('saved');
    expect(sim.draft.levers.land).toBe(900);
    sim.dispose();
  });

  it('a good share link opens its scenario; a broken one replaces nothing and says why', () => {
    const { sim, ws } = make();
    const link = encodeShareLink({ ...plan, levers: { ...plan.levers, land: 700 } });
    expect(ws.openHash('#' + link)).toBe(true);
    expect(ws.problem).toBeNull();
    expect(sim.draft.source).toBe('link');
    expect(sim.draft.levers.land).toBe(700);
    sim.setLever('land', 710);
    expect(ws.openHash('#s=@@@not-base64')).toBe(true);
    expect(ws.problem?.kind).toBe('link');
    expect(ws.problem?.key).toMatch(/^link\.err\./);
    expect(sim.draft.source).toBe('link');
    expect(sim.draft.levers.land).toBe(710);
    expect(ws.openHash('#section-2')).toBe(false);
    sim.dispose();
  });

  it('refuses a bad scenario file with the reasons and changes nothing', async () => {
    const { sim, ws } = make();
    sim.draft.setLever('land', 901);
    const file = new File(['{"format":"ngit-scenario/1","levers":{}}'], 'bad.json');
    expect(await ws.importFile(file)).toBe(false);
    expect(ws.problem).toMatchObject({ kind: 'file', key: 'file.bad', params: { name: 'bad.json' } });
    expect(ws.problem?.detail?.length).toBeGreaterThan(0);
    expect(sim.draft.levers.land).toBe(901);
    sim.dispose();
  });

  it('the scenario file is the draft as it is, named after it; a modified one says what it was modified from', () => {
    const { sim, ws } = make();
    const f = ws.scenarioFile('en');
    expect(f?.name).toMatch(/^ngit-The-plan-[0-9a-f]{8}\.scenario\.json$/);
    expect(JSON.parse(f!.text).description).toEqual(plan.description);
    sim.draft.setLever('land', 1000);
    const g = ws.scenarioFile('zh')!;
    expect(g.name).toMatch(/^ngit-规划情景-已修改-[0-9a-f]{8}\.scenario\.json$/);
    expect(g.name).not.toBe(f!.name);
    expect(JSON.parse(g.text).description).toEqual({
      zh: `在“${plan.name.zh}”基础上修改的情景。`,
      en: `Modified from “${plan.name.en}”.`,
    });
    expect(JSON.parse(g.text).levers).toEqual(sim.draft.levers);
  });
});

describe('Compare (same-thread runner)', () => {
  it('runs the chosen scenarios with the same seed and runs, and takes differences against the base', async () => {
    const sim = new Simulation({ runner: () => new SameThreadRunner(), first: { ...plan, runs: 200 } });
    const compare = new Compare(sim.draft, new SavedScenarios(() => new MemoryStorage()), {
      runner: () => new SameThreadRunner(),
    });
    expect(compare.chosen).toEqual(['current', 'preset:no-new-policy']);
    await compare.run();
    expect(compare.state).toBe('done');
    expect(compare.columns.map((c) => c.key)).toEqual(['current', 'preset:no-new-policy']);
    expect(compare.columns.every((c) => c.result.runs === 200 && c.result.seed === plan.seed)).toBe(true);
    expect(compare.diff(compare.columns[0], 'output')).toBeNull(); // the base against itself
    expect(typeof compare.diff(compare.columns[1], 'all')).toBe('number');
    expect(compare.stale).toBe(false);
    sim.draft.setLever('land', 950);
    expect(compare.stale).toBe(true);
    expect(compare.resolve('current')?.name.zh).toBe(`${plan.name.zh}（已修改）`);
  });

  it('a new comparison supersedes one in progress: only the latest fills the columns', async () => {
    const sim = new Simulation({ runner: () => new SameThreadRunner(), first: { ...plan, runs: 200 } });
    const compare = new Compare(sim.draft, new SavedScenarios(() => new MemoryStorage()), {
      runner: () => new SameThreadRunner(),
    });
    const first = compare.run();
    compare.setSlot(1, 'preset:downside');
    const second = compare.run();
    await Promise.all([first, second]);
    expect(compare.columns.map((c) => c.key)).toEqual(['current', 'preset:downside']);
    expect(compare.state).toBe('done');
  });
});

describe('Baseline (fake runner, fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the no-new-policy levers in the world on screen, and again only when that world changes', async () => {
    const runner = new FakeRunner();
    const sim = new Simulation({ runner: () => new FakeRunner(), clock: fakeClock, first: small });
    const baseline = new Baseline(sim.draft, { runner: () => runner, clock: fakeClock });
    baseline.refresh();
    await vi.advanceTimersByTimeAsync(200);
    expect(runner.runs).toHaveLength(0); // off: nothing runs
    baseline.toggle(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.runs).toHaveLength(1);
    const nnp = scenarioById('no-new-policy')!;
    expect(runner.last.req.inputs.levers).toEqual(nnp.levers);
    expect(runner.last.req).toMatchObject({ seed: small.seed, runs: small.runs });
    await runner.last.finish();
    expect(baseline.state).toBe('done');
    expect(baseline.result?.runs).toBe(small.runs);
    sim.draft.setLever('land', 1500); // a lever: the baseline does not change
    baseline.refresh();
    await vi.advanceTimersByTimeAsync(200);
    expect(runner.runs).toHaveLength(1);
    sim.draft.setSeed(99); // the world changed
    baseline.refresh();
    await vi.advanceTimersByTimeAsync(200);
    expect(runner.runs).toHaveLength(2);
    expect(runner.last.req.seed).toBe(99);
  });
});
