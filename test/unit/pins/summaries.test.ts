/**
 * The byte-identical pin of the plan-file refactor (issue 19, item 2): the command line's JSON and CSV for the five
 * shipped scenarios at their seed (7) and 2,500 runs (three chunks, the last one partial) must not change by a single
 * byte when the plan moves from code into plans/cq-ngit-2021-2025.json. The fixtures were written by the code before
 * the refactor (main at fa457fd). A deliberate, versioned model change rewrites them with PIN_UPDATE=1 and says so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../../src/engine/chunks.ts';
import { createPairedSummary, createScenarioSummary, runPairedChunks } from '../../../src/engine/paired.ts';
import { baselineInputs, renderResult } from '../../../src/cli/simulate-output.ts';
import { toInputs } from '../../../src/scenario/to-inputs.ts';
import { planOf } from '../../../src/scenario/parse.ts';
import { loadScenario } from '../../helpers.ts';

const DIR = new URL('../../fixtures/pins/', import.meta.url);
const UPDATE = process.env.PIN_UPDATE === '1';
const RUNS = 2500;

/** scenario file → the baseline its honest cost is measured against (the no-new-policy of its start year) */
const CASES: [string, string][] = [
  ['plan.json', 'no-new-policy.json'],
  ['no-new-policy.json', 'no-new-policy.json'],
  ['downside.json', 'no-new-policy.json'],
  ['realised-pc-demand.json', 'no-new-policy.json'],
  ['backcast-2016.json', 'backcast-2016.json'],
];

function outputs(file: string, baselineFile: string) {
  const s = { ...loadScenario(file), runs: RUNS };
  const baseline = loadScenario(baselineFile);
  const summary = createScenarioSummary(planOf(s), s.startYear);
  const paired = createPairedSummary();
  runPairedChunks(toInputs(s), baselineInputs(s, baseline), s.seed, chunksOf(RUNS), paired, summary);
  return {
    json: renderResult(s, baseline, summary, paired, 'json'),
    csv: renderResult(s, baseline, summary, paired, 'csv'),
  };
}

describe('the JSON and CSV of the shipped scenarios are pinned byte for byte', () => {
  for (const [file, baselineFile] of CASES) {
    it(`${file} (seed 7, ${RUNS} runs, baseline ${baselineFile})`, () => {
      const got = outputs(file, baselineFile);
      for (const ext of ['json', 'csv'] as const) {
        const url = new URL(file.replace(/\.json$/, `.${ext}`), DIR);
        if (UPDATE) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(url, got[ext]);
          continue;
        }
        if (!existsSync(url)) throw new Error(`${url.pathname} is missing (PIN_UPDATE=1 writes it)`);
        expect(got[ext] === readFileSync(url, 'utf8'), `${file} → ${ext} differs from its pin`).toBe(true);
      }
    });
  }
});
