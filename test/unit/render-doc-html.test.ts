import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_ID_PREFIX, MODEL_DOC_FILES, renderModelDocs } from '../../scripts/model-doc-plugin.ts';
import { renderDocHtml } from '../../scripts/render-doc-html.ts';
import { LANGS } from '../../src/i18n/messages.ts';

const docs = renderModelDocs({
  en: readFileSync(MODEL_DOC_FILES.en, 'utf8'),
  zh: readFileSync(MODEL_DOC_FILES.zh, 'utf8'),
});
const render = (md: string, anchorIds?: string[]) => renderDocHtml(md, { idPrefix: 'd-', anchorIds });

const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
const hrefs = (html: string) => [...html.matchAll(/ href="([^"]+)"/g)].map((m) => m[1]);

describe('the model documentation as the app shows it (both editions)', () => {
  it.each(LANGS)('%s: no HTML comment, no inline style, no script, no raw Markdown left', (lang) => {
    const { html } = docs[lang];
    expect(html).not.toMatch(/<!--|&lt;!--/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(html).not.toMatch(/^#{1,6} /m);
    expect(html).not.toMatch(/\*\*|<em>/); // every bold closed (a ** after a full stop needs care in Chinese), no stray italics
    expect(html).toMatch(/<table>/);
  });

  it('both editions have the same anchors, §4.2 among them, and every in-document link has its target', () => {
    expect(docs.zh.anchors).toEqual(docs.en.anchors);
    expect(docs.en.anchors).toEqual(expect.arrayContaining(['s1', 's4', 's4-2', 'levers', 'change-log']));
    for (const lang of LANGS) {
      const { html } = docs[lang];
      const own = new Set(ids(html));
      expect(own.size).toBe(ids(html).length); // unique
      expect([...own].every((id) => id.startsWith(DOC_ID_PREFIX))).toBe(true);
      expect(own.has(`${DOC_ID_PREFIX}s4-2`)).toBe(true);
      const internal = hrefs(html).filter((h) => h.startsWith('#'));
      expect(internal).toContain(`#${DOC_ID_PREFIX}s4-2`); // the fund's and attraction's sources point there
      for (const h of internal) expect(own.has(h.slice(1)), `${lang} ${h}`).toBe(true);
      // links to repository files are gone: nothing but in-document anchors
      expect(hrefs(html).filter((h) => !h.startsWith('#'))).toEqual([]);
      expect(html).not.toContain('docs/MODEL.md §');
    }
  });

  it('the Chinese edition is Chinese, with its headings moved below the page title', () => {
    expect(docs.zh.html).toContain('<h2 id="model-doc-the-model">模型说明</h2>');
    expect(docs.zh.html).toContain('<h3 id="model-doc-s4">§4 用地与厂房的约束</h3>');
    expect(docs.en.html).toContain('<h3 id="model-doc-levers">Levers</h3>');
    expect(docs.zh.html).not.toContain('<h1');
  });
});

describe('renderDocHtml', () => {
  it('drops comments and escapes raw HTML, so nothing in the source can add a style or a script', () => {
    const { html } = render(
      '# T\n\n<!-- a developer note -->\n\n<div style="color:red">x</div>\n\nText <span style="x">y</span> <script>alert(1)</script>\n',
    );
    expect(html).not.toContain('developer note');
    expect(html).not.toMatch(/<div|<span|<script/);
    expect(html).toContain('&lt;div style=&quot;color:red&quot;&gt;');
  });

  it('aligns table columns by class: numbers right (`num`), Markdown colons as align-* classes', () => {
    const { html } = render(
      '| key | value | note |\n| :-- | --- | :-: |\n| a | 1,800 | x |\n| b | -11.6 / 2.5 % | y |\n',
    );
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">key</th>');
    expect(html).toContain('<th class="num">value</th>');
    expect(html).toContain('<td class="num">-11.6 / 2.5 %</td>');
    expect(html).toContain('<td class="align-center">y</td>');
    expect(html).toContain('<div class="table-wrap" tabindex="0">');
  });

  it('gives headings and bold-numbered paragraphs anchors and links section mentions to them', () => {
    const { html, anchors } = render(
      '# Title\n\n## §4 Land\n\n**§4.2 Crowding.** Text.\n\n## Known limits\n\nSee §4.2 and docs/MODEL.md §4; §9 does not exist.\n',
    );
    expect(anchors).toEqual(['title', 's4', 's4-2', 'known-limits']);
    expect(html).toContain('<h2 id="d-s4">§4 Land</h2>');
    expect(html).toContain('<p id="d-s4-2"><strong>§4.2 Crowding.</strong> Text.</p>');
    expect(html).toContain('See <a href="#d-s4-2">§4.2</a> and <a href="#d-s4">§4</a>; §9 does not exist.');
  });

  it('keeps links inside the document, turns links to other files into their text, keeps web links', () => {
    const { html } = render(
      '# T\n\n## §1 A\n\n[this](#s1), [model](MODEL.md#s1), [insight](INSIGHT.md#x), [code](../src/a.ts) and [web](https://example.org/).\n',
    );
    expect(html).toContain('<a href="#d-s1">this</a>');
    expect(html).toContain('<a href="#d-s1">model</a>');
    expect(html).toContain(', insight, code and ');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">web</a>');
    expect(() => render('# T\n\n[x](#nowhere)\n')).toThrow(/no such anchor/);
  });

  it('a translation takes the anchors of the edition it follows, and must keep its section numbers', () => {
    const en = render('# The model\n\n## §1 Start\n\n## Levers\n');
    const zh = render('# 模型说明\n\n## §1 起始状态\n\n## 政策杠杆\n\n见 §1。\n', en.anchors);
    expect(zh.anchors).toEqual(['the-model', 's1', 'levers']);
    expect(zh.html).toContain('<h2 id="d-levers">政策杠杆</h2>');
    expect(zh.html).toContain('见 <a href="#d-s1">§1</a>。');
    expect(() => render('# 模型说明\n\n## §2 起始状态\n\n## 政策杠杆\n', en.anchors)).toThrow(/is §2/);
    expect(() => render('# 模型说明\n\n## §1 起始状态\n', en.anchors)).toThrow(/2 headings/);
  });

  it('a line break inside Chinese text is no space; between English words it is', () => {
    const { html } = render('中文第一行\n第二行。\n\nEnglish one\nand two.\n');
    expect(html).toContain('<p>中文第一行第二行。</p>');
    expect(html).toContain('<p>English one\nand two.</p>');
  });

  it('moves headings down by headingShift', () => {
    const { html } = renderDocHtml('# A\n\n## B\n', { idPrefix: '', headingShift: 1 });
    expect(html).toBe('<h2 id="a">A</h2>\n<h3 id="b">B</h3>\n');
  });
});
