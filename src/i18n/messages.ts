/**
 * The typed dictionaries as a pure function of the language: for the charts and state classes, which take the
 * language as an argument and must not depend on the app's reactive locale. One home for `Lang`.
 *
 * Chinese, the default, is always in. The English dictionary is a chunk of its own that loadLang fetches when
 * English is first shown (src/main.ts before the app mounts, the language toggle before it switches; the unit tests
 * in their setup), so that a Chinese first load does not carry it. Until then only the words of ./en-always.ts are
 * there in English (all the command line asks for), and asking for another English message is a programming error
 * that throws.
 */
import { enAlways } from './en-always.ts';
import { enUnits } from './en-units.ts';
import { zh, type Dict, type MessageKey } from './zh.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type { MessageKey };

const dicts: Record<Lang, Partial<Dict>> = { zh, en: enAlways };
let enLoading: Promise<void> | null = null;

/** Whether a language's whole dictionary is in (the messages of `lang` can all be asked for). */
export const langLoaded = (lang: Lang): boolean => lang === 'zh' || dicts.en !== enAlways;

/**
 * Loads a language's dictionary: at once for one already in; the English chunk once (a failed load, say the server
 * went away, is tried again on the next call).
 */
export function loadLang(lang: Lang): Promise<void> {
  if (langLoaded(lang)) return Promise.resolve();
  enLoading ??= import('./en.ts').then(
    (m) => {
      dicts.en = m.en;
    },
    (e: unknown) => {
      enLoading = null;
      throw e;
    },
  );
  return enLoading;
}

/** Fills `{name}` parameters of a message. */
export function interpolate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A message of the given language with its parameters filled. */
export function message(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const words = dicts[lang][key];
  if (words === undefined)
    throw new Error(`i18n: message ${key} asked for in ${lang} before loadLang('${lang}') finished`);
  const text = interpolate(words, params);
  return lang === 'en' ? enUnits(text) : text;
}

/** The BCP 47 tag of a language: for `lang` attributes and number and date formats. */
export const langTag = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The language the toggle switches to. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
