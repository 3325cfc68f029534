import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/model/version.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { migrateScenario } from '../../../src/scenario/migrate.ts';
import { decodeShareLink } from '../../../src/scenario/share-link.ts';

/** Links and a saved entry made by model 1.0.0 before 2.0.0 existed (test/fixtures/model-1.0.0.json). */
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/model-1.0.0.json', import.meta.url), 'utf8'),
) as {
  model: string;
  links: { leverChanged: string; assumptionChanged: string };
  saved: { entries: { scenario: unknown }[] };
};

describe('scenarios from model 1.x still open, with the version notice', () => {
  it('the fixture was made by 1.0.0 and the current model is 3.x', () => {
    expect(fixture.model).toBe('1.0.0');
    expect(MODEL_VERSION.startsWith('3.')).toBe(true);
  });

  it('a 1.0.0 link with a changed lever opens, keeps the lever and lists what changed', () => {
    const d = decodeShareLink(fixture.links.leverChanged);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.scenario.levers.land).toBe(1200);
    expect(d.madeWith).toBe('1.0.0');
    expect(d.gap?.kind).toBe('older');
    expect(d.gap?.kind === 'older' && d.gap.changes.map((c) => c.version)).toEqual([
      '2.0.0',
      '2.0.1',
      '2.0.2',
      '2.1.0',
      '3.0.0',
    ]);
  });

  it('a 1.0.0 link with changed assumptions keeps the valid ones and drops the removed or redefined ones', () => {
    const d = decodeShareLink(fixture.links.assumptionChanged);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.scenario.assumptions.relocation).toEqual({ kind: 'uniform', lo: 2, hi: 6 });
    expect(d.scenario.assumptions.pc_demand).toBeUndefined();
    expect('capability_va' in d.scenario.assumptions).toBe(false);
    // the notice names what was dropped
    const changes = d.gap?.kind === 'older' ? d.gap.changes : [];
    const text = changes.map((c) => c.changes.en + c.changes.zh).join(' ');
    for (const k of ['pc_demand', 'capability_va']) expect(text).toContain(k);
  });

  it('a saved 1.0.0 entry parses, with the same migration', () => {
    const raw = fixture.saved.entries[0].scenario;
    const m = migrateScenario(raw);
    expect(m.dropped).toEqual([
      'assumption "pc_demand" from model 1.0.0 dropped',
      'assumption "capability_va" from model 1.0.0 dropped',
    ]);
    const p = parseScenario(raw);
    expect(p.ok).toBe(true);
  });

  it('a current scenario naming a removed assumption is refused with the field named, not migrated', () => {
    const raw = fixture.saved.entries[0].scenario as Record<string, unknown>;
    const p = parseScenario({ ...raw, model: MODEL_VERSION });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.errors.join(' ')).toContain('capability_va');
  });

  it('a 1.x value that is still defined but out of the new range is refused, never clamped', () => {
    const raw = fixture.saved.entries[0].scenario as Record<string, unknown>;
    const p = parseScenario({
      ...raw,
      assumptions: { pc_persistence: { kind: 'fixed', value: 3 } },
    });
    expect(p.ok).toBe(false);
  });
});

/** Links made by the app with model 2.0.2 (test/fixtures/links-2.0.2.json). */
const links2 = JSON.parse(
  readFileSync(new URL('../../fixtures/links-2.0.2.json', import.meta.url), 'utf8'),
) as { links: Record<string, string> };

describe('links made with model 2.x open with the version notice of 3.0.0', () => {
  it.each(Object.keys(links2.links))('%s: opens, names 2.0.2 and lists 2.1.0 and 3.0.0', (id) => {
    const d = decodeShareLink(links2.links[id]);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.madeWith).toBe('2.0.2');
    expect(d.gap?.kind === 'older' && d.gap.changes.map((c) => c.version)).toEqual(['2.1.0', '3.0.0']);
  });

  it('a 2.x scenario that sets a redefined assumption keeps the rest and drops it, named', () => {
    const m = migrateScenario({
      model: '2.1.0',
      assumptions: {
        fund_leverage: { kind: 'fixed', value: 2 },
        relocation: { kind: 'uniform', lo: 1, hi: 2 },
      },
    });
    expect(m.dropped).toEqual(['assumption "fund_leverage" from model 2.1.0 dropped']);
    expect((m.value as { assumptions: object }).assumptions).toEqual({
      relocation: { kind: 'uniform', lo: 1, hi: 2 },
    });
  });
});
