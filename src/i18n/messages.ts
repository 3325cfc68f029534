/**
 * The typed dictionaries as a pure function of the language: for the charts and state classes, which take the
 * language as an argument and must not depend on the app's reactive locale. One home for `Lang`.
 *
 * Chinese, the default, is always in. The English dictionary is a chunk of its own that loadLang fetches when
 * English is first shown (src/main.ts before the app mounts, the language toggle before it switches; the unit tests
 * in their setup), so that a Chinese first load does not carry it. Until then only the words of ./en-always.ts are
 * there in English (all the command line asks for), and asking for another English message is a programming error
 * that throws.
 *
 * The words of the panels that load on first use (./zh-panels.ts, ./en-panels.ts: insight, compare, saved scenarios,
 * history and ex-post checks, the validator's issues) are chunks of their own too: loadPanelWords fetches the
 * language on screen's with the first such panel (src/ui/Lazy.svelte), and from then on a switch of language waits
 * for the other language's panel words as it waits for its dictionary.
 */
import { enAlways } from './en-always.ts';
import { enUnits } from './en-units.ts';
import type { PanelDict } from './zh-panels.ts';
import { zh, type Dict, type MessageKey } from './zh.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type { MessageKey };

const dicts: Record<Lang, Partial<Dict>> = { zh, en: enAlways };
let enLoading: Promise<void> | null = null;
/** the panels' words of each language, once in */
const panelWords: Record<Lang, PanelDict | null> = { zh: null, en: null };
const panelLoading: Record<Lang, Promise<void> | null> = { zh: null, en: null };
/** a panel has asked for its words: from then on a language counts as loaded only with them */
let panelsWanted = false;

const mainLoaded = (lang: Lang): boolean => lang === 'zh' || dicts.en !== enAlways;

/**
 * Whether a language's words are all in (the messages of `lang` can all be asked for): its dictionary, and its
 * panels' words once a panel has asked for them.
 */
export const langLoaded = (lang: Lang): boolean =>
  mainLoaded(lang) && (!panelsWanted || panelWords[lang] !== null);

/**
 * Loads the panels' words of a language (a chunk each), once; a failed load is tried again on the next call. Asked
 * for by each panel that loads on first use, before it shows.
 */
export function loadPanelWords(lang: Lang): Promise<void> {
  panelsWanted = true;
  if (panelWords[lang]) return Promise.resolve();
  panelLoading[lang] ??= (
    lang === 'zh'
      ? import('./zh-panels.ts').then((m) => m.zhPanels)
      : import('./en-panels.ts').then((m) => m.enPanels)
  ).then(
    (words) => {
      panelWords[lang] = words;
    },
    (e: unknown) => {
      panelLoading[lang] = null;
      throw e;
    },
  );
  return panelLoading[lang];
}

/**
 * Loads a language's words: at once for one already in; the English chunk once (a failed load, say the server
 * went away, is tried again on the next call); with the panels' words of that language once a panel needed them.
 */
export function loadLang(lang: Lang): Promise<void> {
  if (langLoaded(lang)) return Promise.resolve();
  const panels = panelsWanted ? loadPanelWords(lang) : Promise.resolve();
  return Promise.all([loadMain(lang), panels]).then(() => {});
}

function loadMain(lang: Lang): Promise<void> {
  if (mainLoaded(lang)) return Promise.resolve();
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
  const words = dicts[lang][key] ?? panelWords[lang]?.[key as keyof PanelDict];
  if (words === undefined)
    throw new Error(`i18n: message ${key} asked for in ${lang} before loadLang('${lang}') finished`);
  const text = interpolate(words, params);
  return lang === 'en' ? enUnits(text) : text;
}

/** The BCP 47 tag of a language: for `lang` attributes and number and date formats. */
export const langTag = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The language the toggle switches to. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
