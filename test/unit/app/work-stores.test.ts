/** The tab's own state (sessionStorage) and the shared previous work (localStorage): written, read back, checked. */
import { describe, expect, it } from 'vitest';
import {
  dropPrevious,
  PREVIOUS_KEY,
  PREVIOUS_MAX,
  putPrevious,
  readPrevious,
} from '../../../src/app/previous-store.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { readTab, TAB_KEY, writeTab, type TabState } from '../../../src/app/tab-store.ts';
import type { Working } from '../../../src/app/working-store.ts';
import { MemoryStorage } from './memory-storage.ts';

const plan = scenarioById('plan')!;
const at = (land: number): Working => ({
  base: plan,
  source: 'preset',
  current: { ...plan, levers: { ...plan.levers, land } },
});

describe('tab store', () => {
  const state: TabState = {
    page: 'p1',
    history: { past: [at(830), at(900)], present: at(1000), future: [at(1100)] },
    working: at(1050),
    entry: 3,
    links: [{ entry: 2, hash: '#s=abc', before: at(900) }],
  };

  it('reads back what it wrote, writing the scenario each step was opened from once', () => {
    const s = new MemoryStorage();
    expect(writeTab(s, state)).toBe(true);
    const text = s.getItem(TAB_KEY)!;
    expect(text.split('"规划情景"').length - 1).toBeLessThanOrEqual(1 + 6); // one base + six currents' names
    const back = readTab(s)!;
    expect(back.history.past.map((w) => w.current.levers.land)).toEqual([830, 900]);
    expect(back.history.present.current.levers.land).toBe(1000);
    expect(back.history.future.map((w) => w.current.levers.land)).toEqual([1100]);
    expect(back.working.current.levers.land).toBe(1050);
    expect([back.page, back.entry, back.links[0].hash, back.links[0].before.current.levers.land]).toEqual([
      'p1',
      3,
      '#s=abc',
      900,
    ]);
  });

  it('drops a step that fails the schema, and ignores a state without a valid present', () => {
    const s = new MemoryStorage();
    writeTab(s, state);
    const json = JSON.parse(s.getItem(TAB_KEY)!);
    json.past[0].c.levers.land = -5;
    s.setItem(TAB_KEY, JSON.stringify(json));
    expect(readTab(s)!.history.past.map((w) => w.current.levers.land)).toEqual([900]);
    json.present.c = { hello: 1 };
    s.setItem(TAB_KEY, JSON.stringify(json));
    expect(readTab(s)).toBeNull();
    s.setItem(TAB_KEY, '{');
    expect(readTab(s)).toBeNull();
    expect(readTab(null)).toBeNull();
  });

  it('a storage that refuses to write is reported, not thrown', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeTab(full, state)).toBe(false);
  });
});

describe('previous-work store', () => {
  it('keeps each work once, newest first, at most PREVIOUS_MAX', () => {
    const s = new MemoryStorage();
    for (let i = 0; i < PREVIOUS_MAX + 5; i++)
      putPrevious(s, { id: `aside:${i}`, at: 1000 + i, ...at(900 + i) });
    const list = readPrevious(s);
    expect(list).toHaveLength(PREVIOUS_MAX);
    expect(list[0].id).toBe(`aside:${PREVIOUS_MAX + 4}`);
    expect(list.at(-1)!.id).toBe('aside:5');
    // the same work under another id is read once, the newest entry
    putPrevious(s, { id: 'page:x', at: 5000, ...at(910) });
    const with910 = () =>
      readPrevious(s)
        .filter((e) => e.current.levers.land === 910)
        .map((e) => e.id);
    const stored910 = () => s.getItem(PREVIOUS_KEY)!.split('"land":910').length - 1;
    expect(with910()).toEqual(['page:x']);
    expect(stored910()).toBe(2); // both are kept…
    putPrevious(s, { id: 'aside:y', at: 5000, ...at(910) }, true);
    expect(stored910()).toBe(1); // …unless asked to replace the same work
    expect(with910()).toEqual(['aside:y']);
    // an entry of the same id is replaced
    putPrevious(s, { id: 'page:x', at: 5001, ...at(911) });
    expect(
      readPrevious(s)
        .filter((e) => e.id === 'page:x')
        .map((e) => e.current.levers.land),
    ).toEqual([911]);
    expect(dropPrevious(s, 'page:x')).toBe(true);
    expect(readPrevious(s).some((e) => e.id === 'page:x')).toBe(false);
  });

  it('an entry that fails the schema is left out; a broken list reads as empty', () => {
    const s = new MemoryStorage();
    putPrevious(s, { id: 'a', at: 1, ...at(900) });
    putPrevious(s, { id: 'b', at: 2, ...at(901) });
    const json = JSON.parse(s.getItem(PREVIOUS_KEY)!);
    json.entries[0].current.runs = 'many';
    s.setItem(PREVIOUS_KEY, JSON.stringify(json));
    expect(readPrevious(s).map((e) => e.id)).toEqual(['a']);
    s.setItem(PREVIOUS_KEY, 'null');
    expect(readPrevious(s)).toEqual([]);
    expect(putPrevious(s, { id: 'c', at: 3, ...at(902) })).toBe(true);
    expect(readPrevious(s).map((e) => e.id)).toEqual(['c']);
  });
});
