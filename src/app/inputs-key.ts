/**
 * What a run's inputs compute, as a short comparable key: the plan by its id and version with the targets and
 * base figures a user may have changed (not the whole plan text, which is the same for every run of it), then the
 * levers, assumptions, start year and pinned years.
 */
import type { RunRequest } from '../engine/runner.ts';
import type { ModelInputs } from '../model/inputs.ts';

export function inputsKey(inputs: ModelInputs): unknown[] {
  const { plan, ...rest } = inputs;
  return [plan.id, plan.version, plan.targets, plan.base, rest];
}

/** A request's identity: a result (its honest cost, its history check) belongs to exactly this request. */
export const requestKey = (req: RunRequest): string =>
  JSON.stringify([inputsKey(req.inputs), req.seed, req.runs]);
