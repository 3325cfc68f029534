import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../../src/scenario/parse.ts';
import { encodeShareLink } from '../../../src/scenario/share-link.ts';
import { diffPp, formatPp } from '../../../src/app/format.ts';
import {
  clipDetail,
  isShareHash,
  markupFields,
  openShareLink,
  safeFileName,
  shareUrl,
  versionChanges,
} from '../../../src/app/links.ts';

const plan = (() => {
  const r = parseScenarioJson(readFileSync(new URL('../../../scenarios/plan.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

describe('opening share links in the app', () => {
  it('opens a good link', () => {
    const r = openShareLink('#' + encodeShareLink(plan));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.levers).toEqual(plan.levers);
  });
  it('refuses markup in a name, though the decoder accepts it', () => {
    const bad = { ...plan, name: { zh: '<script>alert(1)</script>', en: 'x' } };
    const r = openShareLink(encodeShareLink(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('markup');
    expect(markupFields({ ...plan, name: { zh: '基金 < 5%', en: 'fund <5 %' } })).toEqual([]);
    expect(markupFields({ ...plan, name: { zh: 'a', en: '<img src=x onerror=1>' } })).toHaveLength(1);
  });
  it('passes the decoder error codes through', () => {
    const r = openShareLink('#s=@@@');
    expect(r.ok || r.code).toBe('bad-encoding');
    expect(isShareHash('#s=abc')).toBe(true);
    expect(isShareHash('#top')).toBe(false);
  });
  it('clips long detail lists', () => {
    const d = clipDetail(Array.from({ length: 20 }, () => 'x'.repeat(1000)));
    expect(d).toHaveLength(9);
    expect(d[0].length).toBeLessThanOrEqual(241);
    expect(d[8]).toMatch(/\+12/);
  });
  it('reports the version a scenario was made with', () => {
    expect(versionChanges({ ...plan, model: undefined })).toBeNull();
    expect(versionChanges({ ...plan, model: '2.1.0' })).toBeNull();
    expect(versionChanges({ ...plan, model: '1.0.0' })?.changes.map((c) => c.version)).toEqual([
      '2.0.0',
      '2.0.1',
      '2.0.2',
      '2.1.0',
    ]);
    expect(versionChanges({ ...plan, model: '2.0.1' })?.changes.map((c) => c.version)).toEqual([
      '2.0.2',
      '2.1.0',
    ]);
    expect(versionChanges({ ...plan, model: '0.1.0' })?.changes.length).toBeGreaterThan(0);
  });
  it('builds URLs and file names', () => {
    expect(shareUrl({ origin: 'http://h', pathname: '/sub/path/' }, 's=x')).toBe('http://h/sub/path/#s=x');
    expect(safeFileName('ngit-plan-seed<x>/..')).toBe('ngit-plan-seed_x_..');
  });
  it('formats signed percentage points', () => {
    expect(formatPp(diffPp(0.62, 0.46))).toBe('+16.0');
    expect(formatPp(diffPp(0.1, 0.25))).toBe('−15.0');
    expect(formatPp(0.04)).toBe('0.0');
    expect(formatPp(-0.04)).toBe('0.0');
  });
});
