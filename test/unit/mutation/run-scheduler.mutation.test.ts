/**
 * Tests that notice a wrong line in the run scheduler (src/app/run-scheduler.ts), written against the mutants StrykerJS
 * left alive beside test/unit/app/run-scheduler.test.ts: a runner that resolves or reports after its unit was
 * superseded (a worker's late message), an AbortError while the unit is live, the hold released at the debounce and
 * not before, a cancelled timer that must not fire, the default clock and throttle, and events left out.
 *
 * Survivors that are equivalent (no test can tell them apart), by line of run-scheduler.ts:
 * - 141 `if (this.#soon) return` → never return: a start queued in this task is replaced by another with the same
 *   (zero) wait in the same task, and the older microtask's token no longer matches; one run starts either way.
 * - 142 `if (this.#timer !== null) clearTimeout` → never: a waiting timer is replaced only by one due at the same time
 *   (both are `lastStart` + the debounce or the hold), and whichever fires first clears the other.
 * - 160 the same test in #startPending → always / never / `=== null`: #startPending runs from the timer that fired
 *   (the one in #timer) or from a microtask while no timer is set, so there is never another timer to clear.
 * - 165 `if (next)` → always: #startPending is only reached with requests waiting (every path that drops them also
 *   cancels the timer and the microtask's token).
 * - 173 `{ stopped: false, pictured: false }` → `{}`: undefined reads as false in every test of them.
 * - 203 `if (!token.pictured)` → always: after the first picture a waiting change's timer is already due at
 *   `lastStart` + the debounce, and resetting it gives the same due time.
 * - 206 `this.#pending && this.#timer !== null` → `||` / `this.#pending && true`: requests waiting with no timer means a
 *   start is queued as a microtask, which clears the timer set here before it could fire.
 * - 255 `this.#abort?.abort()` → `this.#abort.abort()` in stop(): a live unit always has its AbortController.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RunScheduler, THROTTLE_MS, type JobRunner, type Outcome } from '../../../src/app/run-scheduler.ts';
import { AbortError, type RunOptions, type RunRequest } from '../../../src/engine/runner.ts';
import type { Summary } from '../../../src/stats/summary.ts';
import { planInputs } from '../../helpers.ts';
import { FakeRunner, fakeClock } from '../app/fake-runner.ts';

const req = (seed: number, runs = 1000): RunRequest => ({ inputs: planInputs(), seed, runs });

/**
 * A runner that does not honour its abort signal, like a worker whose messages are already on their way: the test
 * reports progress and resolves each run by hand, whenever it likes. Summaries are stand-ins (the scheduler passes
 * them on without reading them).
 */
class DeafRunner implements JobRunner {
  runs: { req: RunRequest; opts: RunOptions; resolve: (s: Summary) => void; reject: (e: unknown) => void }[] =
    [];
  disposed = 0;
  run(req: RunRequest, opts: RunOptions = {}): Promise<Summary> {
    return new Promise((resolve, reject) => this.runs.push({ req, opts, resolve, reject }));
  }
  progress(i: number, done: number) {
    const r = this.runs[i];
    r.opts.onProgress?.({ done, total: r.req.runs, summary: { runs: done } as Summary });
  }
  resolve(i: number) {
    this.runs[i].resolve({ runs: this.runs[i].req.runs } as Summary);
  }
  dispose() {
    this.disposed++;
  }
}

