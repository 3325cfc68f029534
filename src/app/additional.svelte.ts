/**
 * The honest cost on screen: what the scenario on screen adds over no-new-policy on the same draws, per 亿元 of
 * additional public money (src/engine/paired.ts). It runs after the main run has finished (so it never competes with
 * the main picture for a core), on one worker of its own, through a RunScheduler (latest only: a newer result
 * supersedes a paired run still going). Until its figures belong to the result on screen they are marked stale.
 */
import { additionalEffect, type AdditionalEffect, type PairedSummary } from '../engine/paired.ts';
import { PairedRunner, spawnPairedWorker, type PairedTransport } from '../engine/paired-runner.ts';
import type { SimulationResult } from '../engine/result.ts';
import type { RunRequest } from '../engine/runner.ts';
import type { ModelInputs } from '../model/inputs.ts';
import { BASELINE_ID } from './baseline.svelte.ts';
import { RunScheduler, type Clock } from './run-scheduler.ts';
import { scenarioById } from './scenarios.ts';

export type AdditionalState = 'idle' | 'running' | 'done' | 'error';

/** The baseline of the honest cost: no-new-policy's levers in the world of `inputs`. */
export function baselineInputs(inputs: ModelInputs): ModelInputs {
  const nnp = scenarioById(BASELINE_ID);
  if (!nnp) throw new Error(`the ${BASELINE_ID} scenario is missing`);
  return { ...inputs, levers: { ...nnp.levers } };
}

/** A request's identity: the paired figures belong to the result of exactly this request. */
export const requestKey = (req: RunRequest): string => JSON.stringify(req);

/** The result with its honest cost filled in (for exports): unchanged when `effect` is null. */
export function withAdditional(r: SimulationResult, effect: AdditionalEffect | null): SimulationResult {
  return effect ? { ...r, cost: { ...r.cost, additional: effect } } : r;
}

export class Additional {
  effect = $state.raw<AdditionalEffect | null>(null);
  state = $state<AdditionalState>('idle');
  done = $state(0);
  total = $state(0);
  /** the request the effect (or the run going) belongs to */
  key = $state<string | null>(null);
  error = $state<string | null>(null);
  #doneKey: string | null = null;
  #req: RunRequest | null = null;
  #scheduler: RunScheduler<PairedSummary>;

  constructor(opts: { transport?: () => PairedTransport; clock?: Clock } = {}) {
    this.#scheduler = new RunScheduler<PairedSummary>({
      runner: () =>
        new PairedRunner({ transport: opts.transport ?? spawnPairedWorker, baselineOf: baselineInputs }),
      clock: opts.clock,
      events: {
        onStart: (_id, [req]) => {
          this.state = 'running';
          this.error = null;
          this.done = 0;
          this.total = req.runs;
        },
        onProgress: (_id, _step, done) => (this.done = done),
        onSettled: (_id, o) => {
          const req = this.#req!;
          if (o.status === 'done') {
            this.effect = additionalEffect(
              o.summaries[0],
              req.inputs,
              baselineInputs(req.inputs),
              BASELINE_ID,
            );
            this.#doneKey = requestKey(req);
            this.state = 'done';
          } else if (o.status === 'error') {
            this.state = 'error';
            this.error = o.message;
          } else this.state = 'idle';
        },
      },
    });
  }

  /** The effect if it belongs to this request, else null. */
  effectFor(req: RunRequest | null): AdditionalEffect | null {
    return req && this.state === 'done' && this.#doneKey === requestKey(req) ? this.effect : null;
  }

  /** Computes the paired run for the request of a finished result, unless it already has. */
  refresh(req: RunRequest) {
    const k = requestKey(req);
    if (k === this.key && this.state !== 'error') return;
    this.key = k;
    this.#req = req;
    void this.#scheduler.runNow([req]);
  }

  /** Stops a paired run still going (a new main run needs the cores); its request runs again when asked. */
  pause() {
    if (this.state !== 'running') return;
    this.#scheduler.stop();
    this.key = null;
  }

  dispose() {
    this.#scheduler.dispose();
  }
}
