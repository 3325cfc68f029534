import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunksOf, runChunks, CHUNK_RUNS } from '../../../src/engine/chunks.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import { EARLY_RUNS, PoolRunner, WorkerDiedError, type WorkerHandle } from '../../../src/engine/pool.ts';
import { AbortError } from '../../../src/engine/runner.ts';
import { workerApi } from '../../../src/engine/worker-api.ts';
import { channelWorker } from './channel-worker.ts';
import { createNodePool } from '../../../src/engine/node-pool.ts';
import { createSummary, mergeSummary, type Summary } from '../../../src/stats/summary.ts';
import { summarySpec } from '../../../src/stats/summary-spec.ts';
import { toResult } from '../../../src/engine/result.ts';
import { PLAN, planInputs } from '../../helpers.ts';

const inputs = planInputs();
const RUNS = 5 * CHUNK_RUNS + 321;

function expectSame(a: Summary, b: Summary) {
  expect(b.runs).toBe(a.runs);
  expect(b.allMeet).toBe(a.allMeet);
  expect([b.pairs, b.allPairMeet, b.allPairBoth]).toEqual([a.pairs, a.allPairMeet, a.allPairBoth]);
  for (const key of [
    'counts',
    'n',
    'sumHi',
    'sumLo',
    'min',
    'max',
    'meet',
    'pairN',
    'pairMeet',
    'pairBoth',
  ] as const) {
    expect(Array.from(b[key])).toEqual(Array.from(a[key]));
  }
}

