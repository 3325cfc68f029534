import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_POLICY } from '../../scripts/csp.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the shipped Content-Security-Policy', () => {
  it('is strict: same origin only, no unsafe-inline or unsafe-eval, workers from the own origin', () => {
    const directives = Object.fromEntries(
      CSP_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['style-src']).toBe("'self'");
    expect(directives['worker-src']).toBe("'self'");
    expect(CSP_HEADER).not.toMatch(/unsafe-|\*/);
    expect(CSP_HEADER.startsWith(CSP_POLICY)).toBe(true);
  });

  it('docs/DEPLOY.md gives exactly this header for nginx, Apache and IIS, and explains file://', () => {
    const doc = read('docs/DEPLOY.md');
    // the header line itself, then one copy in each of the nginx (twice), Apache and IIS examples
    expect(doc.split(CSP_HEADER).length - 1).toBe(5);
    for (const part of [
      '## nginx',
      '## Apache',
      '## IIS',
      '## Serving from a sub-path',
      '## Why not file://',
    ])
      expect(doc).toContain(part);
    // no other policy text has crept in
    expect(
      doc.match(/default-src [^"\n]*/g)?.every((p) => CSP_HEADER.startsWith(p) || p === CSP_HEADER),
    ).toBe(true);
  });

  it('index.html shows a note, without any script, until the app replaces it', () => {
    const html = read('index.html');
    expect(html).toMatch(/<div id="app">\s*<div class="boot-note" data-testid="boot-note"/);
    expect(html).toContain('file://');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script
    expect(read('src/main.ts')).toContain('target.replaceChildren()');
  });
});
