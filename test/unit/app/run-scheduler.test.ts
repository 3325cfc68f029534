import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RunScheduler, type Outcome, type RunEvents } from '../../../src/app/run-scheduler.ts';
import type { RunRequest } from '../../../src/engine/runner.ts';
import { planInputs } from '../../helpers.ts';
import { FakeRunner, fakeClock } from './fake-runner.ts';

const req = (seed: number, runs = 400): RunRequest => ({ inputs: planInputs(), seed, runs });

function setup(opts: { debounceMs?: number; throttleMs?: number; partialMinRuns?: number } = {}) {
  const runner = new FakeRunner();
  const log: string[] = [];
  const settled: Outcome[] = [];
  const events: RunEvents = {
    onStart: (id, reqs) => log.push(`start ${id} seed ${reqs.map((r) => r.seed).join(',')}`),
    onPartial: (id, step, s) => log.push(`partial ${id}.${step} ${s.runs}`),
    onSettled: (id, o) => {
      log.push(`settled ${id} ${o.status}`);
      settled.push(o);
    },
  };
  const made = { count: 0 };
  const scheduler = new RunScheduler({
    runner: () => (made.count++, runner),
    clock: fakeClock,
    debounceMs: 100,
    throttleMs: 120,
    partialMinRuns: 200,
    ...opts,
    events,
  });
  return { runner, scheduler, log, settled, made };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('RunScheduler: debounce', () => {
  it('starts the first change after a quiet spell at once (on the next tick), without waiting', async () => {
    const { scheduler, runner, log } = setup();
    scheduler.schedule([req(1)]);
    expect(scheduler.waiting).toBe(true);
    expect(runner.runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start 1 seed 1']);
    expect(runner.runs).toHaveLength(1);
  });

  it('the changes of one event handler make one run, started in a microtask (no timer)', async () => {
    const { scheduler, runner, log } = setup();
    scheduler.schedule([req(1)]);
    scheduler.schedule([req(2)]);
    scheduler.schedule([req(3)]);
    expect(runner.runs).toHaveLength(0);
    await Promise.resolve();
    expect(runner.runs.map((r) => r.req.seed)).toEqual([3]);
    expect(log).toEqual(['start 1 seed 3']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('during a drag starts at most one run per debounce interval, and always runs the last change', async () => {
    const { scheduler, runner, log } = setup();
    scheduler.schedule([req(1)]);
    await vi.advanceTimersByTimeAsync(0); // run 1 starts at t = 0
    for (let i = 2; i <= 9; i++) {
      scheduler.schedule([req(i)]); // a change every 10 ms
      await vi.advanceTimersByTimeAsync(10);
    }
    // t = 80: nothing new has started yet, the latest change waits
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1]);
    await vi.advanceTimersByTimeAsync(20); // t = 100: one interval after the last start
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 9]);
    expect(log).toEqual(['start 1 seed 1', 'start 2 seed 9']);
    // nothing else is queued
    await vi.advanceTimersByTimeAsync(1000);
    expect(runner.runs).toHaveLength(2);
  });

  it('tells the running run when a newer change waits to replace it', async () => {
    const { scheduler, runner } = setup();
    scheduler.schedule([req(1)]);
    await vi.advanceTimersByTimeAsync(0);
    const first = runner.last;
    expect(first.opts.replaceSoon?.()).toBe(false);
    scheduler.schedule([req(2)]); // waits for the debounce
    expect(first.opts.replaceSoon?.()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(runner.last.req.seed).toBe(2);
    expect(runner.last.opts.replaceSoon?.()).toBe(false);
    expect(first.opts.replaceSoon?.()).toBe(false); // superseded: nothing to keep small any more
  });

  it('makes the runner on first use only', async () => {
    const { scheduler, made } = setup();
    expect(made.count).toBe(0);
    scheduler.schedule([req(1)]);
    await vi.advanceTimersByTimeAsync(0);
    scheduler.schedule([req(2)]);
    await vi.advanceTimersByTimeAsync(200);
    expect(made.count).toBe(1);
  });
});

describe('RunScheduler: supersede', () => {
  it('a new run aborts the one in progress, whose results are never reported', async () => {
    const { scheduler, runner, log } = setup();
    const first = scheduler.runNow([req(1)]);
    const old = runner.last;
    const second = scheduler.runNow([req(2)]);
    expect(old.aborted).toBe(true);
    await old.progress(300); // a late batch of the old run: ignored
    await runner.last.finish();
    expect(await first).toEqual({ status: 'superseded' });
    expect((await second).status).toBe('done');
    expect(log).toEqual(['start 1 seed 1', 'start 2 seed 2', 'settled 2 done']);
  });

  it('runNow drops a change that waits for the debounce', async () => {
    const { scheduler, runner } = setup();
    void scheduler.runNow([req(1)]);
    scheduler.schedule([req(2)]);
    expect(scheduler.waiting).toBe(true);
    void scheduler.runNow([req(3)]);
    expect(scheduler.waiting).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 3]);
  });

  it('a list of jobs runs one after another, and superseding cancels the rest of the list', async () => {
    const { scheduler, runner } = setup();
    const unit = scheduler.runNow([req(1), req(2), req(3)]);
    await runner.last.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 2]);
    const next = scheduler.runNow([req(9)]);
    await runner.runs[1].finish(); // too late: the unit was superseded
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 2, 9]);
    expect(await unit).toEqual({ status: 'superseded' });
    await runner.last.finish();
    const done = await next;
    expect(done.status === 'done' && done.summaries.map((s) => s.runs)).toEqual([400]);
  });

  it('returns every summary of a finished list, in order', async () => {
    const { scheduler, runner } = setup();
    const unit = scheduler.runNow([req(1, 100), req(2, 200)]);
    await runner.last.finish();
    await vi.advanceTimersByTimeAsync(0);
    await runner.last.finish();
    const o = await unit;
    expect(o.status === 'done' && o.summaries.map((s) => s.runs)).toEqual([100, 200]);
  });
});

