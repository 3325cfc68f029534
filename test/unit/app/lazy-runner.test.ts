/**
 * A runner whose code loads on its first run: the load happens once, a failed load fails that run and is tried again
 * on the next, and a runner disposed while its code loads is disposed as soon as it is made (no worker left behind).
 */
import { describe, expect, it } from 'vitest';
import { LazyJobRunner } from '../../../src/app/lazy-runner.ts';
import type { JobRunner } from '../../../src/app/run-scheduler.ts';
import type { RunRequest } from '../../../src/engine/runner.ts';

const req = { runs: 10 } as unknown as RunRequest;

function inner(): JobRunner<number> & { runs: number; disposed: number } {
  return {
    runs: 0,
    disposed: 0,
    run(r) {
      this.runs++;
      return Promise.resolve(r.runs);
    },
    dispose() {
      this.disposed++;
    },
  };
}

describe('LazyJobRunner', () => {
  it('loads once, on the first run, and hands the runs to the loaded runner', async () => {
    const made = inner();
    let loads = 0;
    const lazy = new LazyJobRunner(() => (loads++, Promise.resolve(made)));
    expect(loads).toBe(0);
    expect(await lazy.run(req)).toBe(10);
    expect(await lazy.run(req)).toBe(10);
    expect(loads).toBe(1);
    expect(made.runs).toBe(2);
    lazy.dispose();
    expect(made.disposed).toBe(1);
  });

  it('fails the run whose load failed and loads again on the next', async () => {
    const made = inner();
    let loads = 0;
    const lazy = new LazyJobRunner(() =>
      ++loads === 1 ? Promise.reject(new Error('chunk gone')) : Promise.resolve(made),
    );
    await expect(lazy.run(req)).rejects.toThrow('chunk gone');
    expect(await lazy.run(req)).toBe(10);
    expect(loads).toBe(2);
  });

  it('disposes a runner that arrives after dispose, and never runs it', async () => {
    const made = inner();
    let arrive: (r: JobRunner<number>) => void = () => {};
    const lazy = new LazyJobRunner(() => new Promise<JobRunner<number>>((r) => (arrive = r)));
    const run = lazy.run(req);
    lazy.dispose();
    arrive(made);
    await expect(run).rejects.toThrow('disposed');
    expect(made.disposed).toBe(1);
    expect(made.runs).toBe(0);
  });
});
