/**
 * Fuzzing the share-link boundary (decoder and the app's markup check) with more than 10,000 links per run:
 * valid links with their text mutated, valid compact JSON with one value replaced or a hostile key injected, and
 * arbitrary strings. Whatever comes in: decoding never throws, nothing is added to Object.prototype or
 * Array.prototype, a link carrying `__proto__`/`constructor`/`prototype` is refused, and a link that is accepted
 * holds only in-range values (checked here against the parameter table, not by the schema that accepted it) and no
 * markup. Bounded: fixed run counts, and the file's own time limit.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { decodeShareLink, encodeShareLink, LINK_PREFIX } from '../../../src/scenario/share-link.ts';
import { forbiddenKeyPaths } from '../../../src/scenario/safe-keys.ts';
import { RUNS_MAX, RUNS_MIN, type Scenario } from '../../../src/scenario/schema.ts';
import { markupFields, openShareLink } from '../../../src/app/links.ts';
import { PM } from '../../helpers.ts';
import { scenarioArb } from './arbitrary.ts';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const pack = (text: string) => LINK_PREFIX + b64url(deflateSync(strToU8(text)));
const unpack = (link: string) =>
  strFromU8(inflateSync(Buffer.from(link.slice(LINK_PREFIX.length), 'base64url')));

const protoKeys = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
const OBJECT_PROTO = protoKeys(Object.prototype);
const ARRAY_PROTO = protoKeys(Array.prototype);
let tried = 0;
let finished = 0;

/** Values outside the parameter table's ranges, checked without the schema that accepted them. */
function outOfRange(s: Scenario): string[] {
  const bad: string[] = [];
  const within = (what: string, x: unknown, min: number, max: number) => {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max)
      bad.push(`${what} = ${String(x)}`);
  };
  for (const k of PM.leverKeys) {
    const v = s.levers[k];
    for (const x of Array.isArray(v) ? v : [v]) within(`levers.${k}`, x, PM.levers[k].min, PM.levers[k].max);
  }
  for (const k of PM.uncertaintyKeys) {
    const d = s.assumptions[k];
    if (!d) continue;
    const u = PM.uncertainties[k];
    for (const [f, v] of Object.entries(d)) {
      if (f === 'kind') continue;
      if (f === 'sd') within(`${k}.sd`, v, 0, u.sdMax ?? u.max - u.min);
      else within(`${k}.${f}`, v, u.min, u.max);
    }
  }
  within('runs', s.runs, RUNS_MIN, RUNS_MAX);
  if (!Number.isInteger(s.runs)) bad.push(`runs = ${s.runs}`);
  within('startYear', s.startYear, 2016, 2020);
  if (typeof s.seed === 'number') {
    within('seed', s.seed, 0, 2 ** 31 - 1);
    if (!Number.isInteger(s.seed)) bad.push(`seed = ${s.seed}`);
  } else if (typeof s.seed !== 'string' || s.seed.length < 1 || s.seed.length > 64) bad.push('seed');
  for (const [y, g] of Object.entries(s.pinnedPcDemand)) within(`pinned ${y}`, g, -60, 100);
  return bad;
}

/** Decodes and opens a link and checks every invariant; `hostileKey` says a forbidden key was put in. */
function check(link: string, hostileKey = false) {
  tried++;
  let d: ReturnType<typeof decodeShareLink>;
  try {
    d = decodeShareLink(link);
  } catch (e) {
    throw new Error(`decoding threw: ${String(e)} for ${link.slice(0, 80)}`, { cause: e });
  }
  if (protoKeys(Object.prototype) !== OBJECT_PROTO || protoKeys(Array.prototype) !== ARRAY_PROTO)
    throw new Error(`prototype polluted by ${link}`);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (hostileKey) expect(d.ok).toBe(false);
  if (!d.ok) return void expect(d.detail.length).toBeGreaterThan(0);
  expect(outOfRange(d.scenario)).toEqual([]);
  expect(forbiddenKeyPaths(d.scenario)).toEqual([]);
  // what the app opens holds no text that looks like markup (an independent, simpler test than the app's)
  const opened = openShareLink(link);
  if (opened.ok) {
    const texts = JSON.stringify(opened.scenario);
    expect(/<[a-z!?/]|javascript:/i.test(texts)).toBe(false);
  } else {
    expect(opened.code).toBe('markup');
    expect(markupFields(d.scenario).length).toBeGreaterThan(0);
  }
}

