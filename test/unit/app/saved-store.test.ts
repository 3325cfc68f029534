import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import {
  SAVED_BACKUP_KEY,
  SAVED_FORMAT,
  SAVED_KEY,
  deleteSaved,
  readSaved,
  renameSaved,
  saveScenario,
} from '../../../src/app/saved-store.ts';

/** A Storage stand-in: a Map, with switches to make reads or writes throw like a browser does. */
class FakeStorage {
  map = new Map<string, string>();
  failWrite: string | null = null;
  failRead: string | null = null;
  getItem(k: string): string | null {
    if (this.failRead) throw new DOMException('blocked', this.failRead);
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.failWrite) throw new DOMException('no room', this.failWrite);
    this.map.set(k, String(v));
  }
}

const plan = (() => {
  const r = parseScenarioJson(readFileSync(new URL('../../../scenarios/plan.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();
const withFund = (fund: number): Scenario => ({ ...plan, levers: { ...plan.levers, fund } });

describe('saved scenarios store', () => {
  it('starts empty, saves, lists newest first, renames and deletes', () => {
    const s = new FakeStorage();
    expect(readSaved(s)).toEqual({ entries: [], skipped: [], corrupt: null, error: null });
    const a = saveScenario(s, '  基金 20 ', withFund(20), new Date('2024-01-01T00:00:00Z'));
    const b = saveScenario(s, 'Fund 30', withFund(30), new Date('2024-01-02T00:00:00Z'));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    let list = readSaved(s);
    expect(list.entries.map((e) => e.name)).toEqual(['Fund 30', '基金 20']);
    expect(list.entries[1].scenario.levers.fund).toBe(20);
    expect(list.entries[1].scenario.name).toEqual({ zh: '基金 20', en: '基金 20' });
    expect(JSON.parse(s.map.get(SAVED_KEY)!).format).toBe(SAVED_FORMAT);

    const r = renameSaved(s, a.value.entry.key, 'Renamed');
    expect(r.ok).toBe(true);
    list = readSaved(s);
    expect(list.entries.map((e) => e.name)).toEqual(['Fund 30', 'Renamed']);
    expect(list.entries[1].key).toBe(a.value.entry.key);
    expect(list.entries[1].scenario.name.en).toBe('Renamed');

    expect(deleteSaved(s, b.value.entry.key).ok).toBe(true);
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['Renamed']);
    const missing = deleteSaved(s, 'nope');
    expect(missing.ok || missing.error.code).toBe('not-found');
  });

  it('refuses empty or over-long names', () => {
    const s = new FakeStorage();
    const r1 = saveScenario(s, '   ', plan);
    const r2 = saveScenario(s, 'x'.repeat(81), plan);
    expect(r1.ok || r1.error.code).toBe('bad-name');
    expect(r2.ok || r2.error.code).toBe('bad-name');
    expect(s.map.size).toBe(0);
  });

  it('reports unreadable JSON, and backs it up before a save replaces it', () => {
    const s = new FakeStorage();
    s.map.set(SAVED_KEY, '{"format": "ngit-saved/1", "entries": [');
    const list = readSaved(s);
    expect(list.entries).toEqual([]);
    expect(list.corrupt).toMatch(/not valid JSON/);
    expect(list.error).toBeNull();
    expect(saveScenario(s, 'new', plan).ok).toBe(true);
    expect(s.map.get(SAVED_BACKUP_KEY)).toBe('{"format": "ngit-saved/1", "entries": [');
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['new']);
  });

  it('reports a list in an unknown format as unreadable', () => {
    const s = new FakeStorage();
    s.map.set(SAVED_KEY, JSON.stringify([{ name: 'old style' }]));
    expect(readSaved(s).corrupt).toMatch(/format/);
    s.map.set(SAVED_KEY, 'null');
    expect(readSaved(s).corrupt).toMatch(/format/);
  });

  it('skips and reports entries that fail validation, keeps the good ones, and keeps the bad ones stored', () => {
    const s = new FakeStorage();
    const good = { key: 'k1', name: 'good', savedAt: '2024-01-01T00:00:00.000Z', scenario: plan };
    const badLever = { ...good, key: 'k2', scenario: { ...plan, levers: { ...plan.levers, land: 99999 } } };
    const noScenario = { key: 'k3', name: 'x', savedAt: 'y' };
    s.map.set(SAVED_KEY, JSON.stringify({ format: SAVED_FORMAT, entries: [good, badLever, 42, noScenario] }));
    const list = readSaved(s);
    expect(list.entries.map((e) => e.key)).toEqual(['k1']);
    expect(list.skipped.map((x) => x.index)).toEqual([1, 2, 3]);
    expect(list.skipped[0].reasons.join(' ')).toMatch(/land/);
    // a save keeps the skipped entries as they were
    expect(saveScenario(s, 'another', plan).ok).toBe(true);
    const stored = JSON.parse(s.map.get(SAVED_KEY)!);
    expect(stored.entries).toHaveLength(5);
    expect(stored.entries[2]).toEqual(badLever);
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['another', 'good']);
  });

  it('returns an error value when setItem throws (storage full)', () => {
    const s = new FakeStorage();
    expect(saveScenario(s, 'first', plan).ok).toBe(true);
    const key = readSaved(s).entries[0].key;
    s.failWrite = 'QuotaExceededError';
    const r = saveScenario(s, 'second', plan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('quota');
    const rn = renameSaved(s, key, 'again');
    expect(rn.ok || rn.error.code).toBe('quota');
    // nothing was lost
    expect(readSaved(s).entries.map((e) => e.name)).toEqual(['first']);
  });

  it('returns an error value when storage is blocked or missing', () => {
    const s = new FakeStorage();
    s.failRead = 'SecurityError';
    expect(readSaved(s).error?.code).toBe('unavailable');
    const r = saveScenario(s, 'x', plan);
    expect(r.ok || r.error.code).toBe('unavailable');
    expect(readSaved(null).error?.code).toBe('unavailable');
    const r2 = saveScenario(null, 'x', plan);
    expect(r2.ok || r2.error.code).toBe('unavailable');
  });

  it('refuses a scenario that does not validate', () => {
    const s = new FakeStorage();
    const r = saveScenario(s, 'bad', { ...plan, runs: 5 });
    expect(r.ok).toBe(false);
    expect(s.map.size).toBe(0);
  });
});
