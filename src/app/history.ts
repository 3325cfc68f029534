/**
 * Undo and redo as a pure stack of snapshots: the present, what came before it and what an undo left ahead of it.
 * Generic over the snapshot (the app keeps whole scenarios, never per-field changes), bounded to `limit` steps back,
 * and cleared ahead by a new step, as every editor does. No timers, no storage: the owner decides what a step is.
 */

/** Steps kept back (the brief asks for at least 50). */
export const HISTORY_LIMIT = 100;

export interface HistoryState<T> {
  past: T[];
  present: T;
  future: T[];
}

export class History<T> {
  #past: T[];
  #present: T;
  #future: T[];
  readonly #same: (a: T, b: T) => boolean;
  readonly limit: number;

  constructor(present: T, same: (a: T, b: T) => boolean, limit = HISTORY_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`history limit must be ≥ 1, got ${limit}`);
    this.#present = present;
    this.#past = [];
    this.#future = [];
    this.#same = same;
    this.limit = limit;
  }

  /** A history as it was written (by `state`), cut to the limit (the oldest steps go first). */
  static from<T>(s: HistoryState<T>, same: (a: T, b: T) => boolean, limit = HISTORY_LIMIT): History<T> {
    const h = new History(s.present, same, limit);
    h.#past = s.past.slice(-limit);
    h.#future = s.future.slice(0, limit);
    return h;
  }

  get present(): T {
    return this.#present;
  }
  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
  }
  /** how many undos and redos are possible */
  get depth(): { back: number; ahead: number } {
    return { back: this.#past.length, ahead: this.#future.length };
  }

  /** Makes `next` the present, one step after the old one; false (and nothing changes) if it is the same. */
  record(next: T): boolean {
    if (this.#same(next, this.#present)) return false;
    this.#past.push(this.#present);
    if (this.#past.length > this.limit) this.#past.splice(0, this.#past.length - this.limit);
    this.#present = next;
    this.#future = [];
    return true;
  }

  /** Steps back; the new present, or null if there is nothing before. */
  undo(): T | null {
    const prev = this.#past.pop();
    if (prev === undefined) return null;
    this.#future.unshift(this.#present);
    this.#present = prev;
    return prev;
  }

  /** Steps forward again; the new present, or null if nothing was undone. */
  redo(): T | null {
    const next = this.#future.shift();
    if (next === undefined) return null;
    this.#past.push(this.#present);
    this.#present = next;
    return next;
  }

  /** Plain copies of the three lists, for storage. */
  state(): HistoryState<T> {
    return { past: [...this.#past], present: this.#present, future: [...this.#future] };
  }
}
