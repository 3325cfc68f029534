/**
 * Share links: the whole scenario (levers, assumptions, seed, runs, the model version) in the URL's hash, as
 * compact JSON → DEFLATE (fflate) → base64url. Decoding is the boundary: it never throws, checks the size before
 * inflating and stops inflating as soon as the output passes the cap (a streaming inflater fed a few bytes at a
 * time, so a decompression bomb costs at most the cap's worth of work), refuses `__proto__`, `constructor` and
 * `prototype` keys anywhere, validates with the scenario schema, and returns an error value that says what was
 * wrong. Nothing from a link is ever treated as HTML by the app.
 *
 * Compact form 1, every link made before plans were files (the 2021–2025 plan): { f: 1, m: model version, i: id,
 * n: [name zh, name en], y: start year, l: levers in the plan's lever order, a: { assumption: [kind code,
 * ...numbers] } for those the scenario sets, p: pinned PC demand, c: pinned chip demand (model 3.0, only where set),
 * s: seed, r: runs, and R: { indicator: value } for the user's realised values (the ex-post check) where it holds
 * any, in either form }.
 * Compact form 2 adds what plans brought: { f: 2, P: [plan id, plan version], l: levers in the plan's lever order,
 * each a number or one number per period, t: { indicator: [target, 0 at least | 1 at most] } for the user's targets,
 * b: { figure: value } for the user's base figures, X: the whole plan where the link carries it (a plan the app
 * that opens it may not hold), and the rest as in form 1 }. Form 1 is written while a scenario needs nothing of
 * form 2. Descriptions are not carried: a link is about numbers, and they would make it long.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod';
import type { Dist } from '../model/parameters.ts';
import { planModel, type Plan } from '../model/plan.ts';
import { MODEL_VERSION, versionGap, type VersionGap } from '../model/version.ts';
import { issuesOf, type Issue, type IssueCode } from './issues.ts';
import { parseScenario } from './parse.ts';
import { LEGACY_PLAN_ID, parsePlan, planById, planIdOf } from './plans.ts';
import { forbiddenKeyIssues } from './safe-keys.ts';
import { SCENARIO_FORMAT, type Scenario } from './schema.ts';

export const LINK_PREFIX = 's=';
/** Longest hash we try to decode, and most bytes we inflate to: far above any real scenario. */
export const MAX_LINK_CHARS = 8000;
export const MAX_INFLATED_BYTES = 32 * 1024;
/** A link that carries its plan may be longer: a plan file of at most MAX_PLAN_BYTES, deflated. */
export const MAX_PLAN_LINK_CHARS = 120_000;
export const MAX_PLAN_INFLATED_BYTES = 288 * 1024;

const KIND = ['fixed', 'uniform', 'triangular', 'normal'] as const;

function packDist(d: Dist): number[] {
  switch (d.kind) {
    case 'fixed':
      return [0, d.value];
    case 'uniform':
      return [1, d.lo, d.hi];
    case 'triangular':
      return [2, d.lo, d.mode, d.hi];
    case 'normal':
      return [3, d.mean, d.sd];
  }
}

function unpackDist(a: number[]): unknown {
  const kind = KIND[a[0]];
  if (kind === 'fixed') return { kind, value: a[1] };
  if (kind === 'uniform') return { kind, lo: a[1], hi: a[2] };
  if (kind === 'triangular') return { kind, lo: a[1], mode: a[2], hi: a[3] };
  if (kind === 'normal') return { kind, mean: a[1], sd: a[2] };
  return { kind: `unknown kind ${a[0]}` };
}

