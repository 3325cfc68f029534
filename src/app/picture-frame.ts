/**
 * At most one picture per animation frame. Results come from the workers as messages, several in one frame when
 * the batches are short or the CPU is slow; drawing each would make the main thread redo the same charts for a
 * frame that shows only the last, and keep the slider waiting. A picture asked for when none was drawn since the
 * last paint is drawn at once (no delay for the first partial picture); one asked for after that waits until that
 * picture's frame is painted, and a later one replaces it meanwhile, so that only the newest is drawn. A run's final
 * picture is drawn at once (`drawNow`): the first partial and the final picture never wait for a frame.
 *
 * `afterPaint` calls back once the next frame has been painted: in the browser a task posted from an animation
 * frame callback (which runs just before the paint). Where there are no frames (Node, the unit tests), every picture
 * is drawn at once. A hidden page gets no frames: a picture waits at most LATE_MS for one (so the final result of a
 * run still lands, and what follows it starts).
 */
export type AfterPaint = (fn: () => void) => unknown;

/** how long a waiting picture waits for a paint that does not come (ms) */
export const LATE_MS = 100;

export const browserAfterPaint: AfterPaint | null =
  typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function'
    ? (fn) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          fn();
        };
        requestAnimationFrame(() => channel.port2.postMessage(null));
      }
    : null;

export class PictureFrame {
  #afterPaint: AfterPaint | null;
  #late: (fn: () => void, ms: number) => unknown;
  /** counts pictures drawn, so that a late call for an earlier one does nothing */
  #drawnCount = 0;
  /** a picture was drawn and has not been painted yet */
  #closed = false;
  /** the newest picture waiting for the paint */
  #waiting: (() => void) | null = null;

  constructor(
    afterPaint: AfterPaint | null = browserAfterPaint,
    late: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
  ) {
    this.#afterPaint = afterPaint;
    this.#late = late;
  }

  /** Draws `picture` now, or once the picture drawn before it is painted, in place of any picture waiting there. */
  draw(picture: () => void): void {
    if (!this.#afterPaint) return picture();
    if (this.#closed) {
      this.#waiting = picture;
      return;
    }
    this.#drawn(picture);
  }

  /**
   * Draws `picture` now, whatever was drawn before it, and drops any picture waiting: for a run's final picture,
   * which nothing of that run follows and which should not wait for a paint that a loaded machine may delay.
   */
  drawNow(picture: () => void): void {
    this.#waiting = null;
    if (!this.#afterPaint) return picture();
    this.#drawn(picture);
  }

  /** Drops a picture waiting for the paint (its run was replaced). */
  cancel(): void {
    this.#waiting = null;
  }

  /** a picture is waiting for the paint */
  get waiting(): boolean {
    return this.#waiting !== null;
  }

  #drawn(picture: () => void) {
    this.#closed = true;
    const n = ++this.#drawnCount;
    picture();
    const open = () => n === this.#drawnCount && this.#closed && this.#open();
    this.#afterPaint!(open);
    this.#late(open, LATE_MS);
  }

  #open() {
    this.#closed = false;
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#drawn(next);
  }
}