/** A worker in this thread that still goes through comlink's real serialisation (MessageChannel). */
describe('same scenario, same seed → the same numbers, however the runs are split', () => {
  const reference = runChunks(inputs, 7, chunksOf(RUNS));

  it('any partition of the chunks, merged in any order, gives an identical summary', () => {
    const chunks = chunksOf(RUNS);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: chunks.length, maxLength: chunks.length }),
        fc.boolean(),
        (groupOf, reverse) => {
          const groups = [0, 1, 2, 3].map((g) => chunks.filter((_, i) => groupOf[i] === g));
          const parts = groups.filter((g) => g.length).map((g) => runChunks(inputs, 7, g));
          if (reverse) parts.reverse();
          const total = createSummary(summarySpec(PLAN, 2020));
          for (const p of parts) mergeSummary(total, p);
          expectSame(reference, total);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('the same-thread runner and pools of 1, 2 and 3 workers (through comlink) agree exactly', async () => {
    expectSame(reference, await new SameThreadRunner().run({ inputs, seed: 7, runs: RUNS }));
    for (const size of [1, 2, 3]) {
      const pool = new PoolRunner({ size, spawn: channelWorker, batchChunks: () => 2 });
      expectSame(reference, await pool.run({ inputs, seed: 7, runs: RUNS }));
      pool.dispose();
    }
  });

  it('Node worker threads (the command line) agree exactly', async () => {
    const pool = createNodePool(2);
    try {
      expectSame(reference, await pool.run({ inputs, seed: 7, runs: RUNS }));
    } finally {
      pool.dispose();
    }
  }, 30_000);

  it('runs come in antithetic pairs within each chunk; an odd count leaves the last run of the last chunk unpaired', () => {
    expect(RUNS % 2).toBe(1);
    expect(reference.pairs).toBe((RUNS - 1) / 2);
    // every chunk but the last is whole pairs, so the pairs do not depend on how chunks are grouped
    const lastAlone = runChunks(inputs, 7, chunksOf(RUNS).slice(-1));
    expect(lastAlone.pairs).toBe((RUNS % CHUNK_RUNS) >> 1);
    // the odd last chunk first, then the rest: the pairs of the later chunks still line up
    const chunks = chunksOf(RUNS);
    const reordered = runChunks(inputs, 7, [chunks[chunks.length - 1], ...chunks.slice(0, -1)]);
    expectSame(reference, reordered);
  });

  it('a different seed gives different numbers', () => {
    const other = runChunks(inputs, 8, chunksOf(RUNS));
    expect(Array.from(other.sumHi)).not.toEqual(Array.from(reference.sumHi));
  });

  it('the reported result is identical too, and serialises to the same JSON', async () => {
    const a = toResult(reference, inputs, { scenario: 'plan', seed: 7 });
    const pool = new PoolRunner({ size: 2, spawn: channelWorker });
    const b = toResult(await pool.run({ inputs, seed: 7, runs: RUNS }), inputs, {
      scenario: 'plan',
      seed: 7,
    });
    pool.dispose();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('the pool', () => {
  const reference3 = runChunks(inputs, 7, chunksOf(3 * CHUNK_RUNS));
  it('streams progress that adds up to the run and ends with the full summary', async () => {
    const pool = new PoolRunner({ size: 2, spawn: channelWorker, batchChunks: () => 1 });
    const seen: number[] = [];
    const s = await pool.run({ inputs, seed: 7, runs: RUNS }, { onProgress: (p) => seen.push(p.done) });
    pool.dispose();
    expect(seen.length).toBe(chunksOf(RUNS).length);
    expect(seen.at(-1)).toBe(RUNS);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(s.runs).toBe(RUNS);
  });

  it('starting small: the first partial result comes after one chunk, and the numbers are unchanged', async () => {
    const pool = new PoolRunner({ size: 2, spawn: channelWorker, startSmall: true });
    const seen: number[] = [];
    const s = await pool.run(
      { inputs, seed: 7, runs: 40 * CHUNK_RUNS },
      { onProgress: (p) => seen.push(p.done) },
    );
    pool.dispose();
    expect(seen[0]).toBe(CHUNK_RUNS);
    expect(seen.length).toBeLessThan(20); // later batches hold several chunks
    expectSame(runChunks(inputs, 7, chunksOf(40 * CHUNK_RUNS)), s);
  });

  /**
   * A worker in this thread whose answer waits 5 ms, as a real worker's does while it simulates the rest of its chunk
   * (here the answer would otherwise come in the same turn as the look).
   */
  const answeringLater = (): WorkerHandle => ({
    simulate: (req, onEarly) => {
      const s = workerApi.simulate(req, onEarly);
      return new Promise((resolve) => setTimeout(() => resolve(s), 5));
    },
    terminate: () => {},
  });

  it('an early look: the first partial result comes from EARLY_RUNS runs of a first chunk, and the numbers are unchanged', async () => {
    const pool = new PoolRunner({ size: 2, spawn: answeringLater, startSmall: true, earlyRuns: EARLY_RUNS });
    const seen: number[] = [];
    let first: Summary | null = null;
    const runs = 8 * CHUNK_RUNS;
    const s = await pool.run(
      { inputs, seed: 7, runs },
      {
        onProgress: (p) => {
          seen.push(p.done);
          first ??= p.summary;
        },
      },
    );
    pool.dispose();
    expect(seen[0]).toBe(EARLY_RUNS);
    expect(seen.filter((d) => d < CHUNK_RUNS)).toEqual([EARLY_RUNS]); // one look, the other worker's is dropped
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(runs);
    // the look is the first EARLY_RUNS paths of the first worker's chunk (chunk 0)
    expectSame(runChunks(inputs, 7, [{ index: 0, runs: EARLY_RUNS }]), first!);
    expectSame(runChunks(inputs, 7, chunksOf(runs)), s);
  });

  it('through comlink the look reaches the pool as a proxied call, and the batch answers as without it', async () => {
    const w = channelWorker();
    const req = { inputs, seed: 7, chunks: [{ index: 2, runs: CHUNK_RUNS }], early: EARLY_RUNS };
    let looked!: (s: Summary) => void;
    const look = new Promise<Summary>((resolve) => (looked = resolve));
    const answer = await w.simulate(req, looked);
    expectSame(runChunks(inputs, 7, [{ index: 2, runs: EARLY_RUNS }]), await look);
    expectSame(runChunks(inputs, 7, [{ index: 2, runs: CHUNK_RUNS }]), answer);
    w.terminate();
    // a pool over such workers gives the same numbers with the look on
    const pool = new PoolRunner({ size: 2, spawn: channelWorker, startSmall: true, earlyRuns: EARLY_RUNS });
    expectSame(reference3, await pool.run({ inputs, seed: 7, runs: 3 * CHUNK_RUNS }));
    pool.dispose();
  });

  it('only the first look to arrive is shown, and none once a batch is merged', async () => {
    // looks and answers come when this test says: worker k's look after looks[k] ms, its answer after answers[k] ms
    const timed = (looks: number[], answers: number[]) => {
      let k = 0;
      return (): WorkerHandle => {
        const me = k++;
        return {
          simulate: (req, onEarly) => {
            let look: Summary | null = null;
            const s = workerApi.simulate(req, (x: Summary) => (look = x));
            if (look && onEarly) setTimeout(() => onEarly(look!), looks[me]);
            return new Promise((resolve) => setTimeout(() => resolve(s), answers[me]));
          },
          terminate: () => {},
        };
      };
    };
    const run = async (looks: number[], answers: number[]) => {
      const pool = new PoolRunner({
        size: 2,
        spawn: timed(looks, answers),
        startSmall: true,
        earlyRuns: EARLY_RUNS,
      });
      const seen: number[] = [];
      const s = await pool.run(
        { inputs, seed: 7, runs: 4 * CHUNK_RUNS },
        { onProgress: (p) => seen.push(p.done) },
      );
      pool.dispose();
      expectSame(runChunks(inputs, 7, chunksOf(4 * CHUNK_RUNS)), s);
      return seen;
    };
    // both workers look before either answers: one look is shown
    expect((await run([1, 2], [20, 20])).filter((d) => d < CHUNK_RUNS)).toEqual([EARLY_RUNS]);
    // worker 1's look comes after worker 0's batch is merged: it is dropped, and worker 0 looked too late as well
    const late = await run([30, 40], [5, 60]);
    expect(late[0]).toBe(CHUNK_RUNS);
    expect(late.filter((d) => d < CHUNK_RUNS)).toEqual([]);
  });

  it('no early look where the first chunk is not longer than EARLY_RUNS (its answer is as early)', async () => {
    for (const runs of [400, EARLY_RUNS]) {
      const pool = new PoolRunner({
        size: 2,
        spawn: answeringLater,
        startSmall: true,
        earlyRuns: EARLY_RUNS,
      });
      const seen: number[] = [];
      await pool.run({ inputs, seed: 7, runs }, { onProgress: (p) => seen.push(p.done) });
      expect(seen).toEqual([runs]);
      pool.dispose();
    }
  });

  it('a worker reports the early look once, at the end of the batch of paths that reaches it, and returns the same batch', () => {
    const req = { inputs, seed: 7, chunks: [{ index: 3, runs: CHUNK_RUNS }] };
    const looks: Summary[] = [];
    const withLook = workerApi.simulate({ ...req, early: 500 }, (s: Summary) => looks.push(s));
    expect(looks.map((s) => s.runs)).toEqual([512]); // 32 batches of 16 paths
    expectSame(runChunks(inputs, 7, [{ index: 3, runs: 512 }]), looks[0]);
    expectSame(workerApi.simulate(req), withLook);
    // without a callback, or with a focus, nothing is reported and nothing fails
    expect(workerApi.simulate({ ...req, early: 500 }).runs).toBe(CHUNK_RUNS);
    const focus = { indicator: 'output', keep: 'targetYear' } as const;
    workerApi.simulate({ ...req, early: 500, focus }, (s: Summary) => looks.push(s));
    expect(looks).toHaveLength(1);
  });

  it("hands each worker its last batch's summary back to fill again (moved, not copied), with the same numbers", async () => {
    let handedBack = 0;
    let moved = 0;
    const spawn = (): WorkerHandle => {
      const w = channelWorker();
      return {
        simulate: (req) => {
          const reuse = req.reuse;
          if (reuse) handedBack++;
          const answer = w.simulate(req);
          if (reuse && reuse.counts.length === 0) moved++; // transferred: detached on this side
          return answer;
        },
        terminate: w.terminate,
      };
    };
    const pool = new PoolRunner({ size: 2, spawn, batchChunks: () => 1 });
    const s = await pool.run({ inputs, seed: 7, runs: RUNS });
    pool.dispose();
    expect(handedBack).toBe(chunksOf(RUNS).length - 2);
    expect(moved).toBe(handedBack);
    expectSame(runChunks(inputs, 7, chunksOf(RUNS)), s);
  });

  it("a worker fills a summary handed back only if it has the run's shape; otherwise it starts a fresh one", () => {
    const chunks = chunksOf(2 * CHUNK_RUNS);
    const spent = () => runChunks(inputs, 3, chunksOf(CHUNK_RUNS));
    const same = spent();
    expectSame(runChunks(inputs, 7, chunks), workerApi.simulate({ inputs, seed: 7, chunks, reuse: same }));
    const other = { ...inputs, startYear: 2016 }; // more years: another shape
    const got = workerApi.simulate({ inputs: other, seed: 7, chunks, reuse: spent() });
    expectSame(runChunks(other, 7, chunks), got);
    expect(got.nYears).toBe(runChunks(other, 7, chunks).nYears);
    expect(() => workerApi.simulate({ inputs, seed: 7, chunks, reuse: { counts: [1, 2] } })).toThrow(
      /invalid worker request/,
    );
  });

  it('starting small, each worker gets 1, 2, 4, … chunks (never more than guided scheduling gives)', async () => {
    const sizes: number[][] = [];
    const spawn = (): WorkerHandle => {
      const w = channelWorker();
      const mine: number[] = [];
      sizes.push(mine);
      return { simulate: (req) => (mine.push(req.chunks.length), w.simulate(req)), terminate: w.terminate };
    };
    const pool = new PoolRunner({ size: 2, spawn, startSmall: true });
    const s = await pool.run({ inputs, seed: 7, runs: 60 * CHUNK_RUNS });
    pool.dispose();
    expectSame(runChunks(inputs, 7, chunksOf(60 * CHUNK_RUNS)), s);
    for (const mine of sizes) {
      expect(mine.slice(0, 3)).toEqual([1, 2, 4]);
      for (const [k, n] of mine.entries()) expect(n).toBeLessThanOrEqual(2 ** k);
    }
    expect(sizes.flat().reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('while the run is about to be replaced, every batch is one chunk; the numbers are unchanged', async () => {
    const sizes: number[] = [];
    const spawn = (): WorkerHandle => {
      const w = channelWorker();
      return { simulate: (req) => (sizes.push(req.chunks.length), w.simulate(req)), terminate: w.terminate };
    };
    const pool = new PoolRunner({ size: 2, spawn, startSmall: true });
    let soon = false;
    const s = await pool.run(
      { inputs, seed: 7, runs: 30 * CHUNK_RUNS },
      { replaceSoon: () => soon, onProgress: (p) => void (soon = p.done >= 4 * CHUNK_RUNS) },
    );
    pool.dispose();
    expectSame(runChunks(inputs, 7, chunksOf(30 * CHUNK_RUNS)), s);
    // 1, 2 (and maybe 4) chunks until 4,000 runs are in; from then on one chunk at a time
    expect(sizes.slice(0, 4)).toEqual([1, 1, 2, 2]);
    expect(sizes.slice(6).every((n) => n === 1)).toBe(true);
    expect(sizes.length).toBeGreaterThanOrEqual(6 + (30 - 14));
  });

  it('a new run supersedes the one in progress (no queue of stale runs)', async () => {
    const pool = new PoolRunner({ size: 1, spawn: channelWorker, batchChunks: () => 1 });
    const first = pool.run({ inputs, seed: 7, runs: 20 * CHUNK_RUNS });
    const second = pool.run({ inputs, seed: 7, runs: 2 * CHUNK_RUNS });
    await expect(first).rejects.toBeInstanceOf(AbortError);
    expect((await second).runs).toBe(2 * CHUNK_RUNS);
    pool.dispose();
  });

  it('cancel by AbortSignal', async () => {
    const pool = new PoolRunner({ size: 1, spawn: channelWorker, batchChunks: () => 1 });
    const ctl = new AbortController();
    const run = pool.run(
      { inputs, seed: 7, runs: 10 * CHUNK_RUNS },
      { onProgress: () => ctl.abort(), signal: ctl.signal },
    );
    await expect(run).rejects.toBeInstanceOf(AbortError);
    pool.dispose();
  });

  it('a worker that dies is replaced and the run still gives the exact numbers', async () => {
    let spawned = 0;
    const flaky = (): WorkerHandle => {
      const n = spawned++;
      const real = channelWorker();
      let calls = 0;
      return {
        simulate: (req) =>
          n === 0 && calls++ === 1
            ? Promise.reject(new WorkerDiedError('killed in a test'))
            : real.simulate(req),
        terminate: real.terminate,
      };
    };
    const pool = new PoolRunner({ size: 2, spawn: flaky, batchChunks: () => 1 });
    expectSame(runChunks(inputs, 7, chunksOf(RUNS)), await pool.run({ inputs, seed: 7, runs: RUNS }));
    expect(pool.replaced).toBe(1);
    pool.dispose();
  });

  it('a batch that keeps killing workers fails the run with a clear error, and the pool keeps working', async () => {
    let poison = true;
    const deadly = (): WorkerHandle => {
      const real = channelWorker();
      return {
        simulate: (req) =>
          poison ? Promise.reject(new WorkerDiedError('out of memory')) : real.simulate(req),
        terminate: real.terminate,
      };
    };
    const pool = new PoolRunner({ size: 1, spawn: deadly });
    await expect(pool.run({ inputs, seed: 7, runs: 1000 })).rejects.toThrow(
      /stopped unexpectedly \(out of memory\)/,
    );
    poison = false;
    expect((await pool.run({ inputs, seed: 7, runs: 1000 })).runs).toBe(1000);
    pool.dispose();
  });

  it('a worker refuses a malformed request with a message naming the field', async () => {
    const w = channelWorker();
    const bad = {
      inputs: { ...inputs, levers: { ...inputs.levers, land: -5 } },
      seed: 7,
      chunks: [{ index: 0, runs: 10 }],
    };
    await expect(w.simulate(bad)).rejects.toThrow(/land.*outside the allowed range 0–2000/);
    await expect(w.simulate({ inputs, seed: 7 } as never)).rejects.toThrow(/chunks/);
    for (const early of [1, CHUNK_RUNS + 1, 2.5])
      await expect(w.simulate({ inputs, seed: 7, chunks: [{ index: 0, runs: 10 }], early })).rejects.toThrow(
        /early/,
      );
    w.terminate();
  });
});
