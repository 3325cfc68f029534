/**
 * The honest cost in the app: the paired runner gives the engine's paired summary in batches (same bits as one
 * call), checks its AbortSignal, and the Additional state computes the effect for the result on screen only, latest
 * only, and never again for the same request.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { Additional, SETTLE_MS, baselineInputs, withAdditional } from '../../../src/app/additional.svelte.ts';
import { fakeClock } from './fake-runner.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { chunksOf } from '../../../src/engine/chunks.ts';
import type { PairedRequest } from '../../../src/engine/messages.ts';
import { additionalEffect, runPairedChunks } from '../../../src/engine/paired.ts';
import { PairedRunner, sameThreadPaired, type PairedTransport } from '../../../src/engine/paired-runner.ts';
import { toResult } from '../../../src/engine/result.ts';
import { AbortError, type RunRequest } from '../../../src/engine/runner.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { workerApi } from '../../../src/engine/worker-api.ts';

const plan = scenarioById('plan')!;
const nnp = scenarioById('no-new-policy')!;
const req = (runs: number, seed: string | number = 11): RunRequest => ({
  inputs: toInputs(plan),
  seed,
  runs,
});

/** a transport that counts its calls */
function counting(): PairedTransport & { calls: PairedRequest[] } {
  const inner = sameThreadPaired();
  const calls: PairedRequest[] = [];
  return { calls, paired: (r) => (calls.push(r), inner.paired(r)), terminate: () => {} };
}

const settle = async (a: Additional) => {
  for (let i = 0; i < 200 && a.state === 'running'; i++) await new Promise((r) => setTimeout(r, 5));
};

