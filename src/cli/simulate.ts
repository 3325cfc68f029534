/**
 * npm run simulate -- --scenario NAME|PATH [--runs N] [--seed S] [--workers K] [--set lever=value]…
 *                     [--format json|csv] [--out FILE]
 *
 * Runs a scenario and prints, for each of the plan's ten indicators and each year, the mean and percentiles, the
 * probability of meeting each 2025 target with its Monte Carlo standard error, and the probability of meeting all
 * ten. Bad input gets a message naming the field and the allowed range, and exit code 2; nothing is clamped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LEVER_KEYS, LEVERS, type LeverKey } from '../model/parameters.ts';
import { parseScenario, parseScenarioJson } from '../scenario/parse.ts';
import { toInputs } from '../scenario/to-inputs.ts';
import { toCsv } from '../engine/csv.ts';
import { createNodePool } from '../engine/node-pool.ts';
import { toResult } from '../engine/result.ts';
import { SameThreadRunner } from '../engine/same-thread.ts';
import type { Runner } from '../engine/runner.ts';

const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

class UsageError extends Error {}

function fail(lines: string[]): never {
  throw new UsageError(lines.join('\n'));
}

function readScenarioText(ref: string): { text: string; from: string } {
  const named = `${SCENARIO_DIR}${ref}.json`;
  if (/^[a-z0-9-]+$/.test(ref) && existsSync(named))
    return { text: readFileSync(named, 'utf8'), from: named };
  if (existsSync(ref)) return { text: readFileSync(ref, 'utf8'), from: ref };
  const names = ['plan', 'no-new-policy', 'downside', 'realised-pc-demand', 'backcast-2016'];
  fail([`unknown scenario "${ref}": give a file path or one of: ${names.join(', ')}`]);
}

function parseNumber(flag: string, raw: string): number {
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x)) fail([`${flag}: "${raw}" is not a number`]);
  return x;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: 'plan' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string', default: '1' },
      set: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'npm run simulate -- --scenario NAME|PATH [--runs N] [--seed S] [--workers K] [--set lever=value]… [--format json|csv] [--out FILE]\n' +
        `levers: ${LEVER_KEYS.map((k) => `${k} (${LEVERS[k].min}–${LEVERS[k].max} ${LEVERS[k].unit.en})`).join(', ')}\n`,
    );
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'csv')
    fail([`--format must be json or csv, not "${values.format}"`]);
  const workers = parseNumber('--workers', values.workers!);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    fail(['--workers must be a whole number from 1 to 64']);

  const { text, from } = readScenarioText(values.scenario!);
  const parsedFile = parseScenarioJson(text);
  if (!parsedFile.ok)
    fail([`scenario file ${from} is not valid:`, ...parsedFile.errors.map((e) => '  ' + e)]);
  const scenario = structuredClone(parsedFile.value);

  for (const s of values.set!) {
    const m = /^([a-z_]+)=(.*)$/.exec(s);
    if (!m) fail([`--set "${s}": write it as lever=value, e.g. --set fund=20`]);
    if (!(LEVER_KEYS as readonly string[]).includes(m[1])) {
      fail([`--set: unknown lever "${m[1]}"; levers are: ${LEVER_KEYS.join(', ')}`]);
    }
    scenario.levers[m[1] as LeverKey] = parseNumber(`--set ${m[1]}`, m[2]);
  }
  if (values.runs !== undefined) scenario.runs = parseNumber('--runs', values.runs);
  if (values.seed !== undefined)
    scenario.seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;

  const checked = parseScenario(scenario);
  if (!checked.ok) fail(['invalid input:', ...checked.errors.map((e) => '  ' + e)]);
  const s = checked.value;

  const runner: Runner = workers === 1 ? new SameThreadRunner() : createNodePool(workers);
  const started = performance.now();
  let lastReport = 0;
  try {
    const summary = await runner.run(
      { inputs: toInputs(s), seed: s.seed, runs: s.runs },
      {
        onProgress: ({ done, total }) => {
          const now = performance.now();
          if (!values.quiet && process.stderr.isTTY && (now - lastReport > 250 || done === total)) {
            lastReport = now;
            process.stderr.write(`\r${done.toLocaleString('en')} / ${total.toLocaleString('en')} runs`);
          }
        },
      },
    );
    const result = toResult(summary, toInputs(s), { scenario: s.id, seed: s.seed });
    const body = values.format === 'csv' ? toCsv(result) : JSON.stringify(result, null, 2) + '\n';
    if (values.out) writeFileSync(values.out, body);
    else process.stdout.write(body);
    if (!values.quiet) {
      const secs = ((performance.now() - started) / 1000).toFixed(2);
      process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${s.runs} runs of "${s.id}" in ${secs} s\n`);
    }
    return 0;
  } finally {
    runner.dispose();
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof UsageError || (e instanceof TypeError && 'code' in e)) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
