/**
 * `import html from 'virtual:model-doc/zh'` (or `/en`): the model documentation of that language as HTML, rendered
 * when the app is built (scripts/render-doc-html.ts), so neither the Markdown nor a parser reaches the browser. The
 * app imports it lazily: each edition is a chunk of its own, fetched when the documentation is first opened.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Lang } from '../src/i18n/messages.ts';
import { renderDocHtml, type DocHtml } from './render-doc-html.ts';

/** In front of every id of the documentation, so its anchors cannot collide with the page's own ids. */
export const DOC_ID_PREFIX = 'model-doc-';

export const MODEL_DOC_FILES: Record<Lang, string> = {
  en: fileURLToPath(new URL('../docs/MODEL.md', import.meta.url)),
  zh: fileURLToPath(new URL('../docs/MODEL.zh.md', import.meta.url)),
};

const VIRTUAL = 'virtual:model-doc/';

/** Both editions rendered from the given Markdown; the Chinese one takes the English anchors, section by section. */
export function renderModelDocs(markdown: Record<Lang, string>): Record<Lang, DocHtml> {
  const options = { idPrefix: DOC_ID_PREFIX, headingShift: 1 };
  const en = renderDocHtml(markdown.en, options);
  const zh = renderDocHtml(markdown.zh, { ...options, anchorIds: en.anchors });
  return { en, zh };
}

export function modelDocPlugin(): Plugin {
  return {
    name: 'ngit-model-doc',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith('\0' + VIRTUAL)) return undefined;
      const lang = id.slice(VIRTUAL.length + 1);
      if (lang !== 'en' && lang !== 'zh')
        throw new Error(`${id}: no such edition of the model documentation`);
      for (const file of Object.values(MODEL_DOC_FILES)) this.addWatchFile(file);
      const docs = renderModelDocs({
        en: readFileSync(MODEL_DOC_FILES.en, 'utf8'),
        zh: readFileSync(MODEL_DOC_FILES.zh, 'utf8'),
      });
      return `export default ${JSON.stringify(docs[lang].html)};\n`;
    },
  };
}