describe('RunScheduler: partial results', () => {
  it('shows none before the minimum run count, the first at once, then at most one per throttle interval', async () => {
    const { scheduler, runner, log } = setup({ partialMinRuns: 200, throttleMs: 120 });
    void scheduler.runNow([req(1, 1000)]);
    const run = runner.last;
    await run.progress(100); // below the minimum
    expect(log.filter((l) => l.startsWith('partial'))).toEqual([]);
    await run.progress(200); // the first: at once
    await vi.advanceTimersByTimeAsync(50);
    await run.progress(300); // 50 ms later: held back
    await vi.advanceTimersByTimeAsync(69);
    await run.progress(400); // 119 ms after the first: still held back
    await vi.advanceTimersByTimeAsync(1);
    await run.progress(500); // 120 ms: shown
    expect(log.filter((l) => l.startsWith('partial'))).toEqual(['partial 1.0 200', 'partial 1.0 500']);
    await run.progress(1000); // the whole run is not a partial result: it comes with the outcome
    await run.finish();
    expect(log.at(-1)).toBe('settled 1 done');
    expect(log.filter((l) => l.startsWith('partial'))).toHaveLength(2);
  });

  it('skips a later partial result when, at the pace so far, the whole run is in within the throttle interval', async () => {
    const { scheduler, runner, log } = setup({ partialMinRuns: 100, throttleMs: 120 });
    void scheduler.runNow([req(1, 1000)]);
    await runner.last.progress(200); // the first, at t = 0: shown
    await vi.advanceTimersByTimeAsync(120);
    await runner.last.progress(900); // 900 runs in 120 ms: the last 100 take about 13 ms, no picture worth drawing
    expect(log.filter((l) => l.startsWith('partial'))).toEqual(['partial 1.0 200']);
    void scheduler.runNow([req(2, 1000)]);
    await runner.last.progress(200);
    await vi.advanceTimersByTimeAsync(120);
    await runner.last.progress(300); // 700 runs to go at 300 per 120 ms: about 280 ms, drawn
    expect(log.filter((l) => l.startsWith('partial'))).toEqual([
      'partial 1.0 200',
      'partial 2.0 200',
      'partial 2.0 300',
    ]);
  });

  it("a new run's first partial result is not held back by the previous run's throttle", async () => {
    const { scheduler, runner, log } = setup({ partialMinRuns: 100, throttleMs: 120 });
    void scheduler.runNow([req(1, 1000)]);
    await runner.last.progress(100);
    void scheduler.runNow([req(2, 1000)]);
    await runner.last.progress(100);
    expect(log.filter((l) => l.startsWith('partial'))).toEqual(['partial 1.0 100', 'partial 2.0 100']);
  });

  it('a run smaller than the minimum shows no partial result, only its outcome', async () => {
    const { scheduler, runner, log } = setup({ partialMinRuns: 2000 });
    void scheduler.runNow([req(1, 300)]);
    await runner.last.progress(150);
    await runner.last.finish();
    expect(log).toEqual(['start 1 seed 1', 'settled 1 done']);
  });
});

