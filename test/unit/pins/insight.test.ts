/**
 * The insight tools' outputs pinned byte for byte (issue 22 item 4): the tornado, goal seek and attribution must give
 * exactly the same figures when they learn to do only their question's work (paths ending at the target year, one
 * indicator summarised, variants spread over the workers). The fixtures were written by the code before that change
 * (lean-engine at 2c548e2); a deliberate, versioned model change rewrites them with PIN_UPDATE=1 and says so.
 *
 * The run counts are small but cover what the lean runs must get right: a last chunk with an odd count (an unpaired
 * path), a start year before the base year (the back-cast), an integer indicator (its median is a whole number), a
 * plan with other years and sectors (2026–2030), and both runners (same thread and a pool of two channel workers).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noPolicyLevers } from '../../../src/model/inputs.ts';
import { planModel } from '../../../src/model/plan.ts';
import { PoolRunner } from '../../../src/engine/pool.ts';
import type { Runner } from '../../../src/engine/runner.ts';
import { SameThreadRunner } from '../../../src/engine/same-thread.ts';
import { attribution } from '../../../src/insight/attribution.ts';
import { goalSeek } from '../../../src/insight/goal-seek.ts';
import { sensitivity } from '../../../src/insight/sensitivity.ts';
import { bundledPlan } from '../../../src/scenario/plans.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { loadScenario, planInputs, PM } from '../../helpers.ts';
import { channelWorker } from '../engine/channel-worker.ts';

const DIR = new URL('../../fixtures/pins/', import.meta.url);
const UPDATE = process.env.PIN_UPDATE === '1';
const PLAN_2030 = bundledPlan('cq-ngit-2026-2030')!;

const CASES: [string, (r: Runner) => Promise<unknown>][] = [
  ['tornado-output', (r) => sensitivity(r, planInputs(), 'output', { seed: 7, runs: 1001 })],
  ['tornado-leading-firms', (r) => sensitivity(r, planInputs(), 'leading_firms', { seed: 3, runs: 201 })],
  [
    'tornado-backcast-2016',
    (r) => sensitivity(r, toInputs(loadScenario('backcast-2016.json')), 'output', { seed: 7, runs: 151 }),
  ],
  ['tornado-2026-2030', (r) => sensitivity(r, planInputs({}, PLAN_2030), 'va_ratio', { seed: 5, runs: 151 })],
  ['goal-seek-output', (r) => goalSeek(r, planInputs(), 'output', 0.8, { seed: 11, runs: 501 })],
  ['goal-seek-leading-firms', (r) => goalSeek(r, planInputs(), 'leading_firms', 0.5, { seed: 2, runs: 201 })],
  [
    'attribution-output',
    (r) => attribution(r, planInputs(), noPolicyLevers(PM), 'output', { seed: 7, runs: 501 }),
  ],
  [
    'attribution-2026-2030',
    (r) =>
      attribution(r, planInputs({}, PLAN_2030), noPolicyLevers(planModel(PLAN_2030)), 'rd_intensity', {
        seed: 4,
        runs: 151,
      }),
  ],
];

const RUNNERS: [string, () => Runner][] = [
  ['same thread', () => new SameThreadRunner()],
  ['a pool of 2', () => new PoolRunner({ size: 2, spawn: channelWorker })],
];

describe("the insight tools' outputs are pinned byte for byte", () => {
  for (const [name, make] of CASES) {
    for (const [runnerName, runner] of UPDATE ? RUNNERS.slice(0, 1) : RUNNERS) {
      it(`${name} (${runnerName})`, async () => {
        const r = runner();
        try {
          const got = `${JSON.stringify(await make(r), null, 1)}\n`;
          const url = new URL(`insight-${name}.json`, DIR);
          if (UPDATE) {
            mkdirSync(DIR, { recursive: true });
            writeFileSync(url, got);
            return;
          }
          if (!existsSync(url)) throw new Error(`${url.pathname} is missing (PIN_UPDATE=1 writes it)`);
          expect(got === readFileSync(url, 'utf8'), `${name} differs from its pin`).toBe(true);
        } finally {
          r.dispose();
        }
      }, 120_000);
    }
  }
});
