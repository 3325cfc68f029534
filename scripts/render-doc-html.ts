/**
 * The model documentation (docs/MODEL.md, docs/MODEL.zh.md) as HTML for the app, rendered at build time by
 * scripts/model-doc-plugin.ts, so the bundle carries no Markdown parser. What the app needs from it:
 *
 * - no developer comment: HTML comments are dropped and raw HTML is never passed through (markdown-it `html: false`
 *   escapes it), so nothing can bring an inline `style` or script under the strict CSP (scripts/csp.ts);
 * - anchors: every heading, and every paragraph that opens with a bold section number (`**§4.2 …**`), gets an id:
 *   `s4-2` from the number, otherwise a slug of the English heading. The Chinese edition takes the English ids by
 *   position (`anchorIds`), so a link to a section is the same in both languages; a section number that differs
 *   between the two is an error;
 * - links: a mention of a section (`§4.2`, `docs/MODEL.md §4.2`) becomes a link to its anchor; a Markdown link to an
 *   anchor or to MODEL.md stays inside the document; a link to another repository file becomes its plain text (the
 *   app is a static folder); web links are kept;
 * - tables: alignment comes from classes (`num` for a column of numbers, `align-*` for Markdown's colons), never a
 *   style attribute; each table sits in a focusable box that scrolls sideways on a narrow screen;
 * - headings move down `headingShift` levels (the app has its own h1); a line break inside Chinese text is no space.
 */
import MarkdownIt, { type Token } from 'markdown-it';

export interface DocHtmlOptions {
  /** put in front of every id and in-document link, so the document's ids cannot collide with the page's */
  idPrefix: string;
  /** the ids to give the anchors, in order (the English edition's, for the Chinese one) */
  anchorIds?: readonly string[];
  headingShift?: number;
}

export interface DocHtml {
  html: string;
  /** the anchors' ids in document order, without the prefix */
  anchors: string[];
}

const SECTION = /^§(\d+(?:\.\d+)*)/;
const SECTION_REF = /(?:(?:docs\/)?MODEL(?:\.zh)?\.md\s*)?§(\d+(?:\.\d+)*)/g;
const OWN_FILE = /^(?:(?:\.\.?\/)?(?:docs\/)?MODEL(?:\.zh)?\.md)?(?:#(.*))?$/;
const NUMERIC = /^[-−+]?\d[\d.,]*(?:\s*%)?(?:\s*(?:±|–|—|\/)\s*[-−+]?\d[\d.,]*(?:\s*%)?)*$/;
const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/;

const sectionId = (n: string) => 's' + n.replace(/\./g, '-');

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'section';
}