describe('RunScheduler: stop and errors', () => {
  it('stop aborts the run in progress, settles it as stopped once, and ignores its late results', async () => {
    const { scheduler, runner, log } = setup();
    const unit = scheduler.runNow([req(1)]);
    expect(scheduler.running).toBe(true);
    expect(scheduler.stop()).toBe(true);
    expect(scheduler.running).toBe(false);
    expect(runner.last.aborted).toBe(true);
    await runner.last.progress(300);
    expect(await unit).toEqual({ status: 'stopped' });
    expect(log).toEqual(['start 1 seed 1', 'settled 1 stopped']);
  });

  it('stop drops a change waiting for the debounce; with nothing to stop it says so', async () => {
    const { scheduler, runner } = setup();
    expect(scheduler.stop()).toBe(false);
    scheduler.schedule([req(1)]);
    expect(scheduler.stop()).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(runner.runs).toHaveLength(0);
  });

  it("reports a runner's error with its message", async () => {
    const { scheduler, runner, settled } = setup();
    const unit = scheduler.runNow([req(1)]);
    const error = new Error('a simulation worker stopped unexpectedly (test)');
    runner.last.fail(error);
    expect(await unit).toEqual({
      status: 'error',
      message: 'a simulation worker stopped unexpectedly (test)',
      error,
    });
    expect(settled).toEqual([
      { status: 'error', message: 'a simulation worker stopped unexpectedly (test)', error },
    ]);
  });

  it('dispose aborts the run, drops the waiting one and disposes the runner', async () => {
    const { scheduler, runner, log } = setup();
    void scheduler.runNow([req(1)]);
    scheduler.schedule([req(2)]);
    scheduler.dispose();
    await vi.advanceTimersByTimeAsync(500);
    expect(runner.disposed).toBe(true);
    expect(runner.runs).toHaveLength(1);
    expect(runner.last.aborted).toBe(true);
    expect(log).toEqual(['start 1 seed 1']);
  });
});

describe('RunScheduler: holding a change for the first picture (holdMs)', () => {
  it('a change waits until the running unit shows its first picture, then starts', async () => {
    const runner = new FakeRunner();
    const log: string[] = [];
    const held = new RunScheduler({
      runner: () => runner,
      clock: fakeClock,
      debounceMs: 100,
      throttleMs: 120,
      partialMinRuns: 100,
      holdMs: 400,
      events: { onPartial: (id) => log.push(`partial ${id}`), onStart: (id) => log.push(`start ${id}`) },
    });
    void held.runNow([req(1, 1000)]);
    await vi.advanceTimersByTimeAsync(150); // past the debounce, no picture yet
    held.schedule([req(2, 1000)]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runner.runs).toHaveLength(1); // held: run 1 has shown nothing
    await runner.last.progress(100); // the first picture
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 2]);
    expect(log).toEqual(['start 1', 'partial 1', 'start 2']);
  });

  it('holds at most holdMs after the start, then replaces a run that showed nothing', async () => {
    const runner = new FakeRunner();
    const held = new RunScheduler({ runner: () => runner, clock: fakeClock, debounceMs: 100, holdMs: 400 });
    void held.runNow([req(1, 1000)]);
    await vi.advanceTimersByTimeAsync(150);
    held.schedule([req(2, 1000)]);
    await vi.advanceTimersByTimeAsync(249);
    expect(runner.runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // 400 ms after run 1 started
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 2]);
  });

  it('without holdMs a change replaces the run after the debounce, shown or not', async () => {
    const { scheduler, runner } = setup();
    void scheduler.runNow([req(1, 1000)]);
    scheduler.schedule([req(2, 1000)]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 2]);
  });
});
