/**
 * Plans on the command line (issue 19, item 8): --plan by bundled id and by file, the plan's own scenario names,
 * refusals of scenario files of another plan or of a plan not held, the plan's id and version in every output and
 * partial, the default baseline (no-new-policy of the scenario's plan from its start year), and plan:check as a user
 * runs it (a process, its exit code and its lines).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as merge } from '../../../src/cli/merge.ts';
import { main as sensitivity } from '../../../src/cli/sensitivity.ts';
import { main as simulate } from '../../../src/cli/simulate.ts';
import { UsageError } from '../../../src/cli/args.ts';
import { defaultLevers, noPolicyLevers } from '../../../src/model/inputs.ts';
import { planModel } from '../../../src/model/plan.ts';
import { bundledPlan, LEGACY_PLAN_ID } from '../../../src/scenario/plans.ts';
import { MAX_PLAN_BYTES } from '../../../src/scenario/plan-schema.ts';

const root = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ngit-plan-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let serial = 0;
const file = (stem: string) => join(tmp, `${stem}-${serial++}.json`);

const LEGACY = bundledPlan(LEGACY_PLAN_ID)!;
const NEXT = bundledPlan('cq-ngit-2026-2030')!;

/** the 2021–2025 plan under an id of its own: another zone's file with the same numbers */
const otherZone = { ...structuredClone(LEGACY), id: 'other-zone', version: '1.2.3' };
const otherZoneFile = file('other-zone');
writeFileSync(otherZoneFile, JSON.stringify(otherZone, null, 2));

async function out(command: typeof simulate, args: string[]): Promise<string> {
  const o = file('out');
  await command([...args, '--out', o, '--quiet']);
  return readFileSync(o, 'utf8');
}

async function refusal(command: typeof simulate, args: string[]): Promise<string> {
  try {
    await command([...args, '--quiet']);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`${args.join(' ')} was not refused`);
}

