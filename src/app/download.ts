/**
 * Downloads made in the browser: a blob saved under a file name, a chart's SVG made to stand alone (paint and fonts
 * written as presentation attributes, a white background and its title on top) and the same drawn into a canvas at
 * 2× for a PNG. No `style` attribute is ever set: under the shipped CSP (`style-src 'self'`, no 'unsafe-inline')
 * each one would be a policy violation, and presentation attributes carry the same values.
 */

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE = 20;
const CAPTION_LINE = 15;
const PAD = 10;

/** Breaks a title into lines that fit `width` px of 15px text (CJK about a full em, the rest about half). */
export function wrapTitle(title: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of title) {
    const cw = /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 15 : 8;
    if (w + cw > width && line) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks a caption of ` · `-separated parts between parts where it can (a part too long is broken as a title). */
export function wrapCaption(caption: string, width: number): string[] {
  const lines: string[] = [];
  for (const part of caption.split(' · ')) {
    const last = lines.at(-1);
    if (last !== undefined && wrapTitle(`${last} · ${part}`, width).length === 1)
      lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(...wrapTitle(part, width));
  }
  return lines;
}

/**
 * The SVG as a standalone document: every element's computed paint and font written as presentation attributes,
 * a white background, `title` drawn above the plot and `caption` (the result's provenance) below it. Returns the text and the size in CSS pixels.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  title: string,
  /** provenance under the plot (scenario, seed, runs, model version, date), in 11px text */
  caption = '',
): { text: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const plotW = box && box.width ? box.width : svg.clientWidth || 640;
  const plotH = box && box.height ? box.height : svg.clientHeight || 320;
  const lines = wrapTitle(title, plotW + PAD);
  // 11px text is 11/15 the width of the title's: wrap to the equivalent width
  const captionLines = caption ? wrapCaption(caption, ((plotW + PAD) * 15) / 11) : [];
  const top = lines.length * LINE + 8;
  const bottom = captionLines.length * CAPTION_LINE + (captionLines.length ? 6 : 0);
  const width = plotW + 2 * PAD;
  const height = plotH + top + PAD + bottom;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) dst[i].setAttribute(p, v);
    }
    // an inline style (from a style: directive) would outrank the attributes; its values are in them already
    dst[i].removeAttribute('style');
  });
  for (const el of clone.querySelectorAll('[data-testid]')) el.removeAttribute('data-testid');
  clone.removeAttribute('data-testid');
  clone.removeAttribute('role');
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `${-PAD} ${-top} ${width} ${height}`);
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  clone.setAttribute('font-family', font);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('x', String(-PAD));
  bg.setAttribute('y', String(-top));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', '#ffffff');
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('font-family', font);
  heading.setAttribute('font-size', '15px');
  heading.setAttribute('font-weight', '600');
  heading.setAttribute('fill', '#1a1a1a');
  lines.forEach((l, i) => {
    const span = document.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('x', String(-PAD / 2));
    span.setAttribute('y', String(-top + 16 + i * LINE));
    span.textContent = l;
    heading.appendChild(span);
  });
  clone.insertBefore(heading, clone.firstChild);
  if (captionLines.length) {
    const cap = document.createElementNS(SVG_NS, 'text');
    cap.setAttribute('font-family', font);
    cap.setAttribute('font-size', '11px');
    cap.setAttribute('fill', '#555555');
    cap.setAttribute('data-caption', '');
    captionLines.forEach((l, i) => {
      const span = document.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', String(-PAD / 2));
      span.setAttribute('y', String(plotH + PAD + 6 + i * CAPTION_LINE));
      span.textContent = l;
      cap.appendChild(span);
    });
    clone.appendChild(cap);
  }
  clone.insertBefore(bg, clone.firstChild);
  const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
  return { text, width, height };
}

/** Draws standalone SVG text into a canvas at `scale`× and returns the PNG. */
export function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(svg.width * scale);
      canvas.height = Math.round(svg.height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no 2D canvas'));
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the chart could not be drawn'));
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg.text);
  });
}
