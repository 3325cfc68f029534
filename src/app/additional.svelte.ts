/**
 * The honest cost on screen: what the scenario on screen adds over no-new-policy on the same draws, per 亿元 of
 * additional public money (src/engine/paired.ts). It runs after the main run has finished and the screen has stayed
 * on that result for SETTLE_MS (so it never competes with the main picture for a core, and a quick series of changes
 * neither starts nor kills a worker for each), on one worker of its own, through a RunScheduler (latest only: a newer
 * result supersedes a paired run still going). Until its figures belong to the result on screen they are marked stale.
 */
import type { AdditionalEffect, BaselineRef, PairedSummary } from '../engine/paired.ts';
import type { PairedTransport } from '../engine/paired-runner.ts';
import type { SimulationResult } from '../engine/result.ts';
import type { RunRequest } from '../engine/runner.ts';
import { noPolicyLevers, type ModelInputs } from '../model/inputs.ts';
import { planModel } from '../model/plan.ts';
import { requestKey } from './inputs-key.ts';
import { BASELINE_ID } from './baseline.svelte.ts';
import { LazyJobRunner } from './lazy-runner.ts';
import { RunScheduler, systemClock, type Clock } from './run-scheduler.ts';
import { scenarioById } from './scenarios.ts';

export type AdditionalState = 'idle' | 'running' | 'done' | 'error';

/**
 * How long a finished result stays on screen before its paired run starts (ms). A paired run that a new lever change
 * interrupts is terminated with its worker, and the next one starts a new worker (about 35 ms of compiling and
 * loading on a core the main run needs, seen in Chromium traces): waiting this long spares that during clicks and
 * drags, and adds this much before the cost line of a settled result appears.
 */
export const SETTLE_MS = 400;

/** The baseline of the honest cost: the plan's no-new-policy levers in the world of `inputs`. */
export function baselineInputs(inputs: ModelInputs): ModelInputs {
  return { ...inputs, levers: noPolicyLevers(planModel(inputs.plan)) };
}

/** The baseline as the results name it: the plan's no-new-policy preset, by its name (labels never show its id). */
function baselineRef(planId: string): BaselineRef {
  const nnp = scenarioById(BASELINE_ID, planId);
  if (!nnp) throw new Error(`the ${BASELINE_ID} scenario is missing`);
  return { id: nnp.id, name: nnp.name };
}

/** The result with its honest cost filled in (for exports): unchanged when `effect` is null. */
export function withAdditional(r: SimulationResult, effect: AdditionalEffect | null): SimulationResult {
  return effect ? { ...r, cost: { ...r.cost, additional: effect } } : r;
}

/** the paired run's code (./additional-run.ts), once loaded: the first paired run loads it */
let code: typeof import('./additional-run.ts') | null = null;
const loadCode = () => import('./additional-run.ts').then((m) => (code = m));

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
  #clock: Clock;
  #settleMs: number;
  /** the start waiting for the result to settle, or null */
  #timer: unknown = null;

  constructor(opts: { transport?: () => PairedTransport; clock?: Clock; settleMs?: number } = {}) {
    this.#clock = opts.clock ?? systemClock;
    this.#settleMs = opts.settleMs ?? SETTLE_MS;
    this.#scheduler = new RunScheduler<PairedSummary>({
      runner: () =>
        new LazyJobRunner(() =>
          loadCode().then(
            (m) =>
              new m.PairedRunner({
                transport: opts.transport ?? m.spawnPairedWorker,
                baselineOf: baselineInputs,
              }),
          ),
        ),
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
          // a run that is done ran through the loaded code
          if (o.status === 'done' && code) {
            this.effect = code.additionalEffect(
              o.summaries[0],
              req.inputs,
              baselineInputs(req.inputs),
              baselineRef(req.inputs.plan.id),
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

  /** Computes the paired run for the request of a finished result, SETTLE_MS from now, unless it already has. */
  refresh(req: RunRequest) {
    const k = requestKey(req);
    if (k === this.key && this.state !== 'error') return;
    this.#cancelWait();
    this.key = k;
    this.#req = req;
    if (this.#settleMs <= 0) {
      void this.#scheduler.runNow([req]);
      return;
    }
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      void this.#scheduler.runNow([req]);
    }, this.#settleMs);
  }

  /**
   * Stops a paired run still going or waiting to start (a new main run needs the cores); its request runs again
   * when asked.
   */
  pause() {
    if (this.#timer !== null) {
      this.#cancelWait();
      this.key = null;
    }
    if (this.state !== 'running') return;
    this.#scheduler.stop();
    this.key = null;
  }

  #cancelWait() {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  dispose() {
    this.#cancelWait();
    this.#scheduler.dispose();
  }
}
