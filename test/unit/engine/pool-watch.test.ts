/**
 * The watched pool with fake worker handles and fake timers: deadlines, deaths without an event, workers that
 * cannot start, and a pool that rebuilds itself for the next run. The fake workers compute real summaries, so every
 * recovered run is checked against the exact numbers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chunksOf, runChunks, CHUNK_RUNS } from '../../../src/engine/chunks.ts';
import {
  PoolRunner,
  WorkerDiedError,
  WorkerStartError,
  type WorkerHandle,
} from '../../../src/engine/pool.ts';
import { deadlineMs, DEFAULT_DEADLINE } from '../../../src/engine/worker-slot.ts';
import type { ChunkRequest } from '../../../src/engine/messages.ts';
import type { Summary } from '../../../src/stats/summary.ts';
import { planInputs } from '../../helpers.ts';

const inputs = planInputs();
const RUNS = 6 * CHUNK_RUNS;
const reference = runChunks(inputs, 7, chunksOf(RUNS));
/** 1 s grace + 1 ms per run: a batch of one chunk has 2 s */
const deadline = { graceMs: 1000, msPerRun: 0.001 * 1000 };

function expectSame(a: Summary, b: Summary) {
  expect(b.runs).toBe(a.runs);
  for (const key of ['counts', 'n', 'sumHi', 'sumLo', 'min', 'max', 'meet'] as const) {
    expect(Array.from(b[key])).toEqual(Array.from(a[key]));
  }
}

interface Fake extends WorkerHandle {
  calls: number;
  terminated: boolean;
  /** from now on, never answer (like a worker the browser terminated: no event at all) */
  silence(): void;
}

/** A worker that answers its requests one after another, each after `delayMs` of (fake) time. */
function fakeWorker(delayMs = 100): Fake {
  let queue: Promise<unknown> = Promise.resolve();
  let silent = false;
  const w: Fake = {
    calls: 0,
    terminated: false,
    silence: () => void (silent = true),
    simulate(req: ChunkRequest) {
      w.calls++;
      const answer = queue.then(
        () =>
          new Promise<Summary>((resolve) => {
            setTimeout(() => {
              if (!silent && !w.terminated) resolve(runChunks(req.inputs, req.seed, req.chunks));
            }, delayMs);
          }),
      );
      queue = answer;
      return answer;
    },
    terminate: () => void (w.terminated = true),
  };
  return w;
}

/** Runs a pool's run to its end under fake timers. */
async function settle<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  const out = p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  await vi.runAllTimersAsync();
  return out;
}

