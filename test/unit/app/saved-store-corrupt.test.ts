/** Unreadable saved data never blocks saving: a storage with a real quota, filled with junk. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/schema.ts';
import {
  BACKUP_MAX_CHARS,
  SAVED_BACKUP_KEY,
  SAVED_KEY,
  clearSaved,
  readRawSaved,
  readSaved,
  saveScenario,
} from '../../../src/app/saved-store.ts';
import { loadScenario } from '../../helpers.ts';

/** localStorage as browsers size it: about 5 M characters per origin, keys included; a write over it throws. */
class QuotaStorage {
  map = new Map<string, string>();
  constructor(readonly quota = 5 * 1024 * 1024) {}
  used(except?: string) {
    let n = 0;
    for (const [k, v] of this.map) if (k !== except) n += k.length + v.length;
    return n;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.used(k) + k.length + v.length > this.quota)
      throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const plan: Scenario = loadScenario('plan.json');
const junk = (n: number) => '\u0000{junk'.repeat(Math.ceil(n / 6)).slice(0, n);

describe('unreadable saved data and the backup copy', () => {
  it('5 MB of junk in the saved key: the first save succeeds, no oversized backup is made', () => {
    const s = new QuotaStorage();
    s.setItem(SAVED_KEY, junk(5 * 1024 * 1024 - 100));
    expect(readSaved(s).corrupt).toMatch(/not valid JSON/);
    const r = saveScenario(s, 'after junk', plan);
    expect(r.ok).toBe(true);
    expect(s.map.has(SAVED_BACKUP_KEY)).toBe(false);
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['after junk']);
    expect(saveScenario(s, 'and another', plan).ok).toBe(true);
  });

  it('an oversized backup left in storage is dropped when it is what blocks the save', () => {
    const s = new QuotaStorage();
    expect(saveScenario(s, 'first', plan).ok).toBe(true);
    const listSize = s.map.get(SAVED_KEY)!.length;
    // a junk backup filling all but a little more than the list: the next save does not fit beside it
    s.map.set(SAVED_BACKUP_KEY, junk(s.quota - s.used() - SAVED_BACKUP_KEY.length - 100));
    expect(() => s.setItem(SAVED_KEY, 'x'.repeat(listSize + 200))).toThrow(/quota/);
    const r = saveScenario(s, 'second', plan);
    expect(r.ok).toBe(true);
    expect(s.map.has(SAVED_BACKUP_KEY)).toBe(false);
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['second', 'first']);
  });

  it('a backup within the cap is never dropped: a full storage is then reported as full', () => {
    const s = new QuotaStorage(20_000);
    expect(saveScenario(s, 'first', plan).ok).toBe(true);
    s.map.set(SAVED_BACKUP_KEY, junk(s.quota - s.used() - SAVED_BACKUP_KEY.length - 100));
    const r = saveScenario(s, 'second', plan);
    expect(r.ok || r.error.code).toBe('quota');
    expect(s.map.has(SAVED_BACKUP_KEY)).toBe(true);
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['first']);
  });

  it('a small unreadable list is still backed up before it is replaced; up to the cap, not beyond', () => {
    const s = new QuotaStorage();
    const small = junk(BACKUP_MAX_CHARS);
    s.setItem(SAVED_KEY, small);
    expect(saveScenario(s, 'a', plan).ok).toBe(true);
    expect(s.map.get(SAVED_BACKUP_KEY)).toBe(small);
    const s2 = new QuotaStorage();
    s2.setItem(SAVED_KEY, junk(BACKUP_MAX_CHARS + 1));
    expect(saveScenario(s2, 'a', plan).ok).toBe(true);
    expect(s2.map.has(SAVED_BACKUP_KEY)).toBe(false);
  });

  it('a backup that cannot be written does not stop the save', () => {
    const s = new QuotaStorage();
    s.setItem(SAVED_KEY, '{broken');
    const real = s.setItem.bind(s);
    s.setItem = (k: string, v: string) => {
      if (k === SAVED_BACKUP_KEY) throw new DOMException('no', 'QuotaExceededError');
      real(k, v);
    };
    expect(saveScenario(s, 'saved anyway', plan).ok).toBe(true);
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['saved anyway']);
  });

  it('the unreadable text can be read out for download, then cleared', () => {
    const s = new QuotaStorage();
    const text = junk(2 * 1024 * 1024);
    s.setItem(SAVED_KEY, text);
    s.setItem(SAVED_BACKUP_KEY, 'old backup');
    expect(readRawSaved(s)).toBe(text);
    const r = clearSaved(s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual({ entries: [], skipped: [], corrupt: null, error: null });
    expect(s.map.has(SAVED_BACKUP_KEY)).toBe(false);
    expect(readRawSaved(null)).toBeNull();
    expect(clearSaved(null).ok).toBe(false);
  });
});
