/** The undo stack on its own: steps, limits, redo cleared by a new step, and its state written and read back. */
import { describe, expect, it } from 'vitest';
import { History, HISTORY_LIMIT } from '../../../src/app/history.ts';

const same = (a: number, b: number) => a === b;

describe('History', () => {
  it('undoes and redoes steps in order, and says when there is nothing to do', () => {
    const h = new History<number>(0, same);
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBeNull();
    for (const x of [1, 2, 3]) expect(h.record(x)).toBe(true);
    expect(h.undo()).toBe(2);
    expect(h.undo()).toBe(1);
    expect(h.depth).toEqual({ back: 1, ahead: 2 });
    expect(h.redo()).toBe(2);
    expect(h.present).toBe(2);
    expect(h.undo()).toBe(1);
    expect(h.undo()).toBe(0);
    expect(h.undo()).toBeNull();
    expect(h.present).toBe(0);
    expect(h.canRedo).toBe(true);
  });

  it('the same value again is not a step', () => {
    const h = new History(5, same);
    expect(h.record(5)).toBe(false);
    expect(h.canUndo).toBe(false);
  });

  it('a new step after undo clears what could be redone', () => {
    const h = new History<number>(0, same);
    h.record(1);
    h.record(2);
    h.undo();
    expect(h.canRedo).toBe(true);
    h.record(7);
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeNull();
    expect(h.undo()).toBe(1);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps back (at least the 50 asked for), dropping the oldest`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(50);
    const h = new History<number>(0, same);
    for (let i = 1; i <= HISTORY_LIMIT + 30; i++) h.record(i);
    let undos = 0;
    let last = h.present;
    for (let x = h.undo(); x !== null; x = h.undo()) {
      undos++;
      last = x;
    }
    expect(undos).toBe(HISTORY_LIMIT);
    expect(last).toBe(30); // 0…29 are gone
    // and all of it can be redone
    let redos = 0;
    while (h.redo() !== null) redos++;
    expect(redos).toBe(HISTORY_LIMIT);
    expect(h.present).toBe(HISTORY_LIMIT + 30);
  });

  it('a smaller limit is honoured; a limit below 1 is refused', () => {
    const h = new History<number>(0, same, 3);
    for (let i = 1; i <= 10; i++) h.record(i);
    expect(h.depth.back).toBe(3);
    expect(() => new History<number>(0, same, 0)).toThrow(/limit/);
  });

  it('its state reads back as the same history (cut to the limit)', () => {
    const h = new History<string>('a', (x: string, y: string) => x === y);
    for (const x of ['b', 'c', 'd']) h.record(x);
    h.undo();
    const state = JSON.parse(JSON.stringify(h.state())) as ReturnType<typeof h.state>;
    expect(state).toEqual({ past: ['a', 'b'], present: 'c', future: ['d'] });
    const back = History.from(state, (x, y) => x === y);
    expect(back.redo()).toBe('d');
    expect(back.undo()).toBe('c');
    expect(back.undo()).toBe('b');
    const cut = History.from(state, (x, y) => x === y, 1);
    expect(cut.depth).toEqual({ back: 1, ahead: 1 });
    expect(cut.undo()).toBe('b');
  });
});
