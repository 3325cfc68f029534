/**
 * docs/ARCHITECTURE.md names files and folders; each must exist, so the codemap cannot drift from the code. A path is
 * any backquoted text that starts with a top-level folder of the project (src/, workers/, scripts/, …) or is a file
 * at the top (index.html, eslint.config.js); `<command>` style placeholders are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/ARCHITECTURE.md', root), 'utf8');
const TOP = /^(src|workers|scripts|plans|scenarios|test|bench|docs|public)\//;
const FILES = /^[\w.-]+\.(html|js|ts|json|md)$/;

const named = [...doc.matchAll(/`([^`\s]+)`/g)]
  .map((m) => m[1])
  .filter((p) => !p.includes('<') && (TOP.test(p) || FILES.test(p)));
// a bare file name in a folder's paragraph ("`plan.ts` compiles…") is that folder's: resolved below
const paragraphs = doc.split(/\n\n/);

describe('docs/ARCHITECTURE.md', () => {
  it('names paths (the test would pass on an empty list otherwise)', () => {
    expect(named.length).toBeGreaterThan(30);
  });

  it.each([...new Set(named.filter((p) => TOP.test(p) || !p.includes('/')))])('%s exists', (p) => {
    if (TOP.test(p) || existsSync(new URL(p, root))) {
      expect(existsSync(new URL(p, root)), p).toBe(true);
      return;
    }
    // a bare name: in the folder whose paragraph names it (**`src/model`** — … `plan.ts` …)
    const para = paragraphs.find((q) => q.includes(`\`${p}\``)) ?? '';
    const folder = para.match(/\*\*`((?:src|workers)\/[\w-]+|workers)\/?`\*\*/)?.[1];
    expect(folder, `${p}: no folder paragraph names it`).toBeDefined();
    expect(existsSync(new URL(`${folder}/${p}`, root)), `${folder}/${p}`).toBe(true);
  });
});
