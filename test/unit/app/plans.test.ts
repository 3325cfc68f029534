/**
 * Plans in the app: presets derived from a plan file, the plan store (kept plans validated again, corrupt entries
 * dropped with a notice), choosing a plan as one undoable step that a reload keeps, importing a plan file (a refusal
 * worded in the reader's language, nothing lost), and links that name, carry or miss their plan.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from '../../../src/i18n/messages.ts';
import { checkPlanFile, PlanLibrary, planFile } from '../../../src/app/plan-library.svelte.ts';
import { planIssueLine } from '../../../src/app/plan-issue.ts';
import { PLANS_FORMAT, PLANS_KEY, readPlans } from '../../../src/app/plan-store.ts';
import { openShareLink, shareHash } from '../../../src/app/links.ts';
import { inflateSync, strFromU8 } from 'fflate';
import { SavedScenarios } from '../../../src/app/saved-scenarios.svelte.ts';
import { derivedPresets, presetsOf, SCENARIOS, scenarioById } from '../../../src/app/scenarios.ts';
import { Simulation } from '../../../src/app/simulation.svelte.ts';
import { Workspace } from '../../../src/app/workspace.svelte.ts';
import { defaultLevers, noPolicyLevers } from '../../../src/model/inputs.ts';
import { planModel, type Plan } from '../../../src/model/plan.ts';
import { BUNDLED_PLANS, LEGACY_PLAN_ID, planById, unregisterPlan } from '../../../src/scenario/plans.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share-link.ts';
import { FakeRunner, fakeClock } from './fake-runner.ts';
import { MemoryStorage } from './memory-storage.ts';

const NEXT = 'cq-ngit-2026-2030';
const legacyText = readFileSync(new URL('../../../plans/cq-ngit-2021-2025.json', import.meta.url), 'utf8');

/** A copy of the 2021–2025 plan under an id of its own, with another output target. */
function otherPlanJson(id = 'my-zone-2021-2025', output = 4000): Record<string, unknown> {
  const p = JSON.parse(legacyText) as Record<string, unknown> & { targets: { output: { value: number } } };
  p.id = id;
  p.targets.output.value = output;
  return p;
}
/** The compact JSON a share-link hash holds. */
const unpack = (hash: string) =>
  JSON.parse(strFromU8(inflateSync(Buffer.from(hash.replace(/^#?s=/, ''), 'base64url')))) as Record<
    string,
    unknown
  >;
const otherPlanText = (id?: string, output?: number) => JSON.stringify(otherPlanJson(id, output));

/** A File as the browser gives one (name, size, text). */
const file = (text: string, name = 'plan.json') => new File([text], name, { type: 'application/json' });

/** A page: its session storage, the shared storage, the plan library made first as the app makes it. */
function page(session = new MemoryStorage(), shared = new MemoryStorage()) {
  const plans = new PlanLibrary(
    () => shared,
    () => '2026-12-03T12:00:00.000Z',
  );
  const small = { ...scenarioById('plan')!, runs: 400 };
  const sim = new Simulation({ runner: () => new FakeRunner(), clock: fakeClock, first: small });
  const ws = new Workspace(
    sim,
    new SavedScenarios(() => shared),
    () => shared,
    () => session,
    plans,
  );
  ws.start({ hash: () => '', state: () => null, replace: () => {} });
  const p = { sim, ws, plans, draft: sim.draft, session, shared, close };
  function close() {
    ws.work.dispose();
    sim.dispose();
  }
  open.push(p);
  return p;
}
const open: { close: () => void }[] = [];

afterEach(() => {
  for (const p of open.splice(0)) p.close();
  // the registry is module state: forget what a test registered
  for (const id of ['my-zone-2021-2025', 'zone-b']) unregisterPlan(id);
});

describe('presets per plan', () => {
  it('keeps the 2021–2025 presets exactly the shipped files', () => {
    expect(presetsOf(LEGACY_PLAN_ID)).toBe(SCENARIOS);
    expect(SCENARIOS.map((s) => s.id)).toEqual([
      'plan',
      'no-new-policy',
      'downside',
      'realised-pc-demand',
      'backcast-2016',
    ]);
    const shipped = JSON.parse(
      readFileSync(new URL('../../../scenarios/plan.json', import.meta.url), 'utf8'),
    ) as { levers: unknown };
    expect(scenarioById('plan')!.levers).toEqual(shipped.levers);
    expect(scenarioById('plan')!.plan).toBeUndefined();
  });

  it("derives 'plan' and 'no-new-policy' from a plan file without scenario files", () => {
    const plan = planById(NEXT)!;
    const [p, n] = presetsOf(NEXT);
    const pm = planModel(plan);
    expect([p.id, n.id]).toEqual(['plan', 'no-new-policy']);
    expect(p.plan).toEqual({ id: NEXT, version: plan.version });
    expect(p.startYear).toBe(plan.baseYear);
    expect(p.levers).toEqual(defaultLevers(pm));
    expect(n.levers).toEqual(noPolicyLevers(pm));
    expect([p.runs, p.seed]).toEqual([scenarioById('plan')!.runs, scenarioById('plan')!.seed]);
    expect(p.name).toEqual(scenarioById('plan')!.name);
    expect(p.description.zh).toContain(plan.shortTitle.zh);
    expect(p.description.en).toContain(plan.shortTitle.en);
    // one list per plan object, and none for a plan the app does not hold
    expect(presetsOf(NEXT)).toBe(presetsOf(NEXT));
    expect(presetsOf('not-held')).toEqual([]);
    expect(scenarioById('downside', NEXT)).toBeUndefined();
    expect(derivedPresets(plan)).toEqual(presetsOf(NEXT));
  });
});

describe('the plan store', () => {
  it('keeps an imported plan and registers it again on the next page', () => {
    const shared = new MemoryStorage();
    const a = page(new MemoryStorage(), shared);
    const r = checkPlanFile(otherPlanText());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    a.plans.add(r.plan, 'file');
    expect(a.plans.plans.map((p) => p.id)).toEqual([...BUNDLED_PLANS.map((p) => p.id), 'my-zone-2021-2025']);
    a.close();
    unregisterPlan('my-zone-2021-2025');
    expect(planById('my-zone-2021-2025')).toBeUndefined();
    const b = page(new MemoryStorage(), shared);
    expect(planById('my-zone-2021-2025')?.targets.output?.value).toBe(4000);
    expect(b.plans.kept.map((k) => [k.plan.id, k.from, k.at])).toEqual([
      ['my-zone-2021-2025', 'file', '2026-12-03T12:00:00.000Z'],
    ]);
    expect(b.plans.dropped).toEqual([]);
  });

  it('drops a corrupt entry with a notice and keeps the good ones', () => {
    const shared = new MemoryStorage();
    const good = { plan: otherPlanJson(), from: 'file', at: 'x' };
    const broken = { plan: { ...otherPlanJson('zone-b'), targetYear: 2019 }, from: 'link', at: 'x' };
    const bundledId = { plan: { ...otherPlanJson(NEXT) }, from: 'file', at: 'x' };
    shared.setItem(
      PLANS_KEY,
      JSON.stringify({ format: PLANS_FORMAT, plans: [good, broken, bundledId, 'junk'] }),
    );
    const { plans } = page(new MemoryStorage(), shared);
    expect(plans.kept.map((k) => k.plan.id)).toEqual(['my-zone-2021-2025']);
    expect(plans.dropped.map((d) => d.id)).toEqual(['zone-b', NEXT, null]);
    expect(plans.dropped[0].reasons.join(' ')).toMatch(/targetYear/);
    expect(plans.dropped[1].reasons.join(' ')).toMatch(/id of a plan this app ships/);
    expect(planById('zone-b')).toBeUndefined();
    // bundled plans are never replaced by a kept one
    expect(planById(NEXT)).toBe(BUNDLED_PLANS[1]);
    // dropped for good: the next read has nothing to report
    expect(readPlans(shared)).toMatchObject({ dropped: [] });
    expect(readPlans(shared).plans).toHaveLength(1);
  });

  it('reports unreadable storage and starts with the bundled plans only', () => {
    const shared = new MemoryStorage();
    shared.setItem(PLANS_KEY, '{not json');
    const { plans } = page(new MemoryStorage(), shared);
    expect(plans.kept).toEqual([]);
    expect(plans.dropped).toHaveLength(1);
    expect(plans.plans).toEqual([...BUNDLED_PLANS]);
  });

  it('exports a plan as a file that imports again as the same plan', () => {
    const plan = planById(NEXT)!;
    const f = planFile(plan);
    expect(f.name).toBe(`${NEXT}-${plan.version}.plan.json`);
    const r = checkPlanFile(f.text.replace(`"id": "${NEXT}"`, '"id": "zone-b"'));
    expect(r.ok).toBe(true);
    if (r.ok) expect({ ...r.plan, id: NEXT }).toEqual(plan);
  });
});

describe('choosing a plan', () => {
  it('starts the plan scenario of that plan as one undoable step, and a reload keeps it', async () => {
    const session = new MemoryStorage();
    const shared = new MemoryStorage();
    const a = page(session, shared);
    a.sim.setLever('land', 1200);
    a.ws.work.commit();
    expect(a.ws.choosePlan(NEXT)).toBe(true);
    expect(a.draft.plan.id).toBe(NEXT);
    expect(a.draft.base.id).toBe('plan');
    expect(a.draft.startYear).toBe(planById(NEXT)!.baseYear);
    // the typed work is kept as previous work, and one undo away
    expect(a.ws.work.notice?.kind).toBe('aside');
    expect(a.ws.work.undo()).toBe(true);
    expect(a.draft.plan.id).toBe(LEGACY_PLAN_ID);
    expect(a.draft.leverAt('land')).toBe(1200);
    expect(a.ws.work.redo()).toBe(true);
    expect(a.draft.plan.id).toBe(NEXT);
    // presets now come from the chosen plan; Reload stays on it
    a.ws.loadPreset('no-new-policy');
    expect(a.draft.base).toBe(scenarioById('no-new-policy', NEXT));
    a.sim.setLever('land', 900);
    a.ws.reload();
    expect(a.draft.plan.id).toBe(NEXT);
    expect(a.draft.modified).toBe(false);
    a.ws.work.flush();
    // a reload of the tab brings back the same plan
    const b = page(session, shared);
    expect(b.draft.plan.id).toBe(NEXT);
    expect(b.draft.base.id).toBe('no-new-policy');
    expect(a.ws.choosePlan('not-held')).toBe(false);
    expect(a.draft.plan.id).toBe(NEXT);
  });
});

describe('importing a plan file', () => {
  it('opens an accepted plan on its plan scenario, and a reload keeps it', async () => {
    const session = new MemoryStorage();
    const shared = new MemoryStorage();
    const a = page(session, shared);
    expect(await a.ws.importPlanFile(file(otherPlanText()))).toBe(true);
    expect(a.ws.problem).toBeNull();
    expect(a.draft.plan.id).toBe('my-zone-2021-2025');
    expect(a.draft.plan.targets.output?.value).toBe(4000);
    expect(a.ws.imported?.id).toBe('my-zone-2021-2025');
    // saved work on it survives a reload
    expect(a.ws.saveCurrent('on my plan')).toBe(true);
    a.ws.work.flush();
    a.close();
    unregisterPlan('my-zone-2021-2025');
    const b = page(session, shared);
    expect(b.draft.plan.id).toBe('my-zone-2021-2025');
    expect(b.ws.saved.entries.map((e) => e.name)).toEqual(['on my plan']);
    expect(b.ws.saved.skipped).toEqual([]);
  });

  it('says which plan is missing for a saved scenario whose plan is gone, and keeps the entry', async () => {
    const shared = new MemoryStorage();
    const a = page(new MemoryStorage(), shared);
    await a.ws.importPlanFile(file(otherPlanText('zone-b')));
    expect(a.ws.saveCurrent('on zone b')).toBe(true);
    a.close();
    unregisterPlan('zone-b');
    shared.removeItem(PLANS_KEY);
    const b = page(new MemoryStorage(), shared);
    expect(b.ws.saved.entries).toEqual([]);
    const skipped = b.ws.saved.skipped;
    expect(skipped.map((x) => x.plan)).toEqual([{ id: 'zone-b', version: '1.0.0' }]);
    expect(message('zh', 'saved.planMissing', { n: 1, ...skipped[0].plan! })).toBe(
      '第1条：所用的规划“zone-b”（版本 1.0.0）不在本应用中；导入该规划文件后即可打开',
    );
    // importing the plan again brings the entry back
    await b.ws.importPlanFile(file(otherPlanText('zone-b')));
    b.ws.saved.refresh();
    expect(b.ws.saved.entries.map((e) => e.name)).toEqual(['on zone b']);
  });

  it('refuses a broken file, naming the field in the reader language, and changes nothing', async () => {
    const a = page();
    a.sim.setLever('land', 1111);
    const broken = otherPlanJson();
    (broken as { targetYear: number }).targetYear = 2019;
    delete (broken as { baseYear?: number }).baseYear;
    expect(await a.ws.importPlanFile(file(JSON.stringify(broken), 'broken.json'))).toBe(false);
    expect(a.draft.plan.id).toBe(LEGACY_PLAN_ID);
    expect(a.draft.leverAt('land')).toBe(1111);
    expect(planById('my-zone-2021-2025')).toBeUndefined();
    const p = a.ws.problem!;
    expect(p.kind).toBe('plan');
    expect(message('zh', p.key, p.params)).toBe(
      '规划文件“broken.json”未通过校验，未导入（当前工作未改动）：',
    );
    const zh = p.lines!.map((l) =>
      message('zh', 'planIssue.line', { field: l.field, problem: message('zh', l.key, l.params) }),
    );
    expect(zh).toContain('baseYear：缺少此字段');
    const en = p.lines!.map((l) =>
      message('en', 'planIssue.line', { field: l.field, problem: message('en', l.key, l.params) }),
    );
    expect(en).toContain('baseYear: missing');
  });

  it('refuses a plan under a bundled id, whatever its version', async () => {
    const a = page();
    const copy = { ...otherPlanJson(NEXT), version: '9.9.9' };
    expect(await a.ws.importPlanFile(file(JSON.stringify(copy)))).toBe(false);
    const line = a.ws.problem!.lines![0];
    expect(line.field).toBe('id');
    expect(message('zh', line.key, line.params)).toContain(`“${NEXT}”是本应用自带规划`);
    expect(planById(NEXT)).toBe(BUNDLED_PLANS[1]);
  });

  it('words the checks of the plan schema and of zod in Chinese', () => {
    const cases: [Record<string, unknown>, string, string][] = [];
    const p1 = otherPlanJson();
    (p1 as { endYear: number }).endYear = 2024;
    cases.push([p1, 'endYear', '展望年 2024 须晚于目标年 2025']);
    const p2 = otherPlanJson() as { base: { firms: { value: number } } };
    p2.base.firms.value = -3;
    cases.push([p2 as Record<string, unknown>, 'base.firms.value', '不得小于 1']);
    const p3 = { ...otherPlanJson(), extra: 1 };
    cases.push([p3, '', '未知字段：extra']);
    cases.push([
      { ...otherPlanJson(), id: 'Bad Id' },
      'id',
      '只能用小写字母、数字和连字符（-），以字母或数字开头，至多 64 个字符',
    ]);
    cases.push([{ ...otherPlanJson(), version: '1.0' }, 'version', '须为三个整数，如“1.0.0”']);
    const p4 = otherPlanJson() as { sectors: { base: { vaRatio: unknown } }[] };
    p4.sectors[0].base.vaRatio = 'abc';
    cases.push([
      p4 as Record<string, unknown>,
      'sectors.0.base.vaRatio',
      '须为 0–100 之间的数值（%），或 "residual"（其余部门之外的余量）',
    ]);
    for (const [json, field, zh] of cases) {
      const r = checkPlanFile(JSON.stringify(json));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const lines = r.issues.map(planIssueLine);
      const hit = lines.find((l) => l.field === field);
      expect(hit, field).toBeDefined();
      expect(message('zh', hit!.key, hit!.params)).toBe(zh);
    }
    const notJson = checkPlanFile('{');
    expect(
      !notJson.ok &&
        message('zh', planIssueLine(notJson.issues[0]).key, planIssueLine(notJson.issues[0]).params),
    ).toMatch(/^不是有效的 JSON：/);
  });
});

describe('removing an imported plan', () => {
  it('removes a plan not on screen from storage and the picker; a bundled plan never', async () => {
    const shared = new MemoryStorage();
    const a = page(new MemoryStorage(), shared);
    await a.ws.importPlanFile(file(otherPlanText('zone-b')));
    a.ws.choosePlan(LEGACY_PLAN_ID);
    expect(a.ws.removePlan(LEGACY_PLAN_ID)).toBe(false);
    expect(a.ws.removePlan(NEXT)).toBe(false);
    expect(a.ws.removePlan('not-held')).toBe(false);
    expect(a.ws.removePlan('zone-b')).toBe(true);
    expect(a.plans.plans.map((p) => p.id)).toEqual(BUNDLED_PLANS.map((p) => p.id));
    expect(readPlans(shared).plans).toEqual([]);
    expect(a.draft.plan.id).toBe(LEGACY_PLAN_ID);
    expect(a.ws.removePlan('zone-b')).toBe(false);
    // the next page does not hold it
    a.close();
    unregisterPlan('zone-b');
    const b = page(new MemoryStorage(), shared);
    expect(b.plans.plans.map((p) => p.id)).toEqual(BUNDLED_PLANS.map((p) => p.id));
  });

  it('opens the default plan when the plan on screen goes; the work on it is kept, and Undo brings the plan back', async () => {
    const shared = new MemoryStorage();
    const a = page(new MemoryStorage(), shared);
    await a.ws.importPlanFile(file(otherPlanText('zone-b', 4100)));
    a.sim.setLever('land', 1234);
    a.ws.work.commit();
    expect(a.ws.removePlan('zone-b')).toBe(true);
    expect(a.draft.plan.id).toBe(BUNDLED_PLANS[0].id);
    expect(a.draft.base.id).toBe('plan');
    expect(a.ws.imported).toBeNull();
    expect(a.plans.plans.map((p) => p.id)).not.toContain('zone-b');
    // the typed work is previous work, restorable in this page
    expect(a.ws.work.notice?.kind).toBe('aside');
    expect(a.ws.work.previous.map((e) => e.current.plan?.id)).toContain('zone-b');
    expect(a.ws.work.undo()).toBe(true);
    expect(a.draft.plan.id).toBe('zone-b');
    expect(a.draft.leverAt('land')).toBe(1234);
    expect(a.draft.plan.targets.output?.value).toBe(4100);
    // open again, it is kept again (App.svelte reinstates the plan on screen)
    expect(a.plans.reinstate('zone-b')).toBe(true);
    expect(a.plans.reinstate('zone-b')).toBe(false);
    expect(a.plans.plans.map((p) => p.id)).toContain('zone-b');
    expect(readPlans(shared).plans.map((k) => k.plan.id)).toEqual(['zone-b']);
  });

  it('brings a removed plan back with its previous work, from the notice', async () => {
    const a = page();
    await a.ws.importPlanFile(file(otherPlanText('zone-b')));
    a.sim.setLever('land', 777);
    a.ws.work.commit();
    a.ws.removePlan('zone-b');
    const notice = a.ws.work.notice;
    expect(notice?.kind).toBe('aside');
    if (notice?.kind !== 'aside') return;
    a.ws.work.restorePrevious(notice.entry);
    expect(a.draft.plan.id).toBe('zone-b');
    expect(a.draft.leverAt('land')).toBe(777);
    expect(a.plans.reinstate('zone-b')).toBe(true);
  });
});

describe('links and their plans', () => {
  it('names a bundled plan, and opens on it', () => {
    const a = page();
    a.ws.choosePlan(NEXT);
    const s = a.sim.currentScenario();
    if (!s.ok) throw new Error(s.errors.join('; '));
    const hash = encodeShareLink(s.value);
    const d = decodeShareLink(hash);
    expect(d.ok && [d.plan.id, d.carried]).toEqual([NEXT, false]);
    const b = page();
    expect(b.ws.openHash('#' + hash)).toBe(true);
    expect(b.draft.plan.id).toBe(NEXT);
    expect(b.draft.source).toBe('link');
  });

  it('carries an imported plan; opening it registers and keeps the plan', async () => {
    const a = page();
    await a.ws.importPlanFile(file(otherPlanText('zone-b', 4200)));
    a.sim.setLever('land', 700);
    await a.ws.share({ origin: 'http://x', pathname: '/' });
    const hash = a.ws.link!.split('#')[1];
    expect(decodeShareLink(hash)).toMatchObject({ ok: true, carried: false });
    // a fresh browser that has never seen the plan
    a.close();
    unregisterPlan('zone-b');
    const shared = new MemoryStorage();
    const b = page(new MemoryStorage(), shared);
    expect(planById('zone-b')).toBeUndefined();
    const opened = openShareLink(hash);
    expect(opened.ok && opened.carried).toBe(true);
    expect(b.ws.openHash('#' + hash)).toBe(true);
    expect(b.ws.problem).toBeNull();
    expect(b.draft.plan.id).toBe('zone-b');
    expect(b.draft.plan.targets.output?.value).toBe(4200);
    expect(b.draft.leverAt('land')).toBe(700);
    expect(b.plans.kept.map((k) => [k.plan.id, k.from])).toEqual([['zone-b', 'link']]);
    expect(readPlans(shared).plans.map((k) => k.plan.id)).toEqual(['zone-b']);
  });

  it('says which plan is missing for a link that names a plan the app does not hold, and keeps the work', async () => {
    const a = page();
    await a.ws.importPlanFile(file(otherPlanText('zone-b')));
    const s = a.sim.currentScenario();
    if (!s.ok) throw new Error(s.errors.join('; '));
    // a naming link, as made for a plan too large to carry
    const hash = encodeShareLink(s.value);
    a.close();
    unregisterPlan('zone-b');
    const b = page();
    b.sim.setLever('land', 999);
    expect(b.ws.openHash('#' + hash)).toBe(true);
    expect(b.draft.plan.id).toBe(LEGACY_PLAN_ID);
    expect(b.draft.leverAt('land')).toBe(999);
    const p = b.ws.problem!;
    expect(p.code).toBe('unknown-plan');
    expect(message('zh', p.key, p.params)).toContain('“zone-b”（版本 1.0.0）');
    expect(message('en', p.key, p.params)).toContain('“zone-b” (version 1.0.0)');
  });

  it('names an imported plan too large to carry, and says how long the carrying link would be', async () => {
    const a = page();
    await a.ws.importPlanFile(file(otherPlanText('zone-b')));
    const s = a.sim.currentScenario();
    if (!s.ok) throw new Error(s.errors.join('; '));
    const fits = shareHash(s.value, a.draft.plan);
    expect(fits.tooLong).toBeNull();
    expect(decodeShareLink(fits.hash)).toMatchObject({ ok: true });
    expect(unpack(fits.hash).X).toBeDefined();
    const long = shareHash(s.value, a.draft.plan, 100);
    expect(long.tooLong).toBe(fits.hash.length - 2);
    expect(unpack(long.hash).X).toBeUndefined();
    expect(unpack(long.hash).P).toEqual(['zone-b', '1.0.0']);
    // a bundled plan is named, never carried
    expect(unpack(shareHash(scenarioById('plan', NEXT)!, planById(NEXT)!).hash).X).toBeUndefined();
  });

  it('refuses a link that carries a plan under a bundled id', () => {
    const s = scenarioById('plan', NEXT)!;
    const fake = { ...planById(NEXT)!, version: '9.9.9' } as Plan;
    const hash = encodeShareLink({ ...s, plan: { id: NEXT, version: '9.9.9' } }, fake);
    const r = openShareLink(hash);
    expect(r.ok || [r.code, r.params]).toEqual(['plan-clash', { id: NEXT }]);
  });
});
