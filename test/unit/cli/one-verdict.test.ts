/**
 * One verdict for a scenario file in the command line and the app: each file is run through `npm run simulate --
 * --scenario FILE` (a child process, as built JavaScript) and through the app's import (Workspace.importFile with a
 * File), and both must accept or refuse it alike and say the same thing — an accepted file, a file with markup in a
 * name, a file one byte over the cap, and a file made with model 1.0.0 (accepted, with the changes since).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SavedScenarios } from '../../../src/app/saved-scenarios.svelte.ts';
import { Simulation } from '../../../src/app/simulation.svelte.ts';
import { Workspace } from '../../../src/app/workspace.svelte.ts';
import { message } from '../../../src/i18n/messages.ts';
import { UNCERTAINTIES } from '../../../src/model/parameters.ts';
import { MODEL_VERSION } from '../../../src/model/version.ts';
import { SCENARIO_FILE_MAX_BYTES } from '../../../src/scenario/scenario-file.ts';
import { FakeRunner, fakeClock } from '../app/fake-runner.ts';
import { loadScenario } from '../../helpers.ts';
import { simulateFile } from '../../cli-run.ts';

const root = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'ngit-verdict-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const planText = readFileSync(join(root, 'scenarios/plan.json'), 'utf8');
const plan = JSON.parse(planText) as Record<string, unknown>;
const oldScenario = JSON.parse(readFileSync(join(root, 'test/fixtures/model-1.0.0.json'), 'utf8')).saved
  .entries[0].scenario;

const FILES = {
  'accepted.json': planText,
  'markup.json': JSON.stringify({ ...plan, name: { zh: '<script>alert(1)</script>', en: 'The plan' } }),
  'over-cap.json': planText + ' '.repeat(SCENARIO_FILE_MAX_BYTES + 1 - Buffer.byteLength(planText)),
  'model-1.0.0.json': JSON.stringify(oldScenario, null, 2),
};
type Name = keyof typeof FILES;

function viaCli(name: Name) {
  const file = join(tmp, name);
  writeFileSync(file, FILES[name]);
  const out = join(tmp, `${name}.out`);
  const r = simulateFile(file, out);
  const result = r.status === 0 ? JSON.parse(readFileSync(out, 'utf8')) : null;
  return { file, status: r.status, stderr: r.stderr, result };
}

async function viaApp(name: Name) {
  const sim = new Simulation({
    runner: () => new FakeRunner(),
    clock: fakeClock,
    first: loadScenario('plan.json'),
  });
  const ws = new Workspace(sim, new SavedScenarios(() => null));
  const accepted = await ws.importFile(new File([FILES[name]], name));
  const scenario = sim.currentScenario();
  sim.dispose();
  return {
    accepted,
    problem: ws.problem,
    version: ws.version,
    scenario: scenario.ok ? scenario.value : null,
  };
}

describe('the command line and the app judge a scenario file alike', () => {
  it('an accepted file: exit 0 and no word on the command line; imported without a problem or notice', async () => {
    const cli = viaCli('accepted.json');
    const app = await viaApp('accepted.json');
    expect(cli.status).toBe(0);
    expect(cli.stderr).toBe('');
    expect(app).toMatchObject({ accepted: true, problem: null, version: null });
    expect(cli.result.scenario.levers).toEqual(app.scenario?.levers);
  });

  it('markup in a name: refused by both with the same line', async () => {
    const cli = viaCli('markup.json');
    const app = await viaApp('markup.json');
    expect(app.accepted).toBe(false);
    expect(app.problem).toMatchObject({ kind: 'file', code: 'markup', key: 'file.bad' });
    expect(app.problem?.detail).toEqual(['name.zh: contains HTML or script markup']);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toBe(`error: scenario file ${cli.file} is not valid: ${app.problem?.detail?.[0]}\n`);
  });

  it('a file one byte over the cap: refused by both, in the same words (the app words them in its language too)', async () => {
    const cli = viaCli('over-cap.json');
    const app = await viaApp('over-cap.json');
    expect(app.accepted).toBe(false);
    expect(app.problem).toMatchObject({
      kind: 'file',
      code: 'too-large',
      key: 'file.tooBig',
      params: { size: 257, max: 256 },
    });
    const english = message('en', app.problem!.key, app.problem!.params);
    expect(english).toBe('the file is too large (257 kB, at most 256 kB)');
    expect(cli.status).toBe(2);
    expect(cli.stderr).toBe(`error: --scenario ${cli.file}: ${english}\n`);
    expect(message('zh', app.problem!.key, app.problem!.params)).toBe('文件过大（257千字节，最多256千字节）');
  });

  it('a model-1.0.0 file: accepted by both, with the same list of what changed and the same scenario', async () => {
    const cli = viaCli('model-1.0.0.json');
    const app = await viaApp('model-1.0.0.json');
    expect(app.accepted).toBe(true);
    expect(app.problem).toBeNull();
    expect(app.version?.made).toBe('1.0.0');
    const changes = app.version?.kind === 'older' ? app.version.changes : [];
    expect(changes.map((c) => c.version)).toEqual(['2.0.0', '2.0.1', '2.0.2', '2.1.0', '3.0.0']);
    expect(cli.status).toBe(0);
    const note = cli.stderr.split('\n');
    expect(note[0]).toBe(
      `note: --scenario ${cli.file}: made with model 1.0.0; this is model ${MODEL_VERSION}. What changed since:`,
    );
    for (const c of changes) expect(note).toContain(`  ${c.version}: ${c.changes.en}`);
    // the assumptions model 2 dropped are gone on both sides, and the rest is the same
    expect(cli.result.scenario.assumptions).toEqual({ relocation: { kind: 'uniform', lo: 2, hi: 6 } });
    // the app's draft states every assumption: the file's relocation, and the model's defaults for the dropped ones
    expect(app.scenario?.assumptions.relocation).toEqual(cli.result.scenario.assumptions.relocation);
    expect(app.scenario?.assumptions.pc_demand).toEqual(UNCERTAINTIES.pc_demand.default);
    expect(app.scenario?.levers).toEqual(cli.result.scenario.levers);
  });
});
