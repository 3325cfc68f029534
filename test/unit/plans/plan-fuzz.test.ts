/**
 * A property test of the plan loader (issue 19, item 9): 10,000 generated bad plans a run, each a valid plan (the
 * 2021–2025 one) with one to three mutations that are invalid by construction — a required field dropped, a value of
 * the wrong type, a number out of any range (NaN, ±Infinity, ±1e308), an unknown key, markup in a text, a
 * `__proto__`/`constructor`/`prototype` key, or 1e309 written into the file's text. Whatever comes in: parsePlan and
 * parsePlanJson never throw, nothing is added to Object.prototype, the plan is refused with at least one message, and
 * every message names a path of the plan. Bounded: a fixed run count and the file's own time limit.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanJson } from '../../../src/scenario/plans.ts';
import { FORBIDDEN_KEYS } from '../../../src/scenario/safe-keys.ts';
import type { Parsed } from '../../../src/scenario/parse.ts';

const VALID = JSON.parse(
  readFileSync(new URL('../../../plans/cq-ngit-2021-2025.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const RUNS = 10_000;

type Path = (string | number)[];
type Node = Record<string | number, unknown>;

/** every path in the plan, with the value there */
function walk(v: unknown, path: Path = [], out: { path: Path; value: unknown }[] = []) {
  out.push({ path, value: v });
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k], out);
  return out;
}
const ALL = walk(VALID).filter((n) => n.path.length > 0 && n.path[0] !== '$schema');
const NUMBERS = ALL.filter((n) => typeof n.value === 'number').map((n) => n.path);
// every text but the two that may be null (and are then not text): document.number, .date and .url stay strings here
// a sector's 'residual' ratio is a number-or-'residual' field, where a number in range is valid: not a text here
const STRINGS = ALL.filter((n) => typeof n.value === 'string' && n.value !== 'residual').map((n) => n.path);
const OBJECTS = [
  [],
  ...ALL.filter((n) => n.value && typeof n.value === 'object' && !Array.isArray(n.value)).map((n) => n.path),
];

/** fields no plan may leave out (docs/PLANS.md); optional ones (notes, confidence, binning, …) are not here */
const REQUIRED_TOP = Object.keys(VALID).filter((k) => k !== '$schema' && k !== 'binning');
const sectorsN = (VALID.sectors as unknown[]).length;
const periodsN = (VALID.periods as unknown[]).length;
const REQUIRED: Path[] = [
  ...REQUIRED_TOP.map((k) => [k]),
  ['title', 'zh'],
  ['title', 'en'],
  ['document', 'name'],
  ...Object.keys(VALID.base as object).flatMap((k) => [
    ['base', k],
    ['base', k, 'value'],
    ['base', k, 'status'],
    ['base', k, 'source'],
  ]),
  ...Array.from({ length: periodsN }, (_, i) => [
    ['periods', i, 'from'],
    ['periods', i, 'to'],
    ['periods', i, 'label'],
  ]).flat(),
  ...Array.from({ length: sectorsN }, (_, i) =>
    ['id', 'label', 'base', 'demand', 'space', 'capitalTurnover', 'attractionMix', 'fundShare'].map((f) => [
      'sectors',
      i,
      f,
    ]),
  ).flat(),
  ...Array.from({ length: sectorsN }, (_, i) =>
    ['outputShare', 'firms', 'source'].map((f) => ['sectors', i, 'base', f]),
  ).flat(),
  ...Object.keys(VALID.levers as object).flatMap((k) =>
    ['min', 'max', 'step', 'plan', 'noPolicy', 'unit', 'cost', 'source'].map((f) => ['levers', k, f]),
  ),
];

const get = (o: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Node)[k] : undefined), o);
const parentOf = (o: unknown, path: Path) => get(o, path.slice(0, -1)) as Node | undefined;
const has = (o: unknown, path: Path) => {
  const p = parentOf(o, path);
  return !!p && typeof p === 'object' && Object.hasOwn(p, path[path.length - 1]);
};

type Mutation =
  | { kind: 'drop'; path: Path }
  | { kind: 'type'; path: Path; value: unknown }
  | { kind: 'range'; path: Path; value: number }
  | { kind: 'extra'; path: Path; key: string; value: unknown }
  | { kind: 'markup'; path: Path; value: string }
  | { kind: 'forbidden'; path: Path; key: string };

