/**
 * Which keys undo and redo, and when they are left to the field in focus. Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z and
 * Ctrl+Y redo. A text field keeps its own undo (the browser's, for the text being typed): always for text that is
 * not a scenario value (a name box, a search), and for a scenario value box while it holds typing not yet committed.
 * Scenario value boxes are those inside an element marked data-undo-scope="scenario".
 */
export type UndoKey = 'undo' | 'redo';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The history command a key press asks for, or null. */
export function undoKey(e: KeyLike): UndoKey | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  // the letter typed on a Latin layout; the key's place (KeyZ, KeyY) on others (Cyrillic, Greek…)
  const letter = /^[a-z]$/i.test(e.key)
    ? e.key.toLowerCase()
    : e.code === 'KeyZ'
      ? 'z'
      : e.code === 'KeyY'
        ? 'y'
        : '';
  if (letter === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && !e.shiftKey) return 'redo';
  return null;
}

export const UNDO_SCOPE = 'data-undo-scope';

const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

interface ElementLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  closest(selector: string): unknown;
}

/**
 * The element keeps Ctrl+Z for itself: a text area or editable text, a text input outside the scenario's value
 * boxes, or a value box with uncommitted typing (`typing`).
 */
export function fieldKeepsUndo(el: ElementLike | null, typing: boolean): boolean {
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT' || !TEXT_TYPES.has((el.type ?? '').toLowerCase())) return false;
  return el.closest(`[${UNDO_SCOPE}="scenario"]`) ? typing : true;
}

/**
 * The text fields holding typing not yet committed: marked on `input`, cleared on `change` or Enter (the app's
 * value boxes commit on Enter). Weakly held, so removed fields are forgotten.
 */
export class Typing {
  #fields = new WeakSet<object>();
  input(target: EventTarget | null) {
    if (target) this.#fields.add(target);
  }
  committed(target: EventTarget | null) {
    if (target) this.#fields.delete(target);
  }
  has(target: EventTarget | null): boolean {
    return !!target && this.#fields.has(target);
  }
}
