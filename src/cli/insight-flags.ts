/** Flags and helpers shared by the insight commands (sensitivity, goal seek, attribution). */
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { createNodePool } from '../engine/node-pool.ts';
import { runEach, type Runner } from '../engine/runner.ts';
import { SameThreadRunner } from '../engine/same-thread.ts';
import { UsageError, type FlagTable } from './args.ts';
import { SCENARIO_FLAGS } from './scenario-flags.ts';
import { nextTurn, onStop } from './stop-on-signal.ts';

/** Runs per variant when --runs is not given: the tools simulate dozens of variants. */
export const INSIGHT_RUNS = 2000;

export const INSIGHT_FLAGS: FlagTable = {
  ...SCENARIO_FLAGS,
  runs: {
    ...SCENARIO_FLAGS.runs,
    default: String(INSIGHT_RUNS),
    help: 'Monte Carlo runs per variant, 100–10,000,000',
  },
  indicator: {
    type: 'string',
    default: 'output',
    value: 'K',
    help: `the indicator: ${INDICATORS.join(', ')}`,
  },
};

export function indicatorFromFlags(values: Record<string, unknown>): Indicator {
  const k = String(values.indicator);
  if (!(INDICATORS as readonly string[]).includes(k))
    throw new UsageError(`--indicator: unknown indicator "${k}"; indicators are: ${INDICATORS.join(', ')}`);
  return k as Indicator;
}

/**
 * The runner of an insight command: the same thread (giving a stop its turn between chunks) or a pool of Node
 * threads, which a stop ends. Its dispose() also forgets it.
 */
export function runnerFor(workers: number): Runner {
  const runner = workers === 1 ? new SameThreadRunner({ between: nextTurn }) : createNodePool(workers);
  const forget = onStop(() => runner.dispose());
  return {
    run: (req, opts) => runner.run(req, opts),
    runMany: (reqs, opts) => runEach(runner, reqs, opts),
    dispose: () => {
      forget();
      runner.dispose();
    },
  };
}