/** the help text a command prints */
async function help(args: string[]): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => (chunks.push(s), true)) as typeof process.stdout.write;
  try {
    await simulate([...args, '--help']);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

describe('--plan ID|PATH', () => {
  it('by a bundled id: the plan package of 2026–2030 from its 2025 base, the plan named in JSON and CSV', async () => {
    const r = JSON.parse(await out(simulate, ['--plan', NEXT.id, '--runs', '200']));
    expect(r.plan).toEqual({ id: NEXT.id, version: NEXT.version });
    expect(r.scenario.plan).toEqual({ id: NEXT.id, version: NEXT.version });
    expect(r.scenario.startYear).toBe(2025);
    expect(r.years[0]).toBe(2025);
    expect(r.years.at(-1)).toBe(NEXT.endYear);
    expect(r.scenario.levers).toEqual(defaultLevers(planModel(NEXT)));
    expect(r.cost.additional.baseline).toBe('no-new-policy');
    const npp = JSON.parse(
      await out(simulate, ['--plan', NEXT.id, '--scenario', 'no-new-policy', '--runs', '200']),
    );
    expect(npp.scenario.levers).toEqual(noPolicyLevers(planModel(NEXT)));
    const csv = (await out(simulate, ['--plan', NEXT.id, '--runs', '200', '--format', 'csv']))
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const [head, ...rows] = csv;
    expect(head).toContain(`target_${NEXT.targetYear}`);
    const [ip, iv] = [head.indexOf('plan'), head.indexOf('plan_version')];
    expect(ip).toBeGreaterThan(0);
    expect(iv).toBe(ip + 1);
    for (const row of rows) expect([row[ip], row[iv]]).toEqual([NEXT.id, NEXT.version]);
  });

  it("by a file: registered and run; the same numbers as the bundled plan it copies, under the file's id", async () => {
    const mine = JSON.parse(await out(simulate, ['--plan', otherZoneFile, '--runs', '400', '--seed', '3']));
    const bundled = JSON.parse(await out(simulate, ['--runs', '400', '--seed', '3']));
    expect(mine.plan).toEqual({ id: 'other-zone', version: '1.2.3' });
    expect(bundled.plan).toEqual({ id: LEGACY_PLAN_ID, version: LEGACY.version });
    expect(mine.indicators).toEqual(bundled.indicators);
    expect(mine.pAllTargets).toBe(bundled.pAllTargets);
  });

  it('the help and the scenario names are the plan’s', async () => {
    const legacy = await help([]);
    expect(legacy).toMatch(/^plan: cq-ngit-2021-2025 1\.0\.0 /m);
    expect(legacy).toMatch(
      /^scenario names: backcast-2016, downside, no-new-policy, plan, realised-pc-demand$/m,
    );
    expect(legacy).toMatch(/--plan ID\|PATH/);
    const next = await help(['--plan', NEXT.id]);
    expect(next).toMatch(/^plan: cq-ngit-2026-2030 0\.2\.0 /m);
    expect(next).toMatch(/^scenario names: no-new-policy, plan$/m);
    expect(next).toMatch(/^ {2}land +0–\d+ mu a year \[plan: /m);
  });

  it('refuses, naming the plan: an unknown id, a changed copy of a bundled plan, a name or file of another plan, a plan not held', async () => {
    expect(await refusal(simulate, ['--plan', 'nonesuch'])).toBe(
      '--plan nonesuch: file not found, and not a bundled plan (cq-ngit-2021-2025, cq-ngit-2026-2030)',
    );
    const changed = file('changed');
    const copy = structuredClone(LEGACY);
    copy.levers.land.plan = 900;
    writeFileSync(changed, JSON.stringify(copy));
    expect(await refusal(simulate, ['--plan', changed])).toMatch(
      /a changed copy of plan "cq-ngit-2021-2025" 1\.0\.0, which is bundled; give your plan an id of its own/,
    );
    const bad = file('bad-plan');
    writeFileSync(bad, JSON.stringify({ ...otherZone, targetYear: otherZone.baseYear }));
    expect(await refusal(simulate, ['--plan', bad])).toMatch(
      new RegExp(`^plan file ${bad} is not valid: targetYear: `),
    );
    expect(await refusal(simulate, ['--plan', NEXT.id, '--scenario', 'downside'])).toBe(
      '--scenario downside: a scenario of plan "cq-ngit-2021-2025", not of "cq-ngit-2026-2030" 0.2.0, whose names are no-new-policy, plan',
    );
    // a scenario file of the 2026–2030 plan, run with --plan 2021–2025
    const nextScenario = JSON.parse(await out(simulate, ['--plan', NEXT.id, '--runs', '100'])).scenario;
    const nextFile = file('next-scenario');
    writeFileSync(nextFile, JSON.stringify(nextScenario));
    expect(await refusal(simulate, ['--plan', LEGACY_PLAN_ID, '--scenario', nextFile])).toBe(
      `--scenario ${nextFile}: the scenario is for plan "cq-ngit-2026-2030" 0.2.0, --plan gives "cq-ngit-2021-2025" 1.0.0`,
    );
    // without --plan it runs on the plan it names
    expect(JSON.parse(await out(simulate, ['--scenario', nextFile])).plan.id).toBe(NEXT.id);
    // a scenario of a plan no command holds
    const far = file('far-scenario');
    writeFileSync(far, JSON.stringify({ ...nextScenario, plan: { id: 'far-zone', version: '2.0.0' } }));
    expect(await refusal(simulate, ['--scenario', far])).toBe(
      `--scenario ${far}: the scenario is for plan "far-zone" 2.0.0, which this command does not hold; load its plan file with --plan PATH`,
    );
    // a baseline is a name of the scenario's plan, or a file of it
    const npp = JSON.parse(await out(simulate, ['--scenario', nextFile, '--baseline', 'no-new-policy']));
    expect(npp.cost.additional.baseline).toBe('no-new-policy');
    const legacyBaseline = join(root, 'scenarios/no-new-policy.json');
    expect(await refusal(simulate, ['--scenario', nextFile, '--baseline', legacyBaseline])).toBe(
      `--baseline ${legacyBaseline}: the scenario is for plan "cq-ngit-2021-2025", the scenario's is "cq-ngit-2026-2030" 0.2.0`,
    );
  });
});

describe('the baseline', () => {
  it('defaults to no-new-policy of the scenario’s plan from its start year: backcast-2016 runs', async () => {
    const r = JSON.parse(await out(simulate, ['--scenario', 'backcast-2016', '--runs', '400']));
    expect(r.scenario.startYear).toBe(2016);
    expect(r.cost.additional.baseline).toBe('no-new-policy');
    // backcast-2016 is the no-new-policy package from 2016: over it, it adds nothing, path by path
    expect(r.cost.additional.additionalOutput).toEqual({ mean: 0, p5: 0, p50: 0, p95: 0 });
    // the plan's package from 2016 is measured against no new policy from 2016
    const plan2016 = file('plan-2016');
    const backcast = JSON.parse(readFileSync(join(root, 'scenarios/backcast-2016.json'), 'utf8'));
    const plan = JSON.parse(readFileSync(join(root, 'scenarios/plan.json'), 'utf8'));
    writeFileSync(plan2016, JSON.stringify({ ...backcast, id: 'plan-2016', levers: plan.levers }));
    const p = JSON.parse(await out(simulate, ['--scenario', plan2016, '--runs', '400']));
    const explicit = JSON.parse(
      await out(simulate, [
        '--scenario',
        plan2016,
        '--runs',
        '400',
        '--baseline',
        join(root, 'scenarios/backcast-2016.json'),
      ]),
    );
    expect(p.cost.additional.additionalOutput.mean).toBeGreaterThan(0);
    expect(p.cost.additional.additionalOutput).toEqual(explicit.cost.additional.additionalOutput);
  });

  it('an explicit --baseline of another start year is refused clearly', async () => {
    expect(
      await refusal(simulate, [
        '--scenario',
        'backcast-2016',
        '--baseline',
        'no-new-policy',
        '--runs',
        '100',
      ]),
    ).toBe('--baseline no-new-policy starts in 2020, the scenario in 2016');
  });
});

describe('partials and merge', () => {
  async function parts(args: string[], n = 2): Promise<string[]> {
    const files: string[] = [];
    for (let k = 1; k <= n; k++) {
      const o = file(`part-${k}`);
      await simulate([...args, '--shard', `${k}/${n}`, '--out', o, '--quiet']);
      files.push(o);
    }
    return files;
  }

  it('a partial names its plan; shards of a plan file merge into the unsharded result', async () => {
    const args = ['--plan', otherZoneFile, '--runs', '2500', '--seed', '4'];
    const files = await parts(args);
    for (const f of files)
      expect(JSON.parse(readFileSync(f, 'utf8')).plan).toEqual({ id: 'other-zone', version: '1.2.3' });
    expect(await out(merge, ['--plan', otherZoneFile, ...files])).toBe(await out(simulate, args));
  });

  it('merge refuses shards of different plans and of a plan it does not hold', async () => {
    const a = await parts(['--runs', '2500'], 2);
    const b = await parts(['--plan', NEXT.id, '--runs', '2500'], 2);
    expect(await refusal(merge, [a[0], b[1]])).toBe(
      `${b[1]} is a shard of plan "cq-ngit-2026-2030" 0.2.0, ${a[0]} of plan "cq-ngit-2021-2025" 1.0.0`,
    );
    const far = file('far-part');
    const p = JSON.parse(readFileSync(b[0], 'utf8'));
    writeFileSync(far, JSON.stringify({ ...p, plan: { id: 'far-zone', version: '1.0.0' } }));
    expect(await refusal(merge, [far, b[1]])).toBe(
      `${far}: a shard of plan "far-zone" 1.0.0, which merge does not hold; give its plan file with --plan PATH`,
    );
    const older = file('older-part');
    writeFileSync(older, JSON.stringify({ ...p, plan: { id: NEXT.id, version: '0.0.9' } }));
    expect(await refusal(merge, [older, b[1]])).toBe(
      `${older}: a shard of plan "cq-ngit-2026-2030" 0.0.9, which merge does not hold (it holds 0.2.0); give its plan file with --plan PATH`,
    );
    const { plan: _drop, ...unnamed } = p;
    writeFileSync(older, JSON.stringify(unnamed));
    expect(await refusal(merge, [older, b[1]])).toBe(
      `${older}: the partial does not name its plan (id and version); rerun that shard`,
    );
  });

  it('the insight commands name the plan too', async () => {
    const r = JSON.parse(await out(sensitivity, ['--plan', NEXT.id, '--runs', '100']));
    expect(r.plan).toEqual({ id: NEXT.id, version: NEXT.version });
    const csv = (await out(sensitivity, ['--plan', NEXT.id, '--runs', '100', '--format', 'csv'])).split(
      '\r\n',
    );
    const head = csv[0].split(',');
    expect(csv[1].split(',')[head.indexOf('plan')]).toBe(NEXT.id);
    expect(csv[1].split(',')[head.indexOf('plan_version')]).toBe(NEXT.version);
  }, 60_000);
});

describe('npm run plan:check -- FILE', () => {
  const check = (f: string) => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/cli.js'), 'plan-check', f], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: r.status, out: r.stdout, err: r.stderr };
  };

  it('a valid plan: one line, exit 0', () => {
    for (const [f, line] of [
      [
        'plans/cq-ngit-2021-2025.json',
        'valid: cq-ngit-2021-2025 1.0.0 (4 sectors, base year 2020, target year 2025, outlook 2035; periods 2021–2025, 2026–2035)\n',
      ],
      [
        'plans/cq-ngit-2026-2030.json',
        'valid: cq-ngit-2026-2030 0.2.0 (4 sectors, base year 2025, target year 2030, outlook 2035; periods 2026–2030, 2031–2035)\n',
      ],
    ]) {
      const r = check(join(root, f));
      expect(r).toEqual({ status: 0, out: line, err: '' });
    }
  });

  it('a bad plan: one line per problem, each naming the field, exit 2', () => {
    const bad = file('bad');
    const p = structuredClone(otherZone) as unknown as Record<string, unknown>;
    delete p.targetYear;
    (p as { bogus?: number }).bogus = 1;
    (p.title as { en: string }).en = '<b>mine</b>';
    writeFileSync(bad, JSON.stringify(p));
    const r = check(bad);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(l).toMatch(new RegExp(`^${bad}: [a-zA-Z(]`));
    expect(lines).toContain(`${bad}: (top level): unknown field "bogus"`);
    expect(lines.some((l) => l.startsWith(`${bad}: targetYear: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${bad}: title.en: `))).toBe(true);
  });

  it('unreadable, not JSON, over the cap: one line each, exit 2', () => {
    const notJson = file('not-json');
    writeFileSync(notJson, '{"format": ');
    const big = file('big');
    writeFileSync(big, ' '.repeat(MAX_PLAN_BYTES + 1));
    const missing = join(tmp, 'missing.json');
    for (const [f, line] of [
      [missing, `error: ${missing}: file not found`],
      [tmp, `error: ${tmp}: a directory, not a regular file`],
      [
        big,
        `error: ${big}: the file is ${MAX_PLAN_BYTES + 1} bytes; a plan file may have at most ${MAX_PLAN_BYTES}`,
      ],
      [notJson, new RegExp(`^${notJson}: not valid JSON: `)],
    ] as const) {
      const r = check(f);
      expect(r.status).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      if (typeof line === 'string') expect(r.err).toBe(line + '\n');
      else expect(r.err).toMatch(line);
    }
  });
});
