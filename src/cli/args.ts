/**
 * The strict command line shared by every command in src/cli: one flag table per command (from which both the
 * parser and `--help` are made), plain decimal integers for seeds and counts, a scenario that must be a regular file
 * of at most 1 MB (or a known scenario name), an output path checked for writability before any simulation, and one
 * short message per problem with exit code 2 — never a stack trace for the user's own mistakes.
 */
import {
  accessSync,
  constants,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LEVER_KEYS, LEVERS, type LeverKey } from '../model/parameters.ts';
import { parseScenario, parseScenarioJson } from '../scenario/parse.ts';
import { RUNS_MAX, RUNS_MIN, type Scenario } from '../scenario/schema.ts';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
/** Largest scenario file read. A real scenario is about 2 kB. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;
export const SEED_MAX = 2 ** 31 - 1;
export const WORKERS_MAX = 64;

/** A problem with the user's input: printed as one line (or a short list) with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface FlagDef {
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** shown in --help; for strings also the parser's default */
  default?: string;
  /** placeholder in --help, e.g. N */
  value?: string;
  help: string;
}
export type FlagTable = Record<string, FlagDef>;

/** The ids of the scenarios shipped in scenarios/. */
export function scenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Flags every simulating command shares. */
export const SCENARIO_FLAGS: FlagTable = {
  scenario: {
    type: 'string',
    default: 'plan',
    value: 'NAME|PATH',
    help: 'a scenario name (see below) or a scenario file, a regular file of at most 1 MB',
  },
  runs: {
    type: 'string',
    value: 'N',
    help: `Monte Carlo runs, a whole number ${RUNS_MIN}–${RUNS_MAX.toLocaleString('en')}, drawn in antithetic pairs (an odd count leaves the last run unpaired; default: the scenario's)`,
  },
  seed: {
    type: 'string',
    value: 'S',
    help: `random seed, a whole number 0–${SEED_MAX} (default: the scenario's)`,
  },
  workers: {
    type: 'string',
    default: '1',
    value: 'K',
    help: `worker threads, 1–${WORKERS_MAX}; the numbers do not depend on it`,
  },
  set: {
    type: 'string',
    multiple: true,
    value: 'lever=value',
    help: 'override a lever, repeatable (levers and ranges below)',
  },
};

export const OUTPUT_FLAGS: FlagTable = {
  out: { type: 'string', value: 'FILE', help: 'write the result to FILE (default: standard output)' },
  quiet: { type: 'boolean', default: 'false', help: 'no progress or timing on standard error' },
  help: { type: 'boolean', default: 'false', help: 'show this help' },
};

