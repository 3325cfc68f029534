/**
 * At most one picture per animation frame. Results come from the workers as messages, several in one frame when
 * the batches are short or the CPU is slow; drawing each would make the main thread redo the same charts for a
 * frame that shows only the last, and keep the slider waiting. A picture asked for when none was drawn since the
 * last frame is drawn at once (no frame of delay for the first partial picture); one asked for after that waits for
 * the next frame, and a later one replaces it there, so that only the newest is drawn.
 *
 * `frame` is requestAnimationFrame in the browser; where there is none (Node, the unit tests), every picture is drawn
 * at once. A hidden page gets no frames: a picture waits at most LATE_MS for one (so the final result of a run still
 * lands, and what follows it starts).
 */
export type Frame = (fn: () => void) => unknown;

/** how long a waiting picture waits for a frame that does not come (ms) */
export const LATE_MS = 100;

export const browserFrame: Frame | null =
  typeof requestAnimationFrame === 'function' ? (fn) => requestAnimationFrame(fn) : null;

export class PictureFrame {
  #frame: Frame | null;
  #late: (fn: () => void, ms: number) => unknown;
  /** counts pictures drawn, so that a late frame callback of an earlier one does nothing */
  #drawnCount = 0;
  /** a picture was drawn and its frame has not been painted yet */
  #closed = false;
  /** the newest picture waiting for the next frame */
  #waiting: (() => void) | null = null;

  constructor(
    frame: Frame | null = browserFrame,
    late: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
  ) {
    this.#frame = frame;
    this.#late = late;
  }

  /** Draws `picture` now, or in the next frame in place of any picture waiting there. */
  draw(picture: () => void): void {
    if (!this.#frame) return picture();
    if (this.#closed) {
      this.#waiting = picture;
      return;
    }
    this.#drawn(picture);
  }

  /** Drops a picture waiting for the next frame (its run was replaced). */
  cancel(): void {
    this.#waiting = null;
  }

  /** a picture is waiting for the next frame */
  get waiting(): boolean {
    return this.#waiting !== null;
  }

  /** `inFrame`: called from a frame callback, which is already this frame's, before its paint */
  #drawn(picture: () => void, inFrame = false) {
    this.#closed = true;
    const n = ++this.#drawnCount;
    picture();
    const open = (inFrame: boolean) => n === this.#drawnCount && this.#closed && this.#open(inFrame);
    // a callback asked for outside a frame callback runs before this frame's paint (which shows `picture`), one
    // asked for inside runs before the next frame's: from there on the first picture drawn is the next frame's
    if (inFrame) this.#frame!(() => open(true));
    else this.#frame!(() => this.#frame!(() => open(true)));
    this.#late(() => open(false), LATE_MS);
  }

  #open(inFrame: boolean) {
    this.#closed = false;
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#drawn(next, inFrame);
  }
}
