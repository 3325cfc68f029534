/**
 * Stopping a command line mid-run, as a scheduler does (SIGTERM: scancel, a pod's deletion) or a user does (SIGINT:
 * Ctrl-C): each command is started as a process on a run far too long to finish, signalled once it has spent a
 * second of CPU time simulating, and must then exit by itself within seconds with 143 (SIGTERM) or 130 (SIGINT),
 * leaving no --out file, no temporary file and no process behind; a file that was already there stays as it was.
 * Under `npm run`, npm does not pass the signal on: the command must notice that npm has gone and stop as well.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ngit-stop-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
/** a run of 10 million paired runs: minutes on these machines, so a signal always comes mid-run */
const LONG = ['--runs', '10000000', '--quiet'];

/** CPU seconds a process has used (all its threads), or null once it is gone. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
  } catch {
    return null;
  }
}

/** The pids whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^[0-9]+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, probe: () => T | null | false, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts a command as `node scripts/cli.js` does, with its exit code, signal and standard error collected. */
function start(command: string[], file = process.execPath) {
  const child = spawn(file, command, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stderr: () => stderr };
}

/** Waits up to 15 s for the process to exit by itself; kills it (and fails) if it does not. */
async function exitOf(child: ChildProcess, exited: Promise<{ code: number | null; signal: string | null }>) {
  const timeout = new Promise<'hung'>((r) => setTimeout(() => r('hung'), 15_000));
  const r = await Promise.race([exited, timeout]);
  if (r === 'hung') {
    child.kill('SIGKILL');
    throw new Error('the command did not stop within 15 s of the signal');
  }
  return r;
}

const busy = (pid: number) => until('a second of CPU time simulating', () => (cpuSeconds(pid) ?? 0) >= 1);

beforeAll(() => {
  // build the bundles first, so that every signal below reaches a command that is running, not being built
  for (const c of ['simulate', 'sensitivity'])
    expect(spawnSync(process.execPath, ['scripts/cli.js', c, '--help'], { cwd: root }).status).toBe(0);
}, 120_000);

describe('a command stopped mid-run exits cleanly, writes nothing and leaves nothing', () => {
  it.each([
    ['SIGTERM', 143, 'simulate on 2 worker threads', ['simulate', '--workers', '2']],
    ['SIGINT', 130, 'simulate on the main thread', ['simulate', '--workers', '1']],
    ['SIGTERM', 143, 'simulate --shard', ['simulate', '--shard', '1/2']],
    ['SIGTERM', 143, 'sensitivity on a pool of 2 threads', ['sensitivity', '--workers', '2']],
    ['SIGINT', 130, 'sensitivity on the main thread', ['sensitivity', '--workers', '1']],
  ] as const)(
    '%s (exit %i): %s',
    async (signal, code, _what, args) => {
      const dir = mkdtempSync(join(tmp, 'run-'));
      const out = join(dir, 'result.json');
      const run = start(['scripts/cli.js', ...args, ...LONG, '--out', out]);
      const pid = run.child.pid!;
      await busy(pid);
      run.child.kill(signal);
      const r = await exitOf(run.child, run.exited);
      expect(r).toEqual({ code, signal: null }); // an exit code of its own, not killed by the signal
      expect(run.stderr()).toContain(`stopped by ${signal}`);
      expect(run.stderr()).not.toMatch(/\n\s+at /); // no stack trace from the ended threads
      expect(readdirSync(dir)).toEqual([]); // no result, no temporary file
      expect(alive(pid)).toBe(false);
    },
    90_000,
  );

  it('a result file already in place (a shard run again) stays as it was', async () => {
    const dir = mkdtempSync(join(tmp, 'again-'));
    const out = join(dir, 'part-1.json');
    writeFileSync(out, '{"the":"earlier result"}\n');
    const run = start(['scripts/cli.js', 'simulate', '--workers', '2', ...LONG, '--out', out]);
    await busy(run.child.pid!);
    run.child.kill('SIGTERM');
    expect((await exitOf(run.child, run.exited)).code).toBe(143);
    expect(readdirSync(dir)).toEqual(['part-1.json']);
    expect(readFileSync(out, 'utf8')).toBe('{"the":"earlier result"}\n');
  }, 90_000);

  it('under npm run, SIGTERM to npm (which does not pass it on) still stops the command', async () => {
    const dir = mkdtempSync(join(tmp, 'npm-'));
    const out = join(dir, 'result.json');
    const npm = spawn('npm', ['run', '--silent', 'simulate', '--', ...LONG, '--out', out], {
      cwd: root,
      stdio: 'ignore',
    });
    // npm → sh -c "node scripts/cli.js simulate …" → node
    const node = await until('the node process npm starts', () => {
      const shells = childrenOf(npm.pid!);
      return (
        shells
          .flatMap(childrenOf)
          .find((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('cli.js')) ?? null
      );
    });
    await busy(node);
    npm.kill('SIGTERM');
    try {
      await until('the command to stop after npm', () => !alive(node), 15_000);
    } finally {
      if (alive(node)) process.kill(node, 'SIGKILL');
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 90_000);
});