const leverArray = z.array(z.union([z.number(), z.array(z.number()).min(1).max(8)])).max(32);
const common = {
  m: z.string().max(20),
  i: z.string().max(64),
  n: z.tuple([z.string().max(80), z.string().max(80)]),
  y: z.number(),
  // any key here: a link from an older model may carry assumptions this one dropped (parseScenario migrates them)
  a: z.record(z.string().max(40), z.array(z.number()).min(2).max(4)),
  p: z.record(z.string(), z.number()),
  // pinned chip demand (model 3.0): written only where a scenario pins it, so older links stay as they were
  c: z.record(z.string(), z.number()).optional(),
  s: z.union([z.number(), z.string().max(64)]),
  r: z.number(),
  R: z.record(z.string().max(40), z.number()).optional(),
};
const Compact1 = z.strictObject({ f: z.literal(1), l: leverArray, ...common });
const Compact2 = z.strictObject({
  f: z.literal(2),
  P: z.tuple([z.string().max(64), z.string().max(20)]),
  l: leverArray,
  t: z.record(z.string().max(40), z.tuple([z.number(), z.union([z.literal(0), z.literal(1)])])).optional(),
  b: z.record(z.string().max(40), z.number()).optional(),
  X: z.unknown().optional(),
  ...common,
});
const Compact = z.discriminatedUnion('f', [Compact1, Compact2]);
type Compact = z.infer<typeof Compact>;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Compressed bytes fed to the inflater at a time: each step inflates to at most ~1,032× this (DEFLATE's limit). */
const INFLATE_STEP = 64;

/**
 * Inflates `bytes`, stopping as soon as the output passes `cap` bytes. 'too-large' if it does, null if the data is
 * not a complete DEFLATE stream.
 */
export function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array | 'too-large' | null {
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (over) return;
    size += chunk.length;
    if (size > cap) {
      over = true;
      return;
    }
    parts.push(chunk.slice());
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < bytes.length && !over; i += INFLATE_STEP) {
      inflater.push(bytes.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= bytes.length);
    }
  } catch {
    return over ? 'too-large' : null;
  }
  if (over) return 'too-large';
  if (!ended) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether a scenario needs the second compact form (it names another plan, varies a lever, or edits targets or base). */
function needsForm2(s: Scenario): boolean {
  return (
    (s.plan !== undefined && s.plan.id !== LEGACY_PLAN_ID) ||
    Object.values(s.levers).some((v) => typeof v !== 'number') ||
    (s.targets !== undefined && Object.keys(s.targets).length > 0) ||
    (s.base !== undefined && Object.keys(s.base).length > 0)
  );
}

/**
 * The hash fragment (without '#') that carries the scenario. `carryPlan` puts the whole plan in the link, for a plan
 * the app that opens it may not hold (one a user imported).
 */
export function encodeShareLink(s: Scenario, carryPlan?: Plan): string {
  const plan = carryPlan ?? planById(planIdOf(s));
  if (!plan) throw new Error(`encodeShareLink: plan "${planIdOf(s)}" is not loaded`);
  const pm = planModel(plan);
  const a: Record<string, number[]> = {};
  for (const k of pm.uncertaintyKeys) {
    const d = s.assumptions[k];
    if (d) a[k] = packDist(d);
  }
  const head = {
    m: MODEL_VERSION,
    i: s.id,
    n: [s.name.zh, s.name.en] as [string, string],
    y: s.startYear,
    l: pm.leverKeys.map((k) => s.levers[k]),
    a,
    p: s.pinnedPcDemand,
    ...(s.pinnedChipDemand && Object.keys(s.pinnedChipDemand).length ? { c: s.pinnedChipDemand } : {}),
    s: s.seed,
    r: s.runs,
    ...(s.realised && Object.keys(s.realised).length
      ? { R: { ...s.realised } as Record<string, number> }
      : {}),
  };
  let compact: Compact;
  if (!needsForm2(s) && !carryPlan) {
    compact = { f: 1, ...head };
  } else {
    const t: Record<string, [number, 0 | 1]> = {};
    for (const [k, v] of Object.entries(s.targets ?? {})) t[k] = [v.value, v.direction === 'atMost' ? 1 : 0];
    compact = {
      f: 2,
      P: [plan.id, plan.version],
      ...head,
      ...(Object.keys(t).length ? { t } : {}),
      ...(s.base && Object.keys(s.base).length ? { b: { ...s.base } as Record<string, number> } : {}),
      ...(carryPlan ? { X: carryPlan } : {}),
    };
  }
  return LINK_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(compact)), { level: 9 }));
}

