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

/**
 * The words of the plan on screen that messages may use: its years ({baseYear}, {fromYear} — the first year after
 * the base —, {targetYear}, {endYear}) and its subject and name ({subject}, {planName}), in each language. The app
 * sets them from the plan it shows, so that no message writes a plan's year or name itself.
 */
export interface PlanWords {
  baseYear: number;
  targetYear: number;
  endYear: number;
  subject: Bilingual;
  name: Bilingual;
}
class PlanContext {
  words = $state.raw<PlanWords | null>(null);
}
export const planContext = new PlanContext();

/** The message parameters a plan gives, in one language. */
export function planParams(w: PlanWords | null, lang: Lang): Record<string, string | number> {
  if (!w) return {};
  return {
    baseYear: w.baseYear,
    fromYear: w.baseYear + 1,
    targetYear: w.targetYear,
    endYear: w.endYear,
    subject: w.subject[lang],
    planName: w.name[lang],
  };
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return message(locale.lang, key, { ...planParams(planContext.words, locale.lang), ...params });
}

/** The current language's half of a model table's {zh, en} label. */
export function pick(b: Bilingual): string {
  return b[locale.lang];
}
