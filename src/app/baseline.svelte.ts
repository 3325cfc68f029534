/**
 * The no-new-policy baseline drawn on the main fan charts, when asked for: the no-new-policy scenario's levers in
 * the world on screen (the same assumptions, pinned years, seed and runs), so the gap between the median and the
 * baseline is what the levers add, with common random numbers. It runs on a one-worker pool of its own through a
 * RunScheduler, and again only when something other than the levers changes.
 */
import { createBrowserPool } from '../engine/browser-pool.ts';
import { toResult, type SimulationResult } from '../engine/result.ts';
import type { RunRequest, Runner } from '../engine/runner.ts';
import { RunScheduler, type Clock } from './run-scheduler.ts';
import type { ScenarioDraft } from './scenario-draft.svelte.ts';
import { noPolicyLevers } from '../model/inputs.ts';
import { requestKey } from './inputs-key.ts';

export const BASELINE_ID = 'no-new-policy';

export class Baseline {
  on = $state(false);
  result = $state.raw<SimulationResult | null>(null);
  state = $state<'idle' | 'running' | 'done' | 'error'>('idle');
  #draft: ScenarioDraft;
  #scheduler: RunScheduler;
  #ranWith: string | null = null;

  constructor(draft: ScenarioDraft, opts: { runner?: () => Runner; clock?: Clock } = {}) {
    this.#draft = draft;
    this.#scheduler = new RunScheduler({
      runner: opts.runner ?? (() => createBrowserPool(1)),
      clock: opts.clock,
      events: {
        onStart: () => (this.state = 'running'),
        onSettled: (_id, o) => {
          if (o.status === 'done') {
            this.result = toResult(o.summaries[0], this.#pending!.inputs, {
              scenario: BASELINE_ID,
              seed: this.#pending!.seed,
            });
            this.state = 'done';
          } else if (o.status === 'error') this.state = 'error';
          else this.state = 'idle';
        },
      },
    });
  }

  #pending: RunRequest | null = null;

  /** What the baseline run asks for: the plan's no-new-policy levers in the draft's world. */
  request(): RunRequest | null {
    const inputs = this.#draft.inputs();
    return {
      inputs: { ...inputs, levers: noPolicyLevers(this.#draft.pm) },
      seed: this.#draft.seed,
      runs: this.#draft.runs,
    };
  }

  /** Runs the baseline if it is on and its inputs changed since the last run. */
  refresh() {
    if (!this.on) return;
    const req = this.request();
    if (!req) return;
    const sig = requestKey(req);
    if (sig === this.#ranWith) return;
    this.#ranWith = sig;
    this.#pending = req;
    this.#scheduler.schedule([req]);
  }

  toggle(on: boolean) {
    this.on = on;
    this.refresh();
  }

  dispose() {
    this.#scheduler.dispose();
  }
}
