/**
 * The strict command line, as a user meets it: each command spawned as a process the way `npm run` does (with a timeout, so a hang fails
 * the test instead of stalling it), checked for its exit code, its one-line message and the absence of a stack
 * trace. Refusals happen before any simulation or any read of the bad file: /dev/zero and a FIFO are refused by
 * their file type (a FIFO nobody writes to would block a reader forever, /dev/zero would never end).
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ngit-strict-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** the command as `npm run <command>` runs it: built JavaScript through scripts/cli.js */
function cli(command: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/cli.js'), command, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    cwd: tmp,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function refused(command: string, args: string[], message: RegExp) {
  const r = cli(command, args);
  expect(r.signal).toBeNull(); // not killed by the timeout: it failed fast
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1); // one message, no stack trace
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

const fifo = join(tmp, 'pipe');
spawnSync('mkfifo', [fifo]);
const big = join(tmp, 'big.json');
writeFileSync(big, ' '.repeat(1024 * 1024 + 1));
/** one byte over the scenario file cap, the app's import cap too (256 kB) */
const overCap = join(tmp, 'over-cap.json');
writeFileSync(overCap, ' '.repeat(256 * 1024 + 1));
const readOnlyDir = join(tmp, 'ro');
mkdirSync(readOnlyDir);
chmodSync(readOnlyDir, 0o500);
const isRoot = process.getuid?.() === 0;

