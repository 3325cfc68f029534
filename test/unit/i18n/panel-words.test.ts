/**
 * The words of the panels that load on first use are chunks of their own (src/i18n/zh-panels.ts, en-panels.ts):
 * before a panel asks for them a panel message is not there in either language and the language counts as loaded;
 * once a panel has asked, a language counts as loaded only with its panels' words, so that a switch of language
 * waits for them. Each case imports the modules afresh (the test setup has loaded everything in the shared instance).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zh } from '../../../src/i18n/zh.ts';
import { zhPanels } from '../../../src/i18n/zh-panels.ts';
import { enPanels } from '../../../src/i18n/en-panels.ts';

afterEach(() => {
  vi.doUnmock('../../../src/i18n/zh-panels.ts');
  vi.resetModules();
});

async function fresh() {
  vi.resetModules();
  return import('../../../src/i18n/messages.ts');
}

describe("the panels' words on first use", () => {
  it('are separate from the words always in, with the same keys in both languages', () => {
    expect(Object.keys(zhPanels).length).toBeGreaterThan(100);
    expect(Object.keys(zhPanels).filter((k) => Object.hasOwn(zh, k))).toEqual([]);
    expect(Object.keys(enPanels).sort()).toEqual(Object.keys(zhPanels).sort());
  });

  it('are not there until a panel asks for them; then in the language it asked for', async () => {
    const m = await fresh();
    expect(m.langLoaded('zh')).toBe(true);
    expect(() => m.message('zh', 'insight.title')).toThrow(/insight\.title/);
    expect(m.message('zh', 'insight.open')).toBe(zh['insight.open']);
    await m.loadPanelWords('zh');
    expect(m.message('zh', 'insight.title')).toBe(zhPanels['insight.title']);
    // the other language's panel words now come with that language
    expect(m.langLoaded('zh')).toBe(true);
    expect(m.langLoaded('en')).toBe(false);
    await m.loadLang('en');
    expect(m.langLoaded('en')).toBe(true);
    expect(m.message('en', 'insight.title')).toBe(enPanels['insight.title']);
  });

  it('a failed load rejects and is tried again on the next call', async () => {
    let fail = true;
    vi.doMock('../../../src/i18n/zh-panels.ts', async (orig) => {
      if (fail) throw new Error('chunk gone');
      return orig();
    });
    const m = await fresh();
    await expect(m.loadPanelWords('zh')).rejects.toThrow();
    expect(m.langLoaded('zh')).toBe(false);
    fail = false;
    vi.resetModules();
    await m.loadPanelWords('zh');
    expect(m.langLoaded('zh')).toBe(true);
  });
});