function deaf() {
  const runner = new DeafRunner();
  const log: string[] = [];
  const scheduler = new RunScheduler({
    runner: () => runner,
    clock: fakeClock,
    debounceMs: 100,
    throttleMs: 120,
    partialMinRuns: 100,
    events: {
      onStart: (id) => log.push(`start ${id}`),
      onProgress: (id, step, done) => log.push(`progress ${id}.${step} ${done}`),
      onPartial: (id, step, s) => log.push(`partial ${id}.${step} ${s.runs}`),
      onSettled: (id, o) => log.push(`settled ${id} ${o.status}`),
    },
  });
  return { runner, scheduler, log };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a superseded unit stays quiet, whatever its runner does late', () => {
  it('progress from a superseded unit is not reported', async () => {
    const { runner, scheduler, log } = deaf();
    void scheduler.runNow([req(1)]);
    void scheduler.runNow([req(2)]);
    runner.progress(0, 500); // the old run's late batch
    runner.progress(1, 200);
    expect(log).toEqual(['start 1', 'start 2', 'progress 2.0 200', 'partial 2.0 200']);
  });

  it('a runner that resolves after its unit was superseded: the unit is superseded, the new one runs on', async () => {
    const { runner, scheduler, log } = deaf();
    const first = scheduler.runNow([req(1), req(2)]);
    const second = scheduler.runNow([req(3)]);
    runner.resolve(0); // the old unit's first job comes in anyway
    expect(await first).toEqual({ status: 'superseded' });
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 3]); // the old unit's second job never starts
    expect(scheduler.running).toBe(true); // the old unit did not settle the new one's place
    runner.resolve(1);
    expect(await second).toEqual({ status: 'done', summaries: [{ runs: 1000 }] });
    expect(log).toEqual(['start 1', 'start 2', 'settled 2 done']);
  });

  it('a one-job unit whose runner resolves after it was superseded settles nothing and leaves the new unit running', async () => {
    const { runner, scheduler, log } = deaf();
    const first = scheduler.runNow([req(1)]);
    void scheduler.runNow([req(2)]);
    runner.resolve(0);
    expect(await first).toEqual({ status: 'superseded' });
    expect(scheduler.running).toBe(true);
    expect(log).toEqual(['start 1', 'start 2']);
  });

  it('a unit superseded from inside its own start event runs no job', async () => {
    const runner = new DeafRunner();
    const scheduler: RunScheduler = new RunScheduler({
      runner: () => runner,
      clock: fakeClock,
      events: { onStart: (id) => id === 1 && void scheduler.runNow([req(2)]) },
    });
    const first = scheduler.runNow([req(1)]);
    expect(await first).toEqual({ status: 'superseded' });
    expect(runner.runs.map((r) => r.req.seed)).toEqual([2]);
  });
});

describe('an abort while the unit is live', () => {
  it("the runner's AbortError, or any error named AbortError, settles the unit as stopped; another error is an error", async () => {
    const errors: [unknown, Outcome['status']][] = [
      [new AbortError(), 'stopped'],
      [new DOMException('The operation was aborted.', 'AbortError'), 'stopped'],
      [Object.assign(new Error('aborted'), { name: 'AbortError' }), 'stopped'],
      [new Error('AbortError'), 'error'],
      ['AbortError', 'error'],
    ];
    for (const [error, status] of errors) {
      const { runner, scheduler, log } = deaf();
      const unit = scheduler.runNow([req(1)]);
      runner.runs[0].reject(error);
      const o = await unit;
      expect(o.status, String(error)).toBe(status);
      expect(log).toEqual(['start 1', `settled 1 ${status}`]);
      expect(scheduler.running).toBe(false);
    }
  });

  it('an error that is not an Error is reported as its text', async () => {
    const { runner, scheduler } = deaf();
    const unit = scheduler.runNow([req(1)]);
    runner.runs[0].reject('the pool is gone');
    expect(await unit).toEqual({ status: 'error', message: 'the pool is gone', error: 'the pool is gone' });
  });
});