export type LinkErrorCode =
  | 'not-a-link'
  | 'too-long'
  | 'bad-encoding'
  | 'bad-compression'
  | 'too-large'
  | 'bad-json'
  | 'invalid'
  | 'unknown-plan';

export type DecodedLink =
  | {
      ok: true;
      scenario: Scenario;
      /** the plan the scenario belongs to; `carried` when the link brought it (the app may not hold it yet) */
      plan: Plan;
      carried: boolean;
      /** the model version the link was made with, and how it stands to this one (null when it is this one) */
      madeWith: string;
      gap: VersionGap | null;
    }
  | {
      ok: false;
      code: LinkErrorCode;
      /** what was wrong, in English (the issues' texts) */
      detail: string[];
      /** the same as values, for wording in the reader's language; `plan` names their fields */
      issues: Issue[];
      plan?: Plan;
      /** the plan an unknown-plan link names, so that the app can say which one is missing */
      planRef?: { id: string; version: string };
    };

const fail = (code: LinkErrorCode, ...issues: Issue[]): DecodedLink => ({
  ok: false,
  code,
  detail: issues.map((i) => i.text),
  issues,
});

/** A problem with the link itself (no field of the scenario). */
const linkIssue = (code: IssueCode, text: string, values: Issue['values'] = {}): Issue => ({
  code,
  field: '',
  values,
  text,
});

/** The plan a compact form names: the one it carries, or one the app holds. */
function planOfLink(v: Compact): { plan: Plan; carried: boolean } | DecodedLink {
  if (v.f === 1) return { plan: planById(LEGACY_PLAN_ID)!, carried: false };
  const [id, version] = v.P;
  const held = planById(id);
  if (v.X === undefined) {
    if (!held) {
      return {
        ...fail(
          'unknown-plan',
          linkIssue(
            'unknown-plan',
            `the link is for plan "${id}" version ${version}, which this app does not hold: import that plan file, then open the link again`,
            { id, version },
          ),
        ),
        planRef: { id, version },
      } as DecodedLink;
    }
    return { plan: held, carried: false };
  }
  const r = parsePlan(v.X);
  if (!r.ok)
    return fail(
      'invalid',
      ...(r.issues ?? r.errors.map((e) => linkIssue('invalid', e))).map((i) => ({
        ...i,
        values: { ...i.values, inPlan: 1 },
        text: `plan in the link: ${i.text}`,
      })),
    );
  if (r.value.id !== id || r.value.version !== version)
    return fail(
      'invalid',
      linkIssue(
        'link-plan-mismatch',
        `the link names plan "${id}" ${version} but carries "${r.value.id}" ${r.value.version}`,
        { id, version, carriedId: r.value.id, carriedVersion: r.value.version },
      ),
    );
  if (held && JSON.stringify(held) === JSON.stringify(r.value)) return { plan: held, carried: false };
  if (held && held.version === version) {
    return fail(
      'invalid',
      linkIssue(
        'link-plan-changed',
        `the link carries a changed copy of plan "${id}" ${version}, which this app holds`,
        { id, version },
      ),
    );
  }
  return { plan: r.value, carried: true };
}