const pick = <T>(xs: T[]) => fc.constantFrom(...xs);
const anyValue = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  pick(REQUIRED).map((path): Mutation => ({ kind: 'drop', path })),
  fc
    .tuple(
      pick(NUMBERS),
      fc.oneof(fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null), fc.constant({})),
    )
    .map(([path, value]): Mutation => ({ kind: 'type', path, value })),
  fc
    .tuple(pick(STRINGS), fc.oneof(fc.double(), fc.boolean(), fc.constant({}), fc.constant([1])))
    .map(([path, value]): Mutation => ({ kind: 'type', path, value })),
  fc
    .tuple(pick(NUMBERS), fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308))
    .map(([path, value]): Mutation => ({ kind: 'range', path, value })),
  fc
    .tuple(pick(OBJECTS), fc.string({ maxLength: 10 }), anyValue)
    .map(([path, key, value]): Mutation => ({ kind: 'extra', path, key: `x_${key}`, value })),
  fc
    .tuple(
      pick(STRINGS),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '<b>',
        '</a>',
        'javascript:void(0)',
        '< iframe',
      ),
    )
    .map(([path, pre, mark]): Mutation => ({ kind: 'markup', path, value: pre + mark })),
  fc
    .tuple(pick(OBJECTS), fc.constantFrom(...FORBIDDEN_KEYS))
    .map(([path, key]): Mutation => ({ kind: 'forbidden', path, key })),
);

/** applies a mutation where its path still exists (an earlier one may have dropped it); true if it did */
function apply(plan: Node, m: Mutation): boolean {
  if (m.kind === 'extra' || m.kind === 'forbidden') {
    const o = get(plan, m.path);
    if (!o || typeof o !== 'object' || Array.isArray(o)) return false;
    // as JSON.parse makes it: an own property, even for "__proto__"
    Object.defineProperty(o, m.key, {
      value: m.kind === 'extra' ? m.value : { polluted: 1 },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return true;
  }
  if (!has(plan, m.path)) return false;
  const p = parentOf(plan, m.path)!;
  const k = m.path[m.path.length - 1];
  if (m.kind === 'drop') delete p[k];
  else p[k] = m.value;
  return true;
}

const TOP = new Set([...Object.keys(VALID), '(top level)', ...FORBIDDEN_KEYS]);
let tried = 0;

function check(r: Parsed<unknown>, what: string) {
  tried++;
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
  if (r.ok) throw new Error(`accepted: ${what}`);
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    const m = /^([^\s:]+(?: level\))?): \S/.exec(e);
    if (!m) throw new Error(`a message without a path: "${e}" (${what})`);
    const first = m[1] === '(top level)' ? m[1] : m[1].split('.')[0];
    if (!TOP.has(first)) throw new Error(`a message naming no field of the plan: "${e}" (${what})`);
  }
}

describe('10,000 generated bad plans a run', () => {
  it('the check fails on a valid plan and on a message without a path (it can fail)', () => {
    expect(() => check(parsePlan(structuredClone(VALID)), 'the valid plan')).toThrow(/^accepted/);
    expect(() => check({ ok: false, errors: ['something is wrong'] }, 'no path')).toThrow(/without a path/);
    expect(() => check({ ok: false, errors: ['weather.today: rain'] }, 'no field')).toThrow(
      /naming no field/,
    );
  });

  it('never a crash or a hang; always refused, every message naming a path', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (ms, asText) => {
        const plan = structuredClone(VALID) as Node;
        const applied = ms.filter((m) => apply(plan, m));
        expect(applied[0]).toBe(ms[0]); // the first one always lands on the valid plan
        const what = JSON.stringify(applied).slice(0, 300);
        let r: Parsed<unknown>;
        try {
          // the text path, where JSON can carry the value (NaN and ±Infinity cannot: they stay objects)
          const textOk = asText && !ms.some((m) => m.kind === 'range' && !Number.isFinite(m.value));
          r = textOk ? parsePlanJson(JSON.stringify(plan)) : parsePlan(plan);
        } catch (e) {
          throw new Error(`threw ${String(e)} on ${what}`, { cause: e });
        }
        check(r, what);
      }),
      { numRuns: RUNS },
    );
    expect(tried).toBeGreaterThanOrEqual(RUNS);
  }, 60_000);

  it('1e309 written into the text of any number is Infinity, and refused naming that field', () => {
    fc.assert(
      fc.property(pick(NUMBERS), (path) => {
        const plan = structuredClone(VALID) as Node;
        const sentinel = 987654.321012;
        parentOf(plan, path)![path[path.length - 1]] = sentinel;
        const text = JSON.stringify(plan).replace(String(sentinel), '1e309');
        expect(text).toContain('1e309');
        const r = parsePlanJson(text);
        check(r, path.join('.'));
        if (!r.ok)
          expect(
            r.errors.some(
              (e) => e.startsWith(path.join('.')) || e.startsWith(path.slice(0, -1).join('.') + ':'),
            ),
          ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
