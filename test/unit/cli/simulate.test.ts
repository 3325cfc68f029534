import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/simulate.ts';
import { INDICATORS } from '../../../src/model/indicators.ts';
import { MODEL_VERSION } from '../../../src/model/version.ts';
import { decodeShareLink } from '../../../src/scenario/share-link.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ngit-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  await main([...args, '--out', out, '--quiet']);
  return readFileSync(out, 'utf8');
}

describe('npm run simulate', () => {
  it('prints the documented JSON: model, scenario, seed, runs, years, ten indicators, pAllTargets', async () => {
    const r = JSON.parse(await run(['--scenario', 'plan', '--runs', '2000', '--seed', '7']));
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining(['model', 'scenario', 'seed', 'runs', 'years', 'indicators', 'pAllTargets']),
    );
    expect(r.scenario.id).toBe('plan');
    expect(r.scenario.seed).toBe(7);
    expect(r.scenario.runs).toBe(2000);
    expect(r.link).toMatch(/^s=[A-Za-z0-9_-]+$/);
    expect(r.seed).toBe(7);
    expect(r.runs).toBe(2000);
    expect(r.years).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    expect(Object.keys(r.indicators)).toEqual([...INDICATORS]);
    for (const k of INDICATORS) {
      const ind = r.indicators[k];
      for (const f of ['mean', 'p5', 'p25', 'p50', 'p75', 'p95']) expect(ind[f]).toHaveLength(16);
      expect(typeof ind.unit).toBe('string');
      expect(typeof ind.target).toBe('number');
      expect(ind.pMeet).toBeGreaterThanOrEqual(0);
      expect(ind.pMeetSE).toBeGreaterThanOrEqual(0);
    }
    expect(r.indicators.output.unit).toBe('亿元');
    expect(r.indicators.output.p50[0]).toBe(2259.3);
  });

  it('--workers does not change the numbers; --set moves a lever', async () => {
    const one = await run(['--runs', '3000', '--seed', '3']);
    const two = await run(['--runs', '3000', '--seed', '3', '--workers', '2']);
    expect(two).toBe(one);
    const more = JSON.parse(await run(['--runs', '3000', '--seed', '3', '--set', 'land=1500']));
    expect(more.indicators.output.mean[5]).toBeGreaterThan(JSON.parse(one).indicators.output.mean[5]);
  }, 30_000);

  it('--format csv: a BOM, a header, one row per indicator and year', async () => {
    const csv = await run(['--runs', '1000', '--format', 'csv']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^indicator,指标,unit,year,mean,p5,p25,p50,p75,p95/);
    expect(lines).toHaveLength(1 + 10 * 16 + 1 + 4);
    expect(lines[1]).toMatch(/^output,产业规模（产值）,亿元,2020,2259.3,/);
  });

  it('runs a scenario file given by path', async () => {
    const file = join(tmp, 'mine.json');
    const plan = JSON.parse(readFileSync(new URL('../../../scenarios/plan.json', import.meta.url), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...plan, id: 'mine' }));
    expect(JSON.parse(await run(['--scenario', file, '--runs', '500'])).scenario.id).toBe('mine');
  });

  it.each([
    [
      ['--scenario', 'nonesuch'],
      /--scenario nonesuch: file not found, and not a scenario name \(backcast-2016, /,
    ],
    [['--set', 'subsidy=3'], /unknown lever "subsidy"; levers are: land, factory_space/],
    [
      ['--set', 'land=99999'],
      /levers\.land: lever "land" = 99999 is outside the allowed range 0–2000 mu a year/,
    ],
    [['--set', 'land=abc'], /--set land: "abc" is not a number$/],
    [['--runs', '5'], /--runs: 5 is outside 100–10,000,000/],
    [['--format', 'xml'], /--format must be json or csv/],
    [['--workers', '0'], /--workers: 0 is outside 1–64/],
  ])('refuses %j with a clear message', async (args, message) => {
    await expect(main([...args, '--quiet'])).rejects.toThrow(message);
  });

  it('a malformed scenario file is refused with the reason', async () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"format": "ngit-scenario/1", "levers": ');
    await expect(main(['--scenario', file, '--quiet'])).rejects.toThrow(/is not valid: not valid JSON/);
    writeFileSync(file, JSON.stringify({ format: 'ngit-scenario/1', id: 'x' }));
    await expect(main(['--scenario', file, '--quiet'])).rejects.toThrow(/name: /);
  });
});