/** Decodes a hash fragment (with or without '#'). Never throws. */
export function decodeShareLink(hash: string): DecodedLink {
  try {
    const h = hash.startsWith('#') ? hash.slice(1) : hash;
    if (!h.startsWith(LINK_PREFIX))
      return fail('not-a-link', linkIssue('link-not-a-link', 'the link carries no scenario'));
    const body = h.slice(LINK_PREFIX.length);
    // a link longer than MAX_LINK_CHARS is read only if it carries its plan
    const long = body.length > MAX_LINK_CHARS;
    const tooLong = () =>
      fail(
        'too-long',
        linkIssue('link-too-long', `${body.length} characters, at most ${MAX_LINK_CHARS}`, {
          length: body.length,
          max: MAX_LINK_CHARS,
        }),
      );
    if (body.length > MAX_PLAN_LINK_CHARS) return tooLong();
    const bytes = fromBase64Url(body);
    if (!bytes || bytes.length === 0)
      return fail(
        'bad-encoding',
        linkIssue('link-bad-encoding', 'the link is not valid base64url: it may be cut short'),
      );
    const cap = long ? MAX_PLAN_INFLATED_BYTES : MAX_INFLATED_BYTES;
    const inflated = inflateCapped(bytes, cap);
    if (inflated === null)
      return fail(
        'bad-compression',
        linkIssue('link-bad-compression', 'the link does not decompress: it may be cut short or altered'),
      );
    if (inflated === 'too-large')
      return fail('too-large', linkIssue('link-too-large', `more than ${cap} bytes`, { max: cap }));
    let json: unknown;
    try {
      json = JSON.parse(strFromU8(inflated));
    } catch {
      return fail(
        'bad-json',
        linkIssue(
          'link-bad-json',
          'the link decompresses to something that is not JSON: it may be cut short',
        ),
      );
    }
    const forbidden = forbiddenKeyIssues(json);
    if (forbidden.length) return fail('invalid', ...forbidden);
    const c = Compact.safeParse(json);
    if (!c.success) return fail('invalid', ...issuesOf(c.error.issues));
    const v = c.data;
    if (long && (v.f !== 2 || v.X === undefined)) return tooLong();
    const found = planOfLink(v);
    if ('ok' in found) return found;
    const pm = planModel(found.plan);
    if (v.l.length !== pm.leverKeys.length)
      return fail(
        'invalid',
        linkIssue('link-levers', `l: ${v.l.length} levers, plan "${pm.id}" has ${pm.leverKeys.length}`, {
          count: v.l.length,
          planId: pm.id,
          expected: pm.leverKeys.length,
        }),
      );
    const scenario = {
      format: SCENARIO_FORMAT,
      model: v.m,
      ...(v.f === 2 ? { plan: { id: v.P[0], version: v.P[1] } } : {}),
      id: v.i,
      name: { zh: v.n[0], en: v.n[1] },
      description: { zh: '', en: '' },
      startYear: v.y,
      levers: Object.fromEntries(pm.leverKeys.map((k, i) => [k, v.l[i]])),
      assumptions: Object.fromEntries(Object.entries(v.a).map(([k, d]) => [k, unpackDist(d)])),
      pinnedPcDemand: v.p,
      ...(v.c ? { pinnedChipDemand: v.c } : {}),
      ...(v.f === 2 && v.t
        ? {
            targets: Object.fromEntries(
              Object.entries(v.t).map(([k, [value, dir]]) => [
                k,
                { value, direction: dir ? 'atMost' : 'atLeast' },
              ]),
            ),
          }
        : {}),
      ...(v.f === 2 && v.b ? { base: v.b } : {}),
      ...(v.R ? { realised: v.R } : {}),
      seed: v.s,
      runs: v.r,
    };
    const parsed = parseScenario(scenario, found.plan);
    if (!parsed.ok)
      return {
        ...fail('invalid', ...(parsed.issues ?? parsed.errors.map((e) => linkIssue('invalid', e)))),
        plan: found.plan,
      };
    return {
      ok: true,
      scenario: parsed.value,
      plan: found.plan,
      carried: found.carried,
      madeWith: v.m,
      gap: versionGap(v.m),
    };
  } catch (e) {
    const error = (e as Error).message;
    return fail('invalid', linkIssue('link-unreadable', `unreadable link (${error})`, { error }));
  }
}