describe('partial results', () => {
  it('a job whose first report is all its runs shows no partial picture: the whole run comes with the outcome', async () => {
    const { runner, scheduler, log } = deaf();
    const unit = scheduler.runNow([req(1, 1000)]);
    runner.progress(0, 1000);
    runner.resolve(0);
    await unit;
    expect(log).toEqual(['start 1', 'progress 1.0 1000', 'settled 1 done']);
  });

  it('the throttle interval is the one given (and 120 ms by default)', async () => {
    for (const [throttleMs, shownAt60] of [
      [50, true],
      [undefined, false],
    ] as const) {
      const runner = new DeafRunner();
      const partials: number[] = [];
      const scheduler = new RunScheduler({
        runner: () => runner,
        clock: fakeClock,
        partialMinRuns: 100,
        ...(throttleMs === undefined ? {} : { throttleMs }),
        events: { onPartial: (_id, _step, s) => partials.push(s.runs) },
      });
      expect(scheduler.throttleMs).toBe(throttleMs ?? THROTTLE_MS);
      void scheduler.runNow([req(1, 10_000)]);
      runner.progress(0, 100);
      await vi.advanceTimersByTimeAsync(60);
      runner.progress(0, 200); // 60 ms after the first picture, 9,800 runs (about 6 s) to go
      expect(partials).toEqual(shownAt60 ? [100, 200] : [100]);
    }
  });

  it('with no events at all, a unit runs through its partial results to its outcome', async () => {
    const runner = new FakeRunner();
    const scheduler = new RunScheduler({ runner: () => runner, clock: fakeClock, partialMinRuns: 100 });
    const unit = scheduler.runNow([req(1, 400)]);
    await runner.last.progress(200);
    await runner.last.finish();
    const o = await unit;
    expect(o.status === 'done' && o.summaries.map((s) => s.runs)).toEqual([400]);
  });
});