describe('a strict command line: one message, exit code 2, no stack trace', () => {
  it.each([
    [['--scenario', '/tmp'], /--scenario \/tmp: a directory, not a regular file/],
    [['--scenario', '/dev/zero'], /--scenario \/dev\/zero: a device, not a regular file/],
    [['--scenario', fifo], /a named pipe \(FIFO\), not a regular file/],
    [['--scenario', big], /big.json: the file is too large \(1025 kB, at most 256 kB\)$/m],
    [['--scenario', overCap], /over-cap.json: the file is too large \(257 kB, at most 256 kB\)$/m],
    [['--scenario', 'missing.json'], /--scenario missing.json: file not found$/m],
    [
      ['--scenario', 'nonesuch'],
      /file not found, and not a scenario name \(backcast-2016, downside, no-new-policy, plan/,
    ],
    [['--out', '/tmp'], /--out \/tmp: a directory; give a file name/],
    [['--out', '/nonexistent/dir/x.json'], /--out \/nonexistent\/dir\/x.json: directory not found/],
    [
      ['--out', '/proc/x'],
      /--out \/proc\/x: the directory \/proc cannot be written \(no file can be created there\)$/m,
    ],
    [['--seed=-1'], /--seed: -1 is negative; it must be a whole number 0–2,147,483,647$/m],
    [['--seed', '-1'], /--seed: -1 is negative; it must be a whole number 0–2,147,483,647$/m],
    [['--seed', '1.5'], /--seed: 1.5 is not a whole number \(0–2,147,483,647\)$/m],
    [['--runs', '-5'], /--runs: -5 is negative; it must be a whole number 100–10,000,000$/m],
    [['--runs', '-0.5'], /--runs: -0.5 is negative; it must be a whole number 100–10,000,000$/m],
    [['--runs', '1.5'], /--runs: 1.5 is not a whole number \(100–10,000,000\)$/m],
    [['--runs', '50'], /--runs: 50 is outside 100–10,000,000$/m],
    [['--runs', '0x100'], /--runs: "0x100" is not a plain decimal whole number \(100–10,000,000\)$/m],
    [['--runs', '1e5'], /--runs: "1e5" is not a plain decimal whole number \(100–10,000,000\)$/m],
    [['--runs', 'many'], /--runs: "many" is not a number \(100–10,000,000\)$/m],
    [['--runs='], /--runs needs a value, a whole number 100–10,000,000$/m],
    [['--runs'], /--runs needs a value \(see --help\)$/m],
    [['--runs', '--quiet'], /--runs needs a value \(see --help\)$/m],
    [
      ['--scenario', '-plan'],
      /--scenario needs a value: "-plan" is taken for a flag \(write --scenario=-plan if it is the value\)$/m,
    ],
    [['--workers', '2.5'], /--workers: 2.5 is not a whole number \(1–64\)$/m],
    [['--set', 'FUND=3'], /--set: unknown lever "FUND"; levers are: land, /],
    [['--set', 'fund=1e3'], /--set fund: "1e3" is not a plain decimal number; write it as 12.5 or -3$/m],
    [['--set', 'fund=lots'], /--set fund: "lots" is not a number$/m],
    [['--set', 'fund'], /--set "fund": write it as lever=value, e.g. --set fund=20$/m],
    [['--bogus'], /unknown flag --bogus/],
    [['--shard', '0/3'], /--shard: "0\/3" must be k\/N/],
  ])('simulate %j', (args, message) => refused('simulate', args, message));

  it.skipIf(isRoot)('an --out directory that is not writable is refused before simulating', () =>
    refused(
      'simulate',
      ['--out', join(readOnlyDir, 'x.json')],
      /the directory .*ro cannot be written \(permission denied\)$/m,
    ),
  );

  it('--out is tried, not only asked about: nothing is left behind by the check', () => {
    refused('simulate', ['--runs', '10000000', '--out', '/proc/x'], /\/proc cannot be written/);
    const out = join(tmp, 'checked', 'x.json');
    mkdirSync(join(tmp, 'checked'));
    refused('simulate', ['--seed', '-1', '--out', out], /--seed: -1 is negative/);
    expect(readdirSync(join(tmp, 'checked'))).toEqual([]);
  });

  it('--out is checked before simulating: 10 million runs are refused at once', () =>
    refused('simulate', ['--runs', '10000000', '--out', '/nonexistent/x.json'], /directory not found/));

  it('the insight commands and merge share the same checks', () => {
    refused('sensitivity', ['--scenario', '/dev/zero'], /a device, not a regular file/);
    refused(
      'goal-seek',
      ['--probability', '1.5'],
      /--probability: "1.5" must be a decimal from 0.01 to 0.99/,
    );
    refused(
      'goal-seek',
      ['--probability', '-0.5'],
      /--probability: "-0.5" must be a decimal from 0.01 to 0.99/,
    );
    refused('goal-seek', ['--levels', '-2'], /--levels: -2 is negative; it must be a whole number 2–5$/m);
    refused('attribution', ['--baseline', 'nonesuch'], /--baseline nonesuch: file not found/);
    refused('sensitivity', ['--indicator', 'gdp'], /unknown indicator "gdp"; indicators are: output, /);
    refused('merge', [fifo], /a named pipe \(FIFO\)/);
    refused('merge', ['/dev/zero'], /a device/);
    refused('merge', [big], /not JSON/);
  });

  it('--help lists every flag with its default, the scenario names and the ranges', () => {
    const r = cli('simulate', ['--help']);
    expect(r.status).toBe(0);
    for (const flag of [
      'scenario',
      'runs',
      'seed',
      'workers',
      'set',
      'baseline',
      'format',
      'shard',
      'out',
      'quiet',
    ])
      expect(r.stdout).toMatch(new RegExp(`--${flag}\\b`));
    expect(r.stdout).toMatch(/--scenario NAME\|PATH .*\[default: plan\]/);
    expect(r.stdout).toMatch(/--workers K .*\[default: 1\]/);
    expect(r.stdout).toMatch(/--format json\|csv .*\[default: json\]/);
    expect(r.stdout).toMatch(/100–10,000,000/);
    expect(r.stdout).toMatch(
      /scenario names: backcast-2016, downside, no-new-policy, plan, realised-pc-demand/,
    );
    expect(r.stdout).toMatch(/land +0–2000 mu a year/);
    for (const c of ['sensitivity', 'goal-seek', 'attribution', 'merge']) {
      const h = cli(c, ['--help']);
      expect(h.status).toBe(0);
      expect(h.stdout).toMatch(/^usage: npm run /);
    }
  });

  it('--out is replaced whole: a symbolic link stays a link to the new result, a file keeps its mode, /dev/null is written in place', () => {
    const dir = join(tmp, 'replace');
    mkdirSync(dir);
    const real = join(dir, 'real.json');
    writeFileSync(real, 'old\n');
    chmodSync(real, 0o640);
    const link = join(dir, 'link.json');
    symlinkSync(real, link);
    const ok = (out: string) => {
      const r = cli('simulate', ['--runs', '100', '--quiet', '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    };
    ok(link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).runs).toBe(100);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']); // no temporary file left
    ok('/dev/null');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a run refused for a bad value writes nothing to a good --out', () => {
    const out = join(tmp, 'x.json');
    refused('simulate', ['--seed', '1.5', '--out', out], /--seed: 1.5 is not a whole number/);
    refused('simulate', ['--set', 'land=99999', '--out', out], /outside the allowed range 0–2000/);
    expect(existsSync(out)).toBe(false);
  });

  it('scripts/cli.js refuses an unknown command, and runs a known one as built JavaScript with the same result', async () => {
    const bad = spawnSync(process.execPath, [join(root, 'scripts/cli.js'), 'simulat'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /unknown command "simulat"; one of simulate, merge, sensitivity, goal-seek, attribution/,
    );
    const viaCli = join(tmp, 'via-cli.json');
    const r = cli('simulate', ['--runs', '2000', '--workers', '2', '--quiet', '--out', viaCli]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(root, 'node_modules/.ngit-sim/cli-simulate.mjs'), 'utf8')).not.toMatch(
      /from ["']tsx/,
    );
    const { main } = await import('../../../src/cli/simulate.ts');
    const direct = join(tmp, 'direct.json');
    expect(await main(['--runs', '2000', '--quiet', '--out', direct])).toBe(0);
    expect(readFileSync(viaCli, 'utf8')).toBe(readFileSync(direct, 'utf8'));
  });
});
