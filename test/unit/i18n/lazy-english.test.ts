/**
 * The English dictionary is a chunk of its own (src/i18n/messages.ts): until loadLang('en') has finished only the
 * words of en-always.ts are there in English, the toggle waits for the rest, and a failed load leaves the language
 * on screen as it was and says so. Each case imports the modules afresh (the test setup has loaded English in the
 * instance the other tests share).
 */
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { MemoryStorage } from '../app/memory-storage.ts';

afterEach(() => {
  vi.doUnmock('../../../src/i18n/en.ts');
  vi.resetModules();
});

async function fresh() {
  vi.resetModules();
  return {
    messages: await import('../../../src/i18n/messages.ts'),
    index: await import('../../../src/i18n/index.svelte.ts'),
  };
}

describe('the English dictionary on first use', () => {
  it('has only the always-needed English words before it loads, and all of them after', async () => {
    const { messages } = await fresh();
    expect(messages.langLoaded('zh')).toBe(true);
    expect(messages.langLoaded('en')).toBe(false);
    expect(messages.message('en', 'preset.modifiedName', { name: 'Plan' })).toBe('Plan (modified)');
    expect(() => messages.message('en', 'lang.toggle')).toThrow(/lang\.toggle.*loadLang\('en'\)/);
    await messages.loadLang('en');
    expect(messages.langLoaded('en')).toBe(true);
    expect(messages.message('en', 'lang.toggle')).toBe('中文');
  });

  it('switches the language on screen only once the words are in', async () => {
    const { index } = await fresh();
    expect(index.locale.lang).toBe('zh');
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const switching = index.locale.toggle();
    expect(index.locale.lang).toBe('zh');
    // the choice is kept at the click, so a reload before the words arrive opens in English
    expect(storage.getItem(index.LANG_STORAGE_KEY)).toBe('en');
    await switching;
    expect(index.locale.lang).toBe('en');
    expect(index.t('lang.toggle')).toBe('中文');
    expect(index.locale.failed).toBeNull();
  });

  it('keeps the language on screen and says so when the chunk fails to load; the next try loads it', async () => {
    vi.doMock('../../../src/i18n/en.ts', () => {
      throw new Error('chunk gone');
    });
    const { index, messages } = await fresh();
    await index.locale.set('en');
    expect(index.locale.lang).toBe('zh');
    expect(index.locale.failed).toBe('en');
    expect(index.t('lang.failed')).toContain('English');
    vi.doUnmock('../../../src/i18n/en.ts');
    await index.locale.set('en');
    expect(messages.langLoaded('en')).toBe(true);
    expect(index.locale.lang).toBe('en');
    expect(index.locale.failed).toBeNull();
  });
});