export function helpText(usage: string, what: string, flags: FlagTable): string {
  const lines = [`usage: ${usage}`, '', what, '', 'flags:'];
  for (const [name, f] of Object.entries(flags)) {
    const head = `  --${name}${f.value ? ' ' + f.value : ''}`;
    const dflt =
      f.default !== undefined
        ? ` [default: ${f.default}]`
        : /\(default: /.test(f.help)
          ? ''
          : ' [default: none]';
    lines.push(`${head.padEnd(28)} ${f.help}${dflt}`);
  }
  lines.push(
    '',
    `scenario names: ${scenarioNames().join(', ')}`,
    '',
    'levers (--set lever=value, range and unit):',
  );
  for (const k of LEVER_KEYS) {
    const d = LEVERS[k];
    lines.push(`  ${k.padEnd(20)} ${d.min}–${d.max} ${d.unit.en} [plan: ${d.default}]`);
  }
  return lines.join('\n') + '\n';
}

/** node:util parseArgs with the table; its errors become one-line usage errors. */
export function parseFlags(argv: string[], flags: FlagTable) {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, f]) => {
      const o: { type: 'string' | 'boolean'; multiple?: boolean; default?: string | boolean | string[] } = {
        type: f.type,
      };
      if (f.multiple) {
        o.multiple = true;
        o.default = [];
      } else if (f.default !== undefined) o.default = f.type === 'boolean' ? f.default === 'true' : f.default;
      return [name, o];
    }),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (e) {
    const msg = (e as Error).message;
    const name = /'(-[^']*)'/.exec(msg)?.[1];
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name)
      throw new UsageError(`unknown flag ${name} (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
      const flag = name.split(' ')[0];
      throw new UsageError(
        /does not take/.test(msg)
          ? `${flag} takes no value (see --help)`
          : `${flag} needs a value (see --help)`,
      );
    }
    throw new UsageError(`${msg.split('\n')[0]} (see --help)`);
  }
}

/** A plain decimal whole number in [min, max]: "-1", "1.5", "0x100", "1e3" and " 7" are refused. */
export function decimalInt(flag: string, raw: string, min: number, max: number): number {
  const range = `${min.toLocaleString('en')}–${max.toLocaleString('en')}`;
  if (!/^[0-9]+$/.test(raw)) throw new UsageError(`${flag}: "${raw}" is not a plain whole number (${range})`);
  const x = Number(raw);
  if (x < min || x > max) throw new UsageError(`${flag}: ${raw} is outside ${range}`);
  return x;
}

/** A plain decimal number (optional sign and fraction): for lever values and probabilities. */
export function decimalNumber(flag: string, raw: string): number {
  if (!/^-?[0-9]+(\.[0-9]+)?$/.test(raw)) throw new UsageError(`${flag}: "${raw}" is not a number`);
  return Number(raw);
}

function describeKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  return code ? `cannot open (${code})` : `cannot open (${(e as Error).message})`;
}

/**
 * Reads a JSON input file: checked with statSync before opening, so a FIFO, a device or a directory is refused at
 * once without reading (a FIFO would block; /dev/zero would never end).
 */
export function readInputFile(flag: string, path: string, maxBytes = MAX_SCENARIO_BYTES): string {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    throw new UsageError(`${flag} ${path}: ${fsReason(e)}`);
  }
  if (!st.isFile()) throw new UsageError(`${flag} ${path}: ${describeKind(st)}, not a regular file`);
  if (st.size > maxBytes)
    throw new UsageError(
      `${flag} ${path}: ${st.size.toLocaleString('en')} bytes, at most ${maxBytes.toLocaleString('en')}`,
    );
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${flag} ${path}: ${fsReason(e)}`);
  }
}

/** A known scenario name (a shipped file in scenarios/), else a path to a scenario file. */
export function readScenarioText(ref: string, flag = '--scenario'): { text: string; from: string } {
  if (/^[a-z0-9-]+$/.test(ref) && scenarioNames().includes(ref)) {
    const named = `${SCENARIO_DIR}${ref}.json`;
    return { text: readInputFile(flag, named), from: named };
  }
  try {
    statSync(ref);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !/[/\\.]/.test(ref)) {
      throw new UsageError(
        `${flag} ${ref}: file not found, and not a scenario name (${scenarioNames().join(', ')})`,
      );
    }
  }
  return { text: readInputFile(flag, ref), from: ref };
}

/**
 * Checks that `path` can be written, before any simulation: an existing regular file (or device such as
 * /dev/null) must be writable; a new file's directory must exist and be writable. Creates nothing.
 */
export function checkWritable(flag: string, path: string): void {
  let st: Stats | null = null;
  try {
    st = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new UsageError(`${flag} ${path}: ${fsReason(e)}`);
  }
  if (st) {
    if (st.isDirectory()) throw new UsageError(`${flag} ${path}: a directory; give a file name`);
    if (st.isFIFO()) throw new UsageError(`${flag} ${path}: a named pipe (FIFO), not a file`);
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      throw new UsageError(`${flag} ${path}: ${fsReason(e)}`);
    }
    return;
  }
  const dir = dirname(resolve(path));
  let d: Stats;
  try {
    d = statSync(dir);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'directory not found' : fsReason(e);
    throw new UsageError(`${flag} ${path}: ${why} (${dir})`);
  }
  if (!d.isDirectory()) throw new UsageError(`${flag} ${path}: ${dir} is not a directory`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(`${flag} ${path}: directory ${dir} is not writable`);
  }
}

