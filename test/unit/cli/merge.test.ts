/**
 * Sharded runs merge into exactly the unsharded output (issue 9): a property over run counts and seeds for 1, 2, 3
 * and 7 shards, JSON and CSV, and the same for the sensitivity design. Merging refuses an incomplete or mixed set.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as merge } from '../../../src/cli/merge.ts';
import { main as goalSeek } from '../../../src/cli/goal-seek.ts';
import { main as sensitivity } from '../../../src/cli/sensitivity.ts';
import { main as simulate } from '../../../src/cli/simulate.ts';
import { shardChunks } from '../../../src/engine/partial.ts';
import { chunksOf } from '../../../src/engine/chunks.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ngit-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let serial = 0;
const file = (stem: string) => join(tmp, `${stem}-${serial++}.json`);

async function shards(command: typeof simulate, args: string[], n: number): Promise<string[]> {
  const parts: string[] = [];
  for (let k = 1; k <= n; k++) {
    const out = file(`part-${k}`);
    await command([...args, '--shard', `${k}/${n}`, '--out', out, '--quiet']);
    parts.push(out);
  }
  return parts.reverse(); // the order of the files does not matter
}

async function output(command: typeof simulate, args: string[]): Promise<string> {
  const out = file('out');
  await command([...args, '--out', out, '--quiet']);
  return readFileSync(out, 'utf8');
}

describe('shards', () => {
  it('split the chunks into contiguous ranges that cover each chunk exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 50_000 }), fc.integer({ min: 1, max: 60 }), (runs, n) => {
        const got = Array.from({ length: n }, (_, i) => shardChunks(runs, { k: i + 1, n })).flat();
        expect(got).toEqual(chunksOf(runs));
      }),
    );
  });

  for (const n of [1, 2, 3, 7]) {
    it(`${n} shard(s) merge into the unsharded result, byte for byte`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 100, max: 7500 }),
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          async (runs, seed) => {
            const args = ['--runs', String(runs), '--seed', String(seed)];
            const parts = await shards(simulate, args, n);
            const whole = await output(simulate, args);
            expect(await output(merge, parts)).toBe(whole);
            expect(await output(merge, [...parts, '--format', 'csv'])).toBe(
              await output(simulate, [...args, '--format', 'csv']),
            );
          },
        ),
        { numRuns: 2 },
      );
    }, 120_000);
  }

  it('sensitivity designs shard by point and merge into the unsharded tornado', async () => {
    const args = ['--runs', '100', '--seed', '4', '--indicator', 'firms'];
    const parts = await shards(sensitivity, args, 3);
    expect(await output(merge, parts)).toBe(await output(sensitivity, args));
    expect(await output(merge, [...parts, '--format', 'csv'])).toBe(
      await output(sensitivity, [...args, '--format', 'csv']),
    );
  }, 120_000);

  it('goal-seek grid designs shard by point and merge into the unsharded answer', async () => {
    const args = [
      '--design',
      'grid',
      '--levels',
      '2',
      '--runs',
      '100',
      '--seed',
      '9',
      '--probability',
      '0.5',
    ];
    const parts = await shards(goalSeek, args, 3);
    const whole = await output(goalSeek, args);
    expect(await output(merge, parts)).toBe(whole);
    const r = JSON.parse(whole);
    expect(r.method).toBe('grid');
    expect(r.evaluations).toBe(2 ** 7);
  }, 120_000);

  it('merge refuses a missing shard, a duplicate, shards of different jobs and files that are not partials', async () => {
    const a = await shards(simulate, ['--runs', '3000', '--seed', '1'], 3);
    const b = await shards(simulate, ['--runs', '3000', '--seed', '2'], 3);
    await expect(merge([a[0], a[1], '--quiet'])).rejects.toThrow(/missing shard 1 of 3/);
    await expect(merge([a[0], a[0], a[1], '--quiet'])).rejects.toThrow(/shard 3\/3 given twice/);
    await expect(merge([a[0], a[1], b[2], '--quiet'])).rejects.toThrow(/is a shard of another job/);
    const plain = file('plain');
    writeFileSync(plain, '{"model": "1.0.0"}');
    await expect(merge([plain, '--quiet'])).rejects.toThrow(/not a partial result of --shard/);
    await expect(merge(['--quiet'])).rejects.toThrow(/give the partial files to merge/);
    const tampered = file('tampered');
    const t = JSON.parse(readFileSync(a[2], 'utf8'));
    t.paired.counts = [1];
    writeFileSync(tampered, JSON.stringify(t));
    await expect(merge([tampered, a[1], a[0], '--quiet'])).rejects.toThrow(/paired\.counts/);
    t.paired.counts = JSON.parse(readFileSync(a[2], 'utf8')).paired.counts;
    t.summary.nYears = 1e6;
    writeFileSync(tampered, JSON.stringify(t));
    await expect(merge([tampered, a[1], a[0], '--quiet'])).rejects.toThrow(/a summary of another shape/);
  }, 60_000);
});
