import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/app/scenario-draft.svelte.ts';
import { modifiedName } from '../../../src/scenario/modified.ts';
import { scenarioById } from '../../../src/app/scenarios.ts';
import { encodeShareLink, decodeShareLink } from '../../../src/scenario/share-link.ts';
import { oneValue } from '../../helpers.ts';

const plan = scenarioById('plan')!;
const nnp = scenarioById('no-new-policy')!;
const LAND = oneValue(plan.levers.land);

describe('ScenarioDraft', () => {
  it('starts as the scenario it was given, not modified, named as it is', () => {
    const d = new ScenarioDraft(plan);
    expect(d.modified).toBe(false);
    expect(d.name).toEqual(plan.name);
    expect(d.levers).toEqual(plan.levers);
    expect(d.runs).toBe(plan.runs);
    expect(d.seed).toBe(plan.seed);
  });

  it('a lever change marks it modified and names it so in both languages, once', () => {
    const d = new ScenarioDraft(plan);
    expect(d.setLever('land', LAND + 10)).toBe(true);
    expect(d.modified).toBe(true);
    expect(d.name).toEqual({ zh: `${plan.name.zh}（已修改）`, en: `${plan.name.en} (modified)` });
    const s = d.toScenario();
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    // and it has an id of its own: a changed plan is not "plan" in an export, a link or the saved list
    expect(s.value.id).toBe('plan-modified');
    // a scenario saved as modified and loaded again is not marked twice
    const again = new ScenarioDraft(s.value, 'saved');
    again.setLever('land', LAND + 20);
    expect(again.name).toEqual({ zh: `${plan.name.zh}（已修改）`, en: `${plan.name.en} (modified)` });
    expect(modifiedName(again.name)).toEqual(again.name);
    const t = again.toScenario();
    expect(t.ok && t.value.id).toBe('plan-modified');
  });

  it('setting a lever back to where it was clears the mark; an unchanged value reports no change', () => {
    const d = new ScenarioDraft(plan);
    d.setLever('land', LAND + 10);
    expect(d.setLever('land', LAND)).toBe(true);
    expect(d.modified).toBe(false);
    expect(d.setLever('land', LAND)).toBe(false);
  });

  it('rounds what comes in to the format’s 4 decimals, so the screen holds exactly what is shared', () => {
    const d = new ScenarioDraft(plan);
    d.setLever('rd_incentive', 0.1 + 0.2);
    expect(d.levers.rd_incentive).toBe(0.3);
    d.setLever('land', 812.123456);
    expect(d.levers.land).toBe(812.1235);
    const s = d.toScenario();
    expect(s.ok && s.value.levers.land).toBe(812.1235);
    expect(s.ok && s.value.levers.rd_incentive).toBe(0.3);
  });

  it('toScenario only reads: calling it changes nothing on the draft', () => {
    const d = new ScenarioDraft(plan);
    d.setLever('land', 812.12345);
    const before = JSON.stringify([d.levers, d.assumptions, d.revision, d.modified]);
    const a = d.toScenario();
    const b = d.toScenario();
    expect(JSON.stringify([d.levers, d.assumptions, d.revision, d.modified])).toBe(before);
    expect(a).toEqual(b);
  });

  it('the scenario round-trips through a share link (which leaves the description out)', () => {
    const d = new ScenarioDraft(plan);
    d.setLever('fund_chips', 37.3);
    d.setSeed('workshop');
    d.setRuns(5000);
    const s = d.toScenario();
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const back = decodeShareLink(encodeShareLink(s.value));
    expect(back.ok && back.scenario).toEqual({ ...s.value, description: { zh: '', en: '' } });
  });

  it('a fund share rescales the other three so the four add up to 100', () => {
    const d = new ScenarioDraft(plan);
    d.setLever('fund_chips', 55);
    const sum =
      oneValue(d.levers.fund_chips) +
      oneValue(d.levers.fund_terminals) +
      oneValue(d.levers.fund_sensors) +
      oneValue(d.levers.fund_applications);
    expect(d.levers.fund_chips).toBe(55);
    expect(sum).toBeCloseTo(100, 9);
    expect(d.toScenario().ok).toBe(true);
  });

  it('an assumption change marks it modified; resetting assumptions keeps the levers and bumps the revision', () => {
    const d = new ScenarioDraft(plan);
    d.setLever('land', LAND + 10);
    const key = Object.keys(d.assumptions)[0] as keyof typeof d.assumptions;
    const dist = { ...d.assumptions[key] } as Record<string, unknown>;
    const field = Object.keys(dist).find((f) => typeof dist[f] === 'number')!;
    dist[field] = (dist[field] as number) + 0.00001; // below the format's precision: no change
    expect(d.setAssumption(key, dist as never)).toBe(false);
    const rev = d.revision;
    d.resetAssumptions();
    expect(d.revision).toBe(rev + 1);
    expect(d.levers.land).toBe(LAND + 10);
  });

  it('load replaces everything and remembers the source; runs and seed do not count as modifications', () => {
    const d = new ScenarioDraft(plan);
    d.setLever('land', LAND + 10);
    d.load(nnp, 'file');
    expect(d.source).toBe('file');
    expect(d.base).toBe(nnp);
    expect(d.levers).toEqual(nnp.levers);
    expect(d.modified).toBe(false);
    d.setSeed(99);
    d.setRuns(1234);
    expect(d.modified).toBe(false);
    expect(d.request()).toMatchObject({ seed: 99, runs: 1234 });
  });
});
