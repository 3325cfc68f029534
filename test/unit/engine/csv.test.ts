/**
 * The CSV says what the screen says (issue 21, item 7): a changed package under its own id, a chance no run met as
 * its 95 % bound rather than 0 ± 0, errors to 4 significant digits, and the baseline by its name.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/simulate.ts';
import { chanceCells, significant } from '../../../src/engine/csv.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ngit-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function csv(args: string[]) {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}.csv`);
  await main([...args, '--format', 'csv', '--out', out, '--quiet']);
  const lines = readFileSync(out, 'utf8').slice(1).trim().split('\r\n');
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((c, i) => [header[i], c])));
  return { header, rows };
}

/** Significant digits of a number as the CSV writes it. */
const digits = (s: string) => s.replace(/^-?0\.0*|\.|^-/g, '').replace(/^0+/, '').length;

describe('the CSV', () => {
  it('a package changed by --set is not the plan: its rows name it plan-modified', async () => {
    const plain = await csv(['--runs', '1000', '--seed', '3']);
    expect(new Set(plain.rows.map((r) => r.scenario))).toEqual(new Set(['plan']));
    const changed = await csv(['--runs', '1000', '--seed', '3', '--set', 'land=1500']);
    expect(new Set(changed.rows.map((r) => r.scenario))).toEqual(new Set(['plan-modified']));
    // a --set that leaves every lever as it was changes nothing
    const same = await csv(['--runs', '1000', '--seed', '3', '--set', 'land=830']);
    expect(new Set(same.rows.map((r) => r.scenario))).toEqual(new Set(['plan']));
  }, 60_000);

  it('a chance no run met carries its 95 % bound and no standard error; others have 4 significant digits', async () => {
    const { header, rows } = await csv(['--runs', '3000', '--seed', '7']);
    expect(header).toContain('p_meet_2025_bound95');
    const all = rows.find((r) => r.indicator === 'all_targets')!;
    // the plan meets all ten targets in no run: the screen says "< 0.2 %" at 3,000 runs (3 / 1,500 pairs)
    expect(all.p_meet_2025).toBe('0');
    expect(all.p_meet_2025_se).toBe('');
    expect(all.p_meet_2025_bound95).toBe('0.002');
    let zero = 0;
    let some = 0;
    for (const r of rows.filter((r) => r.p_meet_2025 !== '')) {
      if (r.p_meet_2025 === '0' || r.p_meet_2025 === '1') {
        zero++;
        expect(r.p_meet_2025_se, r.indicator).toBe('');
        expect(Number(r.p_meet_2025_bound95), r.indicator).toBeGreaterThan(0);
      } else {
        some++;
        expect(r.p_meet_2025_bound95, r.indicator).toBe('');
        expect(digits(r.p_meet_2025_se), `${r.indicator} se ${r.p_meet_2025_se}`).toBeLessThanOrEqual(4);
        expect(digits(r.p_meet_2025), `${r.indicator} p ${r.p_meet_2025}`).toBeLessThanOrEqual(6);
      }
    }
    expect(zero).toBeGreaterThan(0);
    expect(some).toBeGreaterThan(0);
  }, 60_000);

  it('the honest cost rows name the baseline by its Chinese name, never its id', async () => {
    const { rows } = await csv(['--runs', '1000', '--seed', '3']);
    const labels = rows.filter((r) => r.indicator.startsWith('additional_')).map((r) => r['指标']);
    expect(labels).toContain('较“无新增政策”新增产值');
    expect(labels).toContain('较“无新增政策”新增增加值');
    for (const l of labels) expect(l).not.toMatch(/[a-z]/);
  }, 60_000);
});

describe('chanceCells and significant', () => {
  it('rounds a chance to 6 and its error to 4 significant digits', () => {
    expect(significant(0.003175247943074682, 4)).toBe(0.003175);
    expect(chanceCells(1 / 3, 0.008606629658238704, 3000)).toEqual([0.333333, 0.008607, null]);
    expect(chanceCells(0.56345, 0.0035, 20000)).toEqual([0.56345, 0.0035, null]);
  });
  it('gives the bound where no run or every run met it, never understated', () => {
    // the rule of three over the independent units, the ⌈n/2⌉ antithetic pairs: 3 / 10,000 pairs
    expect(chanceCells(0, 0, 20000)).toEqual([0, null, 0.0003]);
    expect(chanceCells(1, 0, 20000)).toEqual([1, null, 0.9997]);
    // 3/301 = 0.0099667…: the upper bound is rounded up, the lower bound down
    expect(chanceCells(0, 0, 601)).toEqual([0, null, 0.009967]);
    expect(chanceCells(1, 0, 601)).toEqual([1, null, 0.990033]);
  });
});
