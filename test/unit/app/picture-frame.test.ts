import { describe, expect, it } from 'vitest';
import { LATE_MS, PictureFrame } from '../../../src/app/picture-frame.ts';

/** A fake display: `paint()` runs the frame callbacks asked for so far (those they ask for wait for the next). */
function display() {
  let callbacks: (() => void)[] = [];
  const timers: (() => void)[] = [];
  return {
    frame: (fn: () => void) => void callbacks.push(fn),
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
  it('draws a picture at once when none was drawn since the last frame', () => {
    const d = display();
    const f = new PictureFrame(d.frame, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    expect(drawn).toEqual([1]);
  });

  it('draws at most one picture a frame, the newest of those that came meanwhile', () => {
    const d = display();
    const f = new PictureFrame(d.frame, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    f.draw(() => drawn.push(3));
    expect(drawn).toEqual([1]);
    expect(f.waiting).toBe(true);
    d.paint(); // frame 1 shows picture 1: nothing else is drawn before its paint
    expect(drawn).toEqual([1]);
    f.draw(() => drawn.push(4));
    d.paint(); // before frame 2's paint: the newest waiting picture
    expect(drawn).toEqual([1, 4]);
    f.draw(() => drawn.push(5)); // frame 2 is painted with 4: 5 waits for frame 3
    expect(drawn).toEqual([1, 4]);
    d.paint();
    expect(drawn).toEqual([1, 4, 5]);
    d.paint();
    d.paint(); // idle again: the next picture is drawn at once
    f.draw(() => drawn.push(6));
    expect(drawn).toEqual([1, 4, 5, 6]);
  });

  it('drops a waiting picture on cancel', () => {
    const d = display();
    const f = new PictureFrame(d.frame, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    f.cancel();
    d.paint();
    d.paint();
    expect(drawn).toEqual([1]);
    expect(f.waiting).toBe(false);
  });

  it('does not wait for frames that never come (a hidden page)', () => {
    const d = display();
    const f = new PictureFrame(d.frame, d.late);
    const drawn: number[] = [];
    f.draw(() => drawn.push(1));
    f.draw(() => drawn.push(2));
    d.timeout();
    expect(drawn).toEqual([1, 2]);
    // the frames of picture 1 come late and open nothing twice: picture 3 waits for picture 2's frame
    f.draw(() => drawn.push(3));
    d.paint();
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
