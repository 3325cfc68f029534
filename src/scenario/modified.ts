/**
 * What a scenario changed from another one is called: its id gets "-modified" ("plan" → "plan-modified") and its
 * name the "modified" mark of each language ("规划情景（已修改）", "The plan (modified)"), each added once. The app's
 * draft and the command line's --set use them, so a changed package never goes out (CSV, JSON, share link, saved
 * entry) under the id or the name of the package it started from.
 */
import { message, type Lang } from '../i18n/messages.ts';
import type { Bilingual } from '../model/parameters.ts';

export const MODIFIED_ID_SUFFIX = '-modified';
/** The schema's longest id (src/scenario/schema.ts). */
const ID_MAX = 64;
/** The schema's longest name. */
const NAME_MAX = 80;

/** The id of a scenario changed from `id`: "plan-modified"; an id that already says so is kept. */
export function modifiedId(id: string): string {
  if (id.endsWith(MODIFIED_ID_SUFFIX)) return id;
  return id.slice(0, ID_MAX - MODIFIED_ID_SUFFIX.length).replace(/-+$/, '') + MODIFIED_ID_SUFFIX;
}

/** A scenario name with the "modified" mark of each language, added once and within the format's 80 characters. */
export function modifiedName(name: Bilingual): Bilingual {
  const one = (lang: Lang) => {
    const plain = unmarkedName(name[lang], lang);
    const marked = message(lang, 'preset.modifiedName', { name: plain });
    return marked.length <= NAME_MAX ? marked : name[lang];
  };
  return { zh: one('zh'), en: one('en') };
}

/** A name without its "modified" mark, if it has one. */
export function unmarkedName(name: string, lang: Lang): string {
  const [before, after] = message(lang, 'preset.modifiedName').split('{name}');
  return name.startsWith(before) && name.endsWith(after) && name.length >= before.length + after.length
    ? name.slice(before.length, name.length - after.length)
    : name;
}
