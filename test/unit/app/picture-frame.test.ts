import { describe, expect, it } from 'vitest';
import { LATE_MS, PictureFrame } from '../../../src/app/picture-frame.ts';

/** A fake display: `paint()` paints a frame and runs the after-paint callbacks asked for before it. */
function display() {
  let callbacks: (() => void)[] = [];
  const timers: (() => void)[] = [];
  return {
    afterPaint: (fn: () => void) => void callbacks.push(fn),
    late: (fn: () => void, ms: number) => {
      expect(ms).toBe(LATE_MS);
      timers.push(fn);
    },
    paint() {
      const now = callbacks;
      callbacks = [];
      for (const fn of now) fn();
    },
    timeout: () => timers.splice(0).forEach((fn) => fn()),
  };
}

describe('PictureFrame', () => {
  it('draws a picture at once when none was drawn since the last paint', () => {
    const d = display();
    const f = new PictureFrame(d.afterPaint, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    expect(drawn).toEqual([1]);
    d.paint();
    f.draw(() => drawn.push(2));
    expect(drawn).toEqual([1, 2]);
  });

  it('draws at most one picture a frame: the newest of those that came meanwhile, once the last is painted', () => {
    const d = display();
    const f = new PictureFrame(d.afterPaint, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    f.draw(() => drawn.push(3));
    expect(drawn).toEqual([1]);
    expect(f.waiting).toBe(true);
    d.paint(); // picture 1 is on screen: the newest waiting one is drawn, for the next frame
    expect(drawn).toEqual([1, 3]);
    f.draw(() => drawn.push(4)); // 3 is not painted yet
    expect(drawn).toEqual([1, 3]);
    d.paint();
    expect(drawn).toEqual([1, 3, 4]);
    d.paint(); // idle again: the next picture is drawn at once
    f.draw(() => drawn.push(5));
    expect(drawn).toEqual([1, 3, 4, 5]);
  });

  it('draws a final picture at once, in place of one waiting', () => {
    const d = display();
    const f = new PictureFrame(d.afterPaint, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    f.drawNow(() => drawn.push(3));
    expect(drawn).toEqual([1, 3]);
    f.draw(() => drawn.push(4)); // 3 is not painted yet
    d.paint();
    expect(drawn).toEqual([1, 3, 4]);
  });

  it('drops a waiting picture on cancel', () => {
    const d = display();
    const f = new PictureFrame(d.afterPaint, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    f.cancel();
    expect(f.waiting).toBe(false);
    d.paint();
    d.paint();
    expect(drawn).toEqual([1]);
  });

  it('does not wait for paints that never come (a hidden page)', () => {
    const d = display();
    const f = new PictureFrame(d.afterPaint, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    d.timeout();
    expect(drawn).toEqual([1, 2]);
    // picture 2 is not painted yet: picture 3 waits for it
    f.draw(() => drawn.push(3));
    expect(drawn).toEqual([1, 2]);
  });

  it('draws every picture at once where there are no frames', () => {
    const f = new PictureFrame(null);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    expect(drawn).toEqual([1, 2]);
  });
});