describe('PairedRunner', () => {
  it('gives the same summary as one paired call, batch by batch with progress', async () => {
    const t = counting();
    const runner = new PairedRunner({ transport: () => t, baselineOf: baselineInputs, batchChunks: 2 });
    const seen: number[] = [];
    const got = await runner.run(req(5000), { onProgress: (p) => seen.push(p.done) });
    const r = req(5000);
    expect(got).toEqual(runPairedChunks(r.inputs, baselineInputs(r.inputs), 11, chunksOf(5000)));
    expect(t.calls).toHaveLength(3);
    expect(seen).toEqual([2000, 4000, 5000]);
    // the baseline is no-new-policy's levers in the same world
    expect(t.calls[0].baseline.levers).toEqual(nnp.levers);
    expect(t.calls[0].baseline.uncertainties).toEqual(t.calls[0].inputs.uncertainties);
  });

  it('stops at the next batch when aborted', async () => {
    const t = counting();
    const runner = new PairedRunner({ transport: () => t, baselineOf: baselineInputs, batchChunks: 1 });
    const abort = new AbortController();
    const run = runner.run(req(5000), {
      signal: abort.signal,
      onProgress: (p) => p.done >= 2000 && abort.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(t.calls).toHaveLength(2);
  });

  it('an abort does not wait for the batch in flight: its worker is terminated and the next run starts a new one', async () => {
    let made = 0;
    let terminated = 0;
    const hanging = (): PairedTransport => {
      made++;
      return { paired: () => new Promise<never>(() => {}), terminate: () => void terminated++ };
    };
    const runner = new PairedRunner({ transport: hanging, baselineOf: baselineInputs, batchChunks: 1 });
    /** a run aborted while its first batch is in the worker */
    const abortedInFlight = async () => {
      const abort = new AbortController();
      const run = runner.run(req(3000), { signal: abort.signal });
      await Promise.resolve();
      abort.abort();
      await expect(run).rejects.toBeInstanceOf(AbortError);
    };
    await abortedInFlight();
    expect([made, terminated]).toEqual([1, 1]);
    // aborted before it starts: no worker is made
    await expect(runner.run(req(3000), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    await abortedInFlight();
    expect([made, terminated]).toEqual([2, 2]);
  });

  it("the worker's paired method validates its message and gives the same numbers", () => {
    const r = req(1000);
    const msg = { inputs: r.inputs, baseline: baselineInputs(r.inputs), seed: 11, chunks: chunksOf(1000) };
    expect(workerApi.paired(JSON.parse(JSON.stringify(msg)))).toEqual(
      runPairedChunks(r.inputs, msg.baseline, 11, msg.chunks),
    );
    expect(() => workerApi.paired({ ...msg, baseline: { nonsense: 1 } })).toThrow(/invalid worker request/);
  });
});

describe('Additional (the cost line state)', () => {
  it('computes the effect for a finished request once, and only that request has it', async () => {
    const t = counting();
    const a = new Additional({ transport: () => t, settleMs: 0 });
    const r = req(2000);
    a.refresh(r);
    expect(a.state).toBe('running');
    await settle(a);
    expect(a.state).toBe('done');
    const want = additionalEffect(
      runPairedChunks(r.inputs, baselineInputs(r.inputs), 11, chunksOf(2000)),
      r.inputs,
      baselineInputs(r.inputs),
      scenarioById('no-new-policy')!,
    );
    expect(a.effect).toEqual(want);
    expect(a.effectFor(req(2000))).toEqual(want);
    expect(a.effectFor(req(2000, 12))).toBeNull();
    // the plan spends more than no new policy: the per-亿元 band exists and is finite
    expect(want.additionalPublicMoney).toBeGreaterThan(0);
    expect(want.additionalOutputPerYuan!.p5!).toBeLessThanOrEqual(want.additionalOutputPerYuan!.p95!);
    const calls = t.calls.length;
    a.refresh(req(2000));
    expect(a.state).toBe('done');
    expect(t.calls).toHaveLength(calls);
    a.dispose();
  });

  it('latest only: a newer request supersedes one still running', async () => {
    const a = new Additional({ transport: sameThreadPaired, settleMs: 0 });
    a.refresh(req(8000, 1));
    a.refresh(req(1000, 2));
    await settle(a);
    expect(a.state).toBe('done');
    expect(a.effectFor(req(1000, 2))).not.toBeNull();
    expect(a.effectFor(req(8000, 1))).toBeNull();
    a.pause(); // nothing running: no change
    expect(a.state).toBe('done');
    a.dispose();
  });

  it('starts only once the result has stayed on screen for SETTLE_MS; a change before that starts nothing', async () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const t = counting();
    let spawned = 0;
    const a = new Additional({ transport: () => (spawned++, t), clock: fakeClock });
    a.refresh(req(1000, 1));
    expect(a.state).toBe('idle');
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    a.pause(); // a new main run began: the wait is dropped, no worker was started
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(spawned).toBe(0);
    expect(t.calls).toHaveLength(0);
    a.refresh(req(1000, 2));
    a.refresh(req(1000, 3)); // a newer result replaces the one waiting
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(a.state).toBe('done');
    expect(spawned).toBe(1);
    expect(t.calls.map((c) => c.seed)).toEqual([3]);
    expect(a.effectFor(req(1000, 3))).not.toBeNull();
    a.dispose();
  });

  it('a scenario that spends no more than no new policy has no per-亿元 figure', async () => {
    const a = new Additional({ transport: sameThreadPaired, settleMs: 0 });
    const r: RunRequest = { inputs: toInputs(nnp), seed: 3, runs: 1000 };
    a.refresh(r);
    await settle(a);
    expect(a.effect!.additionalPublicMoney).toBe(0);
    expect(a.effect!.additionalOutputPerYuan).toBeNull();
    expect(a.effect!.additionalOutput.p50).toBe(0); // same levers, same draws: nothing added
    a.dispose();
  });

  it('withAdditional puts the effect into the exported result', async () => {
    const r = req(1000);
    const summary = await new SameThreadRunner().run(r);
    const result = toResult(summary, r.inputs, { scenario: plan, seed: 11 });
    expect(result.cost.additional).toBeNull();
    expect(withAdditional(result, null)).toBe(result);
    const eff = additionalEffect(
      runPairedChunks(r.inputs, baselineInputs(r.inputs), 11, chunksOf(1000)),
      r.inputs,
      baselineInputs(r.inputs),
      scenarioById('no-new-policy')!,
    );
    expect(withAdditional(result, eff).cost.additional).toEqual(eff);
  });
});
