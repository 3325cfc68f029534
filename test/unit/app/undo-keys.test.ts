/** Which keys undo and redo, and which fields keep Ctrl+Z for their own text. */
import { describe, expect, it } from 'vitest';
import { fieldKeepsUndo, Typing, undoKey, UNDO_SCOPE } from '../../../src/app/undo-keys.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>,
  code = '',
) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undoKey', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('Z', { metaKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    // a Cyrillic layout: the letter is not z, the key's place is
    [key('я', { ctrlKey: true }, 'KeyZ'), 'undo'],
    [key('z', {}), null],
    [key('z', { ctrlKey: true, altKey: true }), null],
    [key('Y', { ctrlKey: true, shiftKey: true }), null],
    [key('x', { ctrlKey: true }), null],
    // an AZERTY keyboard: the key at KeyZ types w, and is not undo
    [key('w', { ctrlKey: true }, 'KeyZ'), null],
  ])('%o → %s', (e, want) => expect(undoKey(e)).toBe(want));
});

/** A minimal element: its tag, type, and whether it sits inside the scenario's value boxes. */
const el = (tagName: string, type = '', inScope = false, isContentEditable = false) => ({
  tagName,
  type,
  isContentEditable,
  closest: (sel: string) => (inScope && sel === `[${UNDO_SCOPE}="scenario"]` ? {} : null),
});

describe('fieldKeepsUndo', () => {
  it('a name box, a text area or editable text keeps its own undo', () => {
    expect(fieldKeepsUndo(el('INPUT', 'text'), false)).toBe(true);
    expect(fieldKeepsUndo(el('TEXTAREA'), false)).toBe(true);
    expect(fieldKeepsUndo(el('DIV', '', false, true), false)).toBe(true);
  });
  it('a scenario value box keeps it only while it holds uncommitted typing', () => {
    expect(fieldKeepsUndo(el('INPUT', 'text', true), true)).toBe(true);
    expect(fieldKeepsUndo(el('INPUT', 'text', true), false)).toBe(false);
  });
  it('sliders, selects, buttons and no focus leave Ctrl+Z to the app', () => {
    expect(fieldKeepsUndo(el('INPUT', 'range', true), true)).toBe(false);
    expect(fieldKeepsUndo(el('INPUT', 'checkbox'), false)).toBe(false);
    expect(fieldKeepsUndo(el('SELECT'), false)).toBe(false);
    expect(fieldKeepsUndo(el('BUTTON'), false)).toBe(false);
    expect(fieldKeepsUndo(null, false)).toBe(false);
  });
});

describe('Typing', () => {
  it('marks a field on input and clears it when the value is committed', () => {
    const t = new Typing();
    const field = {} as EventTarget;
    expect(t.has(field)).toBe(false);
    t.input(field);
    expect(t.has(field)).toBe(true);
    t.committed(field);
    expect(t.has(field)).toBe(false);
    expect(t.has(null)).toBe(false);
  });
});
