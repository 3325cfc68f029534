/** The check every merge makes: the partials are shards 1..N of one job, each exactly once. */
import { shardRange } from '../engine/partial.ts';
import { UsageError } from './args.ts';

export function checkShards(parts: { file: string; shard: { k: number; n: number } }[]): void {
  const n = parts[0].shard.n;
  const other = parts.find((p) => p.shard.n !== n);
  if (other)
    throw new UsageError(`${other.file} is shard ${other.shard.k}/${other.shard.n}, the first is of ${n}`);
  const seen = new Map<number, string>();
  for (const p of parts) {
    const before = seen.get(p.shard.k);
    if (before) throw new UsageError(`shard ${p.shard.k}/${n} given twice: ${before} and ${p.file}`);
    seen.set(p.shard.k, p.file);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length)
    throw new UsageError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${n}`);
}

/** Checks that a partial's item range [first, end) of `total` is the one its shard number gives. */
export function checkRange(
  file: string,
  shard: { k: number; n: number },
  range: { first: number; end: number; total: number },
): void {
  const want = shardRange(range.total, shard);
  if (want.first !== range.first || want.end !== range.end)
    throw new UsageError(
      `${file}: shard ${shard.k}/${shard.n} should hold ${want.first}–${want.end}, not ${range.first}–${range.end}`,
    );
}
