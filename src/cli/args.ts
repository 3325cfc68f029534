/**
 * The strict command line shared by every command in src/cli: one flag table per command (from which both the
 * parser and `--help` are made), plain decimal integers for seeds and counts, input files that must be regular files
 * checked for size before they are read, an output path checked for writability before any simulation and written
 * whole or not at all, and one short message per problem with exit code 2 — never a stack trace for the user's own
 * mistakes. SIGTERM and SIGINT stop a command cleanly (./stop-on-signal.ts). The scenario and plan flags are
 * ./scenario-flags.ts and ./plan-flag.ts.
 */
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isStopping, stopOnSignals } from './stop-on-signal.ts';

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

export const OUTPUT_FLAGS: FlagTable = {
  out: { type: 'string', value: 'FILE', help: 'write the result to FILE (default: standard output)' },
  quiet: { type: 'boolean', default: 'false', help: 'no progress or timing on standard error' },
  help: { type: 'boolean', default: 'false', help: 'show this help' },
};

/** --help: the usage, what the command does, each flag with its default, then `extra` lines (a plan's levers). */
export function helpText(usage: string, what: string, flags: FlagTable, extra: string[] = []): string {
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
  if (extra.length) lines.push('', ...extra);
  return lines.join('\n') + '\n';
}

/**
 * `--runs -5`: node's parser takes "-5" for a flag and would answer that --runs needs a value. A negative number
 * after a flag that takes a value is that value (`--runs=-5`), so that the flag's own check says what is wrong.
 */
