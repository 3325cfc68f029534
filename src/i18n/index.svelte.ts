/**
 * The interface language: Chinese by default, English one click away, the choice kept in localStorage.
 * t() reads the current language, so a template that calls it updates when the language changes.
 */
import type { Bilingual } from '../model/parameters.ts';
import { interpolate, langTag, message, otherLang, type Lang, type MessageKey } from './messages.ts';

export type { Lang, MessageKey };
export { interpolate, langTag };

export const LANG_STORAGE_KEY = 'ngit-sim.lang';

function stored(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

class Locale {
  lang = $state<Lang>(stored());

  set(lang: Lang) {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // private mode: the choice lasts for this page only
    }
    if (typeof document !== 'undefined') document.documentElement.lang = langTag(lang);
  }

  toggle() {
    this.set(otherLang(this.lang));
  }
}

export const locale = new Locale();

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return message(locale.lang, key, params);
}

/** The current language's half of a model table's {zh, en} label. */
export function pick(b: Bilingual): string {
  return b[locale.lang];
}