describe('results that carry their scenario', () => {
  it('the JSON carries the full scenario after --set, and its link reopens exactly that scenario', async () => {
    const r = JSON.parse(await run(['--runs', '1000', '--seed', '11', '--set', 'fund=20']));
    expect(r.scenario.levers.fund).toBe(20);
    expect(r.scenario.seed).toBe(11);
    expect(r.scenario.runs).toBe(1000);
    expect(r.model).toBe(MODEL_VERSION);
    const d = decodeShareLink(r.link);
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(d.scenario.levers).toEqual(r.scenario.levers);
      expect(d.scenario.seed).toBe(11);
      expect(d.scenario.runs).toBe(1000);
    }
  });

  it('every CSV row has scenario, model, calibration, seed and runs; the joint probability has its own row', async () => {
    const json = JSON.parse(await run(['--runs', '1000', '--seed', '5']));
    const csv = await run(['--runs', '1000', '--seed', '5', '--format', 'csv']);
    const lines = csv.slice(1).trim().split('\r\n');
    const header = lines[0].split(',');
    expect(header.slice(-5)).toEqual(['scenario', 'model', 'calibration', 'seed', 'runs']);
    expect(json.calibration).toBe('ex-ante');
    for (const l of lines.slice(1))
      expect(l.split(',').slice(-5)).toEqual(['plan', MODEL_VERSION, 'ex-ante', '5', '1000']);
    const joint = lines.find((l) => l.startsWith('all_targets,'))!.split(',');
    expect(joint[0]).toBe('all_targets');
    expect(joint[3]).toBe('2025');
    expect(Number(joint[header.indexOf('p_meet_2025')])).toBe(json.pAllTargets);
    expect(Number(joint[header.indexOf('p_meet_2025_se')])).toBe(json.pAllTargetsSE);
    const perYuan = lines.find((l) => l.startsWith('additional_output_per_yuan,'))!.split(',');
    const band = json.cost.additional.additionalOutputPerYuan;
    expect(perYuan[3]).toBe('2025');
    expect(['mean', 'p5', 'p50', 'p95'].map((c) => Number(perYuan[header.indexOf(c)]))).toEqual([
      band.mean,
      band.p5,
      band.p50,
      band.p95,
    ]);
  });

  it('the honest cost: additional output per 亿元 over no-new-policy, paired on the same draws, with its band', async () => {
    const r = JSON.parse(await run(['--runs', '1000', '--seed', '5']));
    const a = r.cost.additional;
    expect(a.baseline).toBe('no-new-policy');
    expect(a.additionalPublicMoney).toBeCloseTo((a.costPerYear - a.baselineCostPerYear) * 5, 6);
    for (const band of [a.additionalOutput, a.additionalValueAdded, a.additionalOutputPerYuan]) {
      expect(band.p5).toBeLessThanOrEqual(band.p50);
      expect(band.p50).toBeLessThanOrEqual(band.p95);
    }
    expect(a.additionalOutputPerYuan.mean).toBeCloseTo(a.additionalOutput.mean / a.additionalPublicMoney, 5);
    // the baseline against itself adds nothing, path by path
    const self = JSON.parse(await run(['--scenario', 'no-new-policy', '--runs', '1000']));
    expect(self.cost.additional.additionalOutput).toEqual({ mean: 0, p5: 0, p50: 0, p95: 0 });
    expect(self.cost.additional.additionalOutputPerYuan).toBeNull();
  });
});
