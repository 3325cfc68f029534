/**
 * The interface language: Chinese by default, English one click away, the choice kept in localStorage.
 * t() reads the current language, so a template that calls it updates when the language changes.
 */
import type { Bilingual } from '../model/parameters.ts';
import { en } from './en.ts';
import { zh, type MessageKey } from './zh.ts';

export type Lang = 'zh' | 'en';
export type { MessageKey };

export const LANG_STORAGE_KEY = 'ngit-sim.lang';
const dicts = { zh, en } as const;

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
    if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }

  toggle() {
    this.set(this.lang === 'zh' ? 'en' : 'zh');
  }
}

export const locale = new Locale();

/** Fills `{name}` parameters of a message. */
export function interpolate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(dicts[locale.lang][key], params);
}

/** The current language's half of a model table's {zh, en} label. */
export function pick(b: Bilingual): string {
  return b[locale.lang];
}
