/**
 * The typed dictionaries as a pure function of the language: for the charts and state classes, which take the
 * language as an argument and must not depend on the app's reactive locale. One home for `Lang`.
 */
import { en } from './en.ts';
import { enUnits } from './en-units.ts';
import { zh, type MessageKey } from './zh.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type { MessageKey };

const dicts = { zh, en } as const;

/** Fills `{name}` parameters of a message. */
export function interpolate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A message of the given language with its parameters filled. */
export function message(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = interpolate(dicts[lang][key], params);
  return lang === 'en' ? enUnits(text) : text;
}

/** The BCP 47 tag of a language: for `lang` attributes and number and date formats. */
export const langTag = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The language the toggle switches to. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