function joinNegativeValues(argv: string[], flags: FlagTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return [...out, ...argv.slice(i)];
    const name = /^--([a-z-]+)$/.exec(a)?.[1];
    const next = argv[i + 1];
    if (name && flags[name]?.type === 'string' && next !== undefined && /^-[0-9.]/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
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
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(argv, flags),
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (e) {
    const msg = (e as Error).message;
    const name = /'(-[^']*)'/.exec(msg)?.[1];
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name)
      throw new UsageError(`unknown flag ${name} (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
      const flag = name.split(' ')[0];
      if (/does not take/.test(msg)) throw new UsageError(`${flag} takes no value (see --help)`);
      // "--scenario -x": a value that starts with a dash is taken for a flag unless it is written --scenario=-x
      const next = argv[argv.indexOf(flag) + 1];
      const isFlag = next !== undefined && Object.hasOwn(flags, next.replace(/^--/, '').split('=')[0]);
      if (/ambiguous/.test(msg) && next !== undefined && !isFlag)
        throw new UsageError(
          `${flag} needs a value: "${next}" is taken for a flag (write ${flag}=${next} if it is the value)`,
        );
      throw new UsageError(`${flag} needs a value (see --help)`);
    }
    throw new UsageError(`${msg.split('\n')[0]} (see --help)`);
  }
}

/** Whether JavaScript would read `raw` as a number ("1e3", "0x10", " 7"): refused, but worded as a number. */
const isNumber = (raw: string) => raw.trim() !== '' && Number.isFinite(Number(raw));

/**
 * A plain decimal whole number in [min, max]. Each refusal says what is wrong: empty, negative ("-5"), not whole
 * ("1.5"), not plain decimal ("0x100", "1e3", " 7", "+5"), or outside the range.
 */
export function decimalInt(flag: string, raw: string, min: number, max: number): number {
  const range = `${min.toLocaleString('en')}–${max.toLocaleString('en')}`;
  const wanted = `a whole number ${range}`;
  if (raw === '') throw new UsageError(`${flag} needs a value, ${wanted}`);
  if (/^-[0-9]*\.?[0-9]+$/.test(raw) && Number(raw) !== 0)
    throw new UsageError(`${flag}: ${raw} is negative; it must be ${wanted}`);
  if (/^[0-9]*\.[0-9]+$|^[0-9]+\.$/.test(raw))
    throw new UsageError(`${flag}: ${raw} is not a whole number (${range})`);
  if (!/^[0-9]+$/.test(raw))
    throw new UsageError(
      `${flag}: "${raw}" is not ${isNumber(raw) ? 'a plain decimal whole number' : 'a number'} (${range})`,
    );
  const x = Number(raw);
  if (x < min || x > max) throw new UsageError(`${flag}: ${raw} is outside ${range}`);
  return x;
}

/** A plain decimal number (optional sign and fraction): for lever values. */
export function decimalNumber(flag: string, raw: string): number {
  if (raw === '') throw new UsageError(`${flag} needs a value, a number such as 12.5`);
  if (!/^-?[0-9]+(\.[0-9]+)?$/.test(raw))
    throw new UsageError(
      isNumber(raw)
        ? `${flag}: "${raw}" is not a plain decimal number; write it as 12.5 or -3`
        : `${flag}: "${raw}" is not a number`,
    );
  return Number(raw);
}

function describeKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** What a file-system error code means, whether reading or writing. */
const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EROFS: 'a read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
};

/** Why a file could not be read (`open`) or written or created (`write`). */
function fsReason(e: unknown, doing: 'open' | 'write' = 'open'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return doing === 'open' ? 'file not found' : 'no file can be created there';
  if (code && FS_REASONS[code]) return FS_REASONS[code];
  return `cannot ${doing} (${code ?? (e as Error).message})`;
}

/**
 * Reads an input file's bytes: checked with statSync before opening, so a FIFO, a device or a directory is refused
 * at once without reading (a FIFO would block; /dev/zero would never end), and so is a file `tooBig` refuses. Its
 * messages start with the flag and the path (the path alone when `flag` is '').
 */
export function readInputBytes(flag: string, path: string, tooBig: (bytes: number) => string | null): Buffer {
  const named = flag ? `${flag} ${path}` : path;
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    throw new UsageError(`${named}: ${fsReason(e)}`);
  }
  if (!st.isFile()) throw new UsageError(`${named}: ${describeKind(st)}, not a regular file`);
  const big = tooBig(st.size);
  if (big) throw new UsageError(`${named}: ${big}`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`${named}: ${fsReason(e)}`);
  }
}

/** Reads a JSON input file of at most `maxBytes` as text (the partial results of shards). */
export function readInputFile(flag: string, path: string, maxBytes: number): string {
  const over = (n: number) =>
    n > maxBytes ? `${n.toLocaleString('en')} bytes, at most ${maxBytes.toLocaleString('en')}` : null;
  return readInputBytes(flag, path, over).toString('utf8');
}

/** The temporary file a result is written to before it is renamed to `target`: beside it, named after this process. */
const tempPathFor = (target: string) => `${target}.${process.pid}.tmp`;

/**
 * Where a result for `path` goes: a regular file (existing or new) is replaced by renaming a temporary file beside
 * its real path (a symbolic link stays a link); anything else that exists, such as /dev/null, is written in place.
 */
function outputTarget(
  flag: string,
  path: string,
): { inPlace: true } | { inPlace: false; target: string; st: Stats | null } {
  let st: Stats | null = null;
  try {
    st = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new UsageError(`${flag} ${path}: ${fsReason(e)}`);
  }
  if (st?.isDirectory()) throw new UsageError(`${flag} ${path}: a directory; give a file name`);
  if (st?.isFIFO()) throw new UsageError(`${flag} ${path}: a named pipe (FIFO), not a file`);
  if (st && !st.isFile()) return { inPlace: true };
  return { inPlace: false, target: st ? realpathSync(path) : resolve(path), st };
}

/**
 * Checks that `path` can be written, before any simulation: a device such as /dev/null must be writable; for a
 * regular file (existing or new) its directory must exist and a file must be creatable in it — tried by creating
 * and removing the temporary file the result will be written to, since access() says yes to root on /proc and on
 * read-only mounts. An existing file must also be writable itself (its permissions are kept).
 */
export function checkWritable(flag: string, path: string): void {
  const where = outputTarget(flag, path);
  if (where.inPlace || where.st) {
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      throw new UsageError(`${flag} ${path}: ${fsReason(e)}`);
    }
    if (where.inPlace) return;
  }
  const dir = dirname(where.target);
  let d: Stats;
  try {
    d = statSync(dir);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'directory not found' : fsReason(e);
    throw new UsageError(`${flag} ${path}: ${why} (${dir})`);
  }
  if (!d.isDirectory()) throw new UsageError(`${flag} ${path}: ${dir} is not a directory`);
  const probe = tempPathFor(where.target);
  try {
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
  } catch (e) {
    throw new UsageError(`${flag} ${path}: the directory ${dir} cannot be written (${fsReason(e, 'write')})`);
  }
}

/**
 * Writes the result to `out`, or standard output when no file is given. A file is written whole or not at all: to
 * a temporary file beside it, then renamed into place, in one synchronous step that a signal's handler cannot cut
 * (a failed write removes the temporary file). Once a stop has begun (./stop-on-signal.ts) nothing is written.
 */
export function writeOutput(out: string | undefined, body: string): void {
  if (isStopping()) return;
  if (out === undefined) {
    process.stdout.write(body);
    return;
  }
  const where = outputTarget('--out', out);
  try {
    if (where.inPlace) {
      writeFileSync(out, body);
      return;
    }
    const tmp = tempPathFor(where.target);
    try {
      writeFileSync(tmp, body, { flag: 'wx' });
      if (where.st) chmodSync(tmp, where.st.mode & 0o7777);
      renameSync(tmp, where.target);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  } catch (e) {
    throw new UsageError(`--out ${out}: cannot be written (${fsReason(e, 'write')})`);
  }
}

/** One problem on one line; several as a list under a heading, one line each. */
export const problems = (heading: string, errors: string[]): string =>
  errors.length === 1
    ? `${heading}: ${errors[0]}`
    : [`${heading}:`, ...errors.map((e) => '  ' + e)].join('\n');

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
 * Whether the module at `metaUrl` is the script node was asked to run (`argv1`), compared by real path: node names a
 * module by its real path, so through a symbolic link (a linked node_modules, a linked checkout) the two spellings
 * differ, and the command would otherwise never start and exit 0 having done nothing.
 */
export function isMainModule(metaUrl: string, argv1: string | undefined): boolean {
  if (!argv1) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  return real(fileURLToPath(metaUrl)) === real(resolve(argv1));
}

/**
 * Runs a command's main when the file is the entry point: usage and file-system problems print one message and
 * exit 2; anything else is a bug and prints its stack with exit 1. SIGTERM and SIGINT stop it (./stop-on-signal.ts),
 * whose exit code then stands however the interrupted run ends.
 */
export function runMain(metaUrl: string, main: (argv: string[]) => Promise<number>): void {
  if (!isMainModule(metaUrl, process.argv[1])) return;
  stopOnSignals();
  main(process.argv.slice(2)).then(
    (code) => {
      if (!isStopping()) process.exit(code);
    },
    (e: unknown) => {
      // a stop ends the threads, which fails the run: the stop's own exit code stands
      if (isStopping()) return;
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