describe('the watched pool', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('a deadline grows with the batch: grace plus a time per run', () => {
    expect(deadlineMs(DEFAULT_DEADLINE, 0)).toBe(10_000);
    expect(deadlineMs(DEFAULT_DEADLINE, 20_000)).toBe(20_000);
    expect(deadlineMs(deadline, 1000)).toBe(2000);
  });

  it('a large batch gets a longer deadline: 3.5 s is fine for 3 chunks (4 s), too slow for 1 chunk (2 s)', async () => {
    const slowPool = (chunksPerBatch: number) => {
      const spawned: Fake[] = [];
      const pool = new PoolRunner({
        size: 1,
        batchChunks: () => chunksPerBatch,
        deadline,
        spawn: () => {
          const w = fakeWorker(3500);
          spawned.push(w);
          return w;
        },
      });
      return { pool, spawned };
    };
    const big = slowPool(3);
    const ok = await settle(big.pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(ok.ok).toBe(true);
    if (ok.ok) expectSame(reference, ok.value);
    expect(big.pool.replaced).toBe(0);
    big.pool.dispose();

    const small = slowPool(1);
    const late = await settle(small.pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(late.ok).toBe(false);
    if (!late.ok) expect(String(late.error)).toMatch(/no answer within 2 s/);
    expect(small.spawned.length).toBe(2); // the batch was retried once on a fresh worker
    small.pool.dispose();
  });

  it('a worker that stops answering without any event is replaced and its batch retried: exact numbers', async () => {
    const spawned: Fake[] = [];
    const pool = new PoolRunner({
      size: 2,
      batchChunks: () => 1,
      deadline,
      spawn: () => {
        const w = fakeWorker();
        if (spawned.length === 0) w.silence();
        spawned.push(w);
        return w;
      },
    });
    const r = await settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(r.ok).toBe(true);
    if (r.ok) expectSame(reference, r.value);
    expect(spawned[0].terminated).toBe(true);
    expect(pool.replaced).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    pool.dispose();
  });

  it('every worker terminated mid-run: fresh workers finish the run with the same numbers', async () => {
    const spawned: Fake[] = [];
    const pool = new PoolRunner({
      size: 3,
      batchChunks: () => 1,
      deadline,
      spawn: () => {
        const w = fakeWorker();
        spawned.push(w);
        return w;
      },
    });
    const run = pool.run(
      { inputs, seed: 7, runs: RUNS },
      {
        onProgress: (p) => {
          if (p.done === 2 * CHUNK_RUNS) spawned.forEach((w) => w.silence());
        },
      },
    );
    const r = await settle(run);
    expect(r.ok).toBe(true);
    if (r.ok) expectSame(reference, r.value);
    expect(spawned.slice(0, 3).every((w) => w.terminated)).toBe(true);
    expect(spawned.length).toBeGreaterThan(3);
    pool.dispose();
  });

  it('a batch that silences two workers fails the run clearly; the next run rebuilds the pool and finishes', async () => {
    let poison = true;
    const spawned: Fake[] = [];
    const pool = new PoolRunner({
      size: 2,
      deadline,
      spawn: () => {
        const w = fakeWorker();
        if (poison) w.silence();
        spawned.push(w);
        return w;
      },
    });
    const r = await settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(WorkerDiedError);
      expect(String(r.error)).toMatch(/stopped unexpectedly \(no answer within \d+ s\)/);
    }
    // every worker of the failed run is stopped, none is reused
    expect(spawned.every((w) => w.terminated)).toBe(true);
    const before = spawned.length;
    poison = false;
    const again = await settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(again.ok).toBe(true);
    if (again.ok) expectSame(reference, again.value);
    expect(spawned.length).toBe(before + 2);
    expect(spawned.slice(before).every((w) => !w.terminated)).toBe(true);
    pool.dispose();
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('a worker that cannot be started fails the run with a clear error, and the next run tries again', async () => {
    let refuse = true;
    const pool = new PoolRunner({
      size: 2,
      deadline,
      spawn: () => {
        if (refuse) throw new Error('SecurityError: cannot load the worker script');
        return fakeWorker();
      },
    });
    const r = await settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(WorkerStartError);
      expect(String(r.error)).toMatch(/no simulation worker could be started \(SecurityError/);
    }
    refuse = false;
    const again = await settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(again.ok).toBe(true);
    if (again.ok) expectSame(reference, again.value);
    pool.dispose();
  });

  it('an error event (the handle rejects with WorkerDiedError) kills that worker and retries the batch', async () => {
    const spawned: Fake[] = [];
    const pool = new PoolRunner({
      size: 1,
      batchChunks: () => 2,
      deadline,
      spawn: () => {
        const w = fakeWorker();
        if (spawned.length === 0) {
          const real = w.simulate.bind(w);
          w.simulate = (req) =>
            w.calls === 1 ? Promise.reject(new WorkerDiedError('error event')) : real(req);
        }
        spawned.push(w);
        return w;
      },
    });
    const r = await settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(r.ok).toBe(true);
    if (r.ok) expectSame(reference, r.value);
    expect(spawned[0].terminated).toBe(true);
    expect(pool.replaced).toBe(1);
    pool.dispose();
  });

  it('the deadline starts when the worker is free: a batch queued behind a superseded run is no false alarm', async () => {
    const spawned: Fake[] = [];
    // each batch takes 1.5 s of a 2 s deadline; the second run's batch waits 1.5 s behind the first run's
    const pool = new PoolRunner({
      size: 1,
      batchChunks: () => 1,
      deadline,
      spawn: () => {
        const w = fakeWorker(1500);
        spawned.push(w);
        return w;
      },
    });
    const first = settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    const second = settle(pool.run({ inputs, seed: 7, runs: 2 * CHUNK_RUNS }));
    const [a, b] = await Promise.all([first, second]);
    expect(a.ok).toBe(false);
    if (!a.ok) expect((a.error as Error).name).toBe('AbortError');
    expect(b.ok).toBe(true);
    if (b.ok) expectSame(runChunks(inputs, 7, chunksOf(2 * CHUNK_RUNS)), b.value);
    expect(pool.replaced).toBe(0);
    expect(spawned).toHaveLength(1);
    pool.dispose();
  });

  it('a worker that throws (not a death) fails the run and is kept', async () => {
    const spawned: Fake[] = [];
    let refuse = true;
    const pool = new PoolRunner({
      size: 1,
      deadline,
      spawn: () => {
        const w = fakeWorker();
        const real = w.simulate.bind(w);
        w.simulate = (req) =>
          refuse ? Promise.reject(new Error('invalid worker request: seed')) : real(req);
        spawned.push(w);
        return w;
      },
    });
    const r = await settle(pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(String(r.error)).toMatch(/invalid worker request/);
    refuse = false;
    expect((await settle(pool.run({ inputs, seed: 7, runs: RUNS }))).ok).toBe(true);
    expect(spawned).toHaveLength(1);
    expect(pool.replaced).toBe(0);
    pool.dispose();
  });
});
