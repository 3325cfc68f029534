/**
 * The interface language: Chinese by default, English one click away, the choice kept in localStorage.
 * t() reads the current language, so a template that calls it updates when the language changes. The English
 * dictionary loads on first use (./messages.ts): set() waits for it before switching.
 */
import type { Bilingual } from '../model/parameters.ts';
import {
  interpolate,
  langLoaded,
  langTag,
  loadLang,
  message,
  otherLang,
  type Lang,
  type MessageKey,
} from './messages.ts';

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

function keep(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

class Locale {
  /** Chinese until boot() has loaded the stored choice's dictionary (src/main.ts waits for it before mounting) */
  lang = $state<Lang>('zh');
  /** the language whose dictionary failed to load last, shown as a notice (switching again retries), or null */
  failed = $state<Lang | null>(null);

  /** Shows the stored choice of language, once its dictionary is in (at once for Chinese). */
  boot(): Promise<void> {
    const want = stored();
    return want === this.lang ? Promise.resolve() : this.set(want);
  }

  /**
   * Shows `lang`: its dictionary first (English loads on first use; one already in switches at once), then the
   * switch. A failed load leaves the language on screen as it was and says so (`failed`); never rejects.
   */
  set(lang: Lang): Promise<void> {
    // The choice is kept at once, before its dictionary is in: a reload right after the click opens in the chosen
    // language (boot() loads it), and a failed load opens in Chinese with the notice and retries next time.
    keep(lang);
    if (langLoaded(lang)) {
      this.#show(lang);
      return Promise.resolve();
    }
    return loadLang(lang).then(
      () => this.#show(lang),
      () => {
        this.failed = lang;
      },
    );
  }

  #show(lang: Lang) {
    this.failed = null;
    this.lang = lang;
    if (typeof document !== 'undefined') document.documentElement.lang = langTag(lang);
  }

  toggle(): Promise<void> {
    return this.set(otherLang(this.lang));
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