describe('holding a change for the first picture', () => {
  function held() {
    const runner = new DeafRunner();
    const starts: [RunRequest['seed'], number][] = [];
    const scheduler = new RunScheduler({
      runner: () => runner,
      clock: fakeClock,
      debounceMs: 100,
      throttleMs: 120,
      partialMinRuns: 100,
      holdMs: 400,
      events: { onStart: (_id, reqs) => starts.push([reqs[0].seed, Date.now() - t0]) },
    });
    const t0 = Date.now();
    return { runner, scheduler, starts };
  }

  it('a picture before the debounce has passed releases the held change at the debounce, not at once', async () => {
    const { runner, scheduler, starts } = held();
    void scheduler.runNow([req(1)]); // t = 0
    await vi.advanceTimersByTimeAsync(10);
    scheduler.schedule([req(2)]); // held: run 1 has shown nothing
    await vi.advanceTimersByTimeAsync(20);
    runner.progress(0, 100); // t = 30: the first picture
    await vi.advanceTimersByTimeAsync(69);
    expect(starts).toEqual([[1, 0]]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([
      [1, 0],
      [2, 100],
    ]);
  });

  it('once the running unit has shown a picture, a change waits for the debounce only', async () => {
    const { runner, scheduler, starts } = held();
    void scheduler.runNow([req(1)]); // t = 0
    runner.progress(0, 100); // its first picture, at once
    await vi.advanceTimersByTimeAsync(150);
    scheduler.schedule([req(2)]); // the debounce has passed, the hold does not apply
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([
      [1, 0],
      [2, 150],
    ]);
  });

  it('the first picture with no change waiting sets no timer: nothing waits', async () => {
    const { runner, scheduler, starts } = held();
    void scheduler.runNow([req(1)]);
    runner.progress(0, 100);
    expect(scheduler.waiting).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toEqual([[1, 0]]);
  });
});

describe('timers', () => {
  it("runNow cancels a waiting change's timer: a later change waits for the new start's debounce", async () => {
    const { runner, scheduler, log } = deaf();
    void scheduler.runNow([req(1)]); // t = 0
    await vi.advanceTimersByTimeAsync(10);
    scheduler.schedule([req(2)]); // due at t = 100
    await vi.advanceTimersByTimeAsync(40);
    void scheduler.runNow([req(3)]); // t = 50: drops change 2 and its timer
    await vi.advanceTimersByTimeAsync(10);
    scheduler.schedule([req(4)]); // t = 60: due at t = 150
    await vi.advanceTimersByTimeAsync(40); // t = 100: change 2's time, which must not start anything
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 3]);
    await vi.advanceTimersByTimeAsync(50);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 3, 4]);
    expect(log).toEqual(['start 1', 'start 2', 'start 3']);
  });

  it('a start queued in a microtask and dropped by runNow stays dropped, though a change waits again', async () => {
    const { runner, scheduler } = deaf();
    scheduler.schedule([req(1)]); // after a quiet spell: queued as a microtask
    void scheduler.runNow([req(2)]); // in the same task: supersedes it
    scheduler.schedule([req(3)]); // waits for run 2's debounce
    await Promise.resolve();
    await Promise.resolve();
    expect(runner.runs.map((r) => r.req.seed)).toEqual([2]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([2, 3]);
  });

  it('without a clock, the system clock times the debounce', async () => {
    const runner = new DeafRunner();
    const scheduler = new RunScheduler({ runner: () => runner, debounceMs: 100 });
    void scheduler.runNow([req(1)]);
    await vi.advanceTimersByTimeAsync(30);
    scheduler.schedule([req(2)]);
    scheduler.schedule([req(3)]); // replaces change 2 and its timer
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.waiting).toBe(true);
    expect(runner.runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(69);
    expect(runner.runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 3]);
    await vi.advanceTimersByTimeAsync(10);
    scheduler.schedule([req(4)]); // t = 110: due at t = 200
    await vi.advanceTimersByTimeAsync(40);
    void scheduler.runNow([req(5)]); // t = 150: drops change 4 and clears its timer
    await vi.advanceTimersByTimeAsync(10);
    scheduler.schedule([req(6)]); // t = 160: due at t = 250
    await vi.advanceTimersByTimeAsync(40); // t = 200: change 4's time
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 3, 5]);
    await vi.advanceTimersByTimeAsync(50);
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 3, 5, 6]);
  });

  it('the clock given is the one used, for the time and for the timers', async () => {
    let t = 1_000_000;
    const timers: { fn: () => void; due: number; cleared: boolean }[] = [];
    const clock = {
      now: () => t,
      setTimeout: (fn: () => void, ms: number) => timers.push({ fn, due: t + ms, cleared: false }) - 1,
      clearTimeout: (h: unknown) => void (timers[h as number].cleared = true),
    };
    const runner = new DeafRunner();
    const scheduler = new RunScheduler({ runner: () => runner, clock, debounceMs: 100 });
    void scheduler.runNow([req(1)]);
    t += 30;
    scheduler.schedule([req(2)]);
    expect(timers.map((x) => x.due)).toEqual([1_000_100]);
    await vi.advanceTimersByTimeAsync(1000); // vitest's timers play no part
    expect(runner.runs).toHaveLength(1);
    t += 70;
    timers[0].fn();
    expect(runner.runs.map((r) => r.req.seed)).toEqual([1, 2]);
  });
});

describe('counting and disposing', () => {
  it('started counts the units started, superseded ones included', async () => {
    const { scheduler } = deaf();
    expect(scheduler.started).toBe(0);
    void scheduler.runNow([req(1)]);
    void scheduler.runNow([req(2)]);
    scheduler.stop();
    expect(scheduler.started).toBe(2);
  });

  it('dispose of a scheduler that never ran, or ran to the end, makes and disposes no runner and does not throw', async () => {
    let made = 0;
    const runner = new DeafRunner();
    const idle = new RunScheduler({ runner: () => (made++, runner), clock: fakeClock });
    expect(() => idle.dispose()).not.toThrow();
    expect(made).toBe(0);
    const used = new RunScheduler({ runner: () => runner, clock: fakeClock });
    const unit = used.runNow([req(1)]);
    runner.resolve(0);
    await unit;
    used.dispose();
    expect(runner.disposed).toBe(1);
    expect(() => used.dispose()).not.toThrow(); // a second dispose: no runner, no controller left
    expect(runner.disposed).toBe(1);
  });
});