/** Plain text of an inline token's children (what a reader sees). */
const plain = (inline: Token) =>
  (inline.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('');

/** The text token that opens a paragraph in bold (`**§4.2 …**`), if it does. */
function leadText(inline: Token | undefined): Token | null {
  const kids = (inline?.children ?? []).filter((c) => !(c.type === 'text' && c.content === ''));
  return kids[0]?.type === 'strong_open' && kids[1]?.type === 'text' ? kids[1] : null;
}

interface AnchorPoint {
  open: Token;
  text: string;
  section: string | null;
}

/** Headings and bold-numbered paragraphs, in order. */
function anchorPoints(tokens: Token[]): AnchorPoint[] {
  const points: AnchorPoint[] = [];
  tokens.forEach((t, i) => {
    const inline = tokens[i + 1];
    if (t.type === 'heading_open') {
      const text = plain(inline);
      points.push({ open: t, text, section: SECTION.exec(text)?.[1] ?? null });
    } else if (t.type === 'paragraph_open') {
      const lead = leadText(inline);
      const m = lead ? SECTION.exec(lead.content) : null;
      if (m) points.push({ open: t, text: lead!.content, section: m[1] });
    }
  });
  return points;
}

function assignIds(points: AnchorPoint[], given: readonly string[] | undefined): string[] {
  const own = points.map((p) => (p.section ? sectionId(p.section) : slug(p.text)));
  if (!given) {
    const seen = new Set<string>();
    return own.map((id) => {
      let unique = id;
      for (let k = 2; seen.has(unique); k++) unique = `${id}-${k}`;
      seen.add(unique);
      return unique;
    });
  }
  if (given.length !== points.length)
    throw new Error(
      `the document has ${points.length} headings and numbered paragraphs, the edition it follows ${given.length}`,
    );
  points.forEach((p, i) => {
    if (p.section && own[i] !== given[i])
      throw new Error(
        `heading ${i + 1} ("${p.text}") is §${p.section}, the edition it follows has ${given[i]}`,
      );
  });
  return [...given];
}

/** Marks the text tokens where a section mention must not become a link (headings, leads, links). */
function markNoRefs(tokens: Token[]) {
  tokens.forEach((t, i) => {
    const children = t.children ?? [];
    const inHeading = tokens[i - 1]?.type === 'heading_open';
    const lead = t.type === 'inline' ? leadText(t) : null;
    let inLink = 0;
    for (const c of children) {
      if (c.type === 'link_open') inLink++;
      if (c.type === 'link_close') inLink--;
      const isLead = c === lead && SECTION.test(c.content);
      if (c.type === 'text' && (inHeading || inLink > 0 || isLead)) c.meta = { ...c.meta, noRefs: true };
    }
  });
}

function rewriteLinks(tokens: Token[], href: (anchor: string) => string, known: Set<string>) {
  for (const t of tokens) {
    const children = t.children ?? [];
    const stack: Token[] = [];
    for (const c of children) {
      if (c.type === 'link_open') {
        stack.push(c);
        const target = String(c.attrGet('href') ?? '');
        const own = OWN_FILE.exec(target);
        if (/^https?:\/\//.test(target)) {
          c.attrSet('rel', 'noopener noreferrer');
        } else if (own) {
          const anchor = own[1] ?? 'top';
          if (anchor !== 'top' && !known.has(anchor))
            throw new Error(`link to #${anchor}: the document has no such anchor`);
          c.attrSet('href', href(anchor));
        } else {
          c.meta = { ...c.meta, drop: true }; // another repository file: its text stays, the link goes
        }
      } else if (c.type === 'link_close') {
        const open = stack.pop();
        if (open?.meta?.drop) c.meta = { ...c.meta, drop: true };
      }
    }
  }
}

/** Alignment by class: a column whose body cells are all numbers is `num`; Markdown's colons become `align-*`. */
function classifyTables(tokens: Token[]) {
  let cells: { open: Token; col: number; header: boolean; text: string }[] = [];
  let col = 0;
  let header = false;
  tokens.forEach((t, i) => {
    if (t.type === 'table_open') cells = [];
    if (t.type === 'thead_open') header = true;
    if (t.type === 'thead_close') header = false;
    if (t.type === 'tr_open') col = 0;
    if (t.type === 'th_open' || t.type === 'td_open') {
      const style = t.attrGet('style')?.toString();
      if (style) {
        t.attrs = (t.attrs ?? []).filter(([name]) => name !== 'style');
        const align = /text-align:\s*(\w+)/.exec(style)?.[1];
        if (align) t.attrJoin('class', `align-${align}`);
      }
      cells.push({ open: t, col: col++, header, text: plain(tokens[i + 1]).trim() });
    }
    if (t.type === 'table_close') {
      const columns = new Set(cells.map((c) => c.col));
      for (const k of columns) {
        const body = cells.filter((c) => c.col === k && !c.header && c.text !== '');
        if (body.length > 0 && body.every((c) => NUMERIC.test(c.text)))
          for (const c of cells) if (c.col === k) c.open.attrJoin('class', 'num');
      }
    }
  });
}

function nearestText(children: Token[], from: number, step: 1 | -1): string {
  for (let j = from; j >= 0 && j < children.length; j += step) {
    const c = children[j];
    if (c.type === 'text' || c.type === 'code_inline') return c.content;
    if (c.type === 'softbreak' || c.type === 'hardbreak') return '';
  }
  return '';
}

export function renderDocHtml(markdown: string, options: DocHtmlOptions): DocHtml {
  const { idPrefix, anchorIds, headingShift = 0 } = options;
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const source = markdown.replace(/<!--[\s\S]*?-->[ \t]*\n?/g, '');
  const tokens = md.parse(source, {});

  const points = anchorPoints(tokens);
  const anchors = assignIds(points, anchorIds);
  points.forEach((p, i) => p.open.attrSet('id', idPrefix + anchors[i]));
  const known = new Set(anchors);
  const href = (anchor: string) => `#${idPrefix}${anchor}`;

  for (const t of tokens)
    if (t.type === 'heading_open' || t.type === 'heading_close')
      t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + headingShift)}`;
  markNoRefs(tokens);
  rewriteLinks(tokens, href, known);
  classifyTables(tokens);

  const esc = md.utils.escapeHtml;
  const rules = md.renderer.rules;
  rules.text = (ts, i) => {
    const t = ts[i];
    if (t.meta?.noRefs) return esc(t.content);
    return esc(t.content).replace(SECTION_REF, (m, n: string) =>
      known.has(sectionId(n)) ? `<a href="${href(sectionId(n))}">§${n}</a>` : m,
    );
  };
  const linkOpen = rules.link_open ?? ((ts, i, o, _e, self) => self.renderToken(ts, i, o));
  const linkClose = rules.link_close ?? ((ts, i, o, _e, self) => self.renderToken(ts, i, o));
  rules.link_open = (ts, i, o, e, self) => (ts[i].meta?.drop ? '' : linkOpen(ts, i, o, e, self));
  rules.link_close = (ts, i, o, e, self) => (ts[i].meta?.drop ? '' : linkClose(ts, i, o, e, self));
  rules.table_open = () => '<div class="table-wrap" tabindex="0">\n<table>\n';
  rules.table_close = () => '</table>\n</div>\n';
  rules.softbreak = (ts, i) => {
    const before = nearestText(ts, i - 1, -1).slice(-1);
    const after = nearestText(ts, i + 1, 1).slice(0, 1);
    return CJK.test(before) && CJK.test(after) ? '' : '\n';
  };

  return { html: md.renderer.render(tokens, md.options, {}), anchors };
}