/** Every path to a value in plain JSON data. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
  (parent as Record<string | number, unknown>)[path[path.length - 1]] = value;
  return root;
}

/** Adds an own, enumerable key (even `__proto__`) to an object, as JSON.parse would make it. */
function addKey(root: unknown, path: (string | number)[], key: string, value: unknown): boolean {
  const target = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
  if (!target || typeof target !== 'object' || Array.isArray(target)) return false;
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return true;
}

const hostileValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
  fc.constantFrom(Infinity, -Infinity, 1e-7, 0.00005, 10_000_001, 99, 2 ** 31, -1, 2015, 2021, 1.5),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '<script>x</script>', ''),
  fc.jsonValue({ maxDepth: 2 }),
);
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

describe('share-link fuzzing (≥ 10,000 links per run)', () => {
  afterAll(() => {
    // when all four properties ran (not a filtered run), they tried at least 10,000 links between them
    if (finished === 4) expect(tried).toBeGreaterThanOrEqual(10_000);
  });

  it('valid links with their characters flipped, cut, inserted or doubled', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(
          fc.record({
            op: fc.constantFrom('flip', 'cut', 'insert', 'double'),
            at: fc.nat(),
            ch: fc.constantFrom(...'AZaz09-_+/=%#.~ '.split('')),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (s, ops) => {
          let link = encodeShareLink(s);
          for (const { op, at, ch } of ops) {
            const i = LINK_PREFIX.length + (at % Math.max(1, link.length - LINK_PREFIX.length));
            if (op === 'flip') link = link.slice(0, i) + ch + link.slice(i + 1);
            else if (op === 'cut') link = link.slice(0, i);
            else if (op === 'insert') link = link.slice(0, i) + ch + link.slice(i);
            else link = link + link.slice(i);
          }
          check(link);
        },
      ),
      { numRuns: 3500, seed: 12 },
    );
    finished++;
  });

  it('valid compact JSON with one value replaced by a hostile one', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), hostileValue, (s, pick, value) => {
        const json = JSON.parse(unpack(encodeShareLink(s))) as unknown;
        const all = paths(json);
        check(pack(JSON.stringify(setAt(json, all[pick % all.length], value))));
      }),
      { numRuns: 3500, seed: 13 },
    );
    finished++;
  });

  it('valid compact JSON with __proto__, constructor or prototype added anywhere: always refused', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.nat(),
        fc.constantFrom(...FORBIDDEN),
        fc.constantFrom<unknown>({ polluted: true }, 1, 'x', [1, 2], { toString: 'boom' }),
        (s, pick, key, value) => {
          const json = JSON.parse(unpack(encodeShareLink(s))) as unknown;
          const objects = paths(json).filter((p) => {
            const v = p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], json);
            return v && typeof v === 'object' && !Array.isArray(v);
          });
          expect(addKey(json, objects[pick % objects.length], key, value)).toBe(true);
          const text = JSON.stringify(json);
          expect(text).toContain(`"${key}"`);
          check(pack(text), true);
        },
      ),
      { numRuns: 2000, seed: 14 },
    );
    finished++;
  });

  it('arbitrary strings and arbitrary JSON behind the link prefix', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 200 }).map((x) => LINK_PREFIX + x),
          fc.jsonValue({ maxDepth: 4 }).map((v) => pack(JSON.stringify(v))),
        ),
        (link) => check(link),
      ),
      { numRuns: 1500, seed: 15 },
    );
    finished++;
  });
});