/** Writes the result to `out`, or standard output when no file is given. */
export function writeOutput(out: string | undefined, body: string): void {
  if (out === undefined) {
    process.stdout.write(body);
    return;
  }
  try {
    writeFileSync(out, body);
  } catch (e) {
    throw new UsageError(`--out ${out}: ${fsReason(e)}`);
  }
}

/** One problem on one line; several as a list under a heading, one line each. */
const problems = (heading: string, errors: string[]): string =>
  errors.length === 1
    ? `${heading}: ${errors[0]}`
    : [`${heading}:`, ...errors.map((e) => '  ' + e)].join('\n');

/** The scenario the shared flags describe: a file or name, then --set, --runs and --seed, validated as a whole. */
export function scenarioFromFlags(values: Record<string, unknown>, flag = '--scenario'): Scenario {
  const { text, from } = readScenarioText(String(values.scenario ?? 'plan'), flag);
  const parsedFile = parseScenarioJson(text);
  if (!parsedFile.ok) throw new UsageError(problems(`scenario file ${from} is not valid`, parsedFile.errors));
  const scenario = structuredClone(parsedFile.value);
  for (const s of (values.set as string[] | undefined) ?? []) {
    const m = /^([a-z_]+)=(.*)$/.exec(s);
    if (!m) throw new UsageError(`--set "${s}": write it as lever=value, e.g. --set fund=20`);
    if (!(LEVER_KEYS as readonly string[]).includes(m[1]))
      throw new UsageError(`--set: unknown lever "${m[1]}"; levers are: ${LEVER_KEYS.join(', ')}`);
    scenario.levers[m[1] as LeverKey] = decimalNumber(`--set ${m[1]}`, m[2]);
  }
  if (typeof values.runs === 'string') scenario.runs = decimalInt('--runs', values.runs, RUNS_MIN, RUNS_MAX);
  if (typeof values.seed === 'string') scenario.seed = decimalInt('--seed', values.seed, 0, SEED_MAX);
  const checked = parseScenario(scenario);
  if (!checked.ok) throw new UsageError(problems('invalid input', checked.errors));
  return checked.value;
}

export function workersFromFlags(values: Record<string, unknown>): number {
  return decimalInt('--workers', String(values.workers ?? '1'), 1, WORKERS_MAX);
}

export function formatFromFlags(values: Record<string, unknown>, allowed: readonly string[]): string {
  const f = String(values.format);
  if (!allowed.includes(f)) throw new UsageError(`--format must be ${allowed.join(' or ')}, not "${f}"`);
  return f;
}

/**
 * Progress on standard error when it is a terminal and not --quiet; otherwise a no-op that the runners are not
 * given (a progress callback makes the same-thread runner copy its summary after every chunk).
 */
export function progressPrinter(quiet: boolean, label = 'runs') {
  if (quiet || !process.stderr.isTTY) return undefined;
  let last = 0;
  return ({ done, total }: { done: number; total: number }) => {
    const now = performance.now();
    if (now - last > 250 || done === total) {
      last = now;
      process.stderr.write(`\r${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${label}`);
    }
  };
}

/**
 * Runs a command's main when the file is the entry point: usage and file-system problems print one message and
 * exit 2; anything else is a bug and prints its stack with exit 1.
 */
export function runMain(metaUrl: string, main: (argv: string[]) => Promise<number>): void {
  const isMain = process.argv[1] && fileURLToPath(metaUrl) === resolve(process.argv[1]);
  if (!isMain) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exit(2);
      }
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
        process.stderr.write(`error: ${(e as Error).message.split('\n')[0]}\n`);
        process.exit(2);
      }
      process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
