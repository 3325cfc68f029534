/** npm run expost: the JSON and CSV of the ex-post check, the user's --realised values, and one message per mistake. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/expost.ts';
import { CSV_HEADER } from '../../../src/cli/expost-output.ts';
import { UsageError } from '../../../src/cli/args.ts';
import { MODEL_VERSION } from '../../../src/model/version.ts';
import { RECORD } from '../../../src/scenario/record.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ngit-expost-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  expect(await main([...args, '--out', out, '--quiet'])).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('npm run expost', () => {
  it('prints the report as JSON: ten targets, the calibration with its share inside and balance', async () => {
    const r = JSON.parse(await run(['--runs', '1000', '--realised', 'firms=60']));
    expect(r.planId).toBe('cq-ngit-2021-2025');
    expect(r.model).toBe(MODEL_VERSION);
    expect(r.seed).toBe(7);
    expect(r.runs).toBe(1000);
    expect(r.targets).toHaveLength(10);
    const firms = r.targets.find((t: { indicator: string }) => t.indicator === 'firms');
    expect(firms.realised).toEqual({ value: 60, by: 'user' });
    expect(firms.verdict).toBe('missed');
    expect(firms.percentile).toBeGreaterThan(90);
    const cal = r.calibration;
    expect(cal.total).toBe(RECORD.figures.filter((f) => f.compare && f.year > 2020).length);
    expect(cal.shareInside).toBeCloseTo(cal.inside / cal.total, 12);
    expect(cal.checks[0].figure.source.title.en).toMatch(/2022-01-25/);
  });

  it('prints the same as CSV: a header, one row per target and figure, the summary, with a byte-order mark', async () => {
    const csv = await run(['--runs', '1000', '--format', 'csv', '--realised', 'firms=60']);
    const json = JSON.parse(await run(['--runs', '1000', '--realised', 'firms=60']));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    const parts = lines.slice(1).map((l) => l.split(',')[1]);
    expect(parts.filter((p) => p === 'target')).toHaveLength(10);
    expect(parts.filter((p) => p === 'calibration')).toHaveLength(json.calibration.total);
    expect(parts.filter((p) => p === 'summary')).toHaveLength(5);
    const firms = lines.find((l) => l.includes(',target,firms,'))!.split(',');
    expect(firms[CSV_HEADER.indexOf('value')]).toBe('60');
    expect(firms[CSV_HEADER.indexOf('realised_by')]).toBe('user');
    expect(firms[CSV_HEADER.indexOf('result')]).toBe('missed');
    expect(lines.find((l) => l.includes(',summary,inside,'))!.split(',')[4]).toBe(
      String(json.calibration.inside),
    );
  });

  it('says there is no record yet for the 2026–2030 plan', async () => {
    const r = JSON.parse(await run(['--plan', 'cq-ngit-2026-2030', '--runs', '200']));
    expect(r.recordCovers).toBe(false);
    expect(r.calibration.total).toBe(0);
  });

  it.each([
    [['--plan', 'nope'], /no plan "nope"/],
    [['--realised', 'gdp=3'], /not a target of the plan/],
    [['--realised', 'firms'], /indicator=value/],
    [['--realised', 'firms=many'], /--realised firms/],
    [['--format', 'xml'], /--format must be json or csv/],
    [['--runs', '5'], /--runs/],
  ])('refuses %j with one message', async (args, message) => {
    await expect(main([...args, '--quiet'])).rejects.toThrow(UsageError);
    await expect(main([...args, '--quiet'])).rejects.toThrow(message);
  });
});
