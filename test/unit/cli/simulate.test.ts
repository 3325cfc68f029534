import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/simulate.ts';
import { INDICATORS } from '../../../src/model/indicators.ts';

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
    expect(r.scenario).toBe('plan');
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
    expect(lines).toHaveLength(1 + 10 * 16);
    expect(lines[1]).toMatch(/^output,产业规模（产值）,亿元,2020,2259.3,/);
  });

  it('runs a scenario file given by path', async () => {
    const file = join(tmp, 'mine.json');
    const plan = JSON.parse(readFileSync(new URL('../../../scenarios/plan.json', import.meta.url), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...plan, id: 'mine' }));
    expect(JSON.parse(await run(['--scenario', file, '--runs', '500'])).scenario).toBe('mine');
  });

  it.each([
    [['--scenario', 'nonesuch'], /unknown scenario "nonesuch"/],
    [['--set', 'subsidy=3'], /unknown lever "subsidy"; levers are: land, factory_space/],
    [
      ['--set', 'land=99999'],
      /levers\.land: lever "land" = 99999 is outside the allowed range 0–2000 mu a year/,
    ],
    [['--set', 'land=abc'], /--set land: "abc" is not a number/],
    [['--runs', '5'], /runs must be between 100 and 10,000,000/],
    [['--format', 'xml'], /--format must be json or csv/],
    [['--workers', '0'], /--workers must be a whole number from 1 to 64/],
  ])('refuses %j with a clear message', async (args, message) => {
    await expect(main([...args, '--quiet'])).rejects.toThrow(message);
  });

  it('a malformed scenario file is refused with the reason', async () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"format": "ngit-scenario/1", "levers": ');
    await expect(main(['--scenario', file, '--quiet'])).rejects.toThrow(/is not valid:\n {2}not valid JSON/);
    writeFileSync(file, JSON.stringify({ format: 'ngit-scenario/1', id: 'x' }));
    await expect(main(['--scenario', file, '--quiet'])).rejects.toThrow(/name: /);
  });
});
